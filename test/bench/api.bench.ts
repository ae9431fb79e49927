/*
 * API benchmark: starts a real backend on loopback (backend-defaults, the
 * sovereignty plugin, its scheduler and database) over a synthetic catalog,
 * waits for the scheduled refresh, then measures
 *  - one assessment read at 50 concurrent connections: p50, p95, requests/s;
 *  - the summary: cold (aggregates computed) and warm p95.
 *   npm run bench:api [-- <components> <sqlite|postgres>]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { execFile, spawnSync } from 'node:child_process';
import knexFactory from 'knex';
import { syntheticCatalog } from './synthetic';
import { startBenchBackend, waitForRefresh } from './benchBackend';

const COMPONENTS = Number(process.argv[2] ?? 100_000);
const ENGINE = process.argv[3] ?? 'sqlite';
const PORT = 7407;
const BASE = `http://127.0.0.1:${PORT}/api/sovereignty`;
const CONNECTIONS = 50;
const READ_SECONDS = 10;
const PG =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
  'postgresql://postgres@127.0.0.1:5432/postgres';

function percentile(sorted: number[], p: number) {
  return sorted[
    Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))
  ];
}

type LoadResult = {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  tool: string;
};

/**
 * wrk (C, one thread) when installed: the lightest load generator here. Run
 * asynchronously: the server under test shares this process's event loop.
 */
async function loadWithWrk(
  urls: string[],
  connections: number,
  seconds: number,
): Promise<LoadResult | undefined> {
  if (spawnSync('wrk', ['--version']).error) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'portolan-wrk-'));
  const script = join(dir, 'paths.lua');
  const paths = urls.map(u => {
    const url = new URL(u);
    return url.pathname + url.search;
  });
  writeFileSync(
    script,
    `local paths = {${paths.map(p => JSON.stringify(p)).join(',')}}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRK %d %d %d %.3f %.3f\\n", summary.requests,
    e.connect + e.read + e.write + e.timeout + e.status, summary.duration,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000))
end
`,
  );
  const out = await new Promise<{ stdout: string; stderr: string }>(
    (resolve, reject) =>
      execFile(
        'wrk',
        [
          '-t1',
          `-c${connections}`,
          `-d${seconds}s`,
          '-s',
          script,
          new URL(urls[0]).origin,
        ],
        (error, stdout, stderr) =>
          error ? reject(error) : resolve({ stdout, stderr }),
      ),
  );
  rmSync(dir, { recursive: true, force: true });
  const match = /WRK (\d+) (\d+) (\d+) ([\d.]+) ([\d.]+)/.exec(out.stdout);
  if (!match) throw new Error(`wrk failed: ${out.stdout}${out.stderr}`);
  const [requests, errors, micros] = match.slice(1, 4).map(Number);
  return {
    requests,
    errors,
    rps: requests / (micros / 1e6),
    p50: Number(match[4]),
    p95: Number(match[5]),
    tool: 'wrk',
  };
}

async function load(
  urls: string[],
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  return (
    (await loadWithWrk(urls, connections, seconds)) ??
    loadWithWorker(urls, connections, seconds)
  );
}

/**
 * `connections` loops for `seconds`, each timing its own requests, in a
 * worker thread: the load must not share the server's event loop.
 */
function loadWithWorker(
  urls: string[],
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const worker = new Worker(
    `
    const { parentPort, workerData } = require('node:worker_threads');
    const { Pool } = require('undici');
    const { urls, connections, seconds } = workerData;
    const origin = new URL(urls[0]).origin;
    const paths = urls.map(u => { const url = new URL(u); return url.pathname + url.search; });
    const pool = new Pool(origin, { connections });
    (async () => {
      const latencies = [];
      let errors = 0;
      let n = 0;
      const deadline = Date.now() + seconds * 1000;
      await Promise.all(Array.from({ length: connections }, async () => {
        while (Date.now() < deadline) {
          const path = paths[n++ % paths.length];
          const start = performance.now();
          try {
            const res = await pool.request({ path, method: 'GET' });
            await res.body.arrayBuffer();
            if (res.statusCode === 200) latencies.push(performance.now() - start);
            else errors += 1;
          } catch {
            errors += 1;
          }
        }
      }));
      await pool.close();
      parentPort.postMessage({ latencies, errors });
    })();
    `,
    { eval: true, workerData: { urls, connections, seconds } },
  );
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', ({ latencies, errors }) => {
      latencies.sort((a: number, b: number) => a - b);
      resolve({
        requests: latencies.length,
        errors,
        rps: latencies.length / seconds,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        tool: 'undici worker',
      });
      void worker.terminate();
    });
  });
}

async function main() {
  const entities = syntheticCatalog(COMPONENTS);
  const dir = mkdtempSync(join(tmpdir(), 'portolan-api-bench-'));
  const prefix = `portolan_apibench_${process.pid}_`;
  const database =
    ENGINE === 'postgres'
      ? { client: 'pg', connection: PG, prefix }
      : { client: 'better-sqlite3', connection: { directory: dir } };
  const backend = await startBenchBackend({
    dir,
    entities,
    config: {
      backend: {
        baseUrl: `http://127.0.0.1:${PORT}`,
        listen: { port: PORT, host: '127.0.0.1' },
        database,
        // A benchmark without sign-in; never do this in a portal.
        auth: { dangerouslyDisableDefaultAuthPolicy: true },
      },
    },
  });

  try {
    // The summary is cached for 15 s: poll no faster.
    const summary = await waitForRefresh(`${BASE}/summary`, {
      intervalMs: 16_000,
    });
    const run = summary.refresh.lastRun;
    console.log(
      `${ENGINE}: ${run.entities} entities refreshed in ${(
        (Date.parse(run.finishedAt) - Date.parse(run.startedAt)) /
        1000
      ).toFixed(1)} s`,
    );

    const reads = await load(
      Array.from(
        { length: 1000 },
        (_, i) =>
          `${BASE}/entities/component/default/service-${
            (i * 7919) % COMPONENTS
          }/assessment`,
      ),
      CONNECTIONS,
      READ_SECONDS,
    );
    console.log(
      `assessment read, ${CONNECTIONS} connections, ${READ_SECONDS} s (${
        reads.tool
      }): p50 ${reads.p50.toFixed(1)} ms, p95 ${reads.p95.toFixed(
        1,
      )} ms, ${Math.round(reads.rps)} requests/s, ${reads.errors} errors`,
    );

    // The summary is cached for 15 s: wait it out to time the aggregates.
    const cold: number[] = [];
    for (let i = 0; i < 3; i++) {
      await new Promise(r => setTimeout(r, 15_500));
      const start = performance.now();
      await (await fetch(`${BASE}/summary`)).arrayBuffer();
      cold.push(performance.now() - start);
    }
    cold.sort((a, b) => a - b);
    const warm = await load([`${BASE}/summary`], 10, 5);
    console.log(
      `summary: cold median ${cold[1].toFixed(0)} ms (max ${cold[2].toFixed(
        0,
      )} ms), warm p95 ${warm.p95.toFixed(1)} ms at ${Math.round(
        warm.rps,
      )} requests/s`,
    );
  } finally {
    await backend.stop();
    rmSync(dir, { recursive: true, force: true });
    if (ENGINE === 'postgres') {
      const admin = knexFactory({ client: 'pg', connection: PG });
      const { rows } = await admin.raw(
        `select datname from pg_database where datname like '${prefix}%'`,
      );
      for (const { datname } of rows) {
        await admin.raw(`drop database if exists "${datname}" with (force)`);
      }
      await admin.destroy();
    }
  }
}

// Plugins leave timers behind after stop(); the figures are printed.
main().then(
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
