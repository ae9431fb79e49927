import type { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import type { KnowledgeBase } from '@portolan/plugin-sovereignty-common';
import { createOpenApiRouter } from '../schema/openapi/generated/router';
import type {
  AssessmentQuery,
  SovereigntyStore,
} from '../database/SovereigntyStore';
import { ASSESSMENT_ORDER_BY } from '@portolan/plugin-sovereignty-common';
import type { AssessmentService } from './AssessmentService';
import type { ChecklistService } from './ChecklistService';
import type { SummaryService } from './SummaryService';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  assessments: AssessmentService;
  checklist: ChecklistService;
  summary: SummaryService;
  store: SovereigntyStore;
  knowledgeBase: KnowledgeBase;
}

/** Up to this many entities may be posted for one preview. */
const MAX_RELATED = 200;
const GRADES = ['A', 'B', 'C', 'D', 'E'];

function isEntityLike(value: unknown): value is Entity {
  const entity = value as Entity;
  return (
    typeof entity === 'object' &&
    entity !== null &&
    typeof entity.kind === 'string' &&
    typeof entity.metadata === 'object' &&
    entity.metadata !== null &&
    typeof entity.metadata.name === 'string'
  );
}

function integerParam(
  raw: unknown,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  if (raw === undefined) return fallback;
  // The OpenAPI validator has already coerced declared integers.
  const value =
    typeof raw === 'number'
      ? raw
      : typeof raw === 'string' && /^\d+$/.test(raw)
      ? Number(raw)
      : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InputError(`${name} must be an integer from ${min} to ${max}`);
  }
  return value;
}

function stringParam(raw: unknown, name: string): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string' || raw.length > 200) {
    throw new InputError(
      `${name} must be a single value of at most 200 characters`,
    );
  }
  return raw;
}

function enumParam<T extends string>(
  raw: unknown,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const value = stringParam(raw, name);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`${name} must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function listQuery(q: Record<string, unknown>): AssessmentQuery {
  return {
    limit: integerParam(q.limit, 'limit', 50, 1, 1000),
    offset: integerParam(q.offset, 'offset', 0, 0, 10_000_000),
    kind: stringParam(q.kind, 'kind'),
    owner: stringParam(q.owner, 'owner'),
    system: stringParam(q.system, 'system'),
    domain: stringParam(q.domain, 'domain'),
    grade: enumParam(q.grade, 'grade', GRADES),
    provider: stringParam(q.provider, 'provider'),
    search: stringParam(q.search, 'search'),
    orderBy: enumParam(q.orderBy, 'orderBy', ASSESSMENT_ORDER_BY),
    order: enumParam(q.order, 'order', ['asc', 'desc'] as const),
  };
}

export async function createRouter(options: RouterOptions) {
  const { httpAuth, assessments, checklist, summary, store, knowledgeBase } =
    options;
  const router = await createOpenApiRouter();

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/knowledge-base', async (req, res) => {
    await httpAuth.credentials(req);
    res.json(knowledgeBase as any);
  });

  router.get(
    '/entities/:kind/:namespace/:name/assessment',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req);
      const entityRef = stringifyEntityRef(req.params);
      // Stored assessments go out as stored: no parse and re-encode per read.
      const stored = await store.getAssessmentJson(entityRef);
      if (stored) {
        res.type('application/json').send(stored as any);
        return;
      }
      res.json((await assessments.getForEntity(entityRef, credentials)) as any);
    },
  );

  router.get('/entities/:kind/:namespace/:name/history', async (req, res) => {
    await httpAuth.credentials(req);
    const entityRef = stringifyEntityRef(req.params);
    res.json({ entityRef, points: await store.getHistory(entityRef) });
  });

  router.put(
    '/entities/:kind/:namespace/:name/checklist/:itemId',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req, { allow: ['user'] });
      const { itemId, ...ref } = req.params;
      const result = await checklist.update({
        entityRef: stringifyEntityRef(ref),
        itemId,
        body: req.body,
        credentials,
        request: req,
      });
      res.json(result as any);
    },
  );

  router.post('/assess', async (req, res) => {
    await httpAuth.credentials(req);
    const { entity, related } = (req.body ?? {}) as {
      entity?: unknown;
      related?: unknown;
    };
    if (!isEntityLike(entity)) {
      throw new InputError(
        'body.entity must be a catalog entity with kind and metadata.name',
      );
    }
    if (related !== undefined) {
      if (!Array.isArray(related) || related.length > MAX_RELATED) {
        throw new InputError(
          `body.related must be an array of at most ${MAX_RELATED} entities`,
        );
      }
      const bad = related.findIndex(e => !isEntityLike(e));
      if (bad >= 0) {
        throw new InputError(
          `body.related[${bad}] must be a catalog entity with kind and metadata.name`,
        );
      }
    }
    res.json(
      assessments.preview(
        entity,
        (related as Entity[] | undefined) ?? [],
      ) as any,
    );
  });

  router.get('/assessments', async (req, res) => {
    await httpAuth.credentials(req);
    res.json(
      (await store.listAssessments(
        listQuery(req.query as Record<string, unknown>),
      )) as any,
    );
  });

  router.get('/summary', async (req, res) => {
    await httpAuth.credentials(req);
    res.json((await summary.get()) as any);
  });

  return router;
}
