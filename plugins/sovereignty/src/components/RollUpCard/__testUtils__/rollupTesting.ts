import type { DiscoveryApi } from '@backstage/core-plugin-api';
import { MockFetchApi } from '@backstage/test-utils';
import { http, HttpResponse } from 'msw';
import { SovereigntyClient, type Rollup, type TeamRollups } from '../../../api';
import { assertResponseFollowsSpec } from '../../../__testUtils__/openApiContract';

export const BASE_URL = 'http://localhost:7007/api/sovereignty';

/** A team's roll-up as the backend computes it: 3 entities, one of them overdue. */
export function makeRollup(overrides: Partial<Rollup> = {}): Rollup {
  return {
    entityRef: 'group:default/team-assistant',
    includes: ['group:default/team-assistant-ml'],
    totalEntities: 3,
    assessedEntities: 3,
    notAssessable: 0,
    averageScore: 52.3,
    byGrade: { A: 1, B: 0, C: 0, D: 1, E: 1 },
    worst: [
      {
        entityRef: 'component:default/assistant-mcp-server',
        score: 31,
        grade: 'E',
        stale: false,
      },
      {
        entityRef: 'resource:default/assistant-key-vault',
        score: 40,
        grade: 'D',
        stale: true,
      },
      {
        entityRef: 'system:default/ai-assistant',
        score: 86,
        grade: 'A',
        stale: false,
      },
    ],
    overdue: [
      {
        entityRef: 'system:default/ai-assistant',
        itemId: 'exit-test',
        title: 'Exit tested',
        retestDue: '2026-01-01',
      },
    ],
    overdueTotal: 1,
    hotspots: [
      {
        service: 'azure:key-vault',
        serviceName: 'Azure Key Vault',
        provider: 'azure',
        category: 'secrets',
        dependents: 2,
        targets: {},
      },
    ],
    ...overrides,
  };
}

const ROLLUP_PATH = '/entities/{kind}/{namespace}/{name}/rollup';

/**
 * msw handlers answering the roll-up routes from `rollups` (by entity ref)
 * and `mine`, each answer checked against the OpenAPI spec; `seen` records
 * the entity refs asked for.
 */
export function rollupHandlers(options: {
  rollups?: Record<string, Rollup>;
  mine?: TeamRollups;
}) {
  const seen: string[] = [];
  const reply = (path: string, status: number, body: unknown) => {
    assertResponseFollowsSpec('get', path, status, body);
    return HttpResponse.json(body as any, { status });
  };
  const handlers = [
    http.get(
      `${BASE_URL}/entities/:kind/:namespace/:name/rollup`,
      ({ params }) => {
        const ref = `${params.kind}:${params.namespace}/${params.name}`;
        seen.push(ref);
        const rollup = options.rollups?.[ref];
        if (!rollup) {
          return reply(ROLLUP_PATH, 404, {
            error: { name: 'NotFoundError', message: `No entity ${ref}` },
            response: { statusCode: 404 },
          });
        }
        return reply(ROLLUP_PATH, 200, rollup);
      },
    ),
    http.get(`${BASE_URL}/rollups/mine`, () =>
      reply('/rollups/mine', 200, options.mine),
    ),
  ];
  return { handlers, seen };
}

/** The real client, talking to whatever msw serves at BASE_URL. */
export function realClient() {
  const discoveryApi: DiscoveryApi = { getBaseUrl: async () => BASE_URL };
  return new SovereigntyClient({ discoveryApi, fetchApi: new MockFetchApi() });
}
