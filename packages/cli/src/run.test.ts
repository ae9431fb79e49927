import { execFileSync, spawnSync } from 'node:child_process';
import {
  mkdirSync,
  symlinkSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { run } from './run';
import { writeFiles } from './testing/files';
import { captureOutput } from './testing/output';
import { COSMOS_CHANGE, DAY_ONE_FILES, createGitRepo } from './testing/gitRepo';
import { systemNode } from './testing/systemNode';

describe('portolan discover', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'portolan-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (path: string, text: string) =>
    writeFiles(dir, { [path]: text });

  it('prints services with evidence as JSON, with the same detectors as the portal', async () => {
    write(
      'svc/package.json',
      JSON.stringify(
        { dependencies: { '@aws-sdk/client-dynamodb': '^3.0.0' } },
        null,
        2,
      ),
    );
    write(
      'other/package.json',
      JSON.stringify({ dependencies: { '@aws-sdk/client-s3': '^3.0.0' } }),
    );
    const { io, out } = captureOutput();
    expect(await run(['discover', dir, '--json', '--paths', 'svc'], io)).toBe(
      0,
    );
    const report = JSON.parse(out());
    expect(Object.keys(report)).toEqual([
      'services',
      'hosting',
      'findings',
      'scan',
      'scannedAt',
    ]);
    expect(report.scan).toMatchObject({ files: 1, paths: ['svc'] });
    expect(report.services.map((s: { id: string }) => s.id)).toEqual([
      'aws:dynamodb',
    ]);
    expect(report.services[0].codeLevel).toBe(true);
    for (const service of report.services) {
      expect(service.evidence[0]).toMatchObject({
        path: 'svc/package.json',
        detector: 'dependencies',
      });
    }
  });

  it('answers bad usage with exit code 2 and the usage text', async () => {
    const { io, err } = captureOutput();
    expect(await run(['discover', join(dir, 'missing')], io)).toBe(2);
    expect(err()).toContain('is not a folder');
    const second = captureOutput();
    expect(await run(['launch'], second.io)).toBe(2);
    expect(second.err()).toContain('Usage: portolan discover');
    const third = captureOutput();
    expect(await run(['discover', '--colour'], third.io)).toBe(2);
  });

  it('prints a table saying what was scanned when nothing matched', async () => {
    write('README.md', '# nothing here');
    const { io, out } = captureOutput();
    expect(await run(['discover', dir], io)).toBe(0);
    expect(out()).toContain('No cloud services found.');
  });

  it('installs from its packed tarball with no dependencies and runs on the system Node', () => {
    const cli = resolve(__dirname, '..');
    const packDir = join(dir, 'pack');
    mkdirSync(packDir);
    execFileSync(
      'npm',
      ['pack', '--pack-destination', packDir, '--loglevel=error'],
      { cwd: cli, stdio: 'pipe' },
    );
    const tarball = readdirSync(packDir).find(f => f.endsWith('.tgz'))!;
    const app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{"name":"app","private":true}');
    execFileSync(
      'npm',
      [
        'install',
        '--offline',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        join(packDir, tarball),
      ],
      {
        cwd: app,
        stdio: 'pipe',
      },
    );
    write('repo/README.md', 'x');
    // The system's Node (first on PATH outside node_modules), not the test runner's.
    const node = systemNode();
    expect(
      Number(
        execFileSync(node, ['-p', 'process.versions.node.split(".")[0]'], {
          encoding: 'utf8',
        }),
      ),
    ).toBeGreaterThanOrEqual(20);
    const bin = join(app, 'node_modules/@portolan/cli/bin/portolan');
    const output = execFileSync(
      node,
      [bin, 'discover', join(dir, 'repo'), '--json'],
      {
        encoding: 'utf8',
      },
    );
    expect(JSON.parse(output)).toMatchObject({
      services: [],
      scan: { files: 0 },
    });

    // diff too: git plumbing and the bundled engine, from the installed tarball.
    const repo = createGitRepo();
    try {
      const base = repo.commit(DAY_ONE_FILES, 'Day one');
      repo.commit(COSMOS_CHANGE, 'Orders in Cosmos DB');
      const diff = spawnSync(
        node,
        [bin, 'diff', '--base', base, repo.dir, '--fail-on-new-blocker'],
        { encoding: 'utf8' },
      );
      expect(diff.stdout).toContain('+ azure:cosmos-db');
      expect(diff.stderr).toContain(
        'gate failed: component:default/shop-api has 1 new blocker(s)',
      );
      expect(diff.status).toBe(1);
    } finally {
      repo.remove();
    }
  }, 120_000);

  describe('assess', () => {
    const catalog = `apiVersion: backstage.io/v1alpha1
kind: System
metadata:
  name: shop
spec:
  owner: team-a
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: shop-api
  annotations:
    portolan.dev/discovery-paths: api
spec:
  type: service
  owner: team-a
  lifecycle: production
  system: shop
  dependsOn: [resource:shop-db]
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: shop-db
  annotations:
    portolan.dev/discovery-paths: infra
spec:
  type: database
  owner: team-a
  system: shop
---
kind: [broken
`;

    beforeEach(() => {
      write('catalog-info.yaml', catalog);
      write(
        'api/package.json',
        JSON.stringify({ dependencies: { '@azure/service-bus': '^7.0.0' } }),
      );
      write(
        'infra/db.tf',
        'resource "azurerm_postgresql_flexible_server" "db" {\n  location = "westeurope"\n}\nresource "azurerm_key_vault" "kv" {}\n',
      );
    });

    it('assesses each entity with what the tree shows, as the portal would', async () => {
      const { io, out, err } = captureOutput();
      expect(await run(['assess', dir, '--format', 'json'], io)).toBe(0);
      const rows = JSON.parse(out());
      const byRef = Object.fromEntries(rows.map((r: any) => [r.entityRef, r]));
      expect(byRef['resource:default/shop-db'].services).toEqual([
        'azure:key-vault',
        'azure:postgresql-flexible-server',
      ]);
      // The component inherits its database and adds what its code calls.
      const all = [
        'azure:key-vault',
        'azure:postgresql-flexible-server',
        'azure:service-bus',
      ];
      expect(byRef['component:default/shop-api'].services).toEqual(all);
      expect(byRef['system:default/shop'].services).toEqual(all);
      expect(byRef['resource:default/shop-db'].blockers.length).toBeGreaterThan(
        0,
      );
      // The broken document is named, the rest is still assessed.
      expect(err()).toMatch(
        /^portolan: catalog-info\.yaml:33: document 4: Flow sequence in block collection must be sufficiently indented and end with a \]$/m,
      );
    });

    it('fails the gate below a score or on a blocker, and says why', async () => {
      const under = captureOutput();
      expect(await run(['assess', dir, '--fail-under', '100'], under.io)).toBe(
        1,
      );
      expect(under.err()).toMatch(/gate failed: .* scores \d+, below 100/);
      const blocker = captureOutput();
      expect(
        await run(
          ['assess', dir, '--format', 'markdown', '--fail-on', 'blocker'],
          blocker.io,
        ),
      ).toBe(1);
      expect(blocker.out()).toContain(
        '| ENTITY | SCORE | GRADE | BLOCKERS | SERVICES |',
      );
      expect(blocker.err()).toContain('blocker(s)');
      const passing = captureOutput();
      expect(await run(['assess', dir, '--fail-under', '0'], passing.io)).toBe(
        0,
      );
    });

    it('follows a Location to catalog files inside the tree, never through a symbolic link', async () => {
      write(
        'located/all.yaml',
        'apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: all\nspec:\n  targets: [./shop.yaml, ./linked.yaml, ../outside.yaml]\n',
      );
      write(
        'located/shop.yaml',
        catalog.replace(/\n---\nkind: \[broken\n$/, '\n'),
      );
      write('outside.yaml', catalog);
      symlinkSync(join(dir, 'outside.yaml'), join(dir, 'located/linked.yaml'));
      const { io, out, err } = captureOutput();
      expect(
        await run(
          [
            'assess',
            join(dir, 'located'),
            '--catalog',
            'all.yaml',
            '--format',
            'json',
          ],
          io,
        ),
      ).toBe(0);
      expect(
        JSON.parse(out())
          .map((r: any) => r.entityRef)
          .sort(),
      ).toEqual([
        'component:default/shop-api',
        'resource:default/shop-db',
        'system:default/shop',
      ]);
      expect(err()).toContain('portolan: linked.yaml: no such file');
      expect(err()).toContain(
        'portolan: all.yaml: Location target ../outside.yaml is outside the folder, not read',
      );
    });

    it('never lets a name from the repository reach the terminal as an escape sequence', async () => {
      write(
        'evil/catalog-info.yaml',
        'apiVersion: backstage.io/v1alpha1\nkind: Resource\nmetadata:\n  name: "db\\e[2J"\nspec:\n  type: database\n  owner: a\n',
      );
      const { io, out, err } = captureOutput();
      await run(['assess', join(dir, 'evil'), '--format', 'markdown'], io);
      await run(['assess', join(dir, 'evil')], io);
      expect(out() + err()).not.toContain('\u001b');
      expect(out()).toContain('resource:default/db?[2j');
    });

    it('refuses bad options with exit code 2', async () => {
      for (const args of [
        ['--format', 'xml'],
        ['--fail-under', '120'],
        ['--fail-on', 'warning'],
      ]) {
        const { io, err } = captureOutput();
        expect(await run(['assess', dir, ...args], io)).toBe(2);
        expect(err()).toContain(args[0]);
      }
    });
  });
});
