/*
 * Discovery benchmark:
 *   npm run bench:discovery [-- FILES [ENTITIES]]
 * 1. Throughput of the scanner and the built-in detectors over a synthetic
 *    monorepo of FILES files (default 10,000) on disk: files/s, MB/s and
 *    peak memory, median of five runs.
 * 2. A full catalog pass in a real catalog backend (SQLite in memory) over
 *    ENTITIES components (default 500), each in its own folder of that
 *    monorepo, with the discovery module on and off: time until every
 *    entity is stitched (and, with discovery, carries its report), and the
 *    difference.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDiscoveryLookup } from '@portolan/plugin-sovereignty-common';
import {
  builtInDetectors,
  scanWorkingTree,
} from '@portolan/plugin-sovereignty-discovery';

const FILES = Number(process.argv[2] ?? 10_000);
const ENTITIES = Number(process.argv[3] ?? 500);
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Files of one service folder: infrastructure, manifests, dependencies and plain source. */
function serviceFiles(i: number): Record<string, string> {
  const tf = Array.from(
    { length: 8 },
    (_, r) => `resource "azurerm_storage_account" "s${r}" {
  name     = "svc${i}s${r}"
  location = "westeurope"
}
resource "azurerm_storage_table" "t${r}" {
  name = "jobs${r}"
}
resource "aws_s3_bucket" "b${r}" {
  bucket = "bucket-${i}-${r}"
}
resource "aws_db_instance" "d${r}" {
  engine = "postgres"
}
`,
  ).join('\n');
  const manifest = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: svc-${i}
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/svc-${i}
spec:
  template:
    spec:
      containers:
        - name: app
          image: 123456789012.dkr.ecr.eu-central-1.amazonaws.com/svc-${i}:1.0.0
`;
  const source = Array.from(
    { length: 60 },
    (_, l) => `export const value${l} = ${l};`,
  ).join('\n');
  return {
    'infra/main.tf': tf,
    'deploy/deployment.yaml': manifest,
    'package.json': JSON.stringify(
      {
        name: `svc-${i}`,
        dependencies: {
          '@aws-sdk/client-dynamodb': '^3.0.0',
          react: '^18.0.0',
        },
      },
      null,
      2,
    ),
    'go.mod': `module example.com/svc${i}\n\ngo 1.23\n\nrequire github.com/aws/aws-sdk-go-v2/service/sqs v1.34.0\n`,
    'src/index.ts': source,
    'src/util.ts': source,
    'src/handler.ts': source,
    'README.md': `# Service ${i}\n\nNothing to see.\n`,
    'docs/notes.md': 'Plain notes.\n'.repeat(20),
    'assets/logo.bin': '\u0000'.repeat(512),
  };
}

function writeMonorepo(root: string, services: number) {
  for (let i = 0; i < services; i++) {
    const folder = join(root, 'services', `svc-${i}`);
    for (const [path, text] of Object.entries(serviceFiles(i))) {
      mkdirSync(join(folder, path, '..'), { recursive: true });
      writeFileSync(join(folder, path), text);
    }
  }
}

async function throughput(root: string) {
  const lookup = createDiscoveryLookup();
  const options = {
    detectors: builtInDetectors,
    lookup,
    limits: { maxFiles: 1_000_000, maxTotalBytes: 1e10 },
  };
  const runs: Array<{
    ms: number;
    files: number;
    bytes: number;
    rss: number;
    services: number;
  }> = [];
  for (let run = 0; run < 5; run++) {
    global.gc?.();
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 5);
    const started = performance.now();
    const report = await scanWorkingTree(root, options);
    const ms = performance.now() - started;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    runs.push({
      ms,
      files: report.scan.files,
      bytes: report.scan.bytes,
      rss: peak,
      services: report.services.length,
    });
  }
  const ms = median(runs.map(r => r.ms));
  const { files, bytes, services } = runs[0];
  console.log(
    `scan of ${FILES} files (${files} read by detectors, ${(
      bytes / 1e6
    ).toFixed(1)} MB): median ${ms.toFixed(0)} ms, ` +
      `${Math.round((FILES / ms) * 1000)} files/s walked, ${Math.round(
        (files / ms) * 1000,
      )} files/s scanned, ` +
      `${((bytes / 1e6 / ms) * 1000).toFixed(1)} MB/s, peak RSS ${(
        median(runs.map(r => r.rss)) / 1e6
      ).toFixed(0)} MB, ${services} services`,
  );
}

/** One catalog pass in a child process, so each backend starts clean. */
function catalogPass(root: string, discovery: boolean): number {
  const result = spawnSync(
    process.execPath,
    [
      '--require',
      require.resolve('@backstage/cli-node/config/nodeTransform.cjs'),
      join(__dirname, 'discoveryCatalogPass.ts'),
      root,
      String(ENTITIES),
      String(discovery),
    ],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, LOG_LEVEL: 'warn' },
      timeout: 30 * 60_000,
    },
  );
  const line = result.stdout.trim().split('\n').pop() ?? '';
  const ms = Number(line);
  if (result.status !== 0 || !Number.isFinite(ms)) {
    throw new Error(
      `catalog pass failed (${result.status}): ${result.stdout.slice(-500)}`,
    );
  }
  return ms;
}

async function main() {
  const root = mkdtempSync(join(tmpdir(), 'portolan-discovery-bench-'));
  try {
    writeMonorepo(root, Math.ceil(FILES / Object.keys(serviceFiles(0)).length));
    await throughput(root);
    const off = catalogPass(root, false);
    const on = catalogPass(root, true);
    console.log(
      `catalog pass over ${ENTITIES} components: ${(off / 1000).toFixed(
        1,
      )} s without discovery, ` +
        `${(on / 1000).toFixed(1)} s with, +${((on - off) / 1000).toFixed(
          1,
        )} s (${(on / off).toFixed(2)}x), ` +
        `${((on - off) / ENTITIES).toFixed(1)} ms per entity`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
