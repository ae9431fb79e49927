import type { Knex } from 'knex';
import { handBackToLoop } from '../service/eventLoop';
import { isExitTested } from '../service/exitTested';
import type {
  AssessmentList,
  AssessmentQuery,
  AssessmentStore,
  AssessmentToSave,
  StoredAssessment,
  SummaryRow,
} from './SovereigntyStore';
import { assessmentDigest, contentHash } from './digest';
import { chunks, toIso } from './knexRows';

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
  'assessable',
];

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
    ...(Boolean(row.assessable) ? {} : { assessable: false as const }),
  };
}

/** Rows per query when the summary reads every assessment. */
const SUMMARY_PAGE_SIZE = 2_000;

/**
 * The latest assessments (`assessments`), the services each uses
 * (`assessment_services`) and, written in the same transaction, the history
 * point of each assessment whose score or findings changed.
 */
export class KnexAssessmentStore implements AssessmentStore {
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
    for (const { placement, assessment } of batch) {
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
        exit_tested: isExitTested(assessment),
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

  async assessableScores(): Promise<{ entities: number; meanScore: number }> {
    // Entities with nothing to grade are counted apart, as on the dashboard.
    const totals: any = await this.db('assessments')
      .where('assessable', true)
      .count({ total: '*' })
      .avg({ average: 'score' })
      .first();
    return {
      entities: Number(totals?.total ?? 0),
      meanScore: Number(totals?.average ?? 0),
    };
  }
}
