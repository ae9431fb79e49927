import type { Knex } from 'knex';
import type { RefreshRun, RefreshRunStore } from './SovereigntyStore';
import { toIso } from './knexRows';

export class KnexRefreshRunStore implements RefreshRunStore {
  constructor(private readonly db: Knex) {}

  async startRefreshRun(startedAt: Date): Promise<number> {
    // The scheduler runs one refresh at a time across replicas, so a run
    // still marked running was cut off by a crash or a database outage.
    await this.db('refresh_runs').where({ outcome: 'running' }).update({
      outcome: 'failed',
      finished_at: startedAt,
      message:
        'Interrupted: the backend or its database stopped during the run',
    });
    const [row] = await this.db('refresh_runs')
      .insert({ started_at: startedAt, outcome: 'running' })
      .returning('id');
    return Number(typeof row === 'object' ? row.id : row);
  }

  async finishRefreshRun(
    id: number,
    result: Omit<RefreshRun, 'id' | 'startedAt' | 'finishedAt'> & {
      finishedAt: Date;
    },
  ): Promise<void> {
    await this.db('refresh_runs')
      .where({ id })
      .update({
        finished_at: result.finishedAt,
        outcome: result.outcome,
        entities: result.entities,
        changed: result.changed,
        removed: result.removed,
        errors: result.errors,
        suspicious: result.suspicious ?? false,
        message: result.message ?? null,
      });
  }

  async pruneRefreshRuns(keep: number): Promise<void> {
    const old = await this.db('refresh_runs')
      .orderBy('id', 'desc')
      .offset(keep)
      .limit(1)
      .first('id');
    if (old) await this.db('refresh_runs').where('id', '<=', old.id).delete();
  }

  async recentRefreshRuns(limit: number): Promise<RefreshRun[]> {
    const rows = await this.db('refresh_runs')
      .orderBy('id', 'desc')
      .limit(limit)
      .select();
    return rows.map(row => ({
      id: Number(row.id),
      startedAt: toIso(row.started_at),
      finishedAt: row.finished_at ? toIso(row.finished_at) : undefined,
      outcome: row.outcome,
      entities: Number(row.entities),
      changed: Number(row.changed),
      removed: Number(row.removed),
      errors: Number(row.errors),
      ...(row.suspicious ? { suspicious: true } : {}),
      message: row.message ?? undefined,
    }));
  }
}
