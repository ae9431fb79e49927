import type { TestDatabaseId } from '@backstage/backend-test-utils';

/**
 * SQLite always; PostgreSQL when a server is given through
 * BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING (the test runner sets
 * it when 127.0.0.1:5432 answers, and CI requires it).
 */
export function testDatabaseIds(): TestDatabaseId[] {
  const ids: TestDatabaseId[] = ['SQLITE_3'];
  if (process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING) {
    ids.push('POSTGRES_15');
  } else if (process.env.PORTOLAN_REQUIRE_POSTGRES) {
    throw new Error(
      'PORTOLAN_REQUIRE_POSTGRES is set but BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING is not',
    );
  }
  return ids;
}
