import {
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import type { Assessment } from '@portolan/plugin-sovereignty-common';
import { KnexSovereigntyStore } from './KnexSovereigntyStore';
import { testDatabaseIds } from '../testing/testDatabaseIds';

jest.setTimeout(60_000);

function assessmentOf(score: number, findings: string[] = []): Assessment {
  return {
    entityRef: 'component:default/invoice-service',
    modelVersion: '1.0.0',
    knowledgeBaseVersion: 'test',
    status: 'assessed',
    score,
    grade: score >= 85 ? 'A' : 'C',
    dimensions: [],
    findings: findings.map(message => ({
      code: 'test',
      severity: 'warning',
      message,
    })),
    mappings: [],
    readiness: {},
    targetProviders: ['ionos'],
    checklist: [],
    acceptedDependencies: [],
  };
}

const placement = {
  kind: 'Component',
  namespace: 'default',
  name: 'invoice-service',
  owner: 'group:default/team-billing',
  system: 'system:default/invoicing',
};

describe('KnexSovereigntyStore', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  async function createStore(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    return KnexSovereigntyStore.create({
      getClient: async () => knex,
      migrations: { skip: false },
    });
  }

  it.each(databases.eachSupportedId())(
    'keeps the latest assessment and grows history only on change, on %p',
    async databaseId => {
      const store = await createStore(databaseId);
      const day = (n: number) => new Date(Date.UTC(2026, 10, n));

      expect(await store.getAssessment(placement.name)).toBeUndefined();
      expect(
        await store.saveAssessment(placement, assessmentOf(60, ['a']), day(1)),
      ).toEqual({ changed: true });
      // Same score and findings on the next days: no new history.
      expect(
        await store.saveAssessment(placement, assessmentOf(60, ['a']), day(2)),
      ).toEqual({ changed: false });
      expect(
        await store.saveAssessment(placement, assessmentOf(60, ['a']), day(3)),
      ).toEqual({ changed: false });
      // A changed finding with the same score is a change.
      expect(
        await store.saveAssessment(placement, assessmentOf(60, ['b']), day(4)),
      ).toEqual({ changed: true });
      await store.saveAssessment(placement, assessmentOf(90), day(5));

      const stored = await store.getAssessment(
        'component:default/invoice-service',
      );
      expect(stored?.assessment.score).toBe(90);
      expect(stored?.assessedAt).toBe(day(5).toISOString());
      expect(stored?.stale).toBe(false);

      const history = await store.getHistory(
        'component:default/invoice-service',
      );
      expect(history.map(p => [p.score, p.recordedAt])).toEqual([
        [60, day(1).toISOString()],
        [60, day(4).toISOString()],
        [90, day(5).toISOString()],
      ]);

      const list = await store.listAssessments({ limit: 10, offset: 0 });
      expect(list.totalItems).toBe(1);
      expect(list.items[0]).toMatchObject({
        entityRef: 'component:default/invoice-service',
        kind: 'component',
        owner: 'group:default/team-billing',
        score: 90,
        grade: 'A',
      });
    },
  );
});
