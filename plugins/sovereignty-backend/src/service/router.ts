import express from 'express';
import Router from 'express-promise-router';
import type { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import type { KnowledgeBase } from '@portolan/plugin-sovereignty-common';
import type { AssessmentService } from './AssessmentService';
import type { SovereigntyStore } from '../database/SovereigntyStore';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  assessments: AssessmentService;
  store: SovereigntyStore;
  knowledgeBase: KnowledgeBase;
}

/** Up to this many entities may be posted for one preview. */
const MAX_RELATED = 200;

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

function parseBoundedInt(
  raw: unknown,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  if (raw === undefined) return fallback;
  const value = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InputError(`${name} must be an integer from ${min} to ${max}`);
  }
  return value;
}

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, assessments, store, knowledgeBase } = options;
  const router = Router();
  router.use(express.json({ limit: '1mb' }));

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/knowledge-base', (_req, res) => {
    res.json(knowledgeBase);
  });

  router.get('/entities/:kind/:namespace/:name/assessment', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const entityRef = stringifyEntityRef(req.params);
    const stored = await assessments.getForEntity(entityRef, credentials);
    res.json(stored);
  });

  router.get('/assessments', async (req, res) => {
    await httpAuth.credentials(req);
    const limit = parseBoundedInt(req.query.limit, 'limit', 50, 1, 1000);
    const offset = parseBoundedInt(req.query.offset, 'offset', 0, 0, 1e9);
    res.json(await store.listAssessments({ limit, offset }));
  });

  router.get('/entities/:kind/:namespace/:name/history', async (req, res) => {
    await httpAuth.credentials(req);
    const entityRef = stringifyEntityRef(req.params);
    res.json({ entityRef, points: await store.getHistory(entityRef) });
  });

  router.post('/assess', async (req, res) => {
    await httpAuth.credentials(req);
    const { entity, related } = req.body ?? {};
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
    res.json(assessments.preview(entity, related ?? []));
  });

  return router;
}
