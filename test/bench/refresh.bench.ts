/*
 * Full-refresh benchmark of the sovereignty backend's real refresh code on
 * SQLite (a file, as in the example portal) and PostgreSQL (127.0.0.1:5432
 * or BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING):
 *   npm run bench:refresh [-- 10000,100000 [sqlite,postgres]]
 * Prints wall time and entities/s for a first and an unchanged refresh, and
 * the database growth per entity over 30 simulated days without changes.
 */
import { arrayCatalog, syntheticCatalog } from './synthetic';
import {
  benchRefresher,
  migratedStores,
  postgresEngine,
  sqliteEngine,
  timedRefresh,
  type Engine,
} from './refreshSetup';

const SIZES = (process.argv[2] ?? '10000,100000').split(',').map(Number);
const ENGINES = (process.argv[3] ?? 'sqlite,postgres').split(',');
const DAYS = 30;

async function bench(engine: Engine, components: number) {
  const entities = syntheticCatalog(components);
  const assessed = entities.length;
  const knex = await engine.open();
  try {
    let day = Date.UTC(2026, 10, 1);
    const refresher = benchRefresher({
      catalog: arrayCatalog(entities),
      stores: await migratedStores(knex),
      clock: () => new Date(day),
    });
    const first = await timedRefresh(refresher);
    const sizeAfterFirst = await engine.size(knex);
    day += 86_400_000;
    const unchanged = await timedRefresh(refresher);
    const line = (label: string, seconds: number) =>
      console.log(
        `${engine.name.padEnd(10)} ${String(assessed).padStart(
          7,
        )} entities  ${label.padEnd(10)} ${seconds
          .toFixed(1)
          .padStart(6)} s  ${Math.round(assessed / seconds)
          .toLocaleString('en-US')
          .padStart(8)} entities/s`,
      );
    line('first', first);
    line('unchanged', unchanged);
    if (components <= 10_000) {
      for (let d = 2; d <= DAYS; d++) {
        day += 86_400_000;
        await refresher.run();
      }
      const growth = (await engine.size(knex)) - sizeAfterFirst;
      const history = await knex('assessment_history')
        .count({ n: '*' })
        .first();
      console.log(
        `${engine.name.padEnd(10)} ${String(assessed).padStart(
          7,
        )} entities  ${DAYS} unchanged days: ${Math.max(
          0,
          growth,
        ).toLocaleString('en-US')} bytes growth = ${(
          Math.max(0, growth) / assessed
        ).toFixed(1)} bytes/entity/month; history rows ${
          history?.n
        } (one per entity); size ${(sizeAfterFirst / assessed).toFixed(
          0,
        )} bytes/entity`,
      );
    }
  } finally {
    await engine.close(knex);
  }
}

async function main() {
  for (const size of SIZES) {
    if (ENGINES.includes('sqlite')) await bench(sqliteEngine(), size);
    if (ENGINES.includes('postgres')) await bench(postgresEngine(), size);
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
