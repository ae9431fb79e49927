/*
 * What the benchmarks of the real refresh run on: a database (a SQLite file,
 * as in the example portal, or a fresh PostgreSQL database on
 * 127.0.0.1:5432 or BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING),
 * the migrated stores in it, and the refresh as the plugin builds it, with a
 * logger that keeps quiet but for warnings and errors.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { ConfigReader } from '@backstage/config';
import {
  createAssessor,
  knowledgeBase,
} from '@portolan/plugin-sovereignty-common';
import { readSovereigntySettings } from '@portolan/plugin-sovereignty-node';
import { createSovereigntyStores } from '../../plugins/sovereignty-backend/src/database/createSovereigntyStores';
import { CatalogRefresher } from '../../plugins/sovereignty-backend/src/service/CatalogRefresher';

const PG =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
  'postgresql://postgres@127.0.0.1:5432/postgres';

export const quietLogger: any = {
  info() {},
  warn: (message: string) => console.warn(message),
  error: (message: string) => console.error(message),
  debug() {},
  child() {
    return quietLogger;
  },
};

/** The plugin's own service credentials. */
const serviceAuth: any = {
  getOwnServiceCredentials: async () => ({
    $$type: '@backstage/BackstageCredentials',
    principal: { type: 'service', subject: 'plugin:sovereignty' },
  }),
};

/** A database of its own for one benchmark run, removed on close. */
export interface Engine {
  name: string;
  open(): Promise<Knex>;
  /** Bytes on disk, as the database would settle. */
  size(knex: Knex): Promise<number>;
  close(knex: Knex): Promise<void>;
}

export function sqliteEngine(): Engine {
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

export function postgresEngine(): Engine {
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

/** The sovereignty stores in `knex`, migrated. */
export function migratedStores(knex: Knex) {
  return createSovereigntyStores({
    getClient: async () => knex,
    migrations: { skip: false },
  });
}

type RefresherDeps = ConstructorParameters<typeof CatalogRefresher>[0];

/** The plugin's settings for targets IONOS and STACKIT, defaults otherwise. */
const settings = readSovereigntySettings(
  new ConfigReader({ sovereignty: { targetProviders: ['ionos', 'stackit'] } }),
);

/**
 * The real refresh of `catalog` into `stores`, as the plugin builds it for
 * targets IONOS and STACKIT; `deps` adds or replaces what a benchmark needs.
 */
export function benchRefresher(
  deps: Pick<RefresherDeps, 'catalog' | 'stores'> & Partial<RefresherDeps>,
) {
  return new CatalogRefresher({
    auth: serviceAuth,
    assess: createAssessor(knowledgeBase),
    settings: settings.assessment,
    maxRemovalShare: settings.refresh.maxRemovalShare,
    logger: quietLogger,
    ...deps,
  });
}

/** Seconds one refresh takes; a refresh that fails or errs ends the benchmark. */
export async function timedRefresh(refresher: CatalogRefresher) {
  const start = process.hrtime.bigint();
  const result = await refresher.run();
  if (result.outcome !== 'completed' || result.errors > 0) {
    throw new Error(`refresh ${result.outcome}: ${result.message}`);
  }
  return Number(process.hrtime.bigint() - start) / 1e9;
}
