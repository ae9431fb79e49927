/*
 * CLI benchmark:
 *   npm run bench:cli [-- FILES [RUNS]]
 * Wall time of the bundled CLI as a CI step runs it (a fresh Node process on
 * the system's node, startup included), median of RUNS runs (default 5):
 * 1. `assess` and `diff` on the example catalog (catalog-info/all.yaml and
 *    the repositories it points at), in a git repository whose working tree
 *    adds Cosmos DB to the AI assistant;
 * 2. the same on a synthetic monorepo of FILES files (default 10,000): one
 *    Component per folder of ten files (Terraform, a manifest, dependencies,
 *    sources) and a System over all of them; the change adds Cosmos DB to
 *    ten of them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

const FILES = Number(process.argv[2] ?? 10_000);
const RUNS = Number(process.argv[3] ?? 5);
const ROOT = resolve(__dirname, '../..');
const FILES_PER_SERVICE = 10;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The node a CI image runs: the first on PATH outside node_modules. */
function systemNode(): string {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(folder, 'node');
    if (!folder.includes('node_modules') && existsSync(candidate)) {
      return candidate;
    }
  }
  throw new Error('no node on PATH outside node_modules');
}

function git(cwd: string, ...args: string[]) {
  execFileSync('git', args, {
    cwd,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Bench',
      GIT_AUTHOR_EMAIL: 'bench@example.com',
      GIT_COMMITTER_NAME: 'Bench',
      GIT_COMMITTER_EMAIL: 'bench@example.com',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
    },
  });
}

function commitAll(dir: string) {
  git(dir, 'init', '--quiet', '--initial-branch=main');
  git(dir, 'add', '--all');
  git(dir, 'commit', '--quiet', '--no-gpg-sign', '-m', 'base');
}

const COSMOS_TF = `resource "azurerm_cosmosdb_account" "orders" {
  name       = "orders"
  location   = "westeurope"
  offer_type = "Standard"
}
`;

function write(root: string, path: string, text: string) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** One service folder: its catalog entry, infrastructure, manifest, dependencies and sources. */
function serviceFiles(i: number): Record<string, string> {
  const source = Array.from(
    { length: 40 },
    (_, l) => `export const value${l} = ${l};`,
  ).join('\n');
  return {
    'catalog-info.yaml': `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: svc-${i}
  annotations:
    portolan.dev/hosting: stackit:eu01
    portolan.dev/target-providers: ionos, stackit
spec:
  type: service
  owner: team-${i % 40}
  lifecycle: production
  system: platform
`,
    'infra/main.tf': `resource "stackit_ske_cluster" "c${i}" {
  name = "svc-${i}"
}
resource "stackit_postgresflex_instance" "db${i}" {
  name = "svc-${i}"
}
resource "aws_s3_bucket" "b${i}" {
  bucket = "svc-${i}"
}
`,
    'deploy/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: svc-${i}
spec:
  template:
    spec:
      containers:
        - name: app
          image: registry.example.com/svc-${i}:1.0.0
`,
    'package.json': `${JSON.stringify(
      {
        name: `svc-${i}`,
        dependencies: { pg: '^8.11.0', express: '^4.19.0' },
      },
      null,
      2,
    )}\n`,
    'src/index.ts': source,
    'src/util.ts': source,
    'src/handler.ts': source,
    'test/index.test.ts': source,
    'README.md': `# Service ${i}\n`,
    'docs/notes.md': 'Plain notes.\n'.repeat(20),
  };
}

function syntheticRepository(root: string, files: number) {
  const services = Math.ceil(files / FILES_PER_SERVICE);
  write(
    root,
    'catalog-info.yaml',
    `apiVersion: backstage.io/v1alpha1
kind: System
metadata:
  name: platform
spec:
  owner: team-platform
`,
  );
  for (let i = 0; i < services; i++) {
    for (const [path, text] of Object.entries(serviceFiles(i))) {
      write(root, `services/svc-${i}/${path}`, text);
    }
  }
  commitAll(root);
  // The change under review: Cosmos DB in ten services.
  for (let i = 0; i < Math.min(10, services); i++) {
    write(root, `services/svc-${i}/infra/cosmos.tf`, COSMOS_TF);
  }
  return services;
}

function exampleRepository(root: string) {
  cpSync(join(ROOT, 'catalog-info'), root, { recursive: true });
  commitAll(root);
  write(root, 'repositories/ai-assistant/infra/cosmos.tf', COSMOS_TF);
}

/** Median wall time of one CLI command line, in fresh processes; checks it ran. */
function time(cli: string, args: string[]) {
  const node = systemNode();
  const times: number[] = [];
  let last = { status: 0 as number | null, stdout: '', stderr: '' };
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    last = spawnSync(node, [cli, ...args], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    times.push(performance.now() - started);
    if (last.status !== 0 && last.status !== 1) {
      throw new Error(`portolan ${args.join(' ')}: ${last.stderr.slice(-500)}`);
    }
  }
  return {
    ms: median(times),
    min: Math.min(...times),
    max: Math.max(...times),
    last,
  };
}

function report(label: string, r: ReturnType<typeof time>, note = '') {
  console.log(
    `${label.padEnd(34)} median ${(r.ms / 1000).toFixed(2)} s (min ${(
      r.min / 1000
    ).toFixed(2)}, max ${(r.max / 1000).toFixed(2)})${note}`,
  );
}

async function main() {
  const scratch = mkdtempSync(join(tmpdir(), 'portolan-cli-bench-'));
  try {
    const cli = join(scratch, 'portolan.cjs');
    execFileSync(systemNode(), [
      join(ROOT, 'packages/cli/scripts/bundle.mjs'),
      cli,
    ]);
    console.log(
      `bundled CLI on node ${execFileSync(systemNode(), ['--version'], {
        encoding: 'utf8',
      }).trim()}, ${RUNS} runs each`,
    );

    const examples = join(scratch, 'examples');
    exampleRepository(examples);
    const exampleArgs = ['--catalog', 'all.yaml', '--format', 'json'];
    const assessed = time(cli, ['assess', examples, ...exampleArgs]);
    const entities = JSON.parse(assessed.last.stdout).length;
    report(`assess, examples (${entities} entities)`, assessed);
    const diffed = time(cli, [
      'diff',
      '--base',
      'HEAD',
      examples,
      ...exampleArgs,
    ]);
    const changed = JSON.parse(diffed.last.stdout).changed.length;
    report(
      'diff, examples',
      diffed,
      `, ${changed} entities changed, ${(diffed.ms / assessed.ms).toFixed(
        2,
      )}x assess`,
    );

    const synthetic = join(scratch, 'synthetic');
    const services = syntheticRepository(synthetic, FILES);
    const big = time(cli, ['assess', synthetic, '--format', 'json']);
    report(`assess, ${FILES} files (${services + 1} entities)`, big);
    const bigDiff = time(cli, [
      'diff',
      '--base',
      'HEAD',
      synthetic,
      '--format',
      'json',
    ]);
    report(
      `diff, ${FILES} files`,
      bigDiff,
      `, ${JSON.parse(bigDiff.last.stdout).changed.length} entities changed, ${(
        bigDiff.ms / big.ms
      ).toFixed(2)}x assess`,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
