import { csvCell } from '@portolan/plugin-sovereignty-common';
import type {
  AssessmentListItem,
  AssessmentQuery,
  SovereigntyApi,
} from '../../api';

const COLUMNS: (keyof AssessmentListItem)[] = [
  'entityRef',
  'kind',
  'namespace',
  'name',
  'owner',
  'system',
  'domain',
  'score',
  'grade',
  'status',
  'assessedAt',
  'stale',
];

/** The largest page the API serves. */
const PAGE = 1000;

/** RFC 4180 CSV with a header row. */
export function toCsv(rows: AssessmentListItem[]): string {
  const lines = [COLUMNS.join(',')];
  for (const row of rows) {
    lines.push(COLUMNS.map(column => csvCell(row[column])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Every row matching the filters, page by page, in the table's order. */
export async function fetchAllRows(
  api: SovereigntyApi,
  query: AssessmentQuery,
): Promise<AssessmentListItem[]> {
  const rows: AssessmentListItem[] = [];
  for (;;) {
    const page = await api.listAssessments({
      ...query,
      limit: PAGE,
      offset: rows.length,
    });
    rows.push(...page.items);
    if (page.items.length === 0 || rows.length >= page.totalItems) {
      return rows;
    }
  }
}

/** Hands a text file to the browser's download. */
export function downloadText(fileName: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // Revoke after the click has been handled, not before.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
