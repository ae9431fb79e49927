import type { Entity } from '@backstage/catalog-model';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { DiscoveryApi } from '@backstage/core-plugin-api';
import { MockFetchApi } from '@backstage/test-utils';
import { http, HttpResponse } from 'msw';
import {
  ExitPlanRequestError,
  knowledgeBase,
  planExit,
  type ExitPlanRequest,
  type TargetProviderId,
} from '@portolan/plugin-sovereignty-common';
import { SovereigntyClient } from '../../../api';
import {
  assertQueryFollowsSpec,
  assertResponseFollowsSpec,
} from '../../../__testUtils__/openApiContract';
import { FIXTURE_NOW } from '../../../__testUtils__/fixtures';

export const BASE_URL = 'http://localhost:7007/api/sovereignty';
const PATH = '/entities/{kind}/{namespace}/{name}/plan';

/**
 * The plan route of the backend for msw: the real planner over the given
 * entities (each with its related ones), every query checked against the
 * spec and every answer too. `seen` records the requests as the backend
 * parsed them.
 */
export function planHandlers(
  inputs: Array<{ entity: Entity; related?: Entity[] }>,
) {
  const byRef = new Map(inputs.map(i => [stringifyEntityRef(i.entity), i]));
  const seen: ExitPlanRequest[] = [];
  const handler = http.get(
    `${BASE_URL}/entities/:kind/:namespace/:name/plan`,
    ({ params, request }) => {
      const query = new URL(request.url).searchParams;
      assertQueryFollowsSpec('get', PATH, query);
      const ref = `${params.kind}:${params.namespace}/${params.name}`;
      const input = byRef.get(ref);
      const reply = (status: number, body: unknown) => {
        assertResponseFollowsSpec('get', PATH, status, body);
        return HttpResponse.json(body as any, { status });
      };
      const error = (status: number, name: string, message: string) =>
        reply(status, {
          error: { name, message },
          request: { method: 'GET', url: request.url },
          response: { statusCode: status },
        });
      if (!input) return error(404, 'NotFoundError', `No entity ${ref}`);
      const planRequest: ExitPlanRequest = {
        target: query.get('target') as TargetProviderId,
        keep: query.getAll('keep'),
        gapFillers: Object.fromEntries(
          query.getAll('gapFiller').map(pair => {
            const at = pair.lastIndexOf('=');
            return [pair.slice(0, at), pair.slice(at + 1)];
          }),
        ),
      };
      seen.push(planRequest);
      try {
        return reply(
          200,
          planExit(knowledgeBase, input, planRequest, { now: FIXTURE_NOW }),
        );
      } catch (e) {
        if (e instanceof ExitPlanRequestError) {
          return error(400, 'InputError', e.message);
        }
        throw e;
      }
    },
  );
  return { handler, seen };
}

/** The real client against msw. */
export function realClient() {
  const discoveryApi: DiscoveryApi = { getBaseUrl: async () => BASE_URL };
  return new SovereigntyClient({ discoveryApi, fetchApi: new MockFetchApi() });
}
