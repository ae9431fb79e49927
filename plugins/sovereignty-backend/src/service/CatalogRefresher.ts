import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ASSESSED_KINDS,
  type Assessor,
} from '@portolan/plugin-sovereignty-common';
import type {
  AssessmentToSave,
  RefreshRun,
  SovereigntyStores,
} from '../database/SovereigntyStore';
import type { AssessmentSettings } from '@portolan/plugin-sovereignty-node';
import type {
  RefreshNotificationRound,
  RefreshNotifier,
} from '../notifications/RefreshNotifier';
import { recordCatalogTrendPoint } from './catalogTrend';
import { createLoopYielder } from './eventLoop';
import {
  ASSESSMENT_FIELDS,
  mapLookup,
  placementOf,
  relatedEntities,
} from './relatedEntities';

/** Entities per catalog page the refresh reads (the peer benchmark pages the same way). */
export const REFRESH_PAGE_SIZE = 1000;
const WRITE_BATCH = 500;
/** Refresh runs kept on record: enough for status and diagnosis. */
export const REFRESH_RUNS_KEPT = 100;

export type RefreshResult = Omit<RefreshRun, 'id' | 'startedAt' | 'finishedAt'>;

/**
 * Assesses the whole catalog: pages through it with a cursor, fetching only
 * the fields assessments read, assesses every entity against the in-memory
 * index of the others, and writes in batches. If the catalog cannot be read,
 * the stored assessments stay and are marked stale. If it returns so few
 * entities that more than `maxRemovalShare` of the stored assessments would
 * go, none go: the run is marked suspicious and those are marked stale.
 */
export class CatalogRefresher {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      stores: Pick<
        SovereigntyStores,
        'assessments' | 'checklists' | 'refreshRuns' | 'trend'
      >;
      assess: Assessor;
      settings: AssessmentSettings;
      /** The largest share (0-1) of stored assessments one run may remove. */
      maxRemovalShare: number;
      logger: LoggerService;
      clock?: () => Date;
      /** Tells owners what a completed refresh found that needs them. */
      notifier?: RefreshNotifier;
    },
  ) {}

  async run(): Promise<RefreshResult> {
    const { stores, logger } = this.deps;
    const clock = this.deps.clock ?? (() => new Date());
    const startedAt = clock();
    const runId = await stores.refreshRuns.startRefreshRun(startedAt);
    let result: RefreshResult;
    const notices = this.deps.notifier?.startRound(startedAt);
    try {
      result = await this.refresh(startedAt, notices);
    } catch (error) {
      const message = `Refresh failed: ${(error as Error).message}`;
      logger.warn(`${message}; keeping the last assessments, marked stale`);
      await stores.assessments.markStale().catch(() => undefined);
      result = {
        outcome: 'failed',
        entities: 0,
        changed: 0,
        removed: 0,
        errors: 1,
        message,
      };
    }
    if (result.outcome === 'completed') {
      await notices?.finish({
        complete: !result.suspicious && result.errors === 0,
      });
    }
    // The database may be what failed; the next run closes this record then.
    await stores.refreshRuns
      .finishRefreshRun(runId, { ...result, finishedAt: clock() })
      .then(() => stores.refreshRuns.pruneRefreshRuns(REFRESH_RUNS_KEPT))
      .catch(error =>
        logger.error(
          `Could not record the end of refresh run ${runId}: ${error.message}`,
        ),
      );
    logger.info(
      `Sovereignty refresh ${result.outcome}: ${result.entities} entities, ${
        result.changed
      } changed, ${result.removed} removed, ${result.errors} errors in ${
        clock().getTime() - startedAt.getTime()
      } ms`,
    );
    return result;
  }

  private async refresh(
    startedAt: Date,
    notices?: RefreshNotificationRound,
  ): Promise<RefreshResult> {
    const { stores, assess, settings, logger } = this.deps;
    const entities = await this.loadCatalog();
    const byRef = new Map(entities.map(e => [stringifyEntityRef(e), e]));
    const lookup = mapLookup(byRef);
    const states = await stores.checklists.getAllChecklistStates();
    const now = startedAt.toISOString();

    let batch: AssessmentToSave[] = [];
    let changed = 0;
    let errors = 0;
    const yieldLoop = createLoopYielder();
    for (const [ref, entity] of byRef) {
      await yieldLoop();
      try {
        const assessment = assess(
          {
            entity,
            related: await relatedEntities(entity, lookup),
            checklistState: states.get(ref),
          },
          { now, ...settings },
        );
        batch.push({
          placement: await placementOf(entity, lookup),
          assessment,
        });
        notices?.add(entity, assessment);
      } catch (error) {
        errors += 1;
        logger.warn(`Could not assess ${ref}: ${(error as Error).message}`);
      }
      if (batch.length >= WRITE_BATCH) {
        changed += (await stores.assessments.saveAssessments(batch, startedAt))
          .changed;
        batch = [];
      }
    }
    if (batch.length > 0) {
      changed += (await stores.assessments.saveAssessments(batch, startedAt))
        .changed;
    }
    const stored = await stores.assessments.assessmentRefs();
    const gone = stored.filter(ref => !byRef.has(ref));
    const share = stored.length > 0 ? gone.length / stored.length : 0;
    if (share > this.deps.maxRemovalShare) {
      // A catalog that suddenly shows far fewer entities is more likely an
      // outage or a permission change than a mass departure: keep the data.
      await stores.assessments.markStale(gone);
      await recordCatalogTrendPoint(stores, startedAt);
      const message = `Kept ${gone.length} of ${
        stored.length
      } stored assessments whose entities the catalog no longer returned: removing more than ${Math.round(
        this.deps.maxRemovalShare * 100,
      )}% in one run needs sovereignty.refresh.maxRemovalShare raised`;
      logger.warn(`Suspicious refresh: ${message}`);
      return {
        outcome: 'completed',
        entities: byRef.size,
        changed,
        removed: 0,
        errors,
        suspicious: true,
        message,
      };
    }
    await stores.assessments.removeAssessments(gone);
    await recordCatalogTrendPoint(stores, startedAt);
    return {
      outcome: 'completed',
      entities: byRef.size,
      changed,
      removed: gone.length,
      errors,
    };
  }

  private async loadCatalog(): Promise<Entity[]> {
    const { catalog, auth } = this.deps;
    const credentials = await auth.getOwnServiceCredentials();
    const entities: Entity[] = [];
    let response = await catalog.queryEntities(
      {
        filter: ASSESSED_KINDS.map(kind => ({ kind })),
        fields: ASSESSMENT_FIELDS,
        limit: REFRESH_PAGE_SIZE,
      },
      { credentials },
    );
    entities.push(...response.items);
    while (response.pageInfo.nextCursor) {
      response = await catalog.queryEntities(
        {
          cursor: response.pageInfo.nextCursor,
          fields: ASSESSMENT_FIELDS,
          limit: REFRESH_PAGE_SIZE,
        },
        { credentials },
      );
      entities.push(...response.items);
    }
    return entities;
  }
}
