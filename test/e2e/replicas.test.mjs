// Two replicas of the example backend on one PostgreSQL: the scheduler's
// lock in the database must run the sovereignty refresh once per interval,
// not once per replica. Real processes, real scheduler, real catalog.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createWriteStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { ARTIFACTS, ROOT, stopGroup, waitFor } from '../support/portal.mjs';

const CONNECTION =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
const INTERVAL_SECONDS = 3;
const OBSERVE_MS = 15_000;
const PREFIX = `portolan_replicas_${process.pid}_`;
const PORTS = [7207, 7208];

function startReplica(port) {
  const configPath = join(ARTIFACTS, `replica-${port}.yaml`);
  writeFileSync(
    configPath,
    JSON.stringify({
      backend: {
        baseUrl: `http://localhost:${port}`,
        listen: { port },
        database: { client: 'pg', connection: CONNECTION, prefix: PREFIX },
      },
      sovereignty: {
        // Every unit named: config files merge, and app-config.yaml sets minutes.
        schedule: {
          frequency: { minutes: 0, seconds: INTERVAL_SECONDS },
          timeout: { minutes: 0, seconds: 60 },
          initialDelay: { seconds: 5 },
        },
      },
    }),
  );
  const child = spawn(
    join(ROOT, 'node_modules', '.bin', 'backstage-cli'),
    [
      'package',
      'start',
      '--config',
      join(ROOT, 'app-config.yaml'),
      '--config',
      configPath,
    ],
    {
      cwd: join(ROOT, 'packages', 'backend'),
      detached: true,
      env: {
        ...process.env,
        PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const log = createWriteStream(join(ARTIFACTS, `replica-${port}.log`));
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  return { child, hasExited: () => exited };
}

async function query(database, sql) {
  const url = new URL(CONNECTION);
  url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe(
  'two backend replicas on one PostgreSQL',
  { skip: !CONNECTION && 'no PostgreSQL' },
  () => {
    const replicas = [];
    before(async () => {
      // One after the other, as in a rolling deployment: replicas that create
      // an empty database at the same instant race in Backstage's own
      // scheduler migrations.
      const deadline = Date.now() + 240_000;
      for (const port of PORTS) {
        const replica = startReplica(port);
        replicas.push(replica);
        process.once('exit', () => stopGroup(replica.child.pid));
        await waitFor(
          async () =>
            (
              await fetch(`http://localhost:${port}/api/sovereignty/health`)
            ).ok,
          `replica on ${port}`,
          deadline,
          replica.hasExited,
        );
      }
    });

    after(async () => {
      await Promise.all(replicas.map(r => stopGroup(r.child.pid)));
      const databases = await query(
        'postgres',
        `select datname from pg_database where datname like '${PREFIX}%'`,
      );
      for (const { datname } of databases) {
        await query(
          'postgres',
          `drop database if exists "${datname}" with (force)`,
        );
      }
    });

    it('run the scheduled refresh once per interval', async () => {
      await new Promise(resolve => setTimeout(resolve, OBSERVE_MS));
      const runs = await query(
        `${PREFIX}sovereignty`,
        'select started_at, finished_at, outcome from refresh_runs order by id',
      );
      const starts = runs.map(r => new Date(r.started_at).getTime());
      const observedIntervals = OBSERVE_MS / 1000 / INTERVAL_SECONDS;
      assert.ok(runs.length >= 2, `only ${runs.length} runs`);
      // Uncoordinated replicas would start about twice per interval.
      assert.ok(
        runs.length <= observedIntervals + 2,
        `${runs.length} runs in ${OBSERVE_MS} ms`,
      );
      for (let i = 1; i < runs.length; i++) {
        const finishedBefore =
          runs[i - 1].finished_at &&
          new Date(runs[i - 1].finished_at).getTime();
        assert.ok(
          finishedBefore && starts[i] >= finishedBefore,
          `run ${i} overlaps run ${i - 1}`,
        );
        assert.ok(
          starts[i] - starts[i - 1] >= INTERVAL_SECONDS * 1000 - 500,
          `runs ${i - 1} and ${i} only ${starts[i] - starts[i - 1]} ms apart`,
        );
      }
      assert.ok(
        runs.every(r => r.outcome === 'completed'),
        JSON.stringify(runs),
      );
    });
  },
);
