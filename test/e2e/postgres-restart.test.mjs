// A restart of PostgreSQL in the middle of a scheduled refresh: the run in
// flight fails cleanly, the data stays consistent and the next run completes.
// This restarts the machine's real server (pg_ctlcluster), so it lives with
// the end-to-end tests, which run one file at a time; the example portal
// these share runs on SQLite.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import knexFactory from 'knex';

const PG =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
  'postgresql://postgres@127.0.0.1:5432/postgres';
const COMPONENTS = 6_000;
const RESTART_AFTER = 2_000;

function cluster() {
  try {
    const [line] = execFileSync('pg_lsclusters', ['--no-header'], {
      encoding: 'utf8',
    })
      .split('\n')
      .filter(l => /\s5432\s+online/.test(l));
    const [version, name] = line.trim().split(/\s+/);
    return { version, name };
  } catch {
    return undefined;
  }
}

const target = cluster();
const canRestart = target && process.getuid?.() === 0;
const skip =
  !canRestart && !process.env.PORTOLAN_REQUIRE_POSTGRES
    ? 'needs root and a Debian PostgreSQL cluster on 5432 (pg_ctlcluster)'
    : false;

describe('a PostgreSQL restart during a refresh', { skip }, () => {
  const database = `portolan_restart_${process.pid}`;
  const admin = () => knexFactory({ client: 'pg', connection: PG });

  before(async () => {
    assert.ok(
      canRestart,
      'CI requires this test: run as root with pg_ctlcluster',
    );
    const a = admin();
    await a.raw(`create database ${database}`);
    await a.destroy();
  });

  after(async () => {
    const a = admin();
    await a.raw(`drop database if exists ${database} with (force)`);
    await a.destroy();
  });

  it('fails the run in flight, keeps consistent data, and the next run completes', async t => {
    const url = new URL(PG);
    url.pathname = `/${database}`;
    const child = spawn(
      process.execPath,
      [
        '--require',
        '@backstage/cli-node/config/nodeTransform.cjs',
        'test/support/refreshThroughRestart.ts',
        url.toString(),
        String(COMPONENTS),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const events = {};
    let restartedAt;
    const exited = new Promise(resolve => child.on('exit', resolve));
    for await (const line of createInterface({ input: child.stdout })) {
      if (!line.startsWith('{')) continue;
      const event = JSON.parse(line);
      events[event.event] = event;
      if (
        event.event === 'saved' &&
        event.saved >= RESTART_AFTER &&
        !restartedAt
      ) {
        restartedAt = event.saved;
        execFileSync(
          'pg_ctlcluster',
          [target.version, target.name, 'restart'],
          {
            stdio: 'inherit',
          },
        );
      }
    }
    assert.equal(await exited, 0, `worker failed: ${events.crash?.message}`);

    assert.ok(restartedAt, 'the server was restarted during the first refresh');
    t.diagnostic(
      `restarted after ${restartedAt} of ${events.database.catalogEntities} entities; first run: ${events.first.result.message}`,
    );
    assert.equal(events.first.result.outcome, 'failed');
    assert.equal(events.second.result.outcome, 'completed');
    assert.equal(events.second.result.errors, 0);

    const db = events.database;
    assert.equal(db.assessments, db.catalogEntities);
    assert.equal(db.withoutHistory, 0);
    // Batches written before the restart are not re-recorded as changes.
    assert.equal(db.historyRows, db.catalogEntities);
    assert.equal(db.servicesMismatched, 0);
    assert.deepEqual(db.runs.at(-1), 'completed');
    assert.ok(
      !db.runs.includes('running'),
      `a run was left running: ${db.runs}`,
    );
  });
});
