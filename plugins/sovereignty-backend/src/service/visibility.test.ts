import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { createBackendModule } from '@backstage/backend-plugin-api';
import type {
  SchedulerService,
  ServiceFactory,
} from '@backstage/backend-plugin-api';
import { permissionsServiceFactory } from '@backstage/backend-defaults/permissions';
import { permissionsRegistryServiceFactory } from '@backstage/backend-defaults/permissionsRegistry';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import permissionPlugin from '@backstage/plugin-permission-backend';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  isPermission,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import type {
  PermissionPolicy,
  PolicyQuery,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import request from 'supertest';
import { stringify } from 'yaml';
import { sovereigntyPlugin } from '../plugin';
import { onBehalfOfAuth } from '../testing/onBehalfOfAuth';
import { quietSchedule } from '../testing/startBackend';

jest.setTimeout(60_000);

const BASE = '/api/sovereignty';
const alice = mockCredentials.user.header('user:default/alice');

/** Everyone may read the catalog except what the secret team owns. */
class HideSecretTeam implements PermissionPolicy {
  async handle(request: PolicyQuery): Promise<PolicyDecision> {
    if (isPermission(request.permission, catalogEntityReadPermission)) {
      return createCatalogConditionalDecision(request.permission, {
        not: catalogConditions.isEntityOwner({
          claims: ['group:default/secret'],
        }),
      });
    }
    return { result: AuthorizeResult.ALLOW };
  }
}

const policyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'hide-secret-team',
  register(env) {
    env.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy(new HideSecretTeam());
      },
    });
  },
});

function component(name: string, owner: string, services: string) {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      annotations: {
        'portolan.dev/services': services,
        'portolan.dev/hosting': 'azure:westeurope',
      },
    },
    spec: { type: 'service', lifecycle: 'production', owner },
  };
}

const catalogYaml = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'team' },
    spec: { type: 'team', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'secret' },
    spec: { type: 'team', children: [] },
  },
  component('orders', 'group:default/team', 'azure:container-apps'),
  {
    ...component('payments', 'group:default/team', 'azure:key-vault'),
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/team',
      dependsOn: ['resource:default/vault-of-secrets'],
    },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: 'vault-of-secrets',
      annotations: { 'portolan.dev/services': 'aws:secrets-manager' },
    },
    spec: { type: 'secrets', owner: 'group:default/secret' },
  },
  component('black-box', 'group:default/secret', 'aws:s3, aws:lambda'),
]
  .map(entity => stringify(entity))
  .join('---\n');

async function startCatalogBackend() {
  const dir = mkdtempSync(join(tmpdir(), 'portolan-visibility-'));
  const file = join(dir, 'catalog-info.yaml');
  writeFileSync(file, catalogYaml);
  const scheduler = mockServices.scheduler() as SchedulerService & {
    factory(options?: { skipTaskRunOnStartup?: boolean }): ServiceFactory;
  };
  const { server } = await startTestBackend({
    features: [
      sovereigntyPlugin,
      catalogPlugin,
      permissionPlugin,
      policyModule,
      onBehalfOfAuth,
      permissionsServiceFactory,
      permissionsRegistryServiceFactory,
      scheduler.factory({ skipTaskRunOnStartup: true }),
      mockServices.rootConfig.factory({
        data: {
          ...quietSchedule,
          permission: { enabled: true },
          catalog: {
            rules: [{ allow: ['Component', 'Group', 'Resource'] }],
            locations: [{ type: 'file', target: file }],
          },
        },
      }),
    ],
  });
  // Wait until the catalog has processed the three components.
  for (let attempt = 0; ; attempt++) {
    const res = await request(server)
      .get('/api/catalog/entities/by-query?filter=kind=component')
      .set('authorization', mockCredentials.service.header());
    if (
      res.body.items?.length === 3 &&
      res.body.items.every((e: any) => e.relations?.length)
    )
      break;
    if (attempt > 200)
      throw new Error('the catalog did not process the test entities');
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  await scheduler.triggerTask('sovereignty-refresh');
  return server;
}

describe('reads under a catalog policy that hides one team', () => {
  it('answer only for what the caller may read: single entities, the list, the summary and its hotspots', async () => {
    const server = await startCatalogBackend();
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
