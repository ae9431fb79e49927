import type { Knex } from 'knex';
import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import type {
  Assessment,
  ChecklistItemState,
  ChecklistStatus,
} from '@portolan/plugin-sovereignty-common';
import type {
  AssessmentSummaryRow,
  EntityPlacement,
  HistoryPoint,
  SovereigntyStore,
  StoredAssessment,
} from './SovereigntyStore';
import { assessmentDigest } from './digest';

const migrationsDir = resolvePackagePath(
  '@portolan/plugin-sovereignty-backend',
  'migrations',
);

function toIso(value: Date | string | number): string {
  return new Date(value).toISOString();
}

export class KnexSovereigntyStore implements SovereigntyStore {
  static async create(database: DatabaseService): Promise<KnexSovereigntyStore> {
    const client = await database.getClient();
    if (!database.migrations?.skip) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new KnexSovereigntyStore(client);
  }

  constructor(private readonly db: Knex) {}

  async getAssessment(entityRef: string): Promise<StoredAssessment | undefined> {
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

  async saveAssessment(
    placement: EntityPlacement,
    assessment: Assessment,
    assessedAt: Date,
  ): Promise<{ changed: boolean }> {
    const digest = assessmentDigest(assessment);
    return this.db.transaction(async tx => {
      const previous = await tx('assessments')
        .where({ entity_ref: assessment.entityRef })
        .first('digest');
      const row = {
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
        digest,
        assessment: JSON.stringify(assessment),
        assessed_at: assessedAt,
        stale: false,
      };
      await tx('assessments').insert(row).onConflict('entity_ref').merge();
      const changed = previous?.digest !== digest;
      if (changed) {
        await tx('assessment_history').insert({
          entity_ref: assessment.entityRef,
          score: assessment.score,
          grade: assessment.grade,
          model_version: assessment.modelVersion,
          digest,
          recorded_at: assessedAt,
        });
      }
      return { changed };
    });
  }

  async listAssessments(page: {
    limit: number;
    offset: number;
  }): Promise<{ items: AssessmentSummaryRow[]; totalItems: number }> {
    const [{ count }] = await this.db('assessments').count({ count: '*' });
    const rows = await this.db('assessments')
      .orderBy([
        { column: 'score', order: 'asc' },
        { column: 'entity_ref', order: 'asc' },
      ])
      .limit(page.limit)
      .offset(page.offset)
      .select(
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
      );
    return {
      totalItems: Number(count),
      items: rows.map(row => ({
        entityRef: row.entity_ref,
        kind: row.kind,
        namespace: row.namespace,
        name: row.name,
        owner: row.owner ?? undefined,
        system: row.system ?? undefined,
        domain: row.domain ?? undefined,
        score: row.score,
        grade: row.grade,
        status: row.status,
        assessedAt: toIso(row.assessed_at),
        stale: Boolean(row.stale),
      })),
    };
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
    for (const row of rows) {
      result[row.item_id] = {
        status: row.status as ChecklistStatus,
        evidenceUrl: row.evidence_url ?? undefined,
        note: row.note ?? undefined,
        updatedBy: row.updated_by,
        updatedAt: toIso(row.updated_at),
        version: row.version,
      };
    }
    return result;
  }
}

