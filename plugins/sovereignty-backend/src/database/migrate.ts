import type { Knex } from 'knex';
import { resolvePackagePath } from '@backstage/backend-plugin-api';

/** The plugin's one migrations folder, shared by every store. */
export const migrationsDir = resolvePackagePath(
  '@portolan/plugin-sovereignty-backend',
  'migrations',
);

/**
 * Replicas that start together race to create knex's own migration tables on
 * an empty database; the loser finds them created and simply tries again.
 */
export async function migrateLatest(client: Knex, attempts = 3): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.migrate.latest({ directory: migrationsDir });
      return;
    } catch (error) {
      if (
        attempt >= attempts ||
        !/already exists|duplicate key/.test(String(error))
      ) {
        throw error;
      }
      await new Promise(resolve => setTimeout(resolve, 200 * attempt));
    }
  }
}
