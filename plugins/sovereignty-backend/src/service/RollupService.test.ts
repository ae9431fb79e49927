import {
  mockCredentials,
  mockServices,
  TestDatabases,
  type TestDatabaseId,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  createKnowledgeIndex,
  createServiceMapper,
  gradeFor,
  knowledgeBase,
  type Assessment,
  type ChecklistResult,
} from '@portolan/plugin-sovereignty-common';
import { createSovereigntyStores } from '../database/createSovereigntyStores';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { RollupService } from './RollupService';

jest.setTimeout(60_000);

const ref = (kind: string, name: string) => `${kind}:default/${name}`;

function group(name: string, children: string[] = []): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type: 'team', children },
    // The catalog stitches these; the in-memory catalog takes them as given.
    relations: children.map(child => ({
      type: 'parentOf',
      targetRef: ref('group', child),
    })),
  };
}

function owned(
  kind: string,
  name: string,
  owner: string,
  partOf?: string,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default' },
    spec: { type: 'service', owner },
    relations: [
      { type: 'ownedBy', targetRef: ref('group', owner) },
      ...(partOf ? [{ type: 'partOf', targetRef: partOf }] : []),
    ],
  };
}

function due(id: string, retestDue: string): ChecklistResult {
  return {
    id,
    title: `Title of ${id}`,
    dimension: 'operational',
    required: true,
    state: 'due',
    verifiedBy: 'people',
    retestDue,
    version: 1,
  };
}

function assessment(
  entityRef: string,
  score: number,
  services: string[],
  checklist: ChecklistResult[] = [],
): Assessment {
  return {
    entityRef,
    modelVersion: '1.0.0',
    knowledgeBaseVersion: 'test',
    status: 'assessed',
    score,
    grade: gradeFor(score),
    dimensions: [],
    findings: [],
    mappings: services.map(service => ({
      service: service as any,
      serviceName: service,
      provider: service.split(':')[0] as any,
      category: 'secrets',
      categoryName: 'Secrets',
      targets: {},
    })),
    readiness: {},
    targetProviders: ['ionos'],
    checklist,
    acceptedDependencies: [],
  };
}

// engineering > assistant > squad; billing beside them; a Domain with one
// system of the assistant team and one of billing's in another domain.
const entities: Entity[] = [
  group('engineering', ['assistant', 'billing']),
  group('assistant', ['squad']),
  group('squad'),
  group('billing'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Domain',
    metadata: { name: 'products', namespace: 'default' },
    spec: { owner: 'group:default/engineering' },
  },
  {
    ...owned('System', 'assistant-system', 'assistant'),
    relations: [
      { type: 'ownedBy', targetRef: ref('group', 'assistant') },
      { type: 'partOf', targetRef: ref('domain', 'products') },
    ],
  },
  owned('Component', 'chat', 'assistant', ref('system', 'assistant-system')),
  owned('Resource', 'vault', 'squad', ref('system', 'assistant-system')),
  owned('Component', 'not-assessed-yet', 'squad'),
  owned('Component', 'bare', 'squad'),
  owned('Component', 'invoices', 'billing', ref('system', 'billing-system')),
  // Not an assessed kind: never counted.
  owned('API', 'chat-api', 'assistant'),
];

const stored: Assessment[] = [
  assessment(ref('system', 'assistant-system'), 60, ['azure:key-vault']),
  assessment(
    ref('component', 'chat'),
    40,
    ['azure:key-vault', 'azure:container-apps'],
    [due('exit-test', '2026-03-01')],
  ),
  assessment(
    ref('resource', 'vault'),
    90,
    ['azure:key-vault', 'stackit:secrets-manager'],
    [due('disconnect-test', '2026-01-15'), due('exit-test', '2026-02-01')],
  ),
  assessment(ref('component', 'invoices'), 80, ['aws:s3']),
  // Nothing to grade: counted apart, out of every figure.
  {
    ...assessment(ref('component', 'bare'), 50, []),
    assessable: false,
    notAssessableReason: 'nothing declared',
  },
];

describe('RollupService', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  async function serviceOn(databaseId: TestDatabaseId, maxEntities?: number) {
    const knex = await databases.init(databaseId);
    const stores = await createSovereigntyStores(
      mockServices.database({ knex }),
    );
    await stores.assessments.saveAssessments(
      stored.map(a => ({
        placement: {
          kind: a.entityRef.split(':')[0],
          namespace: 'default',
          name: a.entityRef.split('/')[1],
        },
        assessment: a,
      })),
      new Date('2026-11-01T00:00:00Z'),
    );
    const index = createKnowledgeIndex(knowledgeBase);
    return new RollupService({
      catalog: catalogServiceMock({ entities }),
      store: stores.assessments,
      userInfo: mockServices.userInfo({
        userEntityRef: 'user:default/guest',
        ownershipEntityRefs: [
          'user:default/guest',
          ref('group', 'assistant'),
          ref('group', 'billing'),
          ref('group', 'gone'),
        ],
      }),
      index,
      mapper: createServiceMapper(index),
      targets: ['ionos', 'stackit'],
      maxEntities,
    });
  }

  it.each(databases.eachSupportedId())(
    'rolls a group up with its child groups at every level, on %p',
    async databaseId => {
      const service = await serviceOn(databaseId);
      const rollup = await service.rollup(
        ref('group', 'assistant'),
        mockCredentials.user(),
      );
      expect(rollup.entityRef).toBe(ref('group', 'assistant'));
      expect(rollup.includes).toEqual([ref('group', 'squad')]);
      // system, chat, vault, not-assessed-yet and bare (squad's); not the API.
      expect(rollup.totalEntities).toBe(5);
      expect(rollup.assessedEntities).toBe(3);
      expect(rollup.notAssessable).toBe(1);
      expect(rollup.averageScore).toBe(63.3);
      expect(rollup.byGrade).toEqual({ A: 1, B: 0, C: 1, D: 1, E: 0 });
      expect(rollup.worst.map(w => [w.entityRef, w.score])).toEqual([
        [ref('component', 'chat'), 40],
        [ref('system', 'assistant-system'), 60],
        [ref('resource', 'vault'), 90],
      ]);
      expect(rollup.overdueTotal).toBe(3);
      expect(rollup.overdue.map(o => [o.entityRef, o.itemId])).toEqual([
        [ref('resource', 'vault'), 'disconnect-test'],
        [ref('resource', 'vault'), 'exit-test'],
        [ref('component', 'chat'), 'exit-test'],
      ]);
      expect(rollup.overdue[0].title).toBe('Title of disconnect-test');
      // Key Vault (3 dependents) before Container Apps; STACKIT's own
      // service is EU and no hotspot.
      expect(rollup.hotspots.map(h => [h.service, h.dependents])).toEqual([
        ['azure:key-vault', 3],
        ['azure:container-apps', 1],
      ]);
      expect(rollup.hotspots[0].targets.stackit?.fit).toBeDefined();
    },
  );

  it('rolls the department up over every level below it', async () => {
    const service = await serviceOn('SQLITE_3');
    const rollup = await service.rollup(
      ref('group', 'engineering'),
      mockCredentials.user(),
    );
    expect([...rollup.includes].sort()).toEqual(
      [
        ref('group', 'assistant'),
        ref('group', 'billing'),
        ref('group', 'squad'),
      ].sort(),
    );
    expect(rollup.totalEntities).toBe(6);
    expect(rollup.assessedEntities).toBe(4);
    expect(rollup.notAssessable).toBe(1);
  });

  it("rolls a domain up over its systems and their parts, not another domain's", async () => {
    const service = await serviceOn('SQLITE_3');
    const rollup = await service.rollup(
      ref('domain', 'products'),
      mockCredentials.user(),
    );
    expect(rollup.includes).toEqual([ref('system', 'assistant-system')]);
    expect(rollup.totalEntities).toBe(3);
    expect(rollup.worst.map(w => w.entityRef)).not.toContain(
      ref('component', 'invoices'),
    );
  });

  it("answers the user's teams, leaving out a group the catalog does not show", async () => {
    const service = await serviceOn('SQLITE_3');
    const mine = await service.forUser(mockCredentials.user());
    expect(mine.userEntityRef).toBe('user:default/guest');
    expect(mine.teams.map(t => [t.entityRef, t.totalEntities])).toEqual([
      [ref('group', 'assistant'), 5],
      [ref('group', 'billing'), 1],
    ]);
    expect(mine.omitted).toEqual([]);
  });

  it('refuses kinds without a roll-up and unknown entities as not found', async () => {
    const service = await serviceOn('SQLITE_3');
    await expect(
      service.rollup(ref('component', 'chat'), mockCredentials.user()),
    ).rejects.toThrow(/only Group and Domain entities/);
    await expect(
      service.rollup(ref('group', 'nobody'), mockCredentials.user()),
    ).rejects.toThrow(NotFoundError);
  });

  it('refuses a roll-up over more entities than it reads, and names such a team on the home card', async () => {
    const service = await serviceOn('SQLITE_3', 3);
    await expect(
      service.rollup(ref('group', 'assistant'), mockCredentials.user()),
    ).rejects.toThrow(
      'This roll-up covers more than 3 entities; use the Lock-in dashboard filtered by owner or domain instead',
    );
    const mine = await service.forUser(mockCredentials.user());
    expect(mine.teams.map(t => t.entityRef)).toEqual([ref('group', 'billing')]);
    expect(mine.omitted).toEqual([
      {
        entityRef: ref('group', 'assistant'),
        reason: expect.stringContaining('more than 3 entities'),
      },
    ]);
  });
});
