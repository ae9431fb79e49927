// `npm test`: every unit and integration test (jest, across all packages,
// SQLite and PostgreSQL), then the end-to-end tests against a running portal
// in a real browser. Prints one summary line at the end.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ARTIFACTS } from './support/portal.mjs';

const PG_ENV = 'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING';
const LOCAL_PG = 'postgresql://postgres@127.0.0.1:5432/postgres';
const bin = name => join(ROOT, 'node_modules', '.bin', name);

function run(command, args, options = {}) {
  return new Promise(resolve => {
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: options.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
      env: { ...process.env, ...options.env },
    });
    let output = '';
    child.stdout?.on('data', chunk => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('exit', code => resolve({ code: code ?? 1, output }));
  });
}

async function localPostgresAnswers() {
  const { default: pg } = await import('pg');
  const client = new pg.Client({
    connectionString: LOCAL_PG,
    connectionTimeoutMillis: 3_000,
  });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function main() {
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });

  if (!process.env[PG_ENV]) {
    if (await localPostgresAnswers()) {
      process.env[PG_ENV] = LOCAL_PG;
    } else if (process.env.PORTOLAN_REQUIRE_POSTGRES) {
      console.error(
        `PostgreSQL does not answer at ${LOCAL_PG} and PORTOLAN_REQUIRE_POSTGRES is set.`,
      );
      process.exit(1);
    } else {
      console.warn(
        'PostgreSQL not found on 127.0.0.1:5432: database tests run on SQLite only.',
      );
    }
  }
  console.log(
    `Database tests: SQLite${process.env[PG_ENV] ? ' and PostgreSQL' : ''}`,
  );

  // The workspace's own checks: Backstage's lint rules in every package, and
  // the API reports against the code (api:check type-checks first).
  const checks = [];
  for (const script of ['lint', 'api:check']) {
    const { code } = await run('npm', ['run', '--silent', script]);
    checks.push({ script, code });
  }

  const jestReport = join(ARTIFACTS, 'jest.json');
  const unit = await run(
    bin('backstage-cli'),
    [
      'repo',
      'test',
      '--watchAll=false',
      '--json',
      `--outputFile=${jestReport}`,
    ],
    { env: { CI: 'true' } },
  );
  let passed = 0;
  let failed = 0;
  try {
    const report = JSON.parse(readFileSync(jestReport, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
  } catch {
    failed += 1;
    console.error('jest wrote no report: counting the unit run as failed');
  }
  if (unit.code !== 0 && failed === 0) failed += 1;

  const e2e = await run(
    bin('node'),
    [
      '--test',
      '--test-concurrency=1',
      '--test-global-setup=test/e2e/global-setup.mjs',
      '--test-reporter=spec',
      'test/e2e/*.test.mjs',
    ],
    { capture: true },
  );
  // The adopter's path (test/adoption): packed packages in stock apps; runs
  // after the e2e portal has stopped.
  const adoption = await run(
    bin('node'),
    ['--test', '--test-reporter=spec', 'test/adoption/adoption.test.mjs'],
    { capture: true },
  );
  for (const { code, output } of [e2e, adoption]) {
    const count = label =>
      Number(new RegExp(`ℹ ${label} (\\d+)`).exec(output)?.[1] ?? 0);
    passed += count('pass');
    failed += count('fail') + count('cancelled');
    if (code !== 0 && count('fail') + count('cancelled') === 0) failed += 1;
  }

  for (const { script, code } of checks) {
    if (code === 0) passed += 1;
    else {
      failed += 1;
      console.error(`npm run ${script} failed`);
    }
  }

  console.log(`\nTotal: ${passed} passed, ${failed} failed`);
  process.exit(
    failed > 0 || unit.code !== 0 || e2e.code !== 0 || adoption.code !== 0
      ? 1
      : 0,
  );
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
