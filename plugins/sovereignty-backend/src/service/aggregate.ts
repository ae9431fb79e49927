import { GRADES } from '@portolan/plugin-sovereignty-common';
import type {
  CatalogAggregates,
  GroupAverage,
  SummaryRow,
} from '../database/SovereigntyStore';

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

function groupAverages(
  rows: SummaryRow[],
  keyOf: (row: SummaryRow) => string | undefined,
): GroupAverage[] {
  const groups = new Map<string, { entities: number; total: number }>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === undefined) continue;
    const group = groups.get(key) ?? { entities: 0, total: 0 };
    group.entities += 1;
    group.total += row.score;
    groups.set(key, group);
  }
  return [...groups]
    .map(([key, { entities, total }]) => ({
      key,
      entities,
      averageScore: oneDecimal(total / entities),
    }))
    .sort(
      (a, b) => a.averageScore - b.averageScore || (a.key < b.key ? -1 : 1),
    );
}

/**
 * The dashboard's figures over the stored rows a caller may read (all rows
 * when `visible` is not given), and how many rows were left out. Rows with
 * nothing to grade are only counted (`notAssessable`): their default score
 * would pull every average towards it.
 */
export function aggregateRows(
  all: SummaryRow[],
  visible?: ReadonlySet<string>,
): { aggregates: CatalogAggregates; hidden: number } {
  const readable = visible
    ? all.filter(row => visible.has(row.entityRef))
    : all;
  const rows = readable.filter(row => row.assessable !== false);
  const byGrade: Record<string, number> = Object.fromEntries(
    GRADES.map(grade => [grade, 0]),
  );
  const usage = new Map<string, number>();
  let scoreTotal = 0;
  let exitPlans = 0;
  let tested = 0;
  for (const row of rows) {
    scoreTotal += row.score;
    byGrade[row.grade] = (byGrade[row.grade] ?? 0) + 1;
    if (row.hasExitPlan) exitPlans += 1;
    if (row.exitTested) tested += 1;
    for (const service of row.services) {
      usage.set(service, (usage.get(service) ?? 0) + 1);
    }
  }
  const total = rows.length;
  return {
    hidden: all.length - readable.length,
    aggregates: {
      totalEntities: total,
      notAssessable: readable.length - total,
      averageScore: total > 0 ? oneDecimal(scoreTotal / total) : 0,
      byGrade,
      byOwner: groupAverages(rows, row => row.owner),
      bySystem: groupAverages(rows, row => row.system),
      byDomain: groupAverages(rows, row => row.domain),
      withExitPlan: total > 0 ? exitPlans / total : 0,
      withTestedExit: total > 0 ? tested / total : 0,
      serviceUsage: [...usage]
        .map(([serviceId, dependents]) => ({ serviceId, dependents }))
        .sort(
          (a, b) =>
            b.dependents - a.dependents || (a.serviceId < b.serviceId ? -1 : 1),
        ),
    },
  };
}
