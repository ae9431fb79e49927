import type { SovereigntyStores } from '../database/SovereigntyStore';

/**
 * Records the day's point of the catalog trend: the mean score of the
 * assessable entities (those with nothing to grade are counted apart, as on
 * the dashboard), to one decimal. The last call of a day wins; with nothing
 * assessed there is no point, rather than a misleading zero.
 */
export async function recordCatalogTrendPoint(
  stores: Pick<SovereigntyStores, 'assessments' | 'trend'>,
  at: Date,
): Promise<void> {
  const { entities, meanScore } = await stores.assessments.assessableScores();
  if (entities === 0) return;
  await stores.trend.recordTrendPoint({
    day: at.toISOString().slice(0, 10),
    recordedAt: at,
    averageScore: Math.round(meanScore * 10) / 10,
    totalEntities: entities,
  });
}
