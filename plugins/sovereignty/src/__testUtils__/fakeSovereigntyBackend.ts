import { http, HttpResponse } from 'msw';
import { knowledgeBase } from '@portolan/plugin-sovereignty-common';
import type {
  AssessmentListItem,
  ChecklistUpdate,
  StoredAssessment,
  WrittenChecklistItem,
} from '../api';
import {
  annotatedEntity,
  makeHistory,
  makeListItem,
  makeStoredAssessment,
  makeSummary,
} from './fixtures';
import {
  assertQueryFollowsSpec,
  assertRequestBodyFollowsSpec,
  assertResponseFollowsSpec,
} from './openApiContract';

const ENTITY = '/entities/{kind}/{namespace}/{name}';

function errorBody(statusCode: number, name: string, message: string) {
  return {
    error: { name, message },
    request: { method: 'GET', url: '/' },
    response: { statusCode },
  };
}

/**
 * An in-memory sovereignty backend for msw. Every response is checked
 * against the OpenAPI spec before it goes out, and every query and body the
 * client sends is checked against what the spec accepts.
 */
export function createFakeSovereigntyBackend(baseUrl: string) {
  const state = {
    assessments: new Map<string, StoredAssessment>([
      ['component:default/payments-api', makeStoredAssessment()],
    ]),
    rows: [] as AssessmentListItem[],
    checklist: new Map<string, WrittenChecklistItem>(),
    /** Who the fake says the caller is. */
    user: 'user:default/guest',
    /** Entities whose checklist the caller may not change. */
    forbidden: new Set<string>(),
  };
  state.rows = Array.from({ length: 45 }, (_, i) =>
    makeListItem(annotatedEntity, {
      entityRef: `component:default/service-${String(i).padStart(2, '0')}`,
      name: `service-${String(i).padStart(2, '0')}`,
      owner: i % 2 ? 'group:default/team-a' : 'group:default/team-b',
      score: (i * 7) % 100,
      grade: 'ABCDE'[i % 5],
    }),
  );

  function reply(
    method: 'get' | 'put',
    path: string,
    status: number,
    body: unknown,
  ) {
    assertResponseFollowsSpec(method, path, status, body);
    return HttpResponse.json(body as any, { status });
  }

  const refOf = (params: Record<string, unknown>) =>
    `${params.kind}:${params.namespace}/${params.name}`;

  const handlers = [
    http.get(
      `${baseUrl}/entities/:kind/:namespace/:name/assessment`,
      ({ params }) => {
        const stored = state.assessments.get(refOf(params));
        if (!stored) {
          return reply(
            'get',
            `${ENTITY}/assessment`,
            404,
            errorBody(404, 'NotFoundError', `No entity ${refOf(params)}`),
          );
        }
        return reply('get', `${ENTITY}/assessment`, 200, stored);
      },
    ),
    http.get(
      `${baseUrl}/entities/:kind/:namespace/:name/history`,
      ({ params }) =>
        reply('get', `${ENTITY}/history`, 200, makeHistory(refOf(params))),
    ),
    http.put(
      `${baseUrl}/entities/:kind/:namespace/:name/checklist/:itemId`,
      async ({ params, request }) => {
        const path = `${ENTITY}/checklist/{itemId}`;
        const body = (await request.json()) as ChecklistUpdate;
        assertRequestBodyFollowsSpec('put', path, body);
        const entityRef = refOf(params);
        const itemId = String(params.itemId);
        if (state.forbidden.has(entityRef)) {
          return reply(
            'put',
            path,
            403,
            errorBody(
              403,
              'NotAllowedError',
              `You may not update the exit checklist of ${entityRef}`,
            ),
          );
        }
        const key = `${entityRef}#${itemId}`;
        const current = state.checklist.get(key);
        if ((current?.version ?? 0) !== body.version) {
          return reply(
            'put',
            path,
            409,
            errorBody(
              409,
              'ConflictError',
              `${itemId} of ${entityRef} changed since version ${
                body.version
              }: it is at version ${current?.version ?? 0}, set by ${
                current?.updatedBy
              }. Reload and apply your change again.`,
            ),
          );
        }
        const item: WrittenChecklistItem = {
          itemId,
          status: body.status,
          evidenceUrl: body.evidenceUrl,
          note: body.note,
          updatedBy: state.user,
          updatedAt: '2026-01-15T10:00:00.000Z',
          version: body.version + 1,
        };
        state.checklist.set(key, item);
        const stored = state.assessments.get(entityRef)!;
        stored.assessment.checklist = stored.assessment.checklist.map(c =>
          c.id === itemId
            ? {
                ...c,
                state: body.status,
                verifiedBy: 'people',
                evidenceUrl: item.evidenceUrl,
                note: item.note,
                updatedBy: item.updatedBy,
                updatedAt: item.updatedAt,
                version: item.version,
              }
            : c,
        );
        return reply('put', path, 200, { item, assessment: stored });
      },
    ),
    http.get(`${baseUrl}/assessments`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      assertQueryFollowsSpec('get', '/assessments', query);
      const limit = Number(query.get('limit') ?? 50);
      const offset = Number(query.get('offset') ?? 0);
      const orderBy = (query.get('orderBy') ??
        'score') as keyof AssessmentListItem;
      const direction = query.get('order') === 'desc' ? -1 : 1;
      const matching = state.rows
        .filter(row =>
          (['kind', 'owner', 'system', 'domain', 'grade'] as const).every(
            key => !query.get(key) || row[key] === query.get(key),
          ),
        )
        .sort(
          (a, b) =>
            direction *
            String(a[orderBy]).localeCompare(String(b[orderBy]), 'en', {
              numeric: true,
            }),
        );
      return reply('get', '/assessments', 200, {
        items: matching.slice(offset, offset + limit),
        totalItems: matching.length,
      });
    }),
    http.get(`${baseUrl}/summary`, () =>
      reply('get', '/summary', 200, makeSummary(state.rows)),
    ),
    http.get(`${baseUrl}/knowledge-base`, () =>
      reply('get', '/knowledge-base', 200, knowledgeBase),
    ),
  ];
  return { handlers, state };
}
