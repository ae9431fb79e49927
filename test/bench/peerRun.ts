/*
 * One phase of the peer benchmark (peer.bench.ts runs both, each in a
 * process of its own, on the same database):
 *   load:    a real catalog backend takes the synthetic entities and stitches
 *            them; the process exits once all are served.
 *   measure: the same catalog (no provider: the entities stay) with the
 *            sovereignty backend and Tech Insights (json-rules-engine checker,
 *            the peer's fact retriever); prints one JSON line of figures.
 * Arguments: PHASE COMPONENTS DATABASE_JSON DAYS
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createBackend } from '@backstage/backend-defaults';
import { CatalogClient } from '@backstage/catalog-client';
import { syntheticCatalog } from './synthetic';
import { syntheticCatalogModule, waitForCatalog } from './realCatalog';
import {
  PEER_RETRIEVER_ID,
  peerRetrieverModule,
  peerTechInsightsConfig,
} from './peerTechInsights';
import { ASSESSMENT_FIELDS } from '../../plugins/sovereignty-backend/src/service/relatedEntities';
import { REFRESH_PAGE_SIZE } from '../../plugins/sovereignty-backend/src/service/CatalogRefresher';

const [PHASE, componentsArg, databaseArg, daysArg] = process.argv.slice(2);
const COMPONENTS = Number(componentsArg);
const DATABASE = JSON.parse(databaseArg) as Record<string, unknown>;
const DAYS = Number(daysArg ?? 30);
const PORT = 7400;
const BASE = `http://127.0.0.1:${PORT}/api`;
const SAMPLES = 30;
// Triggered only: a cron that never comes round in a benchmark's lifetime.
const NEVER = { cron: '0 0 1 1 *' };

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function post(url: string, body?: unknown) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`POST ${url}: ${response.status} ${await response.text()}`);
  }
  return response;
}

interface TaskState {
  status: 'running' | 'idle';
  lastRunEndedAt?: string;
}

async function taskState(
  plugin: string,
  task: string,
): Promise<TaskState | undefined> {
  const response = await fetch(
    `${BASE}/${plugin}/.backstage/scheduler/v1/tasks`,
  );
  const { tasks } = (await response.json()) as {
    tasks: Array<{ taskId: string; taskState: TaskState | null }>;
  };
  return tasks.find(t => t.taskId === task)?.taskState ?? undefined;
}

/**
 * Triggers a scheduled task (or waits for its scheduled run) and returns the milliseconds it ran, from the
 * moment the scheduler shows it running to the moment it shows it ended
 * (polled every 100 ms; both peers are timed the same way).
 */
async function runTask(
  plugin: string,
  task: string,
  options: { trigger: boolean },
): Promise<number> {
  const before = (await taskState(plugin, task))?.lastRunEndedAt;
  if (options.trigger) {
    await post(
      `${BASE}/${plugin}/.backstage/scheduler/v1/tasks/${task}/trigger`,
    );
  }
  const triggered = performance.now();
  let started: number | undefined;
  for (;;) {
    const state = await taskState(plugin, task);
    if (state?.status === 'running') started ??= performance.now();
    if (
      state?.status === 'idle' &&
      state.lastRunEndedAt &&
      state.lastRunEndedAt !== before
    ) {
      return performance.now() - (started ?? triggered);
    }
    if (performance.now() - triggered > 3 * 3600_000) {
      throw new Error(`${plugin}/${task} did not finish`);
    }
    await new Promise(r => setTimeout(r, 100));
  }
}

/** Loop delay while `work` runs, in ms (p99, max). */
async function withLoopDelay<T>(work: () => Promise<T>) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  try {
    const result = await work();
    return {
      result,
      loopP99: histogram.percentile(99) / 1e6,
      loopMax: histogram.max / 1e6,
    };
  } finally {
    histogram.disable();
  }
}

function writeConfig(extra: Record<string, unknown>) {
  const dir = mkdtempSync(join(tmpdir(), 'portolan-peer-config-'));
  const configFile = join(dir, 'config.json');
  writeFileSync(
    configFile,
    JSON.stringify({
      backend: {
        baseUrl: `http://127.0.0.1:${PORT}`,
        listen: { port: PORT, host: '127.0.0.1' },
        database: DATABASE,
        // A benchmark without sign-in; never do this in a portal.
        auth: { dangerouslyDisableDefaultAuthPolicy: true },
      },
      catalog: {
        rules: [{ allow: ['Component', 'System', 'Resource'] }],
        // Both peers read a settled catalog; its own re-processing would
        // only add noise to both.
        processingInterval: { hours: 6 },
      },
      ...extra,
    }),
  );
  process.argv = [process.argv[0], process.argv[1], '--config', configFile];
  process.env.LOG_LEVEL ??= 'warn';
  return () => rmSync(dir, { recursive: true, force: true });
}

async function load() {
  const entities = syntheticCatalog(COMPONENTS);
  const cleanup = writeConfig({});
  const backend = createBackend();
  backend.add(import('@backstage/plugin-catalog-backend'));
  backend.add(syntheticCatalogModule(entities));
  await backend.start();
  try {
    const ms = await waitForCatalog(
      `http://127.0.0.1:${PORT}`,
      entities,
      3 * 3600_000,
    );
    console.log(JSON.stringify({ catalogLoadMs: ms }));
  } finally {
    await backend.stop();
    cleanup();
  }
}

async function floor(expected: number) {
  const catalog = new CatalogClient({
    discoveryApi: { getBaseUrl: async (id: string) => `${BASE}/${id}` },
  });
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    let page = await catalog.queryEntities({
      filter: [{ kind: 'component' }, { kind: 'resource' }, { kind: 'system' }],
      fields: ASSESSMENT_FIELDS,
      limit: REFRESH_PAGE_SIZE,
    });
    let read = page.items.length;
    while (page.pageInfo.nextCursor) {
      page = await catalog.queryEntities({
        cursor: page.pageInfo.nextCursor,
        fields: ASSESSMENT_FIELDS,
        limit: REFRESH_PAGE_SIZE,
      });
      read += page.items.length;
    }
    if (read !== expected)
      throw new Error(`paged ${read} of ${expected} entities`);
    runs.push(performance.now() - start);
  }
  return median(runs);
}

async function measure() {
  const entities = syntheticCatalog(COMPONENTS);
  const assessed = entities.length;
  const cleanup = writeConfig({
    sovereignty: { schedule: { frequency: NEVER, timeout: { hours: 2 } } },
    techInsights: peerTechInsightsConfig,
  });
  const backend = createBackend();
  backend.add(import('@backstage/plugin-catalog-backend'));
  backend.add(syntheticCatalogModule());
  backend.add(import('@portolan/plugin-sovereignty-backend'));
  backend.add(import('@backstage-community/plugin-tech-insights-backend'));
  backend.add(
    import('@backstage-community/plugin-tech-insights-backend-module-jsonfc'),
  );
  backend.add(peerRetrieverModule);
  await backend.start();
  try {
    // Tech Insights always runs a retriever once after its initial delay;
    // that run is its first full collection.
    const retrieveFirst = await withLoopDelay(() =>
      runTask('tech-insights', PEER_RETRIEVER_ID, { trigger: false }),
    );
    const evaluate = await withLoopDelay(async () => {
      const start = performance.now();
      const response = await post(`${BASE}/tech-insights/checks/run`, {
        entities: [],
        checks: Object.keys(peerTechInsightsConfig.factChecker.checks),
      });
      const results = (await response.json()) as Array<{
        results: Array<{ check: { id: string }; result: boolean }>;
      }>;
      return { ms: performance.now() - start, results };
    });
    const failing: Record<string, number> = {};
    for (const entity of evaluate.result.results) {
      for (const r of entity.results) {
        if (!r.result) failing[r.check.id] = (failing[r.check.id] ?? 0) + 1;
      }
    }

    const floorMs = await floor(assessed);
    const portolanFirst = await withLoopDelay(() =>
      runTask('sovereignty', 'sovereignty-refresh', { trigger: true }),
    );
    const portolanUnchanged = await withLoopDelay(() =>
      runTask('sovereignty', 'sovereignty-refresh', { trigger: true }),
    );
    // The summary is cached for 15 s: wait it out to time a recomputation.
    await new Promise(r => setTimeout(r, 15_500));
    const summary = await withLoopDelay(async () => {
      const start = performance.now();
      const body = (await (
        await fetch(`${BASE}/sovereignty/summary`)
      ).json()) as {
        refresh: {
          recentRuns: Array<{ startedAt: string; finishedAt: string }>;
        };
      };
      return { ms: performance.now() - start, runs: body.refresh.recentRuns };
    });
    // The refresh's own account of its runs (the task also recomputes the summary).
    const [unchangedRun, firstRun] = summary.result.runs.map(
      r => Date.parse(r.finishedAt) - Date.parse(r.startedAt),
    );
    // One entity's result on demand.
    const pick = (i: number) => `service-${(i * 7919) % COMPONENTS}`;
    const portolanOne: number[] = [];
    const peerOne: number[] = [];
    // Both sides must find the same blockers, or the comparison is unfair.
    const checkIds = Object.keys(peerTechInsightsConfig.factChecker.checks);
    let disagreements = 0;
    for (let i = 0; i < SAMPLES; i++) {
      let start = performance.now();
      const a = await fetch(
        `${BASE}/sovereignty/entities/component/default/${pick(i)}/assessment`,
      );
      const { assessment } = (await a.json()) as {
        assessment: { findings: Array<{ code: string; severity: string }> };
      };
      if (!a.ok) throw new Error(`assessment ${pick(i)}: ${a.status}`);
      portolanOne.push(performance.now() - start);
      start = performance.now();
      const checks = (await (
        await post(
          `${BASE}/tech-insights/checks/run/default/component/${pick(i)}`,
          {},
        )
      ).json()) as Array<{ check: { id: string }; result: boolean }>;
      peerOne.push(performance.now() - start);
      for (const id of checkIds) {
        const blocked = assessment.findings.some(
          f => f.code === id && f.severity === 'blocker',
        );
        const failed = checks.some(c => c.check.id === id && !c.result);
        if (blocked !== failed) disagreements++;
      }
    }

    // Daily runs without a change: what each keeps is measured by the caller.
    for (let day = 2; day <= DAYS; day++) {
      await runTask('sovereignty', 'sovereignty-refresh', { trigger: true });
      await runTask('tech-insights', PEER_RETRIEVER_ID, { trigger: true });
    }

    console.log(
      JSON.stringify({
        entities: assessed,
        floorMs,
        portolan: {
          firstMs: portolanFirst.result,
          unchangedMs: portolanUnchanged.result,
          loopP99Ms: Math.max(portolanFirst.loopP99, portolanUnchanged.loopP99),
          loopMaxMs: Math.max(portolanFirst.loopMax, portolanUnchanged.loopMax),
          summaryMs: summary.result.ms,
          refreshOwnFirstMs: firstRun,
          refreshOwnUnchangedMs: unchangedRun,
          summaryLoopMaxMs: summary.loopMax,
          oneEntityMedianMs: median(portolanOne),
        },
        peer: {
          retrieveMs: retrieveFirst.result,
          evaluateMs: evaluate.result.ms,
          loopP99Ms: Math.max(retrieveFirst.loopP99, evaluate.loopP99),
          loopMaxMs: Math.max(retrieveFirst.loopMax, evaluate.loopMax),
          failing,
          oneEntityMedianMs: median(peerOne),
          disagreements,
          sampled: SAMPLES * checkIds.length,
        },
      }),
    );
  } finally {
    await backend.stop();
    cleanup();
  }
}

// Plugins leave timers behind after stop(); the figures are printed.
(PHASE === 'load' ? load() : measure()).then(
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
