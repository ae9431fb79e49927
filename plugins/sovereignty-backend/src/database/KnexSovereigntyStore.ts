import { randomUUID } from 'node:crypto';
import { handBackToLoop } from '../service/eventLoop';
import type { Knex } from 'knex';
import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import type {
  ChecklistItemState,
  ChecklistStatus,
} from '@portolan/plugin-sovereignty-common';
import type {
  AssessmentList,
  AssessmentQuery,
  AssessmentToSave,
  ChecklistWrite,
  ChecklistWriteResult,
  HistoryPoint,
  RefreshRun,
  TrendPoint,
  SovereigntyStore,
  StoredAssessment,
  SummaryRow,
} from './SovereigntyStore';
import { assessmentDigest, contentHash } from './digest';

const migrationsDir = resolvePackagePath(
  '@portolan/plugin-sovereignty-backend',
  'migrations',
);

/** Rows per statement: well below SQLite's bound-variable limit. */
const CHUNK = 400;
/**
 * Assessments per write transaction. On SQLite a transaction runs
 * synchronously on the event loop, so it is kept to a few milliseconds and
 * the loop is handed back between transactions.
 */
const WRITE_CHUNK = 100;

const ORDER_COLUMNS: Record<NonNullable<AssessmentQuery['orderBy']>, string> = {
  score: 'score',
  entityRef: 'entity_ref',
  owner: 'owner',
  system: 'system',
  assessedAt: 'assessed_at',
};

const LIST_COLUMNS = [
  'entity_ref',
  'kind',
  'namespace',
  'name',
  'owner',
  'system',
  'domain',
  'score',
  'grade',
  'status',
  'assessed_at',
  'stale',
];

/**
 * Replicas that start together race to create knex's own migration tables on
 * an empty database; the loser finds them created and simply tries again.
 */
async function migrateLatest(client: Knex, attempts = 3): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.migrate.latest({ directory: migrationsDir });
      return;
    } catch (error) {
      if (
        attempt >= attempts ||
        !/already exists|duplicate key/.test(String(error))
      ) {
        throw error;
      }
      await new Promise(resolve => setTimeout(resolve, 200 * attempt));
    }
  }
}

function toIso(value: Date | string | number): string {
  return new Date(value).toISOString();
}

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    result.push(items.slice(i, i + size));
  }
  return result;
}

function checklistRowToState(row: any): ChecklistItemState {
  return {
    status: row.status as ChecklistStatus,
    evidenceUrl: row.evidence_url ?? undefined,
    note: row.note ?? undefined,
    updatedBy: row.updated_by,
    updatedAt: toIso(row.updated_at),
    version: Number(row.version),
  };
}

function listItemOf(row: any) {
  return {
    entityRef: row.entity_ref,
    kind: row.kind,
    namespace: row.namespace,
    name: row.name,
    owner: row.owner ?? undefined,
    system: row.system ?? undefined,
    domain: row.domain ?? undefined,
    score: Number(row.score),
    grade: row.grade,
    status: row.status,
    assessedAt: toIso(row.assessed_at),
    stale: Boolean(row.stale),
  };
}

function exitTested(toSave: AssessmentToSave): boolean {
  return toSave.assessment.checklist.some(
    item => item.id === 'exit-test' && item.state === 'done',
  );
}

/** Rows per query when the summary reads every assessment. */
const SUMMARY_PAGE_SIZE = 2_000;

export class KnexSovereigntyStore implements SovereigntyStore {
  static async create(
    database: DatabaseService,
  ): Promise<KnexSovereigntyStore> {
    const client = await database.getClient();
    if (!database.migrations?.skip) {
      await migrateLatest(client);
    }
    return new KnexSovereigntyStore(client);
  }

  constructor(private readonly db: Knex) {}

  async getAssessment(
    entityRef: string,
  ): Promise<StoredAssessment | undefined> {
    const row = await this.db('assessments')
      .where({ entity_ref: entityRef })
      .first('assessment', 'assessed_at', 'stale');
    if (!row) return undefined;
    return {
      assessment: JSON.parse(row.assessment),
      assessedAt: toIso(row.assessed_at),
      stale: Boolean(row.stale),
    };
  }

  async getAssessments(
    entityRefs: string[],
  ): Promise<Map<string, StoredAssessment>> {
    const found = new Map<string, StoredAssessment>();
    for (const chunk of chunks([...new Set(entityRefs)])) {
      const rows = await this.db('assessments')
        .whereIn('entity_ref', chunk)
        .select('entity_ref', 'assessment', 'assessed_at', 'stale');
      for (const row of rows) {
        found.set(row.entity_ref, {
          assessment: JSON.parse(row.assessment),
          assessedAt: toIso(row.assessed_at),
          stale: Boolean(row.stale),
        });
      }
    }
    return found;
  }

  async getAssessmentJson(entityRef: string): Promise<string | undefined> {
    const row = await this.db('assessments')
      .where({ entity_ref: entityRef })
      .first('assessment', 'assessed_at', 'stale');
    if (!row) return undefined;
    // The stored text is already the assessment's JSON; only the envelope is new.
    return `{"assessment":${row.assessment},"assessedAt":${JSON.stringify(
      toIso(row.assessed_at),
    )},"stale":${Boolean(row.stale)}}`;
  }

  async saveAssessments(
    batch: AssessmentToSave[],
    assessedAt: Date,
  ): Promise<{ changed: number }> {
    let changed = 0;
    for (const part of chunks(batch, WRITE_CHUNK)) {
      changed += await this.db.transaction(tx =>
        this.saveChunk(tx, part, assessedAt),
      );
      await handBackToLoop();
    }
    return { changed };
  }

  /**
   * Writes only what changed: a row whose JSON is identical is left alone
   * (a daily refresh of an unchanged catalog writes almost nothing), history
   * grows only when score or findings changed.
   */
  private async saveChunk(
    tx: Knex.Transaction,
    batch: AssessmentToSave[],
    assessedAt: Date,
  ): Promise<number> {
    const refs = batch.map(b => b.assessment.entityRef);
    const previous = new Map<string, { digest: string; content_hash: string }>(
      (
        await tx('assessments')
          .whereIn('entity_ref', refs)
          .select('entity_ref', 'digest', 'content_hash')
      ).map(row => [row.entity_ref, row]),
    );
    const rows = [];
    const unchanged: string[] = [];
    for (const toSave of batch) {
      const { placement, assessment } = toSave;
      const json = JSON.stringify(assessment);
      const hash = contentHash(json);
      if (previous.get(assessment.entityRef)?.content_hash === hash) {
        unchanged.push(assessment.entityRef);
        continue;
      }
      rows.push({
        entity_ref: assessment.entityRef,
        kind: placement.kind.toLocaleLowerCase('en-US'),
        namespace: placement.namespace,
        name: placement.name,
        owner: placement.owner ?? null,
        system: placement.system ?? null,
        domain: placement.domain ?? null,
        score: assessment.score,
        grade: assessment.grade,
        status: assessment.status,
        model_version: assessment.modelVersion,
        digest: assessmentDigest(assessment),
        assessment: json,
        content_hash: hash,
        assessed_at: assessedAt,
        stale: false,
        has_exit_plan: Boolean(assessment.exitPlan),
        exit_tested: exitTested(toSave),
        assessable: assessment.assessable !== false,
      });
    }
    if (unchanged.length > 0) {
      await tx('assessments')
        .whereIn('entity_ref', unchanged)
        .where('stale', true)
        .update({ stale: false });
    }
    if (rows.length === 0) return 0;
    await tx('assessments').insert(rows).onConflict('entity_ref').merge();

    const history = rows
      .filter(row => previous.get(row.entity_ref)?.digest !== row.digest)
      .map(row => ({
        entity_ref: row.entity_ref,
        score: row.score,
        grade: row.grade,
        model_version: row.model_version,
        digest: row.digest,
        recorded_at: assessedAt,
      }));
    if (history.length > 0) await tx('assessment_history').insert(history);

    const changedRefs = rows.map(row => row.entity_ref);
    const changed = new Set(changedRefs);
    await tx('assessment_services').whereIn('entity_ref', changedRefs).delete();
    const services = batch
      .filter(({ assessment }) => changed.has(assessment.entityRef))
      .flatMap(({ assessment }) =>
        assessment.mappings.map(m => ({
          entity_ref: assessment.entityRef,
          service_id: m.service,
          provider: m.provider,
        })),
      );
    for (const part of chunks(services)) {
      await tx('assessment_services').insert(part);
    }
    return history.length;
  }

  async assessmentRefs(): Promise<string[]> {
    return (await this.db('assessments').select('entity_ref')).map(
      row => row.entity_ref,
    );
  }

  async removeAssessments(refs: string[]): Promise<void> {
    for (const part of chunks(refs)) {
      await this.db.transaction(async tx => {
        await tx('assessment_services').whereIn('entity_ref', part).delete();
        await tx('assessments').whereIn('entity_ref', part).delete();
      });
    }
  }

  async markStale(refs?: string[]): Promise<void> {
    if (!refs) {
      await this.db('assessments').update({ stale: true });
      return;
    }
    for (const part of chunks(refs)) {
      await this.db('assessments')
        .whereIn('entity_ref', part)
        .update({ stale: true });
    }
  }

  async listAssessments(
    query: AssessmentQuery,
    visible?: ReadonlySet<string>,
  ): Promise<AssessmentList> {
    const filtered = () => {
      const q = this.db('assessments');
      if (query.kind) q.where('kind', query.kind.toLocaleLowerCase('en-US'));
      if (query.owner) q.where('owner', query.owner);
      if (query.system) q.where('system', query.system);
      if (query.domain) q.where('domain', query.domain);
      if (query.grade) q.where('grade', query.grade);
      if (query.search) {
        const escaped = query.search.replace(/[\\%_]/g, c => `\\${c}`);
        q.whereRaw(`LOWER(entity_ref) LIKE ? ESCAPE '\\'`, [
          `%${escaped.toLocaleLowerCase('en-US')}%`,
        ]);
      }
      if (query.provider) {
        q.whereIn(
          'entity_ref',
          this.db('assessment_services')
            .where('provider', query.provider)
            .select('entity_ref'),
        );
      }
      return q;
    };
    const orderColumn = ORDER_COLUMNS[query.orderBy ?? 'score'];
    const direction = query.order ?? 'asc';
    const ordered = () =>
      filtered()
        // Entities without an owner or system sort last in either direction.
        .orderByRaw('CASE WHEN ?? IS NULL THEN 1 ELSE 0 END', [orderColumn])
        .orderBy([
          { column: orderColumn, order: direction },
          { column: 'entity_ref', order: 'asc' },
        ]);
    if (visible) {
      // The caller's view is a set the database does not know: order the
      // matching refs there, keep the visible ones, then load one page.
      const refs: string[] = (await ordered().select('entity_ref'))
        .map(row => row.entity_ref)
        .filter(ref => visible.has(ref));
      const pageRefs = refs.slice(query.offset, query.offset + query.limit);
      const byRef = new Map(
        pageRefs.length === 0
          ? []
          : (
              await this.db('assessments')
                .whereIn('entity_ref', pageRefs)
                .select(LIST_COLUMNS)
            ).map(row => [row.entity_ref, row]),
      );
      return {
        totalItems: refs.length,
        items: pageRefs.flatMap(ref => {
          const row = byRef.get(ref);
          return row ? [listItemOf(row)] : [];
        }),
      };
    }
    const [countRow, rows] = await Promise.all([
      filtered().count({ count: '*' }).first(),
      ordered().limit(query.limit).offset(query.offset).select(LIST_COLUMNS),
    ]);
    return {
      totalItems: Number(countRow?.count ?? 0),
      items: rows.map(listItemOf),
    };
  }

  async summaryRows(): Promise<SummaryRow[]> {
    // Owners, systems and service ids repeat across thousands of rows: one
    // string each keeps the in-memory snapshot small.
    const interned = new Map<string, string>();
    const intern = (value: string) => {
      const known = interned.get(value);
      if (known !== undefined) return known;
      interned.set(value, value);
      return value;
    };
    const result: SummaryRow[] = [];
    // Keyset pages: on SQLite every query runs synchronously on the event
    // loop, so one read of the whole table would stall the backend for as
    // long as it takes; between pages other requests get their turn.
    let after = '';
    for (;;) {
      const rows = await this.db('assessments')
        .select(
          'entity_ref',
          'owner',
          'system',
          'domain',
          'score',
          'grade',
          'has_exit_plan',
          'exit_tested',
          'assessable',
        )
        .where('entity_ref', '>', after)
        .orderBy('entity_ref')
        .limit(SUMMARY_PAGE_SIZE);
      if (rows.length === 0) break;
      const last: string = rows[rows.length - 1].entity_ref;
      const services = await this.db('assessment_services')
        .select('entity_ref', 'service_id')
        .where('entity_ref', '>', after)
        .andWhere('entity_ref', '<=', last);
      const servicesOf = new Map<string, string[]>();
      for (const row of services) {
        let list = servicesOf.get(row.entity_ref);
        if (!list) {
          list = [];
          servicesOf.set(row.entity_ref, list);
        }
        list.push(intern(row.service_id));
      }
      for (const row of rows) {
        result.push({
          entityRef: row.entity_ref,
          owner: row.owner ? intern(row.owner) : undefined,
          system: row.system ? intern(row.system) : undefined,
          domain: row.domain ? intern(row.domain) : undefined,
          score: Number(row.score),
          grade: intern(row.grade),
          hasExitPlan: Boolean(row.has_exit_plan),
          exitTested: Boolean(row.exit_tested),
          assessable: Boolean(row.assessable),
          services: servicesOf.get(row.entity_ref) ?? [],
        });
      }
      if (rows.length < SUMMARY_PAGE_SIZE) break;
      after = last;
      await handBackToLoop();
    }
    return result;
  }

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

  async getChecklistState(
    entityRef: string,
  ): Promise<Record<string, ChecklistItemState>> {
    const rows = await this.db('checklist_state')
      .where({ entity_ref: entityRef })
      .select();
    const result: Record<string, ChecklistItemState> = {};
    for (const row of rows) result[row.item_id] = checklistRowToState(row);
    return result;
  }

  async getAllChecklistStates(): Promise<
    Map<string, Record<string, ChecklistItemState>>
  > {
    const result = new Map<string, Record<string, ChecklistItemState>>();
    for (const row of await this.db('checklist_state').select()) {
      let forEntity = result.get(row.entity_ref);
      if (!forEntity) {
        forEntity = {};
        result.set(row.entity_ref, forEntity);
      }
      forEntity[row.item_id] = checklistRowToState(row);
    }
    return result;
  }

  /**
   * Optimistic concurrency: an update applies only where the stored version
   * is the one the writer read; a first write inserts and then checks its own
   * write id won, so of concurrent writers exactly one wins. Write and
   * read-back share one transaction, so a writer reads its own write back,
   * never a later writer's that committed in between.
   */
  async writeChecklistItem(
    write: ChecklistWrite,
  ): Promise<ChecklistWriteResult> {
    return this.db.transaction(async tx => {
      const key = { entity_ref: write.entityRef, item_id: write.itemId };
      const currentRow = await tx('checklist_state').where(key).first();
      const current = currentRow ? checklistRowToState(currentRow) : undefined;
      if ((current?.version ?? 0) !== write.expectedVersion) {
        return { ok: false, current };
      }
      const writeId = randomUUID();
      const values = {
        status: write.status,
        evidence_url: write.evidenceUrl ?? null,
        note: write.note ?? null,
        updated_by: write.updatedBy,
        updated_at: write.updatedAt,
        version: write.expectedVersion + 1,
        write_id: writeId,
      };
      if (write.expectedVersion === 0) {
        await tx('checklist_state')
          .insert({ ...key, ...values })
          .onConflict(['entity_ref', 'item_id'])
          .ignore();
      } else {
        await tx('checklist_state')
          .where({ ...key, version: write.expectedVersion })
          .update(values);
      }
      const after = await tx('checklist_state').where(key).first();
      if (!after || after.write_id !== writeId) {
        return {
          ok: false,
          current: after ? checklistRowToState(after) : undefined,
        };
      }
      return { ok: true, before: current, after: checklistRowToState(after) };
    });
  }

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
    // Keep a bounded record: enough for status and diagnosis.
    const old = await this.db('refresh_runs')
      .orderBy('id', 'desc')
      .offset(100)
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

  async recordTrendPoint(at: Date): Promise<void> {
    // Entities with nothing to grade are counted apart, as on the dashboard.
    const totals = await this.db('assessments')
      .where('assessable', true)
      .count({ total: '*' })
      .avg({ average: 'score' })
      .first();
    const total = Number((totals as any)?.total ?? 0);
    if (total === 0) return;
    await this.db('score_trend')
      .insert({
        day: at.toISOString().slice(0, 10),
        recorded_at: at,
        average_score: Math.round(Number((totals as any).average) * 10) / 10,
        total_entities: total,
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
