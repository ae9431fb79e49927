/*
 * Portolan against the peer and against the floor, in one run, on the same
 * real catalog backend (entities in SQLite files or PostgreSQL):
 *   npm run bench:peer [-- 10000,100000 [sqlite,postgres] [DAYS]]
 * For each size and engine, a first process loads the synthetic catalog into
 * a real catalog backend; a second runs the sovereignty backend and Tech
 * Insights (json-rules-engine, a fact retriever reading the same
 * annotations, checks equivalent to Portolan's blockers) over it. Printed:
 * time to collect and evaluate the whole catalog, per-entity cost, one
 * entity's result on demand, database bytes per entity after DAYS unchanged
 * daily runs, the loop delay, and the ratios; the floor is the time merely
 * to page through the same entities with the refresh's fields.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexFactory from 'knex';

const SIZES = (process.argv[2] ?? '10000,100000').split(',').map(Number);
const ENGINES = (process.argv[3] ?? 'sqlite,postgres').split(',');
const DAYS = Number(process.argv[4] ?? 30);
const PG =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
  'postgresql://postgres@127.0.0.1:5432/postgres';
const PHASE_SCRIPT = join(__dirname, 'peerRun.ts');

interface Storage {
  config: Record<string, unknown>;
  bytes(plugin: 'sovereignty' | 'tech-insights'): Promise<number>;
  cleanup(): Promise<void>;
}

function sqliteStorage(): Storage {
  const dir = mkdtempSync(join(tmpdir(), 'portolan-peer-'));
  return {
    config: { client: 'better-sqlite3', connection: { directory: dir } },
    // Read after the backend stopped: SQLite has checkpointed its WAL.
    async bytes(plugin) {
      return readdirSync(dir)
        .filter(f => f.startsWith(`${plugin}.sqlite`))
        .reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
    },
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresStorage(): Storage {
  const prefix = `portolan_peer_${process.pid}_`;
  return {
    config: { client: 'pg', connection: PG, prefix },
    // After VACUUM, as autovacuum would leave it.
    async bytes(plugin) {
      const url = new URL(PG);
      url.pathname = `/${prefix}${plugin}`;
      const knex = knexFactory({ client: 'pg', connection: url.toString() });
      try {
        await knex.raw('vacuum');
        const { rows } = await knex.raw(
          'select pg_database_size(current_database()) as size',
        );
        return Number(rows[0].size);
      } finally {
        await knex.destroy();
      }
    },
    async cleanup() {
      const knex = knexFactory({ client: 'pg', connection: PG });
      const { rows } = await knex.raw(
        `select datname from pg_database where datname like '${prefix}%'`,
      );
      for (const { datname } of rows) {
        await knex.raw(`drop database if exists "${datname}" with (force)`);
      }
      await knex.destroy();
    },
  };
}

/** Runs one phase in its own process; resolves with its last output line as JSON. */
function phase(args: string[]): Promise<any> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--require',
        '@backstage/cli-node/config/nodeTransform.cjs',
        PHASE_SCRIPT,
        ...args,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', chunk => (out += chunk));
    child.on('error', reject);
    child.on('exit', code => {
      const last = out
        .trim()
        .split('\n')
        .filter(l => l.startsWith('{'))
        .at(-1);
      if (code !== 0 || !last) {
        reject(
          new Error(`phase ${args[0]} exited ${code}: ${out.slice(-2000)}`),
        );
      } else {
        resolve(JSON.parse(last));
      }
    });
  });
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;

async function bench(engine: string, components: number) {
  const storage = engine === 'postgres' ? postgresStorage() : sqliteStorage();
  try {
    const database = JSON.stringify(storage.config);
    const loaded = await phase(['load', String(components), database]);
    const m = await phase([
      'measure',
      String(components),
      database,
      String(DAYS),
    ]);
    const bytes = {
      portolan: await storage.bytes('sovereignty'),
      peer: await storage.bytes('tech-insights'),
    };
    const n = m.entities;
    const portolanTotal = m.portolan.firstMs;
    const peerTotal = m.peer.retrieveMs + m.peer.evaluateMs;
    const label = `${
      engine === 'postgres' ? 'PostgreSQL' : 'SQLite'
    }, ${n.toLocaleString('en-US')} entities`;
    console.log(`\n${label} (catalog loaded in ${s(loaded.catalogLoadMs)})`);
    console.log(
      `  whole catalog, collect + evaluate: Portolan ${s(
        portolanTotal,
      )}, Tech Insights ${s(peerTotal)} (retrieve ${s(
        m.peer.retrieveMs,
      )} + checks ${s(m.peer.evaluateMs)}); peer/Portolan ${ratio(
        peerTotal,
        portolanTotal,
      )}`,
    );
    console.log(
      `  per entity: Portolan ${(portolanTotal / n).toFixed(
        2,
      )} ms, Tech Insights ${(peerTotal / n).toFixed(2)} ms`,
    );
    console.log(
      `  the refresh's own record: first ${s(
        m.portolan.refreshOwnFirstMs,
      )}, unchanged ${s(m.portolan.refreshOwnUnchangedMs)}`,
    );
    console.log(
      `  unchanged refresh: Portolan ${s(
        m.portolan.unchangedMs,
      )}; floor (paging the same entities and fields) ${s(
        m.floorMs,
      )}; refresh/floor first ${ratio(
        portolanTotal,
        m.floorMs,
      )}, unchanged ${ratio(m.portolan.unchangedMs, m.floorMs)} (goal <= 1.5x)`,
    );
    console.log(
      `  one entity on demand (median of 30): Portolan ${m.portolan.oneEntityMedianMs.toFixed(
        1,
      )} ms, Tech Insights ${m.peer.oneEntityMedianMs.toFixed(
        1,
      )} ms; peer/Portolan ${ratio(
        m.peer.oneEntityMedianMs,
        m.portolan.oneEntityMedianMs,
      )}`,
    );
    console.log(
      `  database after ${DAYS} unchanged daily runs: Portolan ${(
        bytes.portolan /
        n /
        1024
      ).toFixed(1)} KB/entity, Tech Insights ${(bytes.peer / n / 1024).toFixed(
        1,
      )} KB/entity; peer/Portolan ${ratio(bytes.peer, bytes.portolan)}`,
    );
    console.log(
      `  loop delay: Portolan refresh p99 ${m.portolan.loopP99Ms.toFixed(
        0,
      )} ms, max ${m.portolan.loopMaxMs.toFixed(
        0,
      )} ms; summary recomputation ${s(
        m.portolan.summaryMs,
      )}, loop max ${m.portolan.summaryLoopMaxMs.toFixed(
        0,
      )} ms; Tech Insights p99 ${m.peer.loopP99Ms.toFixed(
        0,
      )} ms, max ${m.peer.loopMaxMs.toFixed(0)} ms (goal <= 50 ms)`,
    );
    console.log(
      `  same answers: ${m.peer.sampled - m.peer.disagreements} of ${
        m.peer.sampled
      } sampled blocker decisions agree; peer failures ${JSON.stringify(
        m.peer.failing,
      )}`,
    );
  } finally {
    await storage.cleanup();
  }
}

async function main() {
  for (const size of SIZES) {
    for (const engine of ENGINES) await bench(engine, size);
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
