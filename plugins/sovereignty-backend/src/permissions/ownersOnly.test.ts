import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  createBackendModule,
  type SchedulerService,
  type ServiceFactory,
} from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { permissionsServiceFactory } from '@backstage/backend-defaults/permissions';
import { permissionsRegistryServiceFactory } from '@backstage/backend-defaults/permissionsRegistry';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import permissionPlugin from '@backstage/plugin-permission-backend';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import request from 'supertest';
import { stringify } from 'yaml';
import { sovereigntyPlugin } from '../plugin';
import { onBehalfOfAuth } from '../__testUtils__/onBehalfOfAuth';
import { quietSchedule } from '../__testUtils__/startBackend';
import { userInfoFromCatalog } from '../__testUtils__/userInfo';
import { sovereigntyPolicyDecision } from './ownersOnly';

jest.setTimeout(60_000);

const BASE = '/api/sovereignty/entities/component/default';
const alice = mockCredentials.user.header('user:default/alice');
const bob = mockCredentials.user.header('user:default/bob');

/**
 * An adopter's policy: Portolan's rule in one line, everything else
 * allowed; or a stock app's allow-all policy.
 */
function policyModule(kind: 'portolan-rule' | 'allow-all') {
  return createBackendModule({
    pluginId: 'permission',
    moduleId: 'adopter-policy',
    register(env) {
      env.registerInit({
        deps: { policy: policyExtensionPoint },
        async init({ policy }) {
          policy.setPolicy({
            handle: async (query, user) =>
              (kind === 'portolan-rule' &&
                sovereigntyPolicyDecision(query, user)) || {
                result: AuthorizeResult.ALLOW,
              },
          });
        },
      });
    },
  });
}

function component(name: string, owner: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      annotations: { 'portolan.dev/services': 'azure:container-apps' },
    },
    spec: { type: 'service', lifecycle: 'production', owner },
  };
}

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'team' },
    spec: { type: 'team', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'alice', namespace: 'default' },
    spec: { memberOf: ['group:default/team'] },
  },
  component('orders', 'group:default/team'),
  component('bobs-tool', 'user:default/bob'),
];

async function startPortal(options: {
  policy: 'portolan-rule' | 'allow-all';
  editors?: 'owners' | 'policy';
}) {
  const dir = mkdtempSync(join(tmpdir(), 'portolan-owners-only-'));
  const file = join(dir, 'catalog-info.yaml');
  writeFileSync(file, entities.map(e => stringify(e)).join('---\n'));
  const scheduler = mockServices.scheduler() as SchedulerService & {
    factory(options?: { skipTaskRunOnStartup?: boolean }): ServiceFactory;
  };
  const { server } = await startTestBackend({
    features: [
      sovereigntyPlugin,
      catalogPlugin,
      permissionPlugin,
      policyModule(options.policy),
      onBehalfOfAuth,
      userInfoFromCatalog(entities),
      permissionsServiceFactory,
      permissionsRegistryServiceFactory,
      scheduler.factory({ skipTaskRunOnStartup: true }),
      mockServices.rootConfig.factory({
        data: {
          sovereignty: {
            ...quietSchedule.sovereignty,
            ...(options.editors
              ? { checklist: { editors: options.editors } }
              : {}),
          },
          permission: { enabled: true },
          catalog: {
            rules: [{ allow: ['Component', 'Group', 'User'] }],
            locations: [{ type: 'file', target: file }],
          },
        },
      }),
    ],
  });
  for (let attempt = 0; ; attempt++) {
    const res = await request(server)
      .get('/api/catalog/entities/by-query?filter=kind=component')
      .set('authorization', mockCredentials.service.header());
    if (
      res.body.items?.length === 2 &&
      res.body.items.every((e: any) => e.relations?.length)
    )
      break;
    if (attempt > 200)
      throw new Error('the catalog did not process the test entities');
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  return server;
}

describe('the owners-only rule, with the real catalog and permission backends', () => {
  it("lets a user edit the checklists of what they or their groups own, and no one else's", async () => {
    // The policy decides alone, so this tests the shipped rule only.
    const server = await startPortal({
      policy: 'portolan-rule',
      editors: 'policy',
    });
    const write = (name: string, user: string) =>
      request(server)
        .put(`${BASE}/${name}/checklist/exit-test`)
        .set('authorization', user)
        .send({ status: 'done', version: 0 });

    // Alice owns orders through her team; Bob owns his tool himself.
    expect((await write('orders', alice)).status).toBe(200);
    expect((await write('bobs-tool', bob)).status).toBe(200);

    const refused = await write('orders', bob);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe(
      'You may not update the exit checklist of component:default/orders',
    );
    expect((await write('bobs-tool', alice)).status).toBe(403);
  });

  it('keeps the same rule under an allow-all policy by default (editors: owners), reading ownership from the catalog', async () => {
    const server = await startPortal({ policy: 'allow-all' });
    const write = (name: string, user: string) =>
      request(server)
        .put(`${BASE}/${name}/checklist/exit-test`)
        .set('authorization', user)
        .send({ status: 'done', version: 0 });

    expect((await write('orders', alice)).status).toBe(200);
    expect((await write('bobs-tool', bob)).status).toBe(200);
    const refused = await write('orders', bob);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe(
      'Only the owners of component:default/orders may update its exit checklist (sovereignty.checklist.editors: owners)',
    );
  });
});
