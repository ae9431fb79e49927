import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { Entity } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  createAssessor,
  knowledgeBase,
  type Assessor,
} from '@portolan/plugin-sovereignty-common';
import { createSovereigntyStores } from '../database/createSovereigntyStores';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { CatalogRefresher, REFRESH_RUNS_KEPT } from './CatalogRefresher';
import { aggregateRows } from './aggregate';

jest.setTimeout(120_000);

/** A catalog bigger than one page and one write batch. */
function syntheticCatalog(components: number): Entity[] {
  const entities: Entity[] = [
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: 'shared-vault',
        namespace: 'default',
        annotations: { 'portolan.dev/services': 'azure:key-vault' },
      },
      spec: { type: 'secrets', owner: 'group:default/platform' },
    },
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'platform', namespace: 'default' },
      spec: { type: 'team', children: [] },
    },
  ];
  for (let i = 0; i < components; i++) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: `service-${i}`,
        namespace: 'default',
        annotations: {
          'portolan.dev/services':
            i % 2 === 0
              ? 'azure:aks'
              : 'stackit:ske, kubernetes:cloudnative-pg',
          'portolan.dev/hosting':
            i % 2 === 0 ? 'azure:westeurope' : 'stackit:eu01',
        },
      },
      spec: {
        type: 'service',
        owner: 'group:default/platform',
        lifecycle: 'production',
      },
      relations: [
        { type: 'ownedBy', targetRef: 'group:default/platform' },
        ...(i % 10 === 0
          ? [{ type: 'dependsOn', targetRef: 'resource:default/shared-vault' }]
          : []),
      ],
    });
  }
  return entities;
}

describe('CatalogRefresher', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  async function setUp(
    databaseId: TestDatabaseId,
    catalog: CatalogService,
    assess: Assessor = createAssessor(knowledgeBase),
  ) {
    const knex = await databases.init(databaseId);
    const stores = await createSovereigntyStores({
      getClient: async () => knex,
      migrations: { skip: false },
    });
    const refresher = new CatalogRefresher({
      catalog,
      auth: mockServices.auth(),
      stores,
      assess,
      settings: { defaultTargetProviders: ['ionos'] },
      maxRemovalShare: 0.5,
      logger: mockServices.logger.mock(),
    });
    return { stores, refresher };
  }

  it.each(databases.eachSupportedId())(
    'assesses every component, resource and system, pages and batches, and drops leavers, on %p',
    async databaseId => {
      const entities = syntheticCatalog(2_500);
      const catalog = catalogServiceMock({ entities });
      const { stores, refresher } = await setUp(databaseId, catalog);

      const first = await refresher.run();
      expect(first).toEqual({
        outcome: 'completed',
        entities: 2_501,
        changed: 2_501,
        removed: 0,
        errors: 0,
      });
      const inherited = await stores.assessments.getAssessment(
        'component:default/service-10',
      );
      expect(
        inherited?.assessment.mappings.find(
          m => m.service === 'azure:key-vault',
        )?.inheritedFrom,
      ).toEqual(['resource:default/shared-vault']);
      expect(
        aggregateRows(await stores.assessments.summaryRows()).aggregates
          .serviceUsage[0],
      ).toEqual({
        serviceId: 'azure:aks',
        dependents: 1_250,
      });

      const [point] = await stores.trend.trend(90);
      expect(point.totalEntities).toBe(2_501);

      // Nothing changed: no history grows.
      expect((await refresher.run()).changed).toBe(0);
      expect(
        await stores.history.getHistory('component:default/service-1'),
      ).toHaveLength(1);

      // Entities that left the catalog lose their assessment.
      const smaller = catalogServiceMock({
        entities: entities.slice(0, 1_502),
      });
      const again = new CatalogRefresher({
        catalog: smaller,
        auth: mockServices.auth(),
        stores,
        assess: createAssessor(knowledgeBase),
        settings: { defaultTargetProviders: ['ionos'] },
        maxRemovalShare: 0.5,
        logger: mockServices.logger.mock(),
      });
      const third = await again.run();
      expect(third.removed).toBe(1_000);
      expect(third.suspicious).toBeUndefined();
      expect(
        (await stores.assessments.listAssessments({ limit: 1, offset: 0 }))
          .totalItems,
      ).toBe(1_501);
      expect(
        (await stores.refreshRuns.recentRefreshRuns(3)).map(r => r.outcome),
      ).toEqual(['completed', 'completed', 'completed']);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps the last assessments, marked stale, when the catalog is unreachable, on %p',
    async databaseId => {
      const entities = syntheticCatalog(3);
      let reachable = true;
      const real = catalogServiceMock({ entities });
      const flaky = catalogServiceMock.mock({
        queryEntities: async (request, options) => {
          if (!reachable) throw new Error('connect ECONNREFUSED catalog');
          return real.queryEntities(request, options);
        },
      });
      const { stores, refresher } = await setUp(databaseId, flaky);
      await refresher.run();
      reachable = false;
      const failed = await refresher.run();
      expect(failed).toMatchObject({ outcome: 'failed', errors: 1 });
      expect(failed.message).toContain('ECONNREFUSED');
      // The trend records what completed runs saw, not an outage.
      expect((await stores.trend.trend(90))[0].recordedAt).toBe(
        (await stores.refreshRuns.recentRefreshRuns(2))[1].startedAt,
      );
      const kept = await stores.assessments.getAssessment(
        'component:default/service-0',
      );
      expect(kept?.stale).toBe(true);
      expect(
        (await stores.assessments.listAssessments({ limit: 10, offset: 0 }))
          .totalItems,
      ).toBe(4);

      reachable = true;
      expect((await refresher.run()).outcome).toBe('completed');
      expect(
        (await stores.assessments.getAssessment('component:default/service-0'))
          ?.stale,
      ).toBe(false);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps every assessment, marked stale, and flags the run when the catalog suddenly returns nothing, on %p',
    async databaseId => {
      const entities = syntheticCatalog(9);
      let visible = entities;
      const shrinking = catalogServiceMock.mock({
        queryEntities: async (request, options) =>
          catalogServiceMock({ entities: visible }).queryEntities(
            request,
            options,
          ),
      });
      const { stores, refresher } = await setUp(databaseId, shrinking);
      await refresher.run();
      const before = await stores.history.getHistory(
        'component:default/service-3',
      );
      expect(before).toHaveLength(1);

      visible = entities.filter(e => e.kind === 'Group');
      const empty = await refresher.run();
      expect(empty).toMatchObject({
        outcome: 'completed',
        entities: 0,
        removed: 0,
        suspicious: true,
      });
      expect(empty.message).toContain('Kept 10 of 10');
      const [run] = await stores.refreshRuns.recentRefreshRuns(1);
      expect(run).toMatchObject({ suspicious: true, removed: 0 });
      expect(
        (await stores.assessments.listAssessments({ limit: 20, offset: 0 }))
          .totalItems,
      ).toBe(10);
      expect(
        (await stores.assessments.getAssessment('component:default/service-3'))
          ?.stale,
      ).toBe(true);
      expect(
        await stores.history.getHistory('component:default/service-3'),
      ).toEqual(before);

      // Losing up to the configured share is an ordinary departure.
      visible = entities.slice(0, 7);
      const partial = await refresher.run();
      expect(partial).toMatchObject({ removed: 4 });
      expect(partial.suspicious).toBeUndefined();
      expect(
        (await stores.assessments.getAssessment('component:default/service-3'))
          ?.stale,
      ).toBe(false);
    },
  );

  it.each(databases.eachSupportedId())(
    'does not let one failing entity fail the run, on %p',
    async databaseId => {
      const real = createAssessor(knowledgeBase);
      const assess: Assessor = (input, options) => {
        if (input.entity.metadata.name === 'service-1') {
          throw new Error('broken entity');
        }
        return real(input, options);
      };
      const { stores, refresher } = await setUp(
        databaseId,
        catalogServiceMock({ entities: syntheticCatalog(3) }),
        assess,
      );
      expect(await refresher.run()).toMatchObject({
        outcome: 'completed',
        entities: 4,
        changed: 3,
        errors: 1,
      });
      expect(
        await stores.assessments.getAssessment('component:default/service-2'),
      ).toBeDefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps the record of the last REFRESH_RUNS_KEPT runs, on %p',
    async databaseId => {
      const { stores, refresher } = await setUp(
        databaseId,
        catalogServiceMock({ entities: syntheticCatalog(1) }),
      );
      for (let n = 0; n < REFRESH_RUNS_KEPT; n++) {
        const id = await stores.refreshRuns.startRefreshRun(new Date(n));
        await stores.refreshRuns.finishRefreshRun(id, {
          finishedAt: new Date(n),
          outcome: 'completed',
          entities: 0,
          changed: 0,
          removed: 0,
          errors: 0,
        });
      }
      const [oldest] = (
        await stores.refreshRuns.recentRefreshRuns(REFRESH_RUNS_KEPT)
      ).slice(-1);

      const latest = await refresher.run();
      const kept = await stores.refreshRuns.recentRefreshRuns(
        REFRESH_RUNS_KEPT + 10,
      );
      expect(kept).toHaveLength(REFRESH_RUNS_KEPT);
      expect(kept[0]).toMatchObject({
        outcome: 'completed',
        entities: latest.entities,
      });
      expect(latest.entities).toBeGreaterThan(0);
      expect(kept.map(run => run.id)).not.toContain(oldest.id);
    },
  );
});
