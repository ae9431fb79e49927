import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { startFakeGitHub, startFakeGitLab } from './testing/fakePlatform';
import { COSMOS_CHANGE, DAY_ONE_FILES, createGitRepo } from './testing/gitRepo';
import { systemNode } from './testing/systemNode';

// Real git repositories, processes and servers: slower than a unit test on a loaded CI machine.
jest.setTimeout(60_000);

const CLI = resolve(__dirname, '..');
const ROOT = resolve(CLI, '../..');
const TOKEN = 'ci-token-that-stays-secret';

/**
 * Runs a shell script without blocking this process: the fake platform
 * answering the script's requests lives in it.
 */
function runShell(
  shell: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(shell, args, options);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', chunk => (stdout += chunk));
    child.stderr.on('data', chunk => (stderr += chunk));
    child.on('error', reject);
    child.on('close', status => resolvePromise({ status, stdout, stderr }));
  });
}

/**
 * The repository's GitHub Action and GitLab CI template, run by the shell
 * as CI would (the CLI bundle standing in for `npx @portolan/cli`), against
 * fake platform APIs on loopback and a real git repository.
 */
describe('the GitHub Action and the GitLab CI template', () => {
  let scratch: string;
  let cli: string;
  let repo: ReturnType<typeof createGitRepo>;
  let dayOne: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'portolan-ci-'));
    cli = join(scratch, 'portolan.cjs');
    execFileSync(systemNode(), [join(CLI, 'scripts/bundle.mjs'), cli]);
    repo = createGitRepo();
    dayOne = repo.commit(DAY_ONE_FILES, 'Day one');
    repo.commit(COSMOS_CHANGE, 'Orders in Cosmos DB');
  });
  afterAll(() => {
    repo?.remove();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  /** `npx --yes "@portolan/cli@..."` -> the bundle on the system's node. */
  const withBundle = (script: string) => {
    const replaced = script.replace(
      /npx --yes "@portolan\/cli@\$[A-Z_]+"/g,
      `"${systemNode()}" "${cli}"`,
    );
    expect(replaced).not.toContain('npx');
    return replaced;
  };

  it('action.yml comments on the pull request and fails the check on a new blocker', async () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
    expect(action.runs.using).toBe('composite');
    const [step] = action.runs.steps;
    const script = (step.run as string).replace(
      'cli=(npx --yes "@portolan/cli@$INPUT_VERSION")',
      `cli=("${systemNode()}" "${cli}")`,
    );
    expect(script).not.toContain('npx');
    // Every input reaches the script through env, with the action's defaults.
    const inputs = Object.fromEntries(
      Object.entries(action.inputs as Record<string, any>).map(([k, v]) => [
        `INPUT_${k.toUpperCase().replace(/-/g, '_')}`,
        String(v.default),
      ]),
    );
    const github = await startFakeGitHub('acme/shop', 9);
    try {
      const event = join(scratch, 'event.json');
      writeFileSync(event, JSON.stringify({ pull_request: { number: 9 } }));
      const result = await runShell('bash', ['-c', script], {
        cwd: repo.dir,
        env: {
          PATH: process.env.PATH,
          ...inputs,
          INPUT_FAIL_ON_NEW_BLOCKER: 'true',
          GITHUB_TOKEN: TOKEN,
          PR_BASE: dayOne,
          EVENT_NAME: 'pull_request',
          GITHUB_REPOSITORY: 'acme/shop',
          GITHUB_EVENT_PATH: event,
          GITHUB_API_URL: github.url,
        },
      });
      expect(result.stdout).toContain('posted comment 1000 on acme/shop#9');
      expect(result.stdout).toContain('+ azure:cosmos-db');
      expect(result.stderr).toContain(
        'gate failed: component:default/shop-api has 1 new blocker(s)',
      );
      expect(result.status).toBe(1);
      expect(result.stdout + result.stderr).not.toContain(TOKEN);
      expect(github.store.requests.map(r => `${r.method} ${r.path}`)).toEqual([
        'GET /repos/acme/shop/issues/9/comments?per_page=100&page=1',
        'POST /repos/acme/shop/issues/9/comments',
      ]);
      expect(github.store.requests[1].headers.authorization).toBe(
        `Bearer ${TOKEN}`,
      );
    } finally {
      await github.close();
    }
  });

  it('the GitLab template posts one note in a merge request pipeline and gates with PORTOLAN_GATES', async () => {
    const template = parse(
      readFileSync(join(ROOT, 'ci-templates/portolan.gitlab-ci.yml'), 'utf8'),
    );
    const job = template.portolan;
    expect(job.rules).toEqual([{ if: '$CI_MERGE_REQUEST_IID' }]);
    const gitlab = await startFakeGitLab('17', 4);
    try {
      const result = await runShell(
        'sh',
        ['-ec', job.script.map(withBundle).join('\n')],
        {
          cwd: repo.dir,
          env: {
            PATH: process.env.PATH,
            ...job.variables,
            PORTOLAN_GATES: '--fail-on-drop 5',
            GITLAB_TOKEN: TOKEN,
            CI_API_V4_URL: `${gitlab.url}/api/v4`,
            CI_PROJECT_ID: '17',
            CI_MERGE_REQUEST_IID: '4',
            CI_MERGE_REQUEST_DIFF_BASE_SHA: dayOne,
          },
        },
      );
      expect(result.stdout).toContain('posted comment 1000 on 17!4');
      expect(result.stderr).toMatch(
        /gate failed: component:default\/shop-api drops \d+ points/,
      );
      expect(result.status).toBe(1);
      expect(gitlab.store.requests.map(r => r.method)).toEqual(['GET', 'POST']);
      expect(gitlab.store.requests[1].headers['private-token']).toBe(TOKEN);
      expect(gitlab.store.comments[0].body).toMatch(/^<!-- portolan -->\n/);
    } finally {
      await gitlab.close();
    }
  });
});
