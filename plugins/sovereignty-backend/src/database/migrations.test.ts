import type { Knex } from 'knex';
import { TestDatabases } from '@backstage/backend-test-utils';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { migrationsDir } from './migrate';

jest.setTimeout(60_000);

const directory = migrationsDir;

/** What each migration adds, checked present after its up and gone after its down. */
const MIGRATIONS: Array<{
  name: string;
  tables?: string[];
  columns?: Array<[table: string, column: string]>;
}> = [
  {
    name: '20261121000000_init.js',
    tables: [
      'assessments',
      'assessment_history',
      'assessment_services',
      'refresh_runs',
      'checklist_state',
    ],
  },
  { name: '20261122000000_score_trend.js', tables: ['score_trend'] },
  // Changes only PostgreSQL's compression of a column: checked apart.
  { name: '20261122010000_assessment_lz4.js' },
  {
    name: '20261201000000_refresh_suspicious.js',
    columns: [['refresh_runs', 'suspicious']],
  },
  {
    name: '20261204000000_assessable.js',
    columns: [['assessments', 'assessable']],
  },
  {
    name: '20261204120000_notifications.js',
    tables: ['notifications_sent', 'notification_grades'],
  },
];

async function expectApplied(
  knex: Knex,
  migration: (typeof MIGRATIONS)[number],
  applied: boolean,
) {
  for (const table of migration.tables ?? []) {
    expect([table, await knex.schema.hasTable(table)]).toEqual([
      table,
      applied,
    ]);
  }
  for (const [table, column] of migration.columns ?? []) {
    expect([table, column, await knex.schema.hasColumn(table, column)]).toEqual(
      [table, column, applied],
    );
  }
}

/** PostgreSQL's compression method of the assessment text ('' for the default). */
async function assessmentCompression(knex: Knex): Promise<string> {
  const { rows } = await knex.raw(
    `SELECT attcompression::text AS method FROM pg_attribute
     WHERE attrelid = 'assessments'::regclass AND attname = 'assessment'`,
  );
  return rows[0].method;
}

describe('the migrations', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  it('are all listed here, in order', async () => {
    const knex = await databases.init('SQLITE_3');
    const [, pending] = await knex.migrate.list({ directory });
    expect(pending.map((m: { file: string }) => m.file)).toEqual(
      MIGRATIONS.map(m => m.name),
    );
  });

  it.each(databases.eachSupportedId())(
    'go up one by one, down one by one to nothing, and up again, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const postgres = knex.client.config.client === 'pg';
      // The lz4 migration changes only PostgreSQL's compression of a column.
      const compressions: string[] = [];
      const noteCompression = async (name: string) => {
        if (postgres && name.includes('lz4')) {
          compressions.push(await assessmentCompression(knex));
        }
      };

      for (const migration of MIGRATIONS) {
        await expectApplied(knex, migration, false);
        await knex.migrate.up({ directory });
        await expectApplied(knex, migration, true);
        await noteCompression(migration.name);
      }
      expect(await knex.migrate.currentVersion({ directory })).toBe(
        MIGRATIONS[MIGRATIONS.length - 1].name.slice(0, 14),
      );

      for (const migration of [...MIGRATIONS].reverse()) {
        await knex.migrate.down({ directory });
        await expectApplied(knex, migration, false);
        await noteCompression(migration.name);
      }
      expect(await knex.migrate.currentVersion({ directory })).toBe('none');
      // Up sets lz4, down the default pglz again.
      expect(compressions).toEqual(postgres ? ['l', 'p'] : []);

      await knex.migrate.latest({ directory });
      for (const migration of MIGRATIONS) {
        await expectApplied(knex, migration, true);
      }
    },
  );
});
