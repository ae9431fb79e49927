import { TestDatabases } from '@backstage/backend-test-utils';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';

jest.setTimeout(60_000);

const directory = resolvePackagePath(
  '@portolan/plugin-sovereignty-backend',
  'migrations',
);
const MIGRATION = '20261204120000_notifications.js';

describe('the notifications migration', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  it.each(databases.eachSupportedId())(
    'creates the ledger tables, keeps one row per event, and drops them again, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await knex.migrate.latest({ directory });
      expect(await knex.schema.hasTable('notifications_sent')).toBe(true);
      expect(await knex.schema.hasTable('notification_grades')).toBe(true);

      const event = {
        entity_ref: 'component:default/orders',
        kind: 'reviewOverdue',
        event_key: 'azure:key-vault@2027-01-31',
        sent_at: new Date(),
      };
      await knex('notifications_sent').insert(event);
      await expect(knex('notifications_sent').insert(event)).rejects.toThrow();

      // Down to the migration before it, which must leave the others intact.
      while (
        (await knex.migrate.currentVersion({ directory })) >=
        MIGRATION.slice(0, 14)
      ) {
        await knex.migrate.down({ directory });
      }
      expect(await knex.schema.hasTable('notifications_sent')).toBe(false);
      expect(await knex.schema.hasTable('notification_grades')).toBe(false);
      expect(await knex.schema.hasTable('assessments')).toBe(true);

      await knex.migrate.latest({ directory });
      expect(await knex.schema.hasTable('notifications_sent')).toBe(true);
    },
  );
});
