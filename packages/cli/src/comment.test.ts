import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './run';
import { captureOutput } from './testing/output';
import { startFakeGitHub, startFakeGitLab } from './testing/fakePlatform';
import { COSMOS_CHANGE, DAY_ONE_FILES, createGitRepo } from './testing/gitRepo';

// Real git repositories, processes and servers: slower than a unit test on a loaded CI machine.
jest.setTimeout(60_000);

const MARKER = '<!-- portolan -->';
const TOKEN = 'ghs_s3cr3t-t0ken-never-printed';

describe('portolan comment', () => {
  let repo: ReturnType<typeof createGitRepo>;
  let dayOne: string;
  let scratch: string;
  beforeAll(() => {
    repo = createGitRepo();
    dayOne = repo.commit(DAY_ONE_FILES, 'Day one');
    repo.commit(COSMOS_CHANGE, 'Orders in Cosmos DB');
    scratch = mkdtempSync(join(tmpdir(), 'portolan-comment-'));
  });
  afterAll(() => {
    repo.remove();
    rmSync(scratch, { recursive: true, force: true });
  });

  describe('on GitHub', () => {
    let github: Awaited<ReturnType<typeof startFakeGitHub>>;
    let env: NodeJS.ProcessEnv;
    beforeAll(async () => {
      github = await startFakeGitHub('acme/shop', 7);
      const event = join(scratch, 'event.json');
      writeFileSync(event, JSON.stringify({ pull_request: { number: 7 } }));
      env = {
        GITHUB_TOKEN: TOKEN,
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_EVENT_PATH: event,
        GITHUB_API_URL: github.url,
      };
    });
    afterAll(() => github.close());

    it('creates one comment, then updates that same comment on the next push, request by request', async () => {
      // A reviewer's comment is there first and stays untouched.
      github.store.comments.push({ id: 1, body: 'Looks good to me' });

      const first = captureOutput();
      expect(
        await run(
          ['comment', 'github', '--base', dayOne, repo.dir],
          first.io,
          env,
        ),
      ).toBe(0);
      const [list, create] = github.store.requests;
      expect(github.store.requests).toHaveLength(2);
      expect(list).toMatchObject({
        method: 'GET',
        path: '/repos/acme/shop/issues/7/comments?per_page=100&page=1',
      });
      expect(create).toMatchObject({
        method: 'POST',
        path: '/repos/acme/shop/issues/7/comments',
      });
      for (const request of [list, create]) {
        expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
        expect(request.headers['x-github-api-version']).toBe('2022-11-28');
      }
      expect(create.body.body.startsWith(`${MARKER}\n### Portolan`)).toBe(true);
      expect(create.body.body).toContain('**Adds** `azure:cosmos-db`');
      expect(first.out()).toMatch(/posted comment 1000 on acme\/shop#7/);

      // The next push removes the SDK and the Terraform again.
      repo.commit(
        { 'package.json': DAY_ONE_FILES['package.json'] },
        'Back to PostgreSQL only',
      );
      repo.git('rm', '--quiet', 'infra/cosmos.tf');
      repo.git('commit', '--quiet', '--no-gpg-sign', '-m', 'No Cosmos DB');
      github.store.requests.length = 0;
      const second = captureOutput();
      expect(
        await run(
          ['comment', 'github', '--base', dayOne, repo.dir],
          second.io,
          env,
        ),
      ).toBe(0);
      expect(github.store.requests.map(r => `${r.method} ${r.path}`)).toEqual([
        'GET /repos/acme/shop/issues/7/comments?per_page=100&page=1',
        'PATCH /repos/acme/shop/issues/comments/1000',
      ]);
      const [, update] = github.store.requests;
      expect(update.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(update.body.body).toMatch(
        /^<!-- portolan -->\nPortolan: no sovereignty change against [0-9a-f]{40} \([0-9a-f]{12}\); 1 entity assessed\.\n$/,
      );
      expect(github.store.comments.map(c => c.id)).toEqual([1, 1000]);

      // Nothing new: the comment is left as it is, no write at all.
      github.store.requests.length = 0;
      const third = captureOutput();
      await run(
        ['comment', 'github', '--base', dayOne, repo.dir],
        third.io,
        env,
      );
      expect(github.store.requests.map(r => r.method)).toEqual(['GET']);
      expect(third.out()).toContain('is up to date');

      for (const output of [first, second, third]) {
        expect(output.all()).not.toContain(TOKEN);
      }
    });

    it('deletes and posts anew with --behavior delete-and-new, and posts one more with new', async () => {
      const base = repo.git('rev-parse', 'HEAD~2');
      github.store.requests.length = 0;
      const replaced = captureOutput();
      expect(
        await run(
          [
            'comment',
            'github',
            '--base',
            base,
            repo.dir,
            '--behavior',
            'delete-and-new',
          ],
          replaced.io,
          env,
        ),
      ).toBe(0);
      expect(github.store.requests.map(r => `${r.method} ${r.path}`)).toEqual([
        'GET /repos/acme/shop/issues/7/comments?per_page=100&page=1',
        'DELETE /repos/acme/shop/issues/comments/1000',
        'POST /repos/acme/shop/issues/7/comments',
      ]);
      expect(github.store.comments.map(c => c.id)).toEqual([1, 1001]);
      // Against the commit that added Cosmos DB, this push removes it.
      expect(github.store.comments[1].body).toContain(
        '**Removes** `azure:cosmos-db`',
      );

      github.store.requests.length = 0;
      await run(
        ['comment', 'github', '--base', base, repo.dir, '--behavior', 'new'],
        captureOutput().io,
        env,
      );
      expect(github.store.requests.map(r => r.method)).toEqual(['GET', 'POST']);
      expect(
        github.store.comments.filter(c => c.body.includes(MARKER)),
      ).toHaveLength(2);
    });

    it('is not stopped by a marker someone else planted, and keeps tagged comments apart', async () => {
      const planted = createGitRepo();
      const pr = await startFakeGitHub('acme/web', 11);
      try {
        const base = planted.commit(DAY_ONE_FILES, 'Day one');
        planted.commit(COSMOS_CHANGE, 'Orders in Cosmos DB');
        pr.store.comments.push({
          id: 2,
          body: `${MARKER}\nnot from Portolan`,
          foreign: true,
        });
        const prEnv = {
          ...env,
          GITHUB_REPOSITORY: 'acme/web',
          GITHUB_API_URL: pr.url,
        };
        const args = [
          'comment',
          'github',
          '--base',
          base,
          planted.dir,
          '--pr',
          '11',
        ];
        expect(await run(args, captureOutput().io, prEnv)).toBe(0);
        expect(pr.store.requests.map(r => r.method)).toEqual([
          'GET',
          'PATCH',
          'POST',
        ]);
        expect(pr.store.comments.map(c => c.id)).toEqual([2, 1000]);
        // A second folder of the monorepo gets a comment of its own.
        expect(
          await run(
            [...args, '--tag', 'web-frontend'],
            captureOutput().io,
            prEnv,
          ),
        ).toBe(0);
        expect(
          pr.store.comments[2].body.startsWith(
            '<!-- portolan:web-frontend -->\n',
          ),
        ).toBe(true);
        // A push that changes nothing writes nothing, the planted comment included.
        pr.store.requests.length = 0;
        planted.write({ 'README.md': 'docs\n' });
        await run(args, captureOutput().io, prEnv);
        await run(
          [...args, '--tag', 'web-frontend'],
          captureOutput().io,
          prEnv,
        );
        expect(pr.store.requests.map(r => r.method)).toEqual(['GET', 'GET']);
        expect(pr.store.comments).toHaveLength(3);
      } finally {
        planted.remove();
        await pr.close();
      }
    });

    it('takes the pull request from --pr, and never prints the token, not even when the API echoes it', async () => {
      const byFlag = captureOutput();
      expect(
        await run(
          [
            'comment',
            'github',
            '--base',
            dayOne,
            repo.dir,
            '--fail-on-drop',
            '0',
            '--pr',
            '7',
          ],
          byFlag.io,
          { ...env, GITHUB_EVENT_PATH: undefined },
        ),
      ).toBe(0); // the working tree is back to day one: nothing dropped
      expect(byFlag.out()).toContain('on acme/shop#7');

      github.store.failWith = {
        status: 401,
        json: { message: `Bad credentials: ${TOKEN}` },
      };
      const refused = captureOutput();
      try {
        expect(
          await run(
            ['comment', 'github', '--base', dayOne, repo.dir],
            refused.io,
            env,
          ),
        ).toBe(2);
      } finally {
        github.store.failWith = undefined;
      }
      expect(refused.err()).toContain(
        'GET /repos/acme/shop/issues/7/comments answered 401: Bad credentials: ***',
      );
      expect(refused.all()).not.toContain(TOKEN);

      const noToken = captureOutput();
      expect(
        await run(
          ['comment', 'github', '--base', dayOne, repo.dir],
          noToken.io,
          { ...env, GITHUB_TOKEN: undefined },
        ),
      ).toBe(2);
      expect(noToken.err()).toContain('GITHUB_TOKEN is not set');
    });
  });

  describe('on GitLab', () => {
    let gitlab: Awaited<ReturnType<typeof startFakeGitLab>>;
    let lockIn: ReturnType<typeof createGitRepo>;
    let base: string;
    beforeAll(async () => {
      gitlab = await startFakeGitLab('42', 3);
      lockIn = createGitRepo();
      base = lockIn.commit(DAY_ONE_FILES, 'Day one');
      lockIn.commit(COSMOS_CHANGE, 'Orders in Cosmos DB');
    });
    afterAll(async () => {
      lockIn.remove();
      await gitlab.close();
    });

    it('creates one note with a project token, updates it on the next push, and fails the gate', async () => {
      const env = {
        GITLAB_TOKEN: TOKEN,
        CI_API_V4_URL: `${gitlab.url}/api/v4`,
        CI_PROJECT_ID: '42',
        CI_MERGE_REQUEST_IID: '3',
      };
      // GitLab's own system notes are never taken for Portolan's.
      gitlab.store.comments.push({
        id: 5,
        body: `added 1 commit ${MARKER}`,
        system: true,
      });
      const first = captureOutput();
      expect(
        await run(
          [
            'comment',
            'gitlab',
            '--base',
            base,
            lockIn.dir,
            '--fail-on-new-blocker',
          ],
          first.io,
          env,
        ),
      ).toBe(1);
      expect(first.err()).toContain(
        'gate failed: component:default/shop-api has 1 new blocker(s)',
      );
      const notes = '/api/v4/projects/42/merge_requests/3/notes';
      expect(gitlab.store.requests.map(r => `${r.method} ${r.path}`)).toEqual([
        `GET ${notes}?sort=asc&per_page=100&page=1`,
        `POST ${notes}`,
      ]);
      for (const request of gitlab.store.requests) {
        expect(request.headers['private-token']).toBe(TOKEN);
        expect(request.headers.authorization).toBeUndefined();
      }
      const posted = gitlab.store.requests[1].body.body as string;
      expect(posted.startsWith(`${MARKER}\n`)).toBe(true);
      expect(posted).toContain(
        '> Gate failed: component:default/shop-api has 1 new blocker(s)',
      );

      // Next push: the SDK goes, the Terraform stays.
      lockIn.commit(
        { 'package.json': DAY_ONE_FILES['package.json'] },
        'No SDK',
      );
      gitlab.store.requests.length = 0;
      expect(
        await run(
          ['comment', 'gitlab', '--base', base, lockIn.dir],
          captureOutput().io,
          {
            CI_JOB_TOKEN: 'job-token-value',
            CI_API_V4_URL: `${gitlab.url}/api/v4`,
            CI_PROJECT_ID: '42',
            CI_MERGE_REQUEST_IID: '3',
          },
        ),
      ).toBe(0);
      expect(gitlab.store.requests.map(r => `${r.method} ${r.path}`)).toEqual([
        `GET ${notes}?sort=asc&per_page=100&page=1`,
        `PUT ${notes}/1000`,
      ]);
      for (const request of gitlab.store.requests) {
        expect(request.headers['job-token']).toBe('job-token-value');
      }
      const portolanNotes = gitlab.store.comments.filter(
        c => !c.system && c.body.includes(MARKER),
      );
      expect(portolanNotes).toHaveLength(1);
      expect(portolanNotes[0].body).toContain('**Adds** `azure:cosmos-db`');
      expect(portolanNotes[0].body).toContain('infra/cosmos.tf');
    });

    it('needs a merge request to comment on', async () => {
      const { io, err } = captureOutput();
      expect(
        await run(['comment', 'gitlab', '--base', base, lockIn.dir], io, {
          GITLAB_TOKEN: TOKEN,
          CI_PROJECT_ID: '42',
        }),
      ).toBe(2);
      expect(err()).toContain('CI_MERGE_REQUEST_IID is needed');
      const bad = captureOutput();
      expect(
        await run(['comment', 'bitbucket', '--base', base], bad.io, {}),
      ).toBe(2);
      expect(bad.err()).toContain(
        'comment takes github or gitlab, got bitbucket',
      );
    });
  });
});
