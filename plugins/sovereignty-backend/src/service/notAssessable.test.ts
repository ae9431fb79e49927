import { mockCredentials } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import type { SummaryRow } from '../database/SovereigntyStore';
import { catalogEntities } from '../__testUtils__/entities';
import { startSovereigntyBackend } from '../__testUtils__/startBackend';
import { aggregateRows } from './aggregate';

const BASE = '/api/sovereignty';
const user = mockCredentials.user.header('user:default/alice');

/** A component nobody annotated and discovery never scanned. */
const bare: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'legacy-batch', namespace: 'default' },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'group:default/ops',
  },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/ops' }],
};

function row(name: string, score: number, assessable?: boolean): SummaryRow {
  return {
    entityRef: `component:default/${name}`,
    owner: 'group:default/team',
    score,
    grade: score >= 60 ? 'C' : 'D',
    hasExitPlan: false,
    exitTested: false,
    services: assessable === false ? [] : ['azure:key-vault'],
    ...(assessable === undefined ? {} : { assessable }),
  };
}

describe('entities with nothing to grade', () => {
  it('are counted apart in the summary and the trend, not averaged in', async () => {
    const { server, refresh } = await startSovereigntyBackend([], {
      catalog: false,
      features: [
        catalogServiceMock.factory({ entities: [...catalogEntities, bare] }),
      ],
    });
    await refresh();

    const stored = await request(server)
      .get(`${BASE}/entities/component/default/legacy-batch/assessment`)
      .set('authorization', user);
    expect(stored.body.assessment).toMatchObject({
      assessable: false,
      notAssessableReason: expect.stringContaining('nothing to grade'),
    });
    const graded = await Promise.all(
      ['component/default/mcp-server', 'resource/default/vault'].map(
        async path =>
          (
            await request(server)
              .get(`${BASE}/entities/${path}/assessment`)
              .set('authorization', user)
          ).body.assessment.score as number,
      ),
    );

    const { body: summary } = await request(server)
      .get(`${BASE}/summary`)
      .set('authorization', user);
    expect(summary.totalEntities).toBe(2);
    expect(summary.notAssessable).toBe(1);
    expect(summary.averageScore).toBe(
      Math.round(((graded[0] + graded[1]) / 2) * 10) / 10,
    );
    expect(
      Object.values(summary.byGrade as Record<string, number>).reduce(
        (a, b) => a + b,
      ),
    ).toBe(2);
    expect(summary.byOwner.map((g: any) => g.key)).toEqual([
      'group:default/team',
    ]);
    expect(summary.trend).toEqual([
      expect.objectContaining({
        totalEntities: 2,
        averageScore: summary.averageScore,
      }),
    ]);

    // The dashboard's table marks the row instead of showing a default grade.
    const { body: list } = await request(server)
      .get(`${BASE}/assessments?limit=10&offset=0`)
      .set('authorization', user);
    const flags = Object.fromEntries(
      list.items.map((item: any) => [item.name, item.assessable ?? true]),
    );
    expect(flags).toEqual({
      'legacy-batch': false,
      'mcp-server': true,
      vault: true,
    });
  });

  it('aggregate over the visible rows: hidden ones are neither counted nor named', () => {
    const rows = [
      row('a', 80),
      row('b', 40, true),
      row('bare', 62, false),
      row('hidden-bare', 62, false),
    ];
    const all = aggregateRows(rows);
    expect(all.aggregates).toMatchObject({
      totalEntities: 2,
      notAssessable: 2,
      averageScore: 60,
      byGrade: { C: 1, D: 1 },
    });
    expect(all.hidden).toBe(0);

    const some = aggregateRows(
      rows,
      new Set(['component:default/a', 'component:default/bare']),
    );
    expect(some.hidden).toBe(2);
    expect(some.aggregates).toMatchObject({
      totalEntities: 1,
      notAssessable: 1,
      averageScore: 80,
    });
  });
});
