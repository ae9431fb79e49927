import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import type { Assessment } from '@portolan/plugin-sovereignty-common';
import { createSovereigntyStores } from './createSovereigntyStores';
import { recordCatalogTrendPoint } from '../service/catalogTrend';
import type { EntityPlacement } from './SovereigntyStore';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { aggregateRows } from '../service/aggregate';

jest.setTimeout(60_000);

const day = (n: number) => new Date(Date.UTC(2026, 10, n));

/** Three grades are enough for the store: it keeps, it does not judge. */
function testGrade(score: number): Assessment['grade'] {
  if (score >= 85) return 'A';
  return score >= 55 ? 'C' : 'E';
}

function assessmentOf(
  ref: string,
  score: number,
  options: {
    findings?: string[];
    services?: string[];
    exitPlan?: boolean;
  } = {},
): Assessment {
  return {
    entityRef: ref,
    modelVersion: '1.0.0',
    knowledgeBaseVersion: 'test',
    status: 'assessed',
    score,
    grade: testGrade(score),
    dimensions: [],
    findings: (options.findings ?? []).map(message => ({
      code: 'test',
      severity: 'warning',
      message,
    })),
    mappings: (options.services ?? []).map(service => ({
      service: service as any,
      serviceName: service,
      provider: service.split(':')[0] as any,
      category: 'secrets',
      categoryName: 'Secrets',
      targets: {},
    })),
    readiness: {},
    targetProviders: ['ionos'],
    checklist: [],
    acceptedDependencies: [],
    exitPlan: options.exitPlan
      ? { kind: 'path', value: 'docs/exit.md' }
      : undefined,
  };
}

function placement(
  name: string,
  extra: Partial<EntityPlacement> = {},
): EntityPlacement {
  return { kind: 'Component', namespace: 'default', name, ...extra };
}

describe('the Knex stores', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  async function createStore(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    const stores = await createSovereigntyStores({
      getClient: async () => knex,
      migrations: { skip: false },
    });
    return { stores, knex };
  }

  it.each(databases.eachSupportedId())(
    'keeps one trend point per day, the last refresh of the day winning, on %p',
    async databaseId => {
      const { stores } = await createStore(databaseId);
      const save = (name: string, score: number, at: Date) =>
        stores.assessments.saveAssessments(
          [
            {
              placement: placement(name),
              assessment: assessmentOf(`component:default/${name}`, score),
            },
          ],
          at,
        );

      // Nothing assessed yet: no point, rather than a misleading zero.
      await recordCatalogTrendPoint(stores, day(1));
      expect(await stores.trend.trend(90)).toEqual([]);

      await save('a', 40, day(1));
      await recordCatalogTrendPoint(stores, day(1));
      await save('b', 80, day(1));
      const later = new Date(day(1).getTime() + 3_600_000);
      await recordCatalogTrendPoint(stores, later);
      await save('a', 70, day(2));
      await recordCatalogTrendPoint(stores, day(2));

      expect(await stores.trend.trend(90)).toEqual([
        {
          day: '2026-11-01',
          recordedAt: later.toISOString(),
          averageScore: 60,
          totalEntities: 2,
        },
        {
          day: '2026-11-02',
          recordedAt: day(2).toISOString(),
          averageScore: 75,
          totalEntities: 2,
        },
      ]);
      expect((await stores.trend.trend(1)).map(p => p.day)).toEqual([
        '2026-11-02',
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps the latest assessment and grows history only on change, on %p',
    async databaseId => {
      const { stores } = await createStore(databaseId);
      const ref = 'component:default/invoice-service';
      const save = (score: number, findings: string[], at: Date) =>
        stores.assessments.saveAssessments(
          [
            {
              placement: placement('invoice-service'),
              assessment: assessmentOf(ref, score, { findings }),
            },
          ],
          at,
        );

      expect(await stores.assessments.getAssessment(ref)).toBeUndefined();
      expect(await save(60, ['a'], day(1))).toEqual({ changed: 1 });
      expect(await save(60, ['a'], day(2))).toEqual({ changed: 0 });
      expect(await save(60, ['a'], day(3))).toEqual({ changed: 0 });
      // A changed finding with the same score is a change.
      expect(await save(60, ['b'], day(4))).toEqual({ changed: 1 });
      await save(90, [], day(5));

      const stored = await stores.assessments.getAssessment(ref);
      expect(stored?.assessment.score).toBe(90);
      expect(stored?.assessedAt).toBe(day(5).toISOString());
      expect(stored?.stale).toBe(false);
      expect(
        (await stores.history.getHistory(ref)).map(p => [
          p.score,
          p.recordedAt,
        ]),
      ).toEqual([
        [60, day(1).toISOString()],
        [60, day(4).toISOString()],
        [90, day(5).toISOString()],
      ]);

      await stores.assessments.markStale();
      expect((await stores.assessments.getAssessment(ref))?.stale).toBe(true);
      await save(90, [], day(6));
      expect((await stores.assessments.getAssessment(ref))?.stale).toBe(false);
    },
  );

  it.each(databases.eachSupportedId())(
    'filters, sorts, pages and aggregates, on %p',
    async databaseId => {
      const { stores } = await createStore(databaseId);
      const rows = [
        {
          name: 'api',
          score: 30,
          owner: 'group:default/a',
          system: 'system:default/s1',
          domain: 'domain:default/d',
          services: ['azure:key-vault', 'azure:aks'],
          exitPlan: true,
        },
        {
          name: 'worker',
          score: 50,
          owner: 'group:default/a',
          system: 'system:default/s1',
          domain: 'domain:default/d',
          services: ['azure:key-vault'],
        },
        {
          name: 'invoices',
          score: 90,
          owner: 'group:default/b',
          system: 'system:default/s2',
          services: ['stackit:ske'],
          exitPlan: true,
        },
        {
          name: 'odd_name%',
          score: 70,
          owner: 'group:default/b',
          services: [],
        },
      ];
      await stores.assessments.saveAssessments(
        rows.map(r => ({
          placement: placement(r.name, {
            owner: r.owner,
            system: r.system,
            domain: r.domain,
          }),
          assessment: assessmentOf(`component:default/${r.name}`, r.score, {
            services: r.services,
            exitPlan: r.exitPlan,
          }),
        })),
        day(1),
      );

      const page = await stores.assessments.listAssessments({
        limit: 2,
        offset: 0,
      });
      expect(page.totalItems).toBe(4);
      expect(page.items.map(i => i.name)).toEqual(['api', 'worker']);
      const next = await stores.assessments.listAssessments({
        limit: 2,
        offset: 2,
      });
      expect(next.items.map(i => i.name)).toEqual(['odd_name%', 'invoices']);

      const desc = await stores.assessments.listAssessments({
        limit: 10,
        offset: 0,
        orderBy: 'score',
        order: 'desc',
      });
      expect(desc.items.map(i => i.score)).toEqual([90, 70, 50, 30]);
      const byOwner = await stores.assessments.listAssessments({
        limit: 10,
        offset: 0,
        owner: 'group:default/b',
      });
      expect(byOwner.items.map(i => i.name).sort()).toEqual([
        'invoices',
        'odd_name%',
      ]);
      const azure = await stores.assessments.listAssessments({
        limit: 10,
        offset: 0,
        provider: 'azure',
      });
      expect(azure.totalItems).toBe(2);
      const grade = await stores.assessments.listAssessments({
        limit: 10,
        offset: 0,
        grade: 'A',
      });
      expect(grade.items.map(i => i.name)).toEqual(['invoices']);
      // LIKE wildcards in a search are literal characters.
      const search = await stores.assessments.listAssessments({
        limit: 10,
        offset: 0,
        search: '_NAME%',
      });
      expect(search.items.map(i => i.name)).toEqual(['odd_name%']);
      const domain = await stores.assessments.listAssessments({
        limit: 10,
        offset: 0,
        domain: 'domain:default/d',
        kind: 'Component',
      });
      expect(domain.totalItems).toBe(2);

      const visible = new Set([
        'component:default/worker',
        'component:default/invoices',
        'component:default/odd_name%',
      ]);
      const seen = await stores.assessments.listAssessments(
        { limit: 1, offset: 1, orderBy: 'score', order: 'asc' },
        visible,
      );
      // Counted and paged over the visible rows only, in the query's order.
      expect(seen.totalItems).toBe(3);
      expect(seen.items.map(i => i.name)).toEqual(['odd_name%']);
      const seenAzure = await stores.assessments.listAssessments(
        { limit: 10, offset: 0, provider: 'azure' },
        visible,
      );
      expect(seenAzure.items.map(i => i.name)).toEqual(['worker']);
      expect(
        (
          await stores.assessments.listAssessments(
            { limit: 10, offset: 0 },
            new Set(),
          )
        ).totalItems,
      ).toBe(0);

      const summaryRows = await stores.assessments.summaryRows();
      const { aggregates, hidden } = aggregateRows(summaryRows);
      expect(hidden).toBe(0);
      expect(aggregates.totalEntities).toBe(4);
      expect(aggregates.averageScore).toBe(60);
      expect(aggregates.byGrade).toEqual({ A: 1, B: 0, C: 1, D: 0, E: 2 });
      expect(aggregates.byOwner).toEqual([
        { key: 'group:default/a', entities: 2, averageScore: 40 },
        { key: 'group:default/b', entities: 2, averageScore: 80 },
      ]);
      expect(aggregates.withExitPlan).toBe(0.5);
      expect(aggregates.serviceUsage[0]).toEqual({
        serviceId: 'azure:key-vault',
        dependents: 2,
      });

      const forSome = aggregateRows(summaryRows, visible);
      expect(forSome.hidden).toBe(1);
      expect(forSome.aggregates).toMatchObject({
        totalEntities: 3,
        averageScore: 70,
        byGrade: { A: 1, B: 0, C: 1, D: 0, E: 1 },
        byOwner: [
          { key: 'group:default/a', entities: 1, averageScore: 50 },
          { key: 'group:default/b', entities: 2, averageScore: 80 },
        ],
      });
      expect(forSome.aggregates.serviceUsage).toEqual([
        { serviceId: 'azure:key-vault', dependents: 1 },
        { serviceId: 'stackit:ske', dependents: 1 },
      ]);

      // Entities that left the catalog are dropped, with their service rows.
      await stores.assessments.removeAssessments([
        'component:default/worker',
        'component:default/odd_name%',
      ]);
      expect((await stores.assessments.assessmentRefs()).sort()).toEqual([
        'component:default/api',
        'component:default/invoices',
      ]);
      expect(
        aggregateRows(await stores.assessments.summaryRows()).aggregates
          .serviceUsage,
      ).toEqual([
        { serviceId: 'azure:aks', dependents: 1 },
        { serviceId: 'azure:key-vault', dependents: 1 },
        { serviceId: 'stackit:ske', dependents: 1 },
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'applies checklist writes only against the version read, on %p',
    async databaseId => {
      const { stores } = await createStore(databaseId);
      const base = {
        entityRef: 'component:default/api',
        itemId: 'exit-test',
        updatedBy: 'user:default/guest',
        updatedAt: day(1),
      };
      const first = await stores.checklists.writeChecklistItem({
        ...base,
        status: 'done',
        expectedVersion: 0,
        evidenceUrl: 'https://wiki/x',
      });
      expect(first).toMatchObject({
        ok: true,
        after: { status: 'done', version: 1, evidenceUrl: 'https://wiki/x' },
      });
      const stale = await stores.checklists.writeChecklistItem({
        ...base,
        status: 'open',
        expectedVersion: 0,
      });
      expect(stale).toMatchObject({
        ok: false,
        current: { version: 1, status: 'done' },
      });
      const second = await stores.checklists.writeChecklistItem({
        ...base,
        status: 'open',
        expectedVersion: 1,
        note: 'retest planned',
      });
      expect(second).toMatchObject({
        ok: true,
        before: { version: 1 },
        after: { version: 2, status: 'open', note: 'retest planned' },
      });
      expect(
        (await stores.checklists.getChecklistState('component:default/api'))[
          'exit-test'
        ].version,
      ).toBe(2);
      expect(
        (await stores.checklists.getAllChecklistStates()).get(
          'component:default/api',
        ),
      ).toBeDefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'reads a checklist write back inside the transaction that made it, on %p',
    async databaseId => {
      const { stores, knex } = await createStore(databaseId);
      const statements: Array<{ sql: string; tx?: string }> = [];
      const record = (query: { sql: string; __knexTxId?: string }) => {
        if (query.sql.includes('checklist_state')) {
          statements.push({ sql: query.sql, tx: query.__knexTxId });
        }
      };
      knex.on('query', record);
      const write = {
        entityRef: 'component:default/api',
        itemId: 'exit-test',
        status: 'done' as const,
        updatedBy: 'user:default/alice',
        updatedAt: day(1),
      };
      try {
        expect(
          (
            await stores.checklists.writeChecklistItem({
              ...write,
              expectedVersion: 0,
            })
          ).ok,
        ).toBe(true);
        expect(
          (
            await stores.checklists.writeChecklistItem({
              ...write,
              expectedVersion: 1,
            })
          ).ok,
        ).toBe(true);
      } finally {
        knex.removeListener('query', record);
      }
      // Each write: read current, insert or update, read back; all three in
      // one transaction, so no later writer's commit can be read back instead.
      expect(statements).toHaveLength(6);
      const [first, second] = [statements.slice(0, 3), statements.slice(3)];
      for (const one of [first, second]) {
        expect(one[0].tx).toEqual(expect.any(String));
        expect(one.every(statement => statement.tx === one[0].tx)).toBe(true);
      }
      expect(first[0].tx).not.toBe(second[0].tx);
    },
  );

  it.each(databases.eachSupportedId())(
    'records refresh runs, on %p',
    async databaseId => {
      const { stores } = await createStore(databaseId);
      const id = await stores.refreshRuns.startRefreshRun(day(1));
      expect((await stores.refreshRuns.recentRefreshRuns(1))[0]).toMatchObject({
        id,
        outcome: 'running',
      });
      await stores.refreshRuns.finishRefreshRun(id, {
        finishedAt: day(2),
        outcome: 'completed',
        entities: 3,
        changed: 2,
        removed: 1,
        errors: 0,
      });
      expect((await stores.refreshRuns.recentRefreshRuns(1))[0]).toMatchObject({
        id,
        outcome: 'completed',
        entities: 3,
        changed: 2,
        startedAt: day(1).toISOString(),
        finishedAt: day(2).toISOString(),
      });
      expect(
        (await stores.refreshRuns.recentRefreshRuns(1))[0].suspicious,
      ).toBeUndefined();
      const suspicious = await stores.refreshRuns.startRefreshRun(day(3));
      await stores.refreshRuns.finishRefreshRun(suspicious, {
        finishedAt: day(3),
        outcome: 'completed',
        entities: 0,
        changed: 0,
        removed: 0,
        errors: 0,
        suspicious: true,
        message: 'kept 3',
      });
      expect((await stores.refreshRuns.recentRefreshRuns(1))[0]).toMatchObject({
        suspicious: true,
        message: 'kept 3',
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'prunes refresh runs to the number the caller keeps, newest first, on %p',
    async databaseId => {
      const { stores } = await createStore(databaseId);
      const ids: number[] = [];
      for (let n = 1; n <= 5; n++) {
        const id = await stores.refreshRuns.startRefreshRun(day(n));
        await stores.refreshRuns.finishRefreshRun(id, {
          finishedAt: day(n),
          outcome: 'completed',
          entities: n,
          changed: 0,
          removed: 0,
          errors: 0,
        });
        ids.push(id);
      }
      await stores.refreshRuns.pruneRefreshRuns(5);
      expect(await stores.refreshRuns.recentRefreshRuns(10)).toHaveLength(5);
      await stores.refreshRuns.pruneRefreshRuns(3);
      expect(
        (await stores.refreshRuns.recentRefreshRuns(10)).map(run => run.id),
      ).toEqual(ids.slice(2).reverse());
    },
  );

  it.each(databases.eachSupportedId())(
    'reads every row for the summary across its keyset pages, on %p',
    async databaseId => {
      const { stores } = await createStore(databaseId);
      // More than two pages, with services on both sides of each boundary.
      const names = Array.from(
        { length: 4_321 },
        (_, i) => `svc-${String(i).padStart(5, '0')}`,
      );
      for (let i = 0; i < names.length; i += 500) {
        await stores.assessments.saveAssessments(
          names.slice(i, i + 500).map((name, j) => ({
            placement: placement(name),
            assessment: assessmentOf(
              `component:default/${name}`,
              (i + j) % 101,
              {
                services:
                  (i + j) % 3 === 0
                    ? ['azure:key-vault', 'aws:s3']
                    : ['aws:s3'],
              },
            ),
          })),
          new Date('2026-12-01T00:00:00Z'),
        );
      }
      const rows = await stores.assessments.summaryRows();
      expect(rows).toHaveLength(names.length);
      expect(new Set(rows.map(r => r.entityRef)).size).toBe(names.length);
      const usage = aggregateRows(rows).aggregates.serviceUsage;
      expect(usage).toEqual([
        { serviceId: 'aws:s3', dependents: 4_321 },
        { serviceId: 'azure:key-vault', dependents: 1_441 },
      ]);
    },
  );
});
