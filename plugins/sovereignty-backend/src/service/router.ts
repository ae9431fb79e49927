import type {
  AuditorService,
  AuditorServiceEvent,
  HttpAuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { CustomErrorBase, NotFoundError, isError } from '@backstage/errors';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import type {
  KnowledgeBase,
  StoredAssessment,
} from '@portolan/plugin-sovereignty-common';
import express, {
  type ErrorRequestHandler,
  type Request,
  type Response,
} from 'express';
import Router from 'express-promise-router';
import {
  createOpenApiRouter,
  type EndpointMap,
} from '../schema/openapi/generated/router';
import type {
  AssessmentQuery,
  SovereigntyStores,
} from '../database/SovereigntyStore';
import type { AssessmentService } from './AssessmentService';
import { assertAssessedKind } from './assessedKinds';
import { escapeForLog, escapeValuesForLog } from './auditText';
import type { CatalogVisibility } from './CatalogVisibility';
import type { ChecklistService } from './ChecklistService';
import type { SummaryService } from './SummaryService';
import type { RollupService } from './RollupService';
import { type PlanService, readPlanQuery, renderPlan } from './PlanService';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  logger: LoggerService;
  assessments: AssessmentService;
  checklist: ChecklistService;
  summary: SummaryService;
  stores: Pick<SovereigntyStores, 'assessments' | 'history'>;
  visibility: CatalogVisibility;
  knowledgeBase: KnowledgeBase;
  rollups: RollupService;
  plans: PlanService;
}

/**
 * The checklist write. It authenticates in its handler rather than at the
 * backend's credentials barrier, so that a request without credentials is
 * audited like every other refused write.
 */
export const CHECKLIST_ROUTE =
  '/entities/:kind/:namespace/:name/checklist/:itemId';

/** The path of the single-entity routes. */
type EntityPath = { kind: string; namespace: string; name: string };

/** The largest JSON body accepted; larger ones are answered 413. */
const MAX_BODY = '100kb';

class PayloadTooLargeError extends CustomErrorBase {
  name = 'PayloadTooLargeError';
  statusCode = 413;
}

/** The audit event of the checklist write in flight, kept on the response. */
const AUDIT = 'sovereigntyChecklistAudit';

type AuditMeta = NonNullable<
  Parameters<AuditorServiceEvent['success']>[0]
>['meta'];

function auditEventOf(res: Response): AuditorServiceEvent | undefined {
  const event = res.locals[AUDIT] as AuditorServiceEvent | undefined;
  delete res.locals[AUDIT];
  return event;
}

const STATUS_BY_ERROR_NAME: Record<string, number> = {
  InputError: 400,
  AuthenticationError: 401,
  NotAllowedError: 403,
  NotFoundError: 404,
  ConflictError: 409,
};

/** The status the backend's error handler answers an error with. */
function statusOf(error: unknown): number {
  if (!isError(error)) return 500;
  const withStatus = error as { statusCode?: unknown; status?: unknown };
  for (const status of [withStatus.statusCode, withStatus.status]) {
    if (typeof status === 'number' && status >= 400 && status <= 599) {
      return status;
    }
  }
  return STATUS_BY_ERROR_NAME[error.name] ?? 500;
}

/**
 * The list's filters and paging as the store takes them. The generated
 * router has checked the query against the spec (types, ranges, lengths,
 * the grade, order and column values) and filled in its defaults; an empty
 * filter (`?owner=`) filters nothing.
 */
function listQuery(
  query: EndpointMap['#get|/assessments']['query'],
): AssessmentQuery {
  const filter = (value: string | undefined) => value || undefined;
  return {
    limit: query.limit,
    offset: query.offset,
    kind: filter(query.kind),
    owner: filter(query.owner),
    system: filter(query.system),
    domain: filter(query.domain),
    grade: query.grade,
    provider: filter(query.provider),
    search: filter(query.search),
    orderBy: query.orderBy,
    order: query.order,
  };
}

export async function createRouter(options: RouterOptions) {
  const {
    httpAuth,
    auditor,
    logger,
    assessments,
    checklist,
    summary,
    stores,
    visibility,
    knowledgeBase,
    rollups,
    plans,
  } = options;
  const api = await createOpenApiRouter();

  /** The ref of a single-entity route, if the caller may read it. */
  const readableRef = async (req: Request<EntityPath>) => {
    const credentials = await httpAuth.credentials(req);
    const entityRef = stringifyEntityRef(req.params);
    assertAssessedKind(entityRef);
    // A hidden entity answers exactly as an unknown one.
    if (!(await visibility.canRead(entityRef, credentials))) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    return { entityRef, credentials };
  };

  api.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  api.get('/knowledge-base', async (req, res) => {
    await httpAuth.credentials(req);
    res.json(knowledgeBase);
  });

  api.get('/entities/:kind/:namespace/:name/assessment', async (req, res) => {
    const { entityRef, credentials } = await readableRef(req);
    const seen = await visibility.forCaller(credentials);
    const stored = await stores.assessments.getAssessmentJson(entityRef);
    if (stored && seen.all) {
      // Stored assessments go out as stored: no parse and re-encode per read.
      res.type('application/json').end(stored);
      return;
    }
    const body: StoredAssessment = stored
      ? JSON.parse(stored)
      : await assessments.current(entityRef, credentials);
    res.json(seen.all ? body : withoutHiddenRefs(body, seen.refs));
  });

  api.get('/entities/:kind/:namespace/:name/plan', async (req, res) => {
    const { entityRef, credentials } = await readableRef(req);
    const { request, format } = readPlanQuery(req.query);
    const plan = await plans.plan(entityRef, credentials, request);
    const { type, body, fileName } = renderPlan(plan, format);
    if (fileName) {
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="${fileName}"`,
      );
    }
    res.type(type).send(body);
  });

  api.get('/entities/:kind/:namespace/:name/history', async (req, res) => {
    const { entityRef } = await readableRef(req);
    res.json({ entityRef, points: await stores.history.getHistory(entityRef) });
  });

  api.put(CHECKLIST_ROUTE, async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { itemId, ...ref } = req.params;
    const result = await checklist.update({
      entityRef: stringifyEntityRef(ref),
      itemId,
      body: req.body,
      credentials,
    });
    const event = auditEventOf(res);
    // The write is committed: an audit log that fails now must not turn it
    // into an error the client would retry.
    await event
      ?.success({
        meta: escapeValuesForLog({
          before: result.before ?? null,
          after: result.after,
          ...(result.reassessmentError
            ? { reassessment: 'failed', reason: result.reassessmentError }
            : {}),
        }) as unknown as AuditMeta,
      })
      .catch(error =>
        logger.error(`Could not audit a checklist write: ${error.message}`),
      );
    res.json({
      item: result.item,
      assessment: result.assessment,
      ...(result.reassessmentError
        ? { reassessmentError: result.reassessmentError }
        : {}),
    });
  });

  api.post('/assess', async (req, res) => {
    await httpAuth.credentials(req);
    // The spec has checked what the engine relies on (kind, metadata.name,
    // at most 200 related entities); the rest of an entity is optional to it.
    const { entity, related = [] } = req.body;
    res.json(assessments.preview(entity as Entity, related as Entity[]));
  });

  api.get('/assessments', async (req, res) => {
    const seen = await visibility.forCaller(await httpAuth.credentials(req));
    res.json(
      await stores.assessments.listAssessments(
        listQuery(req.query),
        seen.all ? undefined : seen.refs,
      ),
    );
  });

  api.get('/summary', async (req, res) => {
    const seen = await visibility.forCaller(await httpAuth.credentials(req));
    res.json(await summary.get(seen));
  });

  api.get('/entities/:kind/:namespace/:name/rollup', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json(await rollups.rollup(stringifyEntityRef(req.params), credentials));
  });

  api.get('/rollups/mine', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    res.json(await rollups.forUser(credentials));
  });

  const router = Router();
  // Opened before authentication and validation, so every refusal of a
  // checklist write (401, 400, 403, 404, 409, 413) ends in the audit log.
  router.put(CHECKLIST_ROUTE, async (req, res) => {
    const { itemId, ...ref } = req.params;
    const identified = await httpAuth
      .credentials(req, { allow: ['user', 'service'] })
      .then(
        () => true,
        () => false,
      );
    res.locals[AUDIT] = await auditor.createEvent({
      eventId: 'checklist-update',
      severityLevel: 'medium',
      // The auditor resolves the actor from the request's credentials.
      request: identified ? req : undefined,
      meta: escapeValuesForLog({
        entityRef: stringifyEntityRef(ref),
        itemId,
        ...(identified
          ? {}
          : {
              actor: 'unidentified: no valid credentials',
              request: { method: req.method, url: req.originalUrl, ip: req.ip },
            }),
      }),
    });
    return 'next';
  });
  // Parsed here, outside the OpenAPI router, whose error handler turns
  // every error (an oversized body too) into a 400.
  router.use(express.json({ limit: MAX_BODY }));
  const bodyTooLarge: ErrorRequestHandler = (error, _req, _res, next) => {
    if (error?.type === 'entity.too.large') {
      next(
        new PayloadTooLargeError(
          `The request body is larger than the ${MAX_BODY} accepted`,
        ),
      );
      return;
    }
    next(error);
  };
  router.use(bodyTooLarge);
  router.use(api);
  const auditRefusal: ErrorRequestHandler = (error, _req, res, next) => {
    const event = auditEventOf(res);
    if (!event) {
      next(error);
      return;
    }
    const message = escapeForLog(
      isError(error) ? error.message : String(error),
    );
    const logged = Object.assign(new Error(message), {
      name: isError(error) ? error.name : 'Error',
    });
    event
      .fail({
        error: logged,
        meta: { status: statusOf(error), reason: message },
      })
      .catch(auditError =>
        logger.error(
          `Could not audit a refused checklist write: ${auditError.message}`,
        ),
      )
      .finally(() => next(error));
  };
  router.use(auditRefusal);
  return router;
}

/** What a caller reads instead of the ref of a related entity the catalog hides from them. */
export const HIDDEN_ENTITY_LABEL = 'an entity you may not read';

/**
 * An assessment with the refs of related entities the caller may not read
 * replaced: the stored assessment was computed with everything the plugin
 * sees, and its services still count, but whose they are stays hidden.
 */
export function withoutHiddenRefs(
  body: StoredAssessment,
  visible: ReadonlySet<string>,
): StoredAssessment {
  const label = (ref: string) => (visible.has(ref) ? ref : HIDDEN_ENTITY_LABEL);
  const { assessment } = body;
  return {
    ...body,
    assessment: {
      ...assessment,
      mappings: assessment.mappings.map(row =>
        row.inheritedFrom
          ? {
              ...row,
              inheritedFrom: [...new Set(row.inheritedFrom.map(label))],
            }
          : row,
      ),
      findings: assessment.findings.map(finding =>
        finding.inheritedFrom
          ? { ...finding, inheritedFrom: label(finding.inheritedFrom) }
          : finding,
      ),
    },
  };
}
