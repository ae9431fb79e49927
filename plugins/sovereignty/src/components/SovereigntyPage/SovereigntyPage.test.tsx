import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  sovereigntyApiRef,
  type AssessmentListItem,
  type SovereigntyApi,
} from '../../api';
import {
  annotatedEntity,
  makeListItem,
  makeSummary,
  unannotatedEntity,
} from '../../__testUtils__/fixtures';
import { mockSovereigntyApi } from '../../__testUtils__/mockApi';
import { SovereigntyPage } from './SovereigntyPage';

const ROWS: AssessmentListItem[] = Array.from({ length: 45 }, (_, i) =>
  makeListItem(annotatedEntity, {
    entityRef: `component:default/service-${i}`,
    name: `service-${i}`,
    owner: i % 2 ? 'group:default/team-a' : 'group:default/team-b',
    score: i,
  }),
);

function apiServing(
  rows: AssessmentListItem[],
  overrides: Partial<SovereigntyApi> = {},
) {
  return mockSovereigntyApi({
    listAssessments: jest.fn(async (query = {}) => {
      const matching = rows.filter(
        r => !query.owner || r.owner === query.owner,
      );
      const offset = query.offset ?? 0;
      return {
        items: matching.slice(offset, offset + (query.limit ?? 50)),
        totalItems: matching.length,
      };
    }),
    getSummary: jest.fn(async () => makeSummary(rows)),
    ...overrides,
  });
}

async function renderPage(api: SovereigntyApi) {
  await renderInTestApp(
    <TestApiProvider apis={[[sovereigntyApiRef, api]]}>
      <SovereigntyPage />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return api as jest.Mocked<SovereigntyApi>;
}

describe('SovereigntyPage', () => {
  it('shows the first page from the server, lowest scores first, linking to each entity', async () => {
    const payments = makeListItem(annotatedEntity, {
      system: 'checkout',
      domain: 'commerce',
    });
    const legacy = makeListItem(unannotatedEntity);
    const api = await renderPage(apiServing([payments, legacy]));

    expect(
      await screen.findByText('Assessed entities (2)'),
    ).toBeInTheDocument();
    expect(api.listAssessments).toHaveBeenCalledWith({
      orderBy: 'score',
      order: 'asc',
      limit: 20,
      offset: 0,
    });
    const link = await screen.findByRole('link', { name: /payments-api/ });
    expect(link).toHaveAttribute(
      'href',
      '/catalog/default/component/payments-api',
    );
    const row = link.closest('tr')!;
    expect(within(row).getByText('team-payments')).toBeInTheDocument();
    expect(within(row).getByText('checkout')).toBeInTheDocument();
    expect(within(row).getByText('commerce')).toBeInTheDocument();
    expect(within(row).getByText(String(payments.score))).toBeInTheDocument();
    expect(
      within(row).getByLabelText(`Grade ${payments.grade}`),
    ).toBeInTheDocument();

    // Nothing to grade: the row says so instead of showing a default grade.
    expect(legacy.assessable).toBe(false);
    const legacyRow = (
      await screen.findByRole('link', { name: /legacy-batch/ })
    ).closest('tr')!;
    expect(within(legacyRow).getByText('not assessable')).toBeInTheDocument();
    expect(within(legacyRow).queryByLabelText(/^Grade /)).toBeNull();
  });

  it('shows key figures, grades, hotspots, readiness, refresh status and trend', async () => {
    const api = await renderPage(apiServing(ROWS));
    const summary = makeSummary(ROWS);

    expect(
      await screen.findByLabelText('Entities assessed: 45'),
    ).toBeInTheDocument();
    expect(
      screen.getByLabelText(
        `Average score: ${Math.round(summary.averageScore)}`,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByLabelText('With an exit plan: 50 %'),
    ).toBeInTheDocument();
    expect(
      screen.getByLabelText('With a tested exit: 25 %'),
    ).toBeInTheDocument();
    expect(
      within(
        screen.getByRole('list', { name: 'Grade distribution' }),
      ).getByRole('button', { name: 'Grade E: 45 entities (100 %)' }),
    ).toHaveAttribute('aria-pressed', 'false');

    const hotspot = screen.getByTestId('hotspot-azure:key-vault');
    expect(
      within(hotspot).getByText(
        'One change removes this lock-in from 7 components',
      ),
    ).toBeInTheDocument();
    expect(within(hotspot).getByText('re-architect')).toBeInTheDocument();
    expect(within(hotspot).getByText('effort L · OpenBao')).toBeInTheDocument();

    expect(screen.getByTestId('catalog-readiness-ionos')).toHaveTextContent(
      '67 % of service uses move directly or partly · 40 effort points',
    );
    expect(screen.getByTestId('refresh-status')).toHaveTextContent(
      /Last refresh completed: .* 45 entities, 1 changed/,
    );
    expect(
      screen.getByRole('img', {
        name: /Average score of the catalog over time: 3 points/,
      }),
    ).toBeInTheDocument();
    expect(api.getSummary).toHaveBeenCalledTimes(1);
  });

  it('filters on the server and starts again at the first page', async () => {
    const api = await renderPage(apiServing(ROWS));
    await screen.findByText('Assessed entities (45)');
    await userEvent.click(screen.getByRole('button', { name: /next page/i }));
    await waitFor(() =>
      expect(api.listAssessments).toHaveBeenLastCalledWith(
        expect.objectContaining({ offset: 20 }),
      ),
    );

    fireEvent.change(await screen.findByLabelText('Owner'), {
      target: { value: 'group:default/team-a' },
    });

    expect(
      await screen.findByText('Assessed entities (22)'),
    ).toBeInTheDocument();
    expect(api.listAssessments).toHaveBeenLastCalledWith({
      owner: 'group:default/team-a',
      orderBy: 'score',
      order: 'asc',
      limit: 20,
      offset: 0,
    });
  });

  it('filters by grade from the distribution', async () => {
    const api = await renderPage(apiServing(ROWS));

    await userEvent.click(
      await screen.findByRole('button', { name: /Grade E:/ }),
    );

    await waitFor(() =>
      expect(api.listAssessments).toHaveBeenLastCalledWith(
        expect.objectContaining({ grade: 'E', offset: 0 }),
      ),
    );
    expect(screen.getByLabelText('Grade', { selector: 'select' })).toHaveValue(
      'E',
    );
    expect(screen.getByRole('button', { name: /Grade E:/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('sorts by score descending on the server', async () => {
    const api = await renderPage(apiServing(ROWS));
    await screen.findByText('Assessed entities (45)');

    await userEvent.click(screen.getByRole('button', { name: 'Score' }));

    await waitFor(() =>
      expect(api.listAssessments).toHaveBeenLastCalledWith(
        expect.objectContaining({ orderBy: 'score', order: 'desc' }),
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Owner' }));
    await waitFor(() =>
      expect(api.listAssessments).toHaveBeenLastCalledWith(
        expect.objectContaining({ orderBy: 'owner', order: 'asc' }),
      ),
    );
  });

  it('exports every row matching the filters as CSV', async () => {
    const createObjectURL = jest.fn((_blob: Blob) => 'blob:csv');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    const api = await renderPage(apiServing(ROWS));
    fireEvent.change(await screen.findByLabelText('Owner'), {
      target: { value: 'group:default/team-b' },
    });
    await screen.findByText('Assessed entities (23)');

    await userEvent.click(screen.getByRole('button', { name: /Export CSV/ }));

    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(api.listAssessments).toHaveBeenCalledWith({
      owner: 'group:default/team-b',
      orderBy: 'score',
      order: 'asc',
      limit: 1000,
      offset: 0,
    });
    const csv = await createObjectURL.mock.calls[0][0].text();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^entityRef,kind,namespace,name,owner/);
    expect(lines).toHaveLength(24);
    expect(lines[1]).toMatch(
      /^component:default\/service-0,Component,default,service-0,group:default\/team-b,/,
    );
    click.mockRestore();
  });

  it('says so when the backend has no trend yet', async () => {
    await renderPage(
      apiServing(ROWS, {
        getSummary: jest.fn(async () =>
          makeSummary(ROWS, { trend: undefined }),
        ),
      }),
    );

    expect(await screen.findByText(/No trend yet/)).toBeInTheDocument();
  });

  it('keeps the table when the summary fails, and explains a failing table', async () => {
    await renderPage(
      apiServing(ROWS, {
        getSummary: jest.fn(async () => {
          throw new Error('summary timed out');
        }),
      }),
    );

    expect(
      await screen.findByText(/Could not load the catalog summary/),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Assessed entities (45)'),
    ).toBeInTheDocument();
  });

  it('shows an error panel when listing fails', async () => {
    await renderPage(
      mockSovereigntyApi({
        listAssessments: jest.fn(async () => {
          throw new Error('Request failed with 503 Service Unavailable');
        }),
      }),
    );

    expect(
      (
        await screen.findAllByText(
          /Request failed with 503 Service Unavailable/,
        )
      ).length,
    ).toBeGreaterThan(0);
    expect(screen.getByText(/Could not load the entities/)).toBeInTheDocument();
    expect(screen.queryAllByTestId('assessment-row')).toHaveLength(0);
  });
});
