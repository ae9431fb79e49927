import { mockServices } from '@backstage/backend-test-utils';
import {
  createKnowledgeIndex,
  createServiceMapper,
  knowledgeBase,
} from '@portolan/plugin-sovereignty-common';
import type {
  SovereigntyStores,
  SummaryRow,
  TrendPoint,
} from '../database/SovereigntyStore';
import { SummaryService } from './SummaryService';

const everything = { all: true } as const;

function rowsWith(totalEntities: number): SummaryRow[] {
  return Array.from({ length: totalEntities }, (_, i) => ({
    entityRef: `component:default/service-${i}`,
    owner: 'group:default/team',
    score: 50,
    grade: 'C',
    hasExitPlan: false,
    exitTested: false,
    services: ['azure:key-vault'],
  }));
}

const TREND: TrendPoint[] = [
  {
    day: '2026-11-01',
    recordedAt: '2026-11-01T10:00:00.000Z',
    averageScore: 50,
    totalEntities: 1,
  },
];

/** A store whose aggregation the test releases by hand. */
function controllableStore() {
  let total = 1;
  const calls: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];
  const stores = {
    assessments: {
      summaryRows: () =>
        new Promise<SummaryRow[]>((resolve, reject) => {
          const snapshot = total;
          calls.push({
            resolve: () => resolve(rowsWith(snapshot)),
            reject,
          });
        }),
    },
    refreshRuns: { recentRefreshRuns: async () => [] },
    trend: { trend: async () => TREND },
  } as unknown as SovereigntyStores;
  return {
    stores,
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
      stores: control.stores,
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
    const first = service.get(everything);
    const second = service.get(everything);
    await flush();
    expect(calls).toHaveLength(1);
    calls[0].resolve();
    expect((await first).totalEntities).toBe(1);
    expect(await second).toBe(await first);
    expect(
      (await service.get(everything)).hotspots.map(h => [
        h.service,
        h.dependents,
      ]),
    ).toEqual([['azure:key-vault', 1]]);
    expect(calls).toHaveLength(1);
  });

  it('serves the last figures at once after a write and recomputes in the background', async () => {
    const { service, calls, setTotal } = setUp();
    const first = service.get(everything);
    await flush();
    calls[0].resolve();
    await first;

    setTotal(2);
    service.invalidate();
    expect((await service.get(everything)).totalEntities).toBe(1);
    await flush();
    expect(calls).toHaveLength(2);
    calls[1].resolve();
    await flush();
    expect((await service.get(everything)).totalEntities).toBe(2);
    expect(calls).toHaveLength(2);
  });

  it('recomputes figures older than 15 s, so other replicas’ refreshes show', async () => {
    const { service, calls, setTotal, advance } = setUp();
    const first = service.get(everything);
    await flush();
    calls[0].resolve();
    await first;

    setTotal(3);
    advance(14_000);
    expect((await service.get(everything)).totalEntities).toBe(1);
    expect(calls).toHaveLength(1);
    advance(2_000);
    expect((await service.get(everything)).totalEntities).toBe(1);
    await flush();
    calls[1].resolve();
    await flush();
    expect((await service.get(everything)).totalEntities).toBe(3);
  });

  it('keeps serving the last figures when a recomputation fails, and says so', async () => {
    const { service, calls, logger } = setUp();
    const first = service.get(everything);
    await flush();
    calls[0].resolve();
    await first;

    service.invalidate();
    expect((await service.get(everything)).totalEntities).toBe(1);
    await flush();
    calls[1].reject(new Error('database is locked'));
    await flush();
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('database is locked'),
    );
    // The next request tries again.
    service.get(everything);
    await flush();
    expect(calls).toHaveLength(3);
  });

  it('counts only the rows a caller may read, and leaves the catalog-wide trend out for them', async () => {
    const { service, calls, setTotal } = setUp();
    setTotal(5);
    const all = service.get(everything);
    await flush();
    calls[0].resolve();
    expect((await all).trend).toEqual(TREND);
    expect((await all).restricted).toBeUndefined();

    const some = new Set([
      'component:default/service-1',
      'component:default/service-3',
      'component:default/not-stored',
    ]);
    const restricted = await service.get({ all: false, refs: some });
    expect(restricted.totalEntities).toBe(2);
    expect(restricted.byOwner).toEqual([
      { key: 'group:default/team', entities: 2, averageScore: 50 },
    ]);
    expect(restricted.hotspots.map(h => [h.service, h.dependents])).toEqual([
      ['azure:key-vault', 2],
    ]);
    expect(restricted.trend).toEqual([]);
    expect(restricted.restricted).toBe(true);
    // The same view (the visibility cache hands out one set per caller) is
    // aggregated once per snapshot.
    expect(await service.get({ all: false, refs: some })).toBe(restricted);
    expect(
      (await service.get({ all: false, refs: new Set() })).totalEntities,
    ).toBe(0);
    expect(calls).toHaveLength(1);
  });

  it('fails the request when there are no figures yet and computing fails', async () => {
    const { service, calls } = setUp();
    const first = service.get(everything);
    await flush();
    calls[0].reject(new Error('no such table: assessments'));
    await expect(first).rejects.toThrow('no such table');
  });
});
