import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './run';
import { captureOutput } from './testing/output';
import { COSMOS_CHANGE, DAY_ONE_FILES, createGitRepo } from './testing/gitRepo';

// Real git repositories, processes and servers: slower than a unit test on a loaded CI machine.
jest.setTimeout(60_000);

describe('portolan diff on a real git repository', () => {
  let repo: ReturnType<typeof createGitRepo>;
  let dayOne: string;
  beforeAll(() => {
    repo = createGitRepo();
    dayOne = repo.commit(DAY_ONE_FILES, 'Day one');
    repo.commit(COSMOS_CHANGE, 'Orders in Cosmos DB');
  });
  afterAll(() => repo.remove());

  it('reports the lock-in the second commit adds: the service with its fit at each target, the score, grade and readiness', async () => {
    const { io, out } = captureOutput();
    expect(
      await run(['diff', '--base', dayOne, repo.dir, '--format', 'json'], io),
    ).toBe(0);
    const diff = JSON.parse(out());
    expect(diff.base).toEqual({ ref: dayOne, commit: dayOne });
    expect(diff.changed).toHaveLength(1);
    const [change] = diff.changed;
    expect(change.entityRef).toBe('component:default/shop-api');
    expect(change.servicesAdded.map((s: any) => s.service)).toEqual([
      'azure:cosmos-db',
    ]);
    const [cosmos] = change.servicesAdded;
    expect([...cosmos.foundIn].sort()).toEqual([
      'infra/cosmos.tf:1',
      'package.json:6',
    ]);
    expect(Object.keys(cosmos.targets).sort()).toEqual(['ionos', 'stackit']);
    for (const cell of Object.values(cosmos.targets) as any[]) {
      expect(['direct', 'partial', 're-architect', 'none']).toContain(cell.fit);
    }
    expect(change.servicesRemoved).toEqual([]);
    expect(change.after.score).toBeLessThan(change.before.score);
    expect(change.readiness.length).toBeGreaterThan(0);
    expect(diff.gateFailures).toEqual([]);
  });

  it('prints the change as text and as the markdown of the comment', async () => {
    const text = captureOutput();
    await run(['diff', '--base', dayOne, repo.dir], text.io);
    expect(text.out()).toMatch(
      /^Portolan: sovereignty change against [0-9a-f]{40} \([0-9a-f]{12}\)\n\ncomponent:default\/shop-api {2}\d+ [A-E] -> \d+ [A-E] \(−\d+\)\n {2}\+ azure:cosmos-db \(.+\) in /,
    );
    const markdown = captureOutput();
    await run(
      ['diff', '--base', dayOne, repo.dir, '--format', 'markdown'],
      markdown.io,
    );
    expect(markdown.out()).toContain(
      '| Entity | Score | Grade | Services | New blockers |',
    );
    expect(markdown.out()).toMatch(
      /\| `component:default\/shop-api` \| \d+ → \*\*\d+\*\* \(−\d+\) \|/,
    );
    expect(markdown.out()).toContain('**Adds** `azure:cosmos-db`');
    expect(markdown.out()).toContain('| Target | Fit | Offering | Effort |');
  });

  it('fails the gates the change trips with exit code 1, and names why', async () => {
    const drop = captureOutput();
    expect(
      await run(
        ['diff', '--base', dayOne, repo.dir, '--fail-on-drop', '0'],
        drop.io,
      ),
    ).toBe(1);
    expect(drop.err()).toMatch(
      /gate failed: component:default\/shop-api drops \d+ points \(\d+ -> \d+\), more than 0/,
    );
    const lenient = captureOutput();
    expect(
      await run(
        ['diff', '--base', dayOne, repo.dir, '--fail-on-drop', '100'],
        lenient.io,
      ),
    ).toBe(0);

    // A new blocker or a lower grade fails only when the change makes one.
    const json = captureOutput();
    await run(
      ['diff', '--base', dayOne, repo.dir, '--format', 'json'],
      json.io,
    );
    const [change] = JSON.parse(json.out()).changed;
    const blockers = captureOutput();
    expect(
      await run(
        ['diff', '--base', dayOne, repo.dir, '--fail-on-new-blocker'],
        blockers.io,
      ),
    ).toBe(change.newBlockers.length > 0 ? 1 : 0);
    const grade = captureOutput();
    expect(
      await run(
        ['diff', '--base', dayOne, repo.dir, '--fail-on-grade-drop'],
        grade.io,
      ),
    ).toBe(change.after.grade > change.before.grade ? 1 : 0);
  });

  it('says so in one line when nothing changed', async () => {
    const { io, out } = captureOutput();
    expect(
      await run(
        ['diff', '--base', 'HEAD', repo.dir, '--fail-on-drop', '0'],
        io,
      ),
    ).toBe(0);
    expect(out()).toMatch(
      /^Portolan: no sovereignty change against HEAD \([0-9a-f]{12}\); 1 entity assessed\.\n$/,
    );
  });

  it('compares uncommitted work too, and names a broken .tf file with its line instead of failing', async () => {
    const broken = createGitRepo();
    try {
      const base = broken.commit(DAY_ONE_FILES, 'Day one');
      broken.write({
        'infra/broken.tf':
          'resource "azurerm_cosmosdb_account" "x" {\n  name = \n',
      });
      const { io, out, err } = captureOutput();
      expect(
        await run(['diff', '--base', base, broken.dir, '--format', 'json'], io),
      ).toBe(0);
      const diff = JSON.parse(out());
      expect(diff.newProblems).toEqual([
        expect.objectContaining({
          file: 'infra/broken.tf',
          line: expect.any(Number),
        }),
      ]);
      expect(err()).toMatch(/^portolan: infra\/broken\.tf:\d+: /m);
      expect(err()).not.toMatch(/\n\s+at /);
    } finally {
      broken.remove();
    }
  });

  it('reads the same sovereignty settings as the portal from --config, and names a bad one', async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'portolan-config-'));
    const config = join(configDir, 'app-config.yaml');
    const diff = async (args: string[]) => {
      const output = captureOutput();
      const code = await run(
        ['diff', '--base', dayOne, repo.dir, '--format', 'json', ...args],
        output.io,
      );
      return { code, output };
    };
    try {
      // Supply chain weighs most when a hyperscaler's service comes in.
      writeFileSync(
        config,
        'app:\n  title: test\nsovereignty:\n  weights:\n    supply-chain: 80\n    strategic: 1\n',
      );
      const weighted = await diff(['--config', config]);
      const defaults = await diff([]);
      expect([weighted.code, defaults.code]).toEqual([0, 0]);
      const [withWeights] = JSON.parse(weighted.output.out()).changed;
      const [withDefaults] = JSON.parse(defaults.output.out()).changed;
      expect(withWeights.before.score).not.toBe(withDefaults.before.score);
      expect(withWeights.after.score).not.toBe(withDefaults.after.score);
      expect(withWeights.servicesAdded).toEqual(withDefaults.servicesAdded);

      writeFileSync(config, 'sovereignty:\n  weights:\n    juridical: 3\n');
      const unknown = await diff(['--config', config]);
      expect(unknown.code).toBe(2);
      expect(unknown.output.err()).toContain(
        'sovereignty.weights.juridical: unknown dimension',
      );

      writeFileSync(config, 'sovereignty:\n  weights: [\n');
      const broken = await diff(['--config', config]);
      expect(broken.code).toBe(2);
      expect(broken.output.err()).toMatch(/app-config\.yaml:\d+: /);
    } finally {
      rmSync(configDir, { recursive: true, force: true });
    }
  });

  it('in a folder of a monorepo, rescans only what the change touched and reports only that service', async () => {
    const mono = createGitRepo();
    try {
      const service = (name: string) =>
        Object.fromEntries(
          Object.entries(DAY_ONE_FILES).map(([path, text]) => [
            `services/${name}/${path}`,
            text.replace(/shop-api/g, name),
          ]),
        );
      const base = mono.commit(
        {
          ...service('orders'),
          ...service('billing'),
          'README.md': '# mono\n',
        },
        'Two services',
      );
      // Uncommitted: Cosmos DB in orders only, and an untracked file in it.
      mono.write(
        Object.fromEntries(
          Object.entries(COSMOS_CHANGE).map(([path, text]) => [
            `services/orders/${path}`,
            text.replace(/shop-api/g, 'orders'),
          ]),
        ),
      );
      const { io, out } = captureOutput();
      expect(
        await run(
          [
            'diff',
            '--base',
            base,
            join(mono.dir, 'services'),
            '--format',
            'json',
          ],
          io,
        ),
      ).toBe(0);
      const diff = JSON.parse(out());
      expect(diff.changed.map((c: any) => c.entityRef)).toEqual([
        'component:default/orders',
      ]);
      expect(diff.changed[0].servicesAdded.map((s: any) => s.service)).toEqual([
        'azure:cosmos-db',
      ]);
      expect(diff.unchanged).toBe(1);
    } finally {
      mono.remove();
    }
  });

  it('refuses a base that is not a commit, and a folder outside git, with exit code 2', async () => {
    const missing = captureOutput();
    expect(
      await run(['diff', '--base', 'no-such-branch', repo.dir], missing.io),
    ).toBe(2);
    expect(missing.err()).toContain('--base no-such-branch: no such commit');
    const option = captureOutput();
    expect(
      await run(['diff', '--base', '--output=x', repo.dir], option.io),
    ).toBe(2);
    const outside = mkdtempSync(join(tmpdir(), 'portolan-not-git-'));
    try {
      const notGit = captureOutput();
      expect(await run(['diff', '--base', 'HEAD', outside], notGit.io)).toBe(2);
      expect(notGit.err()).toContain('is not inside a git working tree');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
    const none = captureOutput();
    expect(await run(['diff', repo.dir], none.io)).toBe(2);
    expect(none.err()).toContain('--base REF is required');
  });
});
