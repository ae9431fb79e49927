/*
 * Fuzzes POST /assess: a real backend on loopback (the bench backend, in
 * this process, so its event loop is measured directly), and generated
 * hostile entities sent from a worker thread, which must not share that
 * loop. Prints exceptions in the backend, 5xx answers, response times and
 * the backend's event-loop delay. Not a test: the figures are the output.
 *   npm run fuzz:assess [-- --count N] [--concurrency C] [--seed S]
 * (defaults: 100,000 requests, 8 connections: previews from entity pages and
 * templates; response times include waiting behind the other connections)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { startBenchBackend, waitForRefresh } from '../bench/benchBackend';
import { syntheticCatalog } from '../bench/synthetic';
import type { LoadOptions, LoadResult, Sent } from './hostileLoad';

const PORT = 7417;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at < 0 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`--${name} takes a positive integer`);
  }
  return value;
}

/** Counts what the backend writes at error and warn level, keeping samples. */
function watchLogs() {
  const counts = { error: 0, warn: 0 };
  const samples: string[] = [];
  let watching = false;
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (...args: any[]) => boolean;
    stream.write = ((chunk: any, ...rest: any[]) => {
      if (watching) {
        // eslint-disable-next-line no-control-regex
        const text = String(chunk).replace(/\x1b\[[0-9;]*m/g, '');
        for (const line of text.split('\n')) {
          const level = /\b(error|warn)\b/i.exec(line.slice(0, 200))?.[1];
          if (!level) continue;
          counts[level.toLowerCase() as 'error' | 'warn'] += 1;
          if (samples.length < 5) samples.push(line.slice(0, 300));
        }
        return true;
      }
      return write(chunk, ...rest);
    }) as typeof stream.write;
  }
  return {
    counts,
    samples,
    start: () => {
      watching = true;
    },
    stop: () => {
      watching = false;
    },
  };
}

function percentile(sorted: Float64Array | number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[
    Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))
  ];
}

const fixed = (ms: number) => `${ms.toFixed(1)} ms`;

async function main() {
  const count = option('count', 100_000);
  const concurrency = option('concurrency', 8);
  const seed = option('seed', 1);

  const thrown = { uncaught: 0, rejections: 0, samples: [] as string[] };
  process.on('uncaughtException', error => {
    thrown.uncaught += 1;
    if (thrown.samples.length < 5) thrown.samples.push(String(error?.stack));
  });
  process.on('unhandledRejection', reason => {
    thrown.rejections += 1;
    if (thrown.samples.length < 5) thrown.samples.push(String(reason));
  });

  const dir = mkdtempSync(join(tmpdir(), 'portolan-fuzz-'));
  const backend = await startBenchBackend({
    dir,
    entities: syntheticCatalog(200),
    config: {
      backend: {
        baseUrl: `http://127.0.0.1:${PORT}`,
        listen: { port: PORT, host: '127.0.0.1' },
        database: {
          client: 'better-sqlite3',
          connection: { directory: dir },
        },
        // Fuzzing without sign-in; never do this in a portal.
        auth: { dangerouslyDisableDefaultAuthPolicy: true },
      },
    },
  });
  const logs = watchLogs();
  try {
    // The first refresh would otherwise share the measured event loop.
    await Promise.race([
      waitForRefresh(`http://127.0.0.1:${PORT}/api/sovereignty/summary`, {
        intervalMs: 2_000,
      }),
      new Promise(resolve => setTimeout(resolve, 40_000)),
    ]);
    const delay = monitorEventLoopDelay({ resolution: 5 });
    logs.start();
    delay.enable();
    const result = await new Promise<LoadResult>((resolve, reject) => {
      const worker = new Worker(join(__dirname, 'hostileLoad.ts'), {
        workerData: {
          origin: `http://127.0.0.1:${PORT}`,
          count,
          concurrency,
          seed,
        } satisfies LoadOptions,
      });
      worker.once('error', reject);
      worker.once('message', resolve);
    });
    delay.disable();
    logs.stop();

    const sorted = Float64Array.from(result.latencies).sort();
    const fiveHundreds = Object.entries(result.statuses)
      .filter(([status]) => Number(status) >= 500)
      .reduce((sum, [, n]) => sum + n, 0);
    const [slowest] = result.slowest;
    const describe = (sent: Sent) =>
      `${sent.kind}, ${sent.requestBytes} B body, status ${sent.status}, ${sent.responseBytes} B answer`;
    const lines = [
      `requests:              ${count} in ${result.seconds.toFixed(
        1,
      )} s (${Math.round(
        count / result.seconds,
      )}/s), ${concurrency} connections, seed ${seed}; ${result.generationSeconds.toFixed(
        1,
      )} s of it building requests`,
      `statuses:              ${Object.entries(result.statuses)
        .map(([status, n]) => `${status === '0' ? 'no answer' : status}: ${n}`)
        .join(', ')}`,
      `5xx responses:         ${fiveHundreds} (goal 0)`,
      `backend exceptions:    ${thrown.uncaught} uncaught, ${thrown.rejections} unhandled rejections, ${logs.counts.error} error log lines (goal 0)`,
      `warn log lines:        ${logs.counts.warn}`,
      `network errors:        ${result.networkErrors}`,
      `response time:         median ${fixed(
        percentile(sorted, 50),
      )}, p99 ${fixed(percentile(sorted, 99))}, slowest ${fixed(
        slowest.ms,
      )} (goal under 100 ms): ${describe(slowest)}`,
      `event-loop delay:      p50 ${fixed(
        delay.percentile(50) / 1e6,
      )}, p99 ${fixed(delay.percentile(99) / 1e6)}, max ${fixed(
        delay.max / 1e6,
      )} (in the backend, resolution 5 ms)`,
      `largest answer:        ${describe(result.largestResponse)}`,
      `answer/body (≥ 1 KB):  ${(
        result.largestRatio.responseBytes /
        Math.max(1024, result.largestRatio.requestBytes)
      ).toFixed(1)}x: ${describe(result.largestRatio)}`,
      '',
      'per kind               requests   median      p99  slowest  statuses',
    ];
    result.kinds.forEach((kind, index) => {
      const times: number[] = [];
      const statuses: Record<number, number> = {};
      for (let i = 0; i < count; i++) {
        if (result.kindOf[i] !== index) continue;
        times.push(result.latencies[i]);
        statuses[result.statusOf[i]] = (statuses[result.statusOf[i]] ?? 0) + 1;
      }
      times.sort((a, b) => a - b);
      lines.push(
        `${kind.padEnd(24)}${String(times.length).padStart(7)}${percentile(
          times,
          50,
        )
          .toFixed(1)
          .padStart(9)}${percentile(times, 99).toFixed(1).padStart(9)}${(
          times[times.length - 1] ?? NaN
        )
          .toFixed(1)
          .padStart(9)}  ${Object.entries(statuses)
          .map(([status, n]) => `${status}: ${n}`)
          .join(', ')}`,
      );
    });
    lines.push('', 'slowest requests:');
    for (const sent of result.slowest) {
      lines.push(`  ${fixed(sent.ms)}  ${describe(sent)}`);
    }
    lines.push('', 'answers other than 200, one per kind and status:');
    for (const [sample, answer] of Object.entries(result.answers).sort()) {
      lines.push(`  ${sample}: ${answer.replace(/\s+/g, ' ')}`);
    }
    if (logs.samples.length || thrown.samples.length) {
      lines.push('', 'samples of what the backend logged or threw:');
      for (const sample of [...logs.samples, ...thrown.samples]) {
        lines.push(`  ${sample}`);
      }
    }
    console.log(lines.join('\n'));
  } finally {
    logs.stop();
    await backend.stop();
    rmSync(dir, { recursive: true, force: true });
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
