/*
 * Full-refresh benchmark of the sovereignty backend's real refresh code on
 * SQLite (a file, as in the example portal) and PostgreSQL (127.0.0.1:5432
 * or BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING):
 *   npm run bench:refresh [-- 10000,100000 [sqlite,postgres]]
 * Prints wall time and entities/s for a first and an unchanged refresh, and
 * the database growth per entity over 30 simulated days without changes.
 */
import { mkdtempSync, rmSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexFactory, { type Knex } from 'knex';
import {
  createAssessor,
  knowledgeBase,
} from '@portolan/plugin-sovereignty-common';
import { KnexSovereigntyStore } from '../../plugins/sovereignty-backend/src/database/KnexSovereigntyStore';
import { CatalogRefresher } from '../../plugins/sovereignty-backend/src/service/CatalogRefresher';
import { arrayCatalog, syntheticCatalog } from './synthetic';

const SIZES = (process.argv[2] ?? '10000,100000').split(',').map(Number);
const ENGINES = (process.argv[3] ?? 'sqlite,postgres').split(',');
const DAYS = 30;
const PG =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
  'postgresql://postgres@127.0.0.1:5432/postgres';

const quietLogger: any = {
  info() {},
  warn: (message: string) => console.warn(message),
  error: (message: string) => console.error(message),
  debug() {},
  child() {
    return quietLogger;
  },
};
const auth: any = {
  getOwnServiceCredentials: async () => ({
    $$type: '@backstage/BackstageCredentials',
    principal: { type: 'service', subject: 'plugin:sovereignty' },
  }),
};

interface Engine {
  name: string;
  open(): Promise<Knex>;
  size(knex: Knex): Promise<number>;
  close(knex: Knex): Promise<void>;
}

function sqlite(): Engine {
  const dir = mkdtempSync(join(tmpdir(), 'portolan-bench-'));
  const file = join(dir, 'sovereignty.sqlite');
  return {
    name: 'SQLite',
    open: async () =>
      knexFactory({
        client: 'better-sqlite3',
        connection: { filename: file },
        useNullAsDefault: true,
      }),
    size: async knex => {
      await knex.raw('PRAGMA wal_checkpoint(TRUNCATE)').catch(() => undefined);
      return readdirSync(dir).reduce(
        (sum, f) => sum + statSync(join(dir, f)).size,
        0,
      );
    },
    close: async knex => {
      await knex.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgres(): Engine {
  const database = `portolan_bench_${process.pid}_${Date.now()}`;
  const admin = () => knexFactory({ client: 'pg', connection: PG });
  return {
    name: 'PostgreSQL',
    open: async () => {
      const a = admin();
      await a.raw(`create database ${database}`);
      await a.destroy();
      const url = new URL(PG);
      url.pathname = `/${database}`;
      return knexFactory({ client: 'pg', connection: url.toString() });
    },
    // After VACUUM, as autovacuum would leave it: dead row versions of
    // rewritten rows are not growth.
    size: async knex => {
      await knex.raw('vacuum');
      const { rows } = await knex.raw(
        'select pg_database_size(current_database()) as size',
      );
      return Number(rows[0].size);
    },
    close: async knex => {
      await knex.destroy();
      const a = admin();
      await a.raw(`drop database if exists ${database} with (force)`);
      await a.destroy();
    },
  };
}

async function bench(engine: Engine, components: number) {
  const entities = syntheticCatalog(components);
  const assessed = entities.length;
  const knex = await engine.open();
  try {
    const store = await KnexSovereigntyStore.create({
      getClient: async () => knex,
      migrations: { skip: false },
    });
    let day = Date.UTC(2026, 10, 1);
    const refresher = new CatalogRefresher({
      catalog: arrayCatalog(entities),
      auth,
      store,
      assess: createAssessor(knowledgeBase),
      settings: { defaultTargetProviders: ['ionos', 'stackit'] },
      logger: quietLogger,
      clock: () => new Date(day),
    });
    const timed = async () => {
      const start = process.hrtime.bigint();
      const result = await refresher.run();
      if (result.outcome !== 'completed' || result.errors > 0) {
        throw new Error(`refresh ${result.outcome}: ${result.message}`);
      }
      return Number(process.hrtime.bigint() - start) / 1e9;
    };
    const first = await timed();
    const sizeAfterFirst = await engine.size(knex);
    day += 86_400_000;
    const unchanged = await timed();
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
    if (ENGINES.includes('sqlite')) await bench(sqlite(), size);
    if (ENGINES.includes('postgres')) await bench(postgres(), size);
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
