import { makeListItem } from '../../__testUtils__/fixtures';
import { mockSovereigntyApi } from '../../__testUtils__/mockApi';
import { fetchAllRows, toCsv } from './csv';

describe('toCsv', () => {
  it('writes a header row and quotes commas, quotes and line breaks', () => {
    const csv = toCsv([
      makeListItem(undefined, {
        owner: 'group:default/team "payments", EU',
        system: 'line\nbreak',
      }),
    ]);

    const [header, row] = csv.split('\r\n');
    expect(header).toBe(
      'entityRef,kind,namespace,name,owner,system,domain,score,grade,status,assessedAt,stale',
    );
    expect(row).toContain('"group:default/team ""payments"", EU","line');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const csv = toCsv([makeListItem(undefined, { system: '=HYPERLINK("x")' })]);

    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('fetchAllRows', () => {
  it('pages through the API with the filters until every row is read', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) =>
      makeListItem(undefined, { name: `s${i}` }),
    );
    const api = mockSovereigntyApi({
      listAssessments: jest.fn(async query => ({
        items: rows.slice(query!.offset, query!.offset! + query!.limit!),
        totalItems: rows.length,
      })),
    });

    const all = await fetchAllRows(api, { grade: 'E', orderBy: 'score' });

    expect(all).toHaveLength(2500);
    expect(api.listAssessments).toHaveBeenCalledTimes(3);
    expect(api.listAssessments).toHaveBeenLastCalledWith({
      grade: 'E',
      orderBy: 'score',
      limit: 1000,
      offset: 2000,
    });
  });
});
