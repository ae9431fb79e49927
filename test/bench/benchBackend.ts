/*
 * A real backend in the benchmark's own process, over a synthetic catalog
 * served from memory, with the sovereignty plugin refreshing once, soon.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend } from '@backstage/backend-defaults';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import type { Entity } from '@backstage/catalog-model';
import { arrayCatalog } from './synthetic';

type Feature = Parameters<ReturnType<typeof createBackend>['add']>[0];

export async function startBenchBackend(options: {
  /** Where the config file goes. */
  dir: string;
  /** App config; the refresh schedule is added. */
  config: Record<string, unknown>;
  entities: Entity[];
  /** Plugins besides the sovereignty backend. */
  features?: Feature[];
}) {
  const configFile = join(options.dir, 'config.yaml');
  writeFileSync(
    configFile,
    JSON.stringify({
      ...options.config,
      sovereignty: {
        schedule: {
          frequency: { hours: 24 },
          timeout: { minutes: 30 },
          initialDelay: { seconds: 1 },
        },
      },
    }),
  );
  process.argv = [process.argv[0], process.argv[1], '--config', configFile];
  // Request logging at info level would dominate what we measure.
  process.env.LOG_LEVEL ??= 'warn';

  const backend = createBackend();
  backend.add(
    createServiceFactory({
      service: catalogServiceRef,
      deps: {},
      factory: () => arrayCatalog(options.entities),
    }),
  );
  for (const feature of options.features ?? []) backend.add(feature);
  backend.add(import('@portolan/plugin-sovereignty-backend'));
  await backend.start();
  return backend;
}

/** Polls the summary until the first refresh has completed; returns it. */
export async function waitForRefresh(
  summaryUrl: string,
  options: { headers?: Record<string, string>; intervalMs: number },
): Promise<any> {
  const started = Date.now();
  for (;;) {
    const summary = await (
      await fetch(summaryUrl, { headers: options.headers })
    ).json();
    if (summary.refresh?.lastRun?.outcome === 'completed') return summary;
    if (Date.now() - started > 30 * 60_000) {
      throw new Error('refresh did not finish');
    }
    await new Promise(r => setTimeout(r, options.intervalMs));
  }
}
