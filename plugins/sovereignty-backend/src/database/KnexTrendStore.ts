import type { Knex } from 'knex';
import type { TrendPoint, TrendStore } from './SovereigntyStore';
import { toIso } from './knexRows';

export class KnexTrendStore implements TrendStore {
  constructor(private readonly db: Knex) {}

  async recordTrendPoint(
    point: Omit<TrendPoint, 'recordedAt'> & { recordedAt: Date },
  ): Promise<void> {
    await this.db('score_trend')
      .insert({
        day: point.day,
        recorded_at: point.recordedAt,
        average_score: point.averageScore,
        total_entities: point.totalEntities,
      })
      .onConflict('day')
      .merge();
  }

  async trend(days: number): Promise<TrendPoint[]> {
    const rows = await this.db('score_trend')
      .orderBy('day', 'desc')
      .limit(days)
      .select();
    return rows.reverse().map(row => ({
      day: row.day,
      recordedAt: toIso(row.recorded_at),
      averageScore: Number(row.average_score),
      totalEntities: Number(row.total_entities),
    }));
  }
}
