import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { startWithCatalogPolicy } from './__testUtils__/catalogWithPolicy';
import { secretTeamCatalog } from './__testUtils__/secretTeamCatalog';

jest.setTimeout(60_000);

const BASE = '/api/sovereignty';
const alice = mockCredentials.user.header('user:default/alice');

describe('reads under a catalog policy that hides one team', () => {
  it('answer only for what the caller may read: single entities, the list, the summary and its hotspots', async () => {
    const server = await startWithCatalogPolicy(secretTeamCatalog);
    const hidden = `${BASE}/entities/component/default/black-box`;

    // The catalog hides it from alice...
    const catalogView = await request(server)
      .get('/api/catalog/entities/by-query?filter=kind=component')
      .set('authorization', alice);
    expect(
      catalogView.body.items.map((e: any) => e.metadata.name).sort(),
    ).toEqual(['orders', 'payments']);

    // ...and so does every sovereignty read, though the refresh assessed it.
    for (const path of [`${hidden}/assessment`, `${hidden}/history`]) {
      const res = await request(server).get(path).set('authorization', alice);
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain('aws:s3');
    }
    const write = await request(server)
      .put(`${hidden}/checklist/exit-test`)
      .set('authorization', alice)
      .send({ status: 'done', version: 0 });
    expect(write.status).toBe(404);

    const visible = await request(server)
      .get(`${BASE}/entities/component/default/orders/assessment`)
      .set('authorization', alice);
    expect(visible.status).toBe(200);

    // A visible entity's services inherited from a hidden Resource still
    // count, but the Resource's name does not leak.
    const payments = await request(server)
      .get(`${BASE}/entities/component/default/payments/assessment`)
      .set('authorization', alice);
    expect(payments.status).toBe(200);
    const inherited = payments.body.assessment.mappings.find(
      (m: any) => m.service === 'aws:secrets-manager',
    );
    expect(inherited.inheritedFrom).toEqual(['an entity you may not read']);
    expect(JSON.stringify(payments.body)).not.toContain('vault-of-secrets');
    const asServiceView = await request(server)
      .get(`${BASE}/entities/component/default/payments/assessment`)
      .set('authorization', mockCredentials.service.header());
    expect(JSON.stringify(asServiceView.body)).toContain(
      'resource:default/vault-of-secrets',
    );

    const list = await request(server)
      .get(`${BASE}/assessments?limit=10`)
      .set('authorization', alice);
    expect(list.body.totalItems).toBe(2);
    expect(list.body.items.map((i: any) => i.name).sort()).toEqual([
      'orders',
      'payments',
    ]);
    const byOwner = await request(server)
      .get(
        `${BASE}/assessments?owner=${encodeURIComponent(
          'group:default/secret',
        )}`,
      )
      .set('authorization', alice);
    expect(byOwner.body).toEqual({ totalItems: 0, items: [] });

    const summary = await request(server)
      .get(`${BASE}/summary`)
      .set('authorization', alice);
    expect(summary.body.totalEntities).toBe(2);
    expect(summary.body.restricted).toBe(true);
    expect(summary.body.byOwner.map((g: any) => g.key)).toEqual([
      'group:default/team',
    ]);
    // payments inherits Secrets Manager from the hidden Resource: the
    // service counts for the visible entity; black-box's do not.
    expect(summary.body.hotspots.map((h: any) => h.service).sort()).toEqual([
      'aws:secrets-manager',
      'azure:container-apps',
      'azure:key-vault',
    ]);
    expect(summary.body.trend).toEqual([]);
    expect(JSON.stringify(summary.body)).not.toContain('aws:s3');
    expect(JSON.stringify(summary.body)).not.toContain('aws:lambda');
    expect(JSON.stringify(summary.body)).not.toContain('vault-of-secrets');

    // A service (the plugin's own refresh, or the scaffolder) sees everything.
    const asService = await request(server)
      .get(`${BASE}/summary`)
      .set('authorization', mockCredentials.service.header());
    expect(asService.body.totalEntities).toBe(4);
    expect(asService.body.restricted).toBeUndefined();
    expect(asService.body.trend).toHaveLength(1);
  });
});
