/*
 * Dashboard benchmark: a real backend on localhost:7307 (the sovereignty
 * plugin over a synthetic catalog of 10,000 entities, auth with the guest
 * provider, and app-backend serving the example app's production build),
 * then Chromium opens /sovereignty again and again and times navigation
 * until the first table row is visible. Also prints the plugin's bundle size
 * gzipped: its own build (dependencies external) and the chunks of the app's
 * production build that hold its code.
 *   npm run bench:dashboard [-- <entities> <runs>]
 * Builds packages/app first when packages/app/dist is missing
 * (PORTOLAN_BENCH_REBUILD=1 forces it).
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Entity } from '@backstage/catalog-model';
import { syntheticCatalog } from './synthetic';
import { startBenchBackend, waitForRefresh } from './benchBackend';

const ENTITIES = Number(process.argv[2] ?? 10_000);
const RUNS = Number(process.argv[3] ?? 7);
const PORT = 7307;
const ORIGIN = `http://localhost:${PORT}`;
const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'node_modules', '.bin', 'backstage-cli');
const GOAL_MS = 2000;
const GOAL_KB = 250;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function gzipped(file: string) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function run(cwd: string, args: string[]) {
  execFileSync(CLI, args, {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}`,
    },
  });
}

/** The plugin built on its own: what a Backstage app adds when it installs it. */
function pluginBuildSize() {
  const dir = join(ROOT, 'plugins', 'sovereignty');
  // The build rolls up declarations from dist-types: emit them for this
  // plugin (and what it imports) only, not the whole repository.
  const tsconfig = join(ROOT, 'tsconfig.bench-dashboard.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: './tsconfig.json',
      include: ['plugins/sovereignty/src'],
      exclude: ['**/*.test.ts', '**/*.test.tsx', '**/__testUtils__'],
      compilerOptions: {
        incremental: false,
        noEmit: false,
        emitDeclarationOnly: true,
        declaration: true,
      },
    }),
  );
  try {
    execFileSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', tsconfig], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  } finally {
    rmSync(tsconfig);
  }
  run(dir, ['package', 'build']);
  const files = readdirSync(join(dir, 'dist'), {
    recursive: true,
    encoding: 'utf8',
  })
    .filter(f => f.endsWith('.js'))
    .map(f => join(dir, 'dist', f));
  const raw = files.reduce((sum, f) => sum + readFileSync(f).length, 0);
  const gz = files.reduce((sum, f) => sum + gzipped(f), 0);
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  return { files: files.length, raw, gz };
}

/**
 * The chunks of the app's production build that hold the plugin's code,
 * found by strings only the plugin renders. Shared libraries (MUI, core
 * components) live in other chunks the app loads anyway.
 */
function appChunkSize() {
  const dist = join(ROOT, 'packages', 'app', 'dist', 'static');
  const markers = [
    'plugin.sovereignty.api',
    'sovereignty-score',
    'Assessed entities',
    'Exit checklist',
  ];
  const chunks = readdirSync(dist)
    .filter(f => f.endsWith('.js'))
    .filter(f => {
      const text = readFileSync(join(dist, f), 'utf8');
      return markers.some(m => text.includes(m));
    });
  const sizes = chunks.map(f => ({ file: f, gz: gzipped(join(dist, f)) }));
  return { chunks: sizes, gz: sizes.reduce((sum, c) => sum + c.gz, 0) };
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Components so that components + their resources and systems reach `total`. */
function catalogOf(total: number): Entity[] {
  // syntheticCatalog adds one Resource per 10 and one System per 50 components.
  const entities = syntheticCatalog(Math.ceil(total / 1.12));
  const guest: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'guest', namespace: 'default' },
    spec: { memberOf: [] },
  };
  return [...entities, guest];
}

async function main() {
  const appDist = join(ROOT, 'packages', 'app', 'dist');
  if (
    !existsSync(join(appDist, 'index.html')) ||
    process.env.PORTOLAN_BENCH_REBUILD
  ) {
    console.log('building the example app for production (a few minutes) ...');
    run(join(ROOT, 'packages', 'app'), ['package', 'build']);
  }
  const own = pluginBuildSize();
  const inApp = appChunkSize();

  const entities = catalogOf(ENTITIES);
  const assessed = entities.filter(e => e.kind !== 'User').length;
  const dir = mkdtempSync(join(tmpdir(), 'portolan-dashboard-bench-'));
  const backend = await startBenchBackend({
    dir,
    entities,
    config: {
      app: { baseUrl: ORIGIN, title: 'Portolan bench' },
      backend: {
        baseUrl: ORIGIN,
        listen: { port: PORT },
        database: { client: 'better-sqlite3', connection: { directory: dir } },
        csp: { 'connect-src': ["'self'", 'http:', 'https:'] },
      },
      auth: {
        providers: {
          guest: {
            userEntityRef: 'user:default/guest',
            dangerouslyAllowOutsideDevelopment: true,
          },
        },
      },
    },
    features: [
      import('@backstage/plugin-app-backend'),
      import('@backstage/plugin-auth-backend'),
      import('@backstage/plugin-auth-backend-module-guest-provider'),
    ],
  });

  const { launchBrowser, signInAsGuest } = await import(
    '../support/browser.mjs'
  );
  const browser = await launchBrowser();
  try {
    const token = await (async () => {
      const res = await fetch(`${ORIGIN}/api/auth/guest/refresh`, {
        headers: { 'x-requested-with': 'XMLHttpRequest' },
      });
      return (await res.json()).backstageIdentity.token as string;
    })();
    const summary = await waitForRefresh(`${ORIGIN}/api/sovereignty/summary`, {
      headers: { authorization: `Bearer ${token}` },
      intervalMs: 2_000,
    });
    console.log(
      `backend: ${summary.totalEntities} entities assessed (catalog of ${assessed})`,
    );

    const context = await browser.newContext({
      viewport: { width: 1400, height: 1000 },
    });
    const signIn = await context.newPage();
    await signInAsGuest(signIn, ORIGIN);
    await signIn.close();

    const times: number[] = [];
    const shell: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      const start = performance.now();
      await page.goto(`${ORIGIN}/sovereignty`);
      await page
        .getByRole('link', { name: 'Lock-in' })
        .waitFor({ timeout: 60_000 });
      shell.push(performance.now() - start);
      await page
        .getByTestId('assessment-row')
        .first()
        .waitFor({ state: 'visible', timeout: 60_000 });
      times.push(performance.now() - start);
      if (process.env.PORTOLAN_BENCH_TRACE) {
        const requests = await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .filter(e => e.name.includes('/api/'))
            .map(
              e =>
                `${e.name.replace(/^.*\/api\//, '')} ${e.startTime.toFixed(
                  0,
                )}-${(e as PerformanceResourceTiming).responseEnd.toFixed(0)}`,
            ),
        );
        console.log(requests.join('\n'));
      }
      await page.close();
    }
    const [first, ...rest] = times;
    const warm = median(rest);
    console.log(
      `first table row visible after navigation to /sovereignty, ${ENTITIES} entities: ` +
        `first run ${first.toFixed(0)} ms, median of the next ${
          rest.length
        } ${warm.toFixed(0)} ms ` +
        `(all: ${times
          .map(t => t.toFixed(0))
          .join(
            ', ',
          )} ms; the app shell alone, signed in with the sidebar drawn: median ${median(
          shell,
        ).toFixed(0)} ms); goal < ${GOAL_MS} ms: ${
          Math.max(first, warm) < GOAL_MS ? 'met' : 'MISSED'
        }`,
    );
    console.log(
      `plugin bundle, own build (dist/*.js, dependencies external): ${kb(
        own.raw,
      )} raw, ${kb(own.gz)} gzipped in ${
        own.files
      } files; goal < ${GOAL_KB} KB: ${
        own.gz / 1024 < GOAL_KB ? 'met' : 'MISSED'
      }`,
    );
    console.log(
      `plugin chunks in the app's production build: ${kb(
        inApp.gz,
      )} gzipped (${inApp.chunks
        .map(c => `${c.file} ${kb(c.gz)}`)
        .join(', ')})`,
    );
  } finally {
    await browser.close();
    await backend.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
