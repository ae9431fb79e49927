/*
 * Child process of test/e2e/postgres-restart.test.mjs: runs the backend's
 * real refresh on a PostgreSQL database while the test restarts the server,
 * then a second refresh, then reports what the database holds. It prints one
 * JSON object per line on stdout so the test can time the restart.
 *   node --require @backstage/cli-node/config/nodeTransform.cjs \
 *     test/support/refreshThroughRestart.ts <connection string> <components>
 */
import knexFactory from 'knex';
import { ConfigReader } from '@backstage/config';
import { readSovereigntySettings } from '@portolan/plugin-sovereignty-node';
import {
  createAssessor,
  knowledgeBase,
} from '@portolan/plugin-sovereignty-common';
import { createSovereigntyStores } from '../../plugins/sovereignty-backend/src/database/createSovereigntyStores';
import { CatalogRefresher } from '../../plugins/sovereignty-backend/src/service/CatalogRefresher';
import { arrayCatalog, syntheticCatalog } from '../bench/synthetic';

const [connection, components] = [process.argv[2], Number(process.argv[3])];
const emit = (event: object) => console.log(JSON.stringify(event));

const logger: any = {
  info() {},
  debug() {},
  warn: (message: string) => emit({ event: 'warn', message }),
  error: (message: string) => emit({ event: 'error', message }),
  child: () => logger,
};
const auth: any = {
  getOwnServiceCredentials: async () => ({
    $$type: '@backstage/BackstageCredentials',
    principal: { type: 'service', subject: 'plugin:sovereignty' },
  }),
};

async function main() {
  const knex = knexFactory({
    client: 'pg',
    connection,
    pool: { min: 0, max: 5 },
  });
  const stores = await createSovereigntyStores({
    getClient: async () => knex,
    migrations: { skip: false },
  });
  // Reports each written batch so the test restarts the server mid-run.
  let saved = 0;
  const assessmentStore = stores.assessments;
  const watchedAssessments = Object.create(assessmentStore, {
    saveAssessments: {
      value: async (
        ...args: Parameters<typeof assessmentStore.saveAssessments>
      ) => {
        const result = await assessmentStore.saveAssessments(...args);
        saved += args[0].length;
        emit({ event: 'saved', saved });
        return result;
      },
    },
  });
  const entities = syntheticCatalog(components);
  const refresher = new CatalogRefresher({
    catalog: arrayCatalog(entities),
    auth,
    stores: { ...stores, assessments: watchedAssessments },
    assess: createAssessor(knowledgeBase),
    settings: { defaultTargetProviders: ['ionos', 'stackit'] },
    // The portal's default removal guard, as the plugin reads it.
    maxRemovalShare: readSovereigntySettings(new ConfigReader({})).refresh
      .maxRemovalShare,
    logger,
  });

  emit({ event: 'first', result: await refresher.run() });
  await waitForDatabase(knex);
  emit({ event: 'second', result: await refresher.run() });

  const [assessments, history, services, runs] = await Promise.all([
    knex('assessments').select('entity_ref', 'assessment'),
    knex('assessment_history').select('entity_ref'),
    knex('assessment_services').select('entity_ref', 'service_id'),
    knex('refresh_runs').orderBy('id').select('outcome'),
  ]);
  const historyPerEntity = new Map<string, number>();
  for (const { entity_ref } of history) {
    historyPerEntity.set(
      entity_ref,
      (historyPerEntity.get(entity_ref) ?? 0) + 1,
    );
  }
  const servicesPerEntity = new Map<string, number>();
  for (const { entity_ref } of services) {
    servicesPerEntity.set(
      entity_ref,
      (servicesPerEntity.get(entity_ref) ?? 0) + 1,
    );
  }
  emit({
    event: 'database',
    catalogEntities: entities.length,
    assessments: assessments.length,
    withoutHistory: assessments.filter(a => !historyPerEntity.has(a.entity_ref))
      .length,
    historyRows: history.length,
    // Each stored assessment's services match the JSON stored beside them.
    servicesMismatched: assessments.filter(
      a =>
        new Set(JSON.parse(a.assessment).mappings.map((m: any) => m.service))
          .size !== (servicesPerEntity.get(a.entity_ref) ?? 0),
    ).length,
    runs: runs.map(r => r.outcome),
  });
  await knex.destroy();
}

async function waitForDatabase(knex: ReturnType<typeof knexFactory>) {
  for (let attempt = 0; attempt < 60; attempt++) {
    try {
      await knex.raw('select 1');
      return;
    } catch {
      await new Promise(resolve => setTimeout(resolve, 500));
    }
  }
  throw new Error('PostgreSQL did not come back within 30 s');
}

main().catch(error => {
  emit({ event: 'crash', message: String(error?.stack ?? error) });
  process.exit(1);
});
