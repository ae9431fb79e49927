import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type {
  SchedulerService,
  ServiceFactory,
} from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import techInsightsPlugin from '@backstage-community/plugin-tech-insights-backend';
import jsonRulesEngineModule from '@backstage-community/plugin-tech-insights-backend-module-jsonfc';
// The facts come from the sovereignty backend's API, so the test runs it too.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import sovereigntyPlugin from '@portolan/plugin-sovereignty-backend';
import { DIMENSIONS } from '@portolan/plugin-sovereignty-common';
import request from 'supertest';
import techInsightsModuleSovereignty, {
  dimensionLevelFact,
  SOVEREIGNTY_FACT_RETRIEVER_ID,
} from './index';

jest.setTimeout(90_000);

const THRESHOLD = 60;
const CHECK = 'sovereigntyScoreAtLeast60';

const component = (name: string, annotations: Record<string, string>) =>
  ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', annotations },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/team',
    },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/team' }],
  } as Entity);

// One service on STACKIT with open interfaces, one on Azure with a
// proprietary data store: the check must pass for the one and fail for the other.
const portable = component('portable', {
  'portolan.dev/services':
    'stackit:ske, stackit:postgres-flex, stackit:object-storage, kubernetes:openbao',
  'portolan.dev/hosting': 'stackit:eu01',
  'portolan.dev/target-providers': 'ionos',
  'portolan.dev/exit-plan': 'docs/exit-plan.md',
});
const lockedIn = component('locked-in', {
  'portolan.dev/services': 'azure:cosmos-db, azure:functions, azure:key-vault',
  'portolan.dev/hosting': 'azure:eastus',
  'portolan.dev/criticality': 'critical',
  'portolan.dev/target-providers': 'ionos',
});

async function startPortal() {
  const scheduler = mockServices.scheduler() as SchedulerService & {
    factory(options?: { skipTaskRunOnStartup?: boolean }): ServiceFactory;
  };
  const { server } = await startTestBackend({
    features: [
      techInsightsPlugin,
      jsonRulesEngineModule,
      techInsightsModuleSovereignty,
      sovereigntyPlugin,
      catalogServiceMock.factory({ entities: [portable, lockedIn] }),
      scheduler.factory({ skipTaskRunOnStartup: true }),
      mockServices.rootConfig.factory({
        data: {
          sovereignty: {
            schedule: {
              frequency: { hours: 24 },
              timeout: { minutes: 1 },
              initialDelay: { hours: 24 },
            },
          },
          techInsights: {
            factRetrievers: {
              [SOVEREIGNTY_FACT_RETRIEVER_ID]: { cadence: '0 3 * * *' },
            },
            factChecker: {
              checks: {
                [CHECK]: {
                  type: 'json-rules-engine',
                  name: 'Sovereignty score of at least 60',
                  description:
                    'A score of 60 or more, and no overdue exit re-test',
                  factIds: [SOVEREIGNTY_FACT_RETRIEVER_ID],
                  rule: {
                    conditions: {
                      all: [
                        {
                          fact: 'score',
                          operator: 'greaterThanInclusive',
                          value: THRESHOLD,
                        },
                        { fact: 'overdueRetests', operator: 'equal', value: 0 },
                      ],
                    },
                  },
                },
              },
            },
          },
        },
      }),
    ],
  });
  return { server, scheduler };
}

describe('the sovereignty fact retriever inside a real Tech Insights backend', () => {
  it('stores facts from the sovereignty backend and a json-rules-engine check passes and fails as the score says', async () => {
    const { server, scheduler } = await startPortal();
    const auth = mockCredentials.service.header();
    await scheduler.triggerTask('sovereignty-refresh');
    await scheduler.triggerTask(SOVEREIGNTY_FACT_RETRIEVER_ID);

    const scores: Record<string, number> = {};
    for (const entity of [portable, lockedIn]) {
      const name = entity.metadata.name;
      const stored = await request(server)
        .get(`/api/sovereignty/entities/component/default/${name}/assessment`)
        .set('authorization', auth);
      expect(stored.status).toBe(200);
      const { assessment } = stored.body;
      scores[name] = assessment.score;

      const facts = await request(server)
        .get('/api/tech-insights/facts/latest')
        .query({
          entity: `component:default/${name}`,
          ids: [SOVEREIGNTY_FACT_RETRIEVER_ID],
        })
        .set('authorization', auth);
      expect(facts.status).toBe(200);
      const latest = facts.body[SOVEREIGNTY_FACT_RETRIEVER_ID].facts;
      expect(latest.score).toBe(assessment.score);
      expect(latest.grade).toBe(assessment.grade);
      expect(latest.assessable).toBe(true);
      expect(latest.blockers).toBe(
        assessment.findings.filter((f: any) => f.severity === 'blocker').length,
      );
      expect(latest.overdueRetests).toBe(0);
      for (const dimension of DIMENSIONS) {
        const level = assessment.dimensions.find(
          (d: any) => d.id === dimension.id,
        ).level;
        expect(latest[dimensionLevelFact(dimension.id)]).toBe(level);
      }
    }
    // The example pair straddles the threshold, or the check proves nothing.
    expect(scores.portable).toBeGreaterThanOrEqual(THRESHOLD);
    expect(scores['locked-in']).toBeLessThan(THRESHOLD);

    const results: Record<string, boolean> = {};
    for (const name of ['portable', 'locked-in']) {
      const run = await request(server)
        .post(`/api/tech-insights/checks/run/default/component/${name}`)
        .set('authorization', auth)
        .send({ checks: [CHECK] });
      expect(run.status).toBe(200);
      expect(run.body).toHaveLength(1);
      results[name] = run.body[0].result;
    }
    expect(results).toEqual({ portable: true, 'locked-in': false });
  });
});
