import type { DatabaseService } from '@backstage/backend-plugin-api';
import type { SovereigntyStores } from './SovereigntyStore';
import { migrateLatest } from './migrate';
import { KnexAssessmentStore } from './KnexAssessmentStore';
import { KnexChecklistStore } from './KnexChecklistStore';
import { KnexHistoryStore } from './KnexHistoryStore';
import { KnexRefreshRunStore } from './KnexRefreshRunStore';
import { KnexTrendStore } from './KnexTrendStore';

/**
 * Migrates the plugin's database once (unless the backend skips migrations)
 * and returns one store per aggregate over the same client.
 */
export async function createSovereigntyStores(
  database: DatabaseService,
): Promise<SovereigntyStores> {
  const client = await database.getClient();
  if (!database.migrations?.skip) {
    await migrateLatest(client);
  }
  return {
    assessments: new KnexAssessmentStore(client),
    history: new KnexHistoryStore(client),
    checklists: new KnexChecklistStore(client),
    refreshRuns: new KnexRefreshRunStore(client),
    trend: new KnexTrendStore(client),
  };
}
