import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { Entity } from '@backstage/catalog-model';
import request from 'supertest';
import { sovereigntyPlugin } from '../plugin';

const keyVault: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'vault',
    namespace: 'default',
    annotations: { 'portolan.dev/services': 'azure:key-vault' },
  },
  spec: { type: 'secrets', owner: 'group:default/team' },
};

const service: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'mcp-server',
    namespace: 'default',
    annotations: {
      'portolan.dev/services': 'azure:container-apps',
      'portolan.dev/hosting': 'azure:westeurope',
      'portolan.dev/target-providers': 'ionos',
    },
  },
  spec: { type: 'service', owner: 'group:default/team', lifecycle: 'production' },
  relations: [
    { type: 'dependsOn', targetRef: 'resource:default/vault' },
    { type: 'ownedBy', targetRef: 'group:default/team' },
  ],
};

async function startBackend() {
  const { server } = await startTestBackend({
    features: [
      sovereigntyPlugin,
      catalogServiceMock.factory({ entities: [service, keyVault] }),
      mockServices.database.factory(),
    ],
  });
  return server;
}

describe('sovereignty router', () => {
  it('assesses a catalog entity with the resources it depends on, then serves it from the database', async () => {
    const server = await startBackend();
    const first = await request(server).get(
      '/api/sovereignty/entities/component/default/mcp-server/assessment',
    );
    expect(first.status).toBe(200);
    const { assessment } = first.body;
    expect(assessment.entityRef).toBe('component:default/mcp-server');
    const vault = assessment.mappings.find(
      (m: any) => m.service === 'azure:key-vault',
    );
    expect(vault.inheritedFrom).toEqual(['resource:default/vault']);
    expect(vault.targets.ionos.fit).toBe('re-architect');

    const list = await request(server).get('/api/sovereignty/assessments');
    expect(list.status).toBe(200);
    expect(list.body.totalItems).toBe(1);
    expect(list.body.items[0].entityRef).toBe('component:default/mcp-server');

    const history = await request(server).get(
      '/api/sovereignty/entities/component/default/mcp-server/history',
    );
    expect(history.body.points).toHaveLength(1);
    expect(history.body.points[0].score).toBe(assessment.score);
  });

  it('answers 404 for an entity the catalog does not have', async () => {
    const server = await startBackend();
    const res = await request(server).get(
      '/api/sovereignty/entities/component/default/nope/assessment',
    );
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain('component:default/nope');
  });

  it('previews a posted entity and rejects a body without one', async () => {
    const server = await startBackend();
    const ok = await request(server)
      .post('/api/sovereignty/assess')
      .send({ entity: service, related: [keyVault] });
    expect(ok.status).toBe(200);
    expect(ok.body.mappings.map((m: any) => m.service)).toEqual([
      'azure:container-apps',
      'azure:key-vault',
    ]);

    const bad = await request(server)
      .post('/api/sovereignty/assess')
      .send({ entity: { kind: 'Component' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('body.entity');

    const list = await request(server).get(
      '/api/sovereignty/assessments?limit=0',
    );
    expect(list.status).toBe(400);
    expect(list.body.error.message).toContain('limit');
  });
});
