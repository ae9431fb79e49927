import { mockServices } from '@backstage/backend-test-utils';
import {
  createKnowledgeIndex,
  createServiceMapper,
  knowledgeBase,
} from '@portolan/plugin-sovereignty-common';
import type {
  CatalogAggregates,
  SovereigntyStore,
} from '../database/SovereigntyStore';
import { SummaryService } from './SummaryService';

function aggregatesWith(totalEntities: number): CatalogAggregates {
  return {
    totalEntities,
    averageScore: 50,
    byGrade: { A: 0, B: 0, C: totalEntities, D: 0, E: 0 },
    byOwner: [],
    bySystem: [],
    byDomain: [],
    withExitPlan: 0,
    withTestedExit: 0,
    serviceUsage: [{ serviceId: 'azure:key-vault', dependents: totalEntities }],
  };
}

/** A store whose aggregation the test releases by hand. */
function controllableStore() {
  let total = 1;
  const calls: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];
  const store = {
    aggregates: () =>
      new Promise<CatalogAggregates>((resolve, reject) => {
        const snapshot = total;
        calls.push({
          resolve: () => resolve(aggregatesWith(snapshot)),
          reject,
        });
      }),
    recentRefreshRuns: async () => [],
    trend: async () => [],
  } as unknown as SovereigntyStore;
  return {
    store,
    calls,
    setTotal: (n: number) => {
      total = n;
    },
  };
}

const flush = () => new Promise(resolve => setImmediate(resolve));

describe('SummaryService', () => {
  const index = createKnowledgeIndex(knowledgeBase);

  function setUp() {
    const control = controllableStore();
    let now = 0;
    const logger = mockServices.logger.mock();
    const service = new SummaryService({
      store: control.store,
      index,
      mapper: createServiceMapper(index),
      targets: ['ionos'],
      logger,
      now: () => now,
    });
    return {
      ...control,
      service,
      logger,
      advance: (ms: number) => {
        now += ms;
      },
    };
  }

  it('computes once for concurrent first requests and serves the figures while fresh', async () => {
    const { service, calls } = setUp();
    const first = service.get();
    const second = service.get();
    await flush();
    expect(calls).toHaveLength(1);
    calls[0].resolve();
    expect((await first).totalEntities).toBe(1);
    expect(await second).toBe(await first);
    expect(
      (await service.get()).hotspots.map(h => [h.service, h.dependents]),
    ).toEqual([['azure:key-vault', 1]]);
    expect(calls).toHaveLength(1);
  });

  it('serves the last figures at once after a write and recomputes in the background', async () => {
    const { service, calls, setTotal } = setUp();
    const first = service.get();
    await flush();
    calls[0].resolve();
    await first;

    setTotal(2);
    service.invalidate();
    expect((await service.get()).totalEntities).toBe(1);
    await flush();
    expect(calls).toHaveLength(2);
    calls[1].resolve();
    await flush();
    expect((await service.get()).totalEntities).toBe(2);
    expect(calls).toHaveLength(2);
  });

  it('recomputes figures older than 15 s, so other replicas’ refreshes show', async () => {
    const { service, calls, setTotal, advance } = setUp();
    const first = service.get();
    await flush();
    calls[0].resolve();
    await first;

    setTotal(3);
    advance(14_000);
    expect((await service.get()).totalEntities).toBe(1);
    expect(calls).toHaveLength(1);
    advance(2_000);
    expect((await service.get()).totalEntities).toBe(1);
    await flush();
    calls[1].resolve();
    await flush();
    expect((await service.get()).totalEntities).toBe(3);
  });

  it('keeps serving the last figures when a recomputation fails, and says so', async () => {
    const { service, calls, logger } = setUp();
    const first = service.get();
    await flush();
    calls[0].resolve();
    await first;

    service.invalidate();
    expect((await service.get()).totalEntities).toBe(1);
    await flush();
    calls[1].reject(new Error('database is locked'));
    await flush();
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('database is locked'),
    );
    // The next request tries again.
    service.get();
    await flush();
    expect(calls).toHaveLength(3);
  });

  it('fails the request when there are no figures yet and computing fails', async () => {
    const { service, calls } = setUp();
    const first = service.get();
    await flush();
    calls[0].reject(new Error('no such table: assessments'));
    await expect(first).rejects.toThrow('no such table');
  });
});
