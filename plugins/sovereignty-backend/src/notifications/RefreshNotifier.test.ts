import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { Entity } from '@backstage/catalog-model';
import type {
  NotificationSendOptions,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import { ConfigReader } from '@backstage/config';
import {
  createAssessor,
  createKnowledgeIndex,
  knowledgeBase,
} from '@portolan/plugin-sovereignty-common';
import { createSovereigntyStores } from '../database/createSovereigntyStores';
import { CatalogRefresher } from '../service/CatalogRefresher';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { NotificationLedger } from './NotificationLedger';
import { RefreshNotifier } from './RefreshNotifier';
import { readNotificationSettings } from './settings';

jest.setTimeout(120_000);

const TEAM = 'group:default/team';

function component(
  name: string,
  annotations: Record<string, string>,
  owner = TEAM,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: {
        'portolan.dev/hosting': 'azure:westeurope',
        'portolan.dev/target-providers': 'ionos',
        ...annotations,
      },
    },
    spec: { type: 'service', lifecycle: 'production', owner },
    relations: [{ type: 'ownedBy', targetRef: owner }],
  };
}

const ACCEPTED = 'portolan.dev/accepted-dependencies';

/** orders runs on STACKIT and accepts Key Vault until a review on 2027-01-31. */
function orders(extra: Record<string, string> = {}) {
  return component('orders', {
    'portolan.dev/services':
      'kubernetes:cluster, kubernetes:cloudnative-pg, azure:key-vault',
    'portolan.dev/hosting': 'stackit:eu01',
    'portolan.dev/data-classification': 'internal',
    [ACCEPTED]:
      'azure:key-vault: HSM contract runs until 2028, review 2027-01-31',
    ...extra,
  });
}

/** billing records a yearly exit test on the checklist. */
const billing = component(
  'billing',
  {
    'portolan.dev/services': 'kubernetes:cluster, kubernetes:cloudnative-pg',
    'portolan.dev/hosting': 'stackit:eu01',
    'portolan.dev/criticality': 'important',
  },
  'user:default/alice',
);

const day = (iso: string) => new Date(`${iso}T06:00:00.000Z`);

/** The one stand-in: the notifications backend, recording what it was asked to send. */
function fakeNotifications(options: { failNext?: () => boolean } = {}) {
  const sent: NotificationSendOptions[] = [];
  const service: NotificationService = {
    async send(notification) {
      if (options.failNext?.()) throw new Error('notifications backend down');
      sent.push(notification);
    },
  };
  return { service, sent };
}

describe('RefreshNotifier', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  async function setUp(
    databaseId: TestDatabaseId,
    notifications: NotificationService,
    config: object = {},
  ) {
    const knex = await databases.init(databaseId);
    const stores = await createSovereigntyStores({
      getClient: async () => knex,
      migrations: { skip: false },
    });
    let entities: Entity[] = [orders(), billing];
    let now = day('2027-01-15');
    const catalog = catalogServiceMock.mock({
      queryEntities: async (request, options) =>
        catalogServiceMock({ entities }).queryEntities(request, options),
    });
    const refresher = new CatalogRefresher({
      catalog,
      auth: mockServices.auth(),
      stores,
      assess: createAssessor(knowledgeBase),
      settings: { defaultTargetProviders: ['ionos'] },
      maxRemovalShare: 0.5,
      logger: mockServices.logger.mock(),
      clock: () => now,
      notifier: new RefreshNotifier({
        ledger: new NotificationLedger(knex),
        notifications,
        settings: readNotificationSettings(
          new ConfigReader({ sovereignty: { notifications: config } }),
        ),
        index: createKnowledgeIndex(knowledgeBase),
        logger: mockServices.logger.mock(),
      }),
    });
    return {
      stores,
      knex,
      refresh: () => refresher.run(),
      setCatalog: (next: Entity[]) => {
        entities = next;
      },
      setDay: (iso: string) => {
        now = day(iso);
      },
    };
  }

  it.each(databases.eachSupportedId())(
    'tells each event once, over refreshes of a changing catalog, and nothing on unchanged refreshes, on %p',
    async databaseId => {
      const { service, sent } = fakeNotifications();
      const portal = await setUp(databaseId, service);
      const titles = () => sent.map(n => n.payload.title);

      // Nothing due yet; the first refresh only learns the grades.
      await portal.refresh();
      await portal.refresh();
      expect(sent).toEqual([]);

      // The review date passes: one notification to the owning team.
      portal.setDay('2027-02-01');
      await portal.refresh();
      expect(sent).toHaveLength(1);
      expect(sent[0]).toEqual({
        recipients: { type: 'entity', entityRef: [TEAM] },
        payload: expect.objectContaining({
          title: 'Review overdue: azure:key-vault accepted for orders',
          link: '/catalog/default/component/orders/sovereignty',
          severity: 'normal',
          topic: 'Cloud lock-in',
        }),
      });
      expect(sent[0].payload.description).toContain('2027-01-31');

      // Unchanged refreshes, days later: nothing new.
      portal.setDay('2027-02-03');
      await portal.refresh();
      await portal.refresh();
      expect(sent).toHaveLength(1);

      // orders takes on services under US law: its grade drops, once.
      const before = (await portal.stores.assessments.getAssessment(
        'component:default/orders',
      ))!.assessment.grade;
      portal.setCatalog([
        orders({
          'portolan.dev/services':
            'azure:container-apps, azure:key-vault, aws:lambda, aws:dynamodb, aws:sqs, aws:cognito',
          'portolan.dev/hosting': 'aws:us-east-1',
        }),
        billing,
      ]);
      await portal.refresh();
      const after = (await portal.stores.assessments.getAssessment(
        'component:default/orders',
      ))!.assessment.grade;
      expect(after > before).toBe(true);
      expect(titles().slice(1)).toEqual([
        `Sovereignty grade dropped from ${before} to ${after}: orders`,
      ]);
      expect(sent[1].payload.severity).toBe('high');
      await portal.refresh();
      expect(sent).toHaveLength(2);

      // The team reviews and sets the next date; when that passes, it is news again.
      portal.setCatalog([
        orders({ [ACCEPTED]: 'azure:key-vault: reviewed, review 2027-03-31' }),
        billing,
      ]);
      await portal.refresh();
      expect(sent).toHaveLength(2);
      portal.setDay('2027-04-01');
      await portal.refresh();
      await portal.refresh();
      expect(titles().slice(2)).toEqual([
        'Review overdue: azure:key-vault accepted for orders',
      ]);
      expect(sent[2].payload.description).toContain('2027-03-31');
    },
  );

  it.each(databases.eachSupportedId())(
    'tells the owners when a checklist re-test falls due, once, on %p',
    async databaseId => {
      const { service, sent } = fakeNotifications();
      const portal = await setUp(databaseId, service, {
        reviewOverdue: { enabled: false },
      });
      await portal.stores.checklists.writeChecklistItem({
        entityRef: 'component:default/billing',
        itemId: 'exit-test',
        status: 'done',
        updatedBy: 'user:default/alice',
        updatedAt: day('2027-01-10'),
        expectedVersion: 0,
      });
      await portal.refresh();
      portal.setDay('2027-12-31');
      await portal.refresh();
      expect(sent).toEqual([]);

      portal.setDay('2028-01-12');
      await portal.refresh();
      await portal.refresh();
      const retests = sent.filter(n =>
        n.payload.title.startsWith('Re-test due:'),
      );
      expect(retests).toHaveLength(1);
      expect(retests[0].recipients).toEqual({
        type: 'entity',
        entityRef: ['user:default/alice'],
      });
      expect(retests[0].payload.link).toBe(
        '/catalog/default/component/billing/sovereignty',
      );
      expect(retests[0].payload.description).toContain('2028-01-10');
      // The overdue review of orders is switched off: never sent.
      expect(
        sent.filter(n => n.payload.title.startsWith('Review overdue')),
      ).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'sends nothing of a disabled kind, on %p',
    async databaseId => {
      const { service, sent } = fakeNotifications();
      const portal = await setUp(databaseId, service, {
        reviewOverdue: { enabled: false },
        retestDue: { enabled: false },
        gradeDrop: { enabled: false },
      });
      await portal.refresh();
      portal.setDay('2027-02-01');
      portal.setCatalog([
        orders({
          'portolan.dev/services':
            'azure:container-apps, azure:key-vault, aws:lambda, aws:dynamodb, aws:sqs, aws:cognito',
          'portolan.dev/hosting': 'aws:us-east-1',
        }),
        billing,
      ]);
      await portal.refresh();
      await portal.refresh();
      expect(sent).toEqual([]);
      expect(await portal.knex('notifications_sent').select()).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'tries again on the next refresh when the notifications backend fails, on %p',
    async databaseId => {
      let failures = 1;
      const { service, sent } = fakeNotifications({
        failNext: () => failures-- > 0,
      });
      const portal = await setUp(databaseId, service);
      await portal.refresh();
      portal.setDay('2027-02-01');
      await portal.refresh();
      expect(sent).toEqual([]);
      await portal.refresh();
      await portal.refresh();
      expect(sent.map(n => n.payload.title)).toEqual([
        'Review overdue: azure:key-vault accepted for orders',
      ]);
    },
  );
});

describe('readNotificationSettings', () => {
  it('turns every kind on by default and refuses unknown kinds and severities', () => {
    expect(readNotificationSettings(new ConfigReader({}))).toEqual({
      reviewOverdue: { enabled: true, severity: 'normal' },
      retestDue: { enabled: true, severity: 'normal' },
      gradeDrop: { enabled: true, severity: 'high' },
    });
    expect(() =>
      readNotificationSettings(
        new ConfigReader({
          sovereignty: { notifications: { gradeDrops: { enabled: false } } },
        }),
      ),
    ).toThrow(
      'sovereignty.notifications.gradeDrops: unknown kind of notification; use reviewOverdue, retestDue, gradeDrop',
    );
    expect(() =>
      readNotificationSettings(
        new ConfigReader({
          sovereignty: { notifications: { retestDue: { severity: 'urgent' } } },
        }),
      ),
    ).toThrow(
      'sovereignty.notifications.retestDue.severity must be one of critical, high, normal, low, not "urgent"',
    );
  });
});
