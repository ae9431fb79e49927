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
  type TargetProviderId,
} from '@portolan/plugin-sovereignty-common';
import type { AssessmentSettings } from '@portolan/plugin-sovereignty-node';
import type { ChecklistStore } from '../database/SovereigntyStore';
import { catalogLookup, relatedEntities } from './relatedEntities';

/** What one plan request may name at most: more is refused, not cut. */
const MAX_KEEP = 100;
const MAX_GAP_FILLERS = 50;
const MAX_VALUE = 200;

/** How the plan is answered. */
export const PLAN_FORMATS = ['json', 'markdown', 'csv'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

/** A query value as a list: repeated parameters, and commas within one. */
function listOf(raw: unknown, name: string): string[] {
  if (raw === undefined) return [];
  const values = Array.isArray(raw) ? raw : [raw];
  const out: string[] = [];
  for (const value of values) {
    if (typeof value !== 'string' || value.length > MAX_VALUE) {
      throw new InputError(
        `${name} takes text values of at most ${MAX_VALUE} characters`,
      );
    }
    for (const part of value.split(',')) {
      if (part.trim()) out.push(part.trim());
    }
  }
  return out;
}

/**
 * The plan's query: `target`, `keep` (service ids, repeated or comma
 * separated), `gapFiller` (`service=gap-filler`, repeated) and `format`.
 * What the planner checks against the entity (which services it uses, which
 * gap filler replaces what) it answers itself, with the same messages.
 */
export function readPlanQuery(query: Record<string, unknown>): {
  request: ExitPlanRequest;
  format: PlanFormat;
} {
  const target = query.target;
  if (typeof target !== 'string' || target === '') {
    throw new InputError(
      'target is required: the provider to plan the exit to, e.g. target=ionos',
    );
  }
  const format = query.format ?? 'json';
  if (!(PLAN_FORMATS as readonly unknown[]).includes(format)) {
    throw new InputError(`format must be one of ${PLAN_FORMATS.join(', ')}`);
  }
  const keep = listOf(query.keep, 'keep');
  if (keep.length > MAX_KEEP) {
    throw new InputError(`keep names at most ${MAX_KEEP} services`);
  }
  const gapFillers: Record<string, string> = {};
  const pairs = listOf(query.gapFiller, 'gapFiller');
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
    request: { target: target as TargetProviderId, keep, gapFillers },
    format: format as PlanFormat,
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
