import { stringifyEntityRef } from '@backstage/catalog-model';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  ExitPlanRequestError,
  planExitInSlices,
  renderExitPlanCsv,
  renderExitPlanMarkdown,
  type ExitPlan,
  type ExitPlanRequest,
  type KnowledgeBase,
} from '@portolan/plugin-sovereignty-common';
import type { AssessmentSettings } from '@portolan/plugin-sovereignty-node';
import type { ChecklistStore } from '../database/SovereigntyStore';
import type { EndpointMap } from '../schema/openapi/generated/router';
import { catalogLookup, relatedEntities } from './relatedEntities';

/** What one plan request may name at most, after commas are split: more is refused, not cut. */
const MAX_KEEP = 100;
const MAX_GAP_FILLERS = 50;

/** The plan's query, as the generated router has checked it. */
export type PlanQuery =
  EndpointMap['#get|/entities/{kind}/{namespace}/{name}/plan']['query'];

/** How the plan is answered. */
export type PlanFormat = PlanQuery['format'];

/** Repeated parameters, and commas within one, as one list. */
function listOf(values: string[] | undefined): string[] {
  return (values ?? []).flatMap(value =>
    value
      .split(',')
      .map(part => part.trim())
      .filter(Boolean),
  );
}

/**
 * The plan's query: `target`, `keep` (service ids, repeated or comma
 * separated), `gapFiller` (`service=gap-filler`, repeated) and `format`.
 * The spec has checked the target, the format and each value's length; what
 * it cannot say is checked here (the counts once commas are split, the
 * service=gap-filler pairs). What the planner checks against the entity
 * (which services it uses, which gap filler replaces what) it answers
 * itself, with the same messages.
 */
export function readPlanQuery(query: PlanQuery): {
  request: ExitPlanRequest;
  format: PlanFormat;
} {
  const keep = listOf(query.keep);
  if (keep.length > MAX_KEEP) {
    throw new InputError(`keep names at most ${MAX_KEEP} services`);
  }
  const gapFillers: Record<string, string> = {};
  const pairs = listOf(query.gapFiller);
  if (pairs.length > MAX_GAP_FILLERS) {
    throw new InputError(`gapFiller names at most ${MAX_GAP_FILLERS} services`);
  }
  for (const pair of pairs) {
    const at = pair.lastIndexOf('=');
    const service = at > 0 ? pair.slice(0, at).trim() : '';
    const filler = at > 0 ? pair.slice(at + 1).trim() : '';
    if (!service || !filler) {
      throw new InputError(
        `gapFiller must be service=gap-filler, e.g. azure:key-vault=openbao; got "${pair.slice(
          0,
          80,
        )}"`,
      );
    }
    if (service in gapFillers) {
      throw new InputError(`gapFiller names ${service.slice(0, 80)} twice`);
    }
    gapFillers[service] = filler;
  }
  return {
    request: { target: query.target, keep, gapFillers },
    format: query.format,
  };
}

/** The plan in the format asked for, with its media type and a file name. */
export function renderPlan(
  plan: ExitPlan,
  format: PlanFormat,
): { type: string; body: string | ExitPlan; fileName?: string } {
  const base = `exit-plan-${plan.entityRef.replace(/[^a-zA-Z0-9-]+/g, '-')}-${
    plan.target
  }`;
  if (format === 'markdown') {
    return {
      type: 'text/markdown; charset=utf-8',
      body: renderExitPlanMarkdown(plan),
      fileName: `${base}.md`,
    };
  }
  if (format === 'csv') {
    return {
      type: 'text/csv; charset=utf-8',
      body: renderExitPlanCsv(plan),
      fileName: `${base}.csv`,
    };
  }
  return { type: 'application/json', body: plan };
}

/**
 * Exit plans of catalog entities, computed on request with the shared
 * planner. The entity and its related entities are read with the caller's
 * credentials, as an assessment computed on a read is: the plan covers what
 * the caller may see, and nothing is stored.
 */
export class PlanService {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      store: Pick<ChecklistStore, 'getChecklistState'>;
      /** Read per request: modules may extend the knowledge base after startup. */
      knowledgeBase: () => KnowledgeBase;
      settings: AssessmentSettings;
      clock?: () => Date;
    },
  ) {}

  /** Callers check that the caller may read `entityRef` first. */
  async plan(
    entityRef: string,
    credentials: BackstageCredentials,
    request: ExitPlanRequest,
  ): Promise<ExitPlan> {
    const { catalog, store, settings } = this.deps;
    const entity = await catalog.getEntityByRef(entityRef, { credentials });
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    const related = await relatedEntities(
      entity,
      catalogLookup(catalog, credentials),
    );
    const checklistState = await store.getChecklistState(
      stringifyEntityRef(entity),
    );
    try {
      // Built once per knowledge base; yields between steps, so a large
      // System's plan does not hold up the backend's other requests.
      return await planExitInSlices(
        this.deps.knowledgeBase(),
        { entity, related, checklistState },
        request,
        {
          now: (this.deps.clock ?? (() => new Date()))().toISOString(),
          weights: settings.weights,
        },
      );
    } catch (error) {
      if (error instanceof ExitPlanRequestError) {
        throw new InputError(error.message);
      }
      throw error;
    }
  }
}
