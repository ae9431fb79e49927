import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import request from 'supertest';
import {
  HIDDEN_LABEL,
  startWithCatalogPolicy,
  type TestServer,
} from './__testUtils__/catalogWithPolicy';

jest.setTimeout(90_000);

const BASE = '/api/sovereignty';
const alice = mockCredentials.user.header('user:default/alice');

/** Alice's identity names the two teams, as a sign-in resolver would. */
const aliceUserInfo = createServiceFactory({
  service: coreServices.userInfo,
  deps: {},
  factory: () =>
    mockServices.userInfo({
      userEntityRef: 'user:default/alice',
      ownershipEntityRefs: [
        'user:default/alice',
        'group:default/team',
        'group:default/other',
      ],
    }),
});

const hidden = { labels: { [HIDDEN_LABEL]: 'true' } };

const group = (name: string, spec: object = {}, metadata: object = {}) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, ...metadata },
  spec: { type: 'team', children: [], ...spec },
});

const component = (
  name: string,
  owner: string,
  system?: string,
  metadata: object = {},
) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    ...metadata,
    annotations: {
      'portolan.dev/services': 'azure:key-vault',
      'portolan.dev/hosting': 'azure:westeurope',
    },
  },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner,
    ...(system ? { system } : {}),
  },
});

// team > squad > secret-squad, which the policy hides, as it hides its
// component; that component sits in the team's system, so the domain
// roll-up must leave it out too.
const catalogEntities = [
  group('team', { children: ['squad'] }),
  group('squad', { parent: 'team', children: ['secret-squad'] }),
  group('secret-squad', { parent: 'squad' }, hidden),
  group('other'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Domain',
    metadata: { name: 'products' },
    spec: { owner: 'group:default/team' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'shop' },
    spec: { owner: 'group:default/team', domain: 'products' },
  },
  component('orders', 'group:default/team', 'shop'),
  component('payments', 'group:default/squad', 'shop'),
  component('black-box', 'group:default/secret-squad', 'shop', hidden),
  component('reports', 'group:default/other'),
];

/** Whether the catalog has stitched this many relations of a type on an entity. */
function stitched(path: string, relation: string, count: number) {
  return async (server: TestServer) => {
    const res = await request(server)
      .get(`/api/catalog/entities/by-name/${path}`)
      .set('authorization', mockCredentials.service.header());
    const relations = (res.body.relations ?? []) as Array<{ type: string }>;
    return relations.filter(r => r.type === relation).length === count;
  };
}

function startPortal() {
  const checks = [
    stitched('system/default/shop', 'hasPart', 3),
    stitched('group/default/squad', 'parentOf', 1),
    stitched('group/default/team', 'parentOf', 1),
  ];
  return startWithCatalogPolicy({
    entities: catalogEntities,
    kinds: ['Component', 'Group', 'System', 'Domain'],
    features: [
      aliceUserInfo,
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
    ],
    // The system's parts and both levels of groups, stitched.
    ready: async server => {
      for (const check of checks) if (!(await check(server))) return false;
      return true;
    },
  });
}

describe('roll-up routes over a real catalog with a policy that hides a group', () => {
  let server: Awaited<ReturnType<typeof startPortal>>;
  beforeAll(async () => {
    server = await startPortal();
  });

  it('rolls a group up with its child groups, without what the caller may not read', async () => {
    const path = `${BASE}/entities/group/default/team/rollup`;
    const forAlice = await request(server)
      .get(path)
      .set('authorization', alice);
    expect(forAlice.status).toBe(200);
    // orders (team), payments (squad) and the system; black-box is hidden.
    expect(forAlice.body.totalEntities).toBe(3);
    expect(forAlice.body.assessedEntities).toBe(3);
    expect(forAlice.body.includes).toEqual(['group:default/squad']);
    expect(JSON.stringify(forAlice.body)).not.toContain('black-box');
    expect(JSON.stringify(forAlice.body)).not.toContain('secret-squad');
    expect(forAlice.body.hotspots[0]).toMatchObject({
      service: 'azure:key-vault',
      // orders, payments, and the system that rolls them up.
      dependents: 3,
    });

    // A service reads everything: the hidden squad and its component count.
    const forService = await request(server)
      .get(path)
      .set('authorization', mockCredentials.service.header());
    expect(forService.body.totalEntities).toBe(4);
    expect([...forService.body.includes].sort()).toEqual([
      'group:default/secret-squad',
      'group:default/squad',
    ]);
  });

  it("rolls a domain up over its systems' parts the caller may read", async () => {
    const res = await request(server)
      .get(`${BASE}/entities/domain/default/products/rollup`)
      .set('authorization', alice);
    expect(res.status).toBe(200);
    expect(res.body.includes).toEqual(['system:default/shop']);
    expect(res.body.totalEntities).toBe(3);
    expect(res.body.worst.map((w: any) => w.entityRef)).not.toContain(
      'component:default/black-box',
    );
  });

  it("answers the signed-in user's teams and refuses callers who are not users", async () => {
    const mine = await request(server)
      .get(`${BASE}/rollups/mine`)
      .set('authorization', alice);
    expect(mine.status).toBe(200);
    expect(mine.body.userEntityRef).toBe('user:default/alice');
    expect(
      mine.body.teams.map((t: any) => [t.entityRef, t.totalEntities]),
    ).toEqual([
      ['group:default/team', 3],
      ['group:default/other', 1],
    ]);

    const asService = await request(server)
      .get(`${BASE}/rollups/mine`)
      .set('authorization', mockCredentials.service.header());
    expect(asService.status).toBe(403);
    const anonymous = await request(server).get(`${BASE}/rollups/mine`);
    expect(anonymous.status).toBe(401);
  });

  it('answers 404 for kinds without a roll-up, unknown and hidden entities', async () => {
    const ofComponent = await request(server)
      .get(`${BASE}/entities/component/default/orders/rollup`)
      .set('authorization', alice);
    expect(ofComponent.status).toBe(404);
    expect(ofComponent.body.error.message).toMatch(/only Group and Domain/);
    const unknown = await request(server)
      .get(`${BASE}/entities/group/default/nobody/rollup`)
      .set('authorization', alice);
    expect(unknown.status).toBe(404);
    const hiddenGroup = await request(server)
      .get(`${BASE}/entities/group/default/secret-squad/rollup`)
      .set('authorization', alice);
    expect(hiddenGroup.status).toBe(404);
    expect(hiddenGroup.body.error.message).toBe(
      unknown.body.error.message.replace('nobody', 'secret-squad'),
    );
    const anonymous = await request(server).get(
      `${BASE}/entities/group/default/team/rollup`,
    );
    expect(anonymous.status).toBe(401);
  });
});
