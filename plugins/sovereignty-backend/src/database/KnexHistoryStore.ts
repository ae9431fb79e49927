import type { Knex } from 'knex';
import type { HistoryPoint, HistoryStore } from './SovereigntyStore';
import { toIso } from './knexRows';

/**
 * Reads the history points that KnexAssessmentStore writes in the same
 * transaction as the assessment that changed.
 */
export class KnexHistoryStore implements HistoryStore {
  constructor(private readonly db: Knex) {}

  async getHistory(entityRef: string): Promise<HistoryPoint[]> {
    const rows = await this.db('assessment_history')
      .where({ entity_ref: entityRef })
      .orderBy('recorded_at', 'asc')
      .orderBy('id', 'asc')
      .select('score', 'grade', 'model_version', 'recorded_at');
    return rows.map(row => ({
      score: row.score,
      grade: row.grade,
      modelVersion: row.model_version,
      recordedAt: toIso(row.recorded_at),
    }));
  }
}
