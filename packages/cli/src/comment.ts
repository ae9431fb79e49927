import { readFile } from 'node:fs/promises';
import { InputError, redact } from './errors';

/** One comment on a pull or merge request, as the platform lists it. */
export interface PostedComment {
  id: number;
  body: string;
}

/** What `comment` needs of a platform: its request's comments, and writing them. */
export interface CommentPlatform {
  /** Where the comment goes, for the log: `owner/repo#12`, `group/project!7`. */
  target: string;
  list(): Promise<PostedComment[]>;
  create(body: string): Promise<PostedComment>;
  update(id: number, body: string): Promise<void>;
  remove(id: number): Promise<void>;
}

/** A platform API's refusal, with its status: some are expected and handled. */
export class PlatformError extends InputError {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const REQUEST_TIMEOUT_MS = 30_000;
const PAGE_SIZE = 100;
/** Pages of comments read at most: a request with 3,000 comments is read, not more. */
const MAX_PAGES = 30;

/** A JSON client for one platform API; the token goes in a header, never in a URL or a message. */
function createClient(
  apiUrl: string,
  headers: Record<string, string>,
  token: string,
  /** Said after a 401 or 403: what to do about the credentials. */
  refusedHint = '',
) {
  let base: URL;
  try {
    base = new URL(apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`);
  } catch {
    throw new InputError(`API URL ${apiUrl} is not a URL`);
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') {
    throw new InputError(`API URL ${apiUrl} is not http(s)`);
  }
  return async (method: string, path: string, body?: unknown) => {
    const url = new URL(path, base);
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          accept: 'application/json',
          'user-agent': 'portolan-cli',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      throw new InputError(
        redact(
          `${method} ${url.origin}${url.pathname}: ${
            cause ?? (error as Error).message
          }`,
          [token],
        ),
      );
    }
    const text = await response.text();
    if (!response.ok) {
      let message = text.slice(0, 300);
      try {
        const parsed = JSON.parse(text);
        message = String(parsed.message ?? parsed.error ?? message);
      } catch {
        // not JSON: the start of the text
      }
      throw new PlatformError(
        response.status,
        redact(
          `${method} ${url.pathname} answered ${response.status}: ${message}${
            response.status === 401 || response.status === 403
              ? refusedHint
              : ''
          }`,
          [token],
        ),
      );
    }
    return text ? JSON.parse(text) : undefined;
  };
}

async function listPages(
  call: ReturnType<typeof createClient>,
  path: string,
  keep: (item: any) => boolean = () => true,
): Promise<PostedComment[]> {
  const comments: PostedComment[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const items = (await call(
      'GET',
      `${path}${
        path.includes('?') ? '&' : '?'
      }per_page=${PAGE_SIZE}&page=${page}`,
    )) as any[];
    if (!Array.isArray(items)) break;
    for (const item of items) {
      if (keep(item) && typeof item.body === 'string') {
        comments.push({ id: item.id, body: item.body });
      }
    }
    if (items.length < PAGE_SIZE) break;
  }
  return comments;
}

export interface PlatformFlags {
  repo?: string;
  pr?: string;
  project?: string;
  mr?: string;
  'api-url'?: string;
}

const positiveInteger = (flag: string, value: string) => {
  if (!/^[1-9]\d{0,9}$/.test(value)) {
    throw new InputError(`${flag} takes a number, got ${value}`);
  }
  return value;
};

/** The pull request number of the event that started a GitHub Actions run. */
async function githubEventNumber(path: string | undefined) {
  if (!path) return undefined;
  try {
    const event = JSON.parse(await readFile(path, 'utf8'));
    const number =
      event?.pull_request?.number ?? event?.issue?.number ?? event?.number;
    return typeof number === 'number' ? String(number) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * GitHub: the pull request's issue comments (a pull request is an issue),
 * token GITHUB_TOKEN, repository GITHUB_REPOSITORY, number from the event
 * in GITHUB_EVENT_PATH; flags win over the environment.
 */
export async function githubPlatform(
  flags: PlatformFlags,
  env: NodeJS.ProcessEnv,
): Promise<CommentPlatform> {
  const token = env.GITHUB_TOKEN;
  if (!token) {
    throw new InputError(
      'GITHUB_TOKEN is not set (in a workflow: env: GITHUB_TOKEN: ${{ github.token }}, with permissions: pull-requests: write)',
    );
  }
  const repo = flags.repo ?? env.GITHUB_REPOSITORY;
  if (!repo || !/^[\w.-]+\/[\w.-]+$/.test(repo)) {
    throw new InputError(
      `--repo owner/name or GITHUB_REPOSITORY is needed${
        repo ? `, got ${repo}` : ''
      }`,
    );
  }
  const number = flags.pr
    ? positiveInteger('--pr', flags.pr)
    : await githubEventNumber(env.GITHUB_EVENT_PATH);
  if (!number) {
    throw new InputError(
      '--pr NUMBER is needed: GITHUB_EVENT_PATH names no pull request (run on pull_request events)',
    );
  }
  const call = createClient(
    flags['api-url'] ?? env.GITHUB_API_URL ?? 'https://api.github.com',
    {
      authorization: `Bearer ${token}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
    },
    token,
  );
  const issue = `repos/${repo}/issues/${number}/comments`;
  return {
    target: `${repo}#${number}`,
    list: () => listPages(call, issue),
    create: async body => {
      const created = await call('POST', issue, { body });
      return { id: created.id, body: created.body };
    },
    update: async (id, body) => {
      await call('PATCH', `repos/${repo}/issues/comments/${id}`, { body });
    },
    remove: async id => {
      await call('DELETE', `repos/${repo}/issues/comments/${id}`);
    },
  };
}

/**
 * GitLab: the merge request's notes. GITLAB_TOKEN (a project or personal
 * access token with the api scope) as PRIVATE-TOKEN, else CI_JOB_TOKEN as
 * JOB-TOKEN; API CI_API_V4_URL, project CI_PROJECT_ID, request
 * CI_MERGE_REQUEST_IID; flags win over the environment.
 */
export function gitlabPlatform(
  flags: PlatformFlags,
  env: NodeJS.ProcessEnv,
): CommentPlatform {
  const token = env.GITLAB_TOKEN || env.CI_JOB_TOKEN;
  if (!token) {
    throw new InputError(
      'GITLAB_TOKEN (a project access token with the api scope) or CI_JOB_TOKEN is not set',
    );
  }
  const header = env.GITLAB_TOKEN ? 'private-token' : 'job-token';
  const project = flags.project ?? env.CI_PROJECT_ID;
  if (!project) {
    throw new InputError('--project ID or CI_PROJECT_ID is needed');
  }
  const iid = flags.mr ?? env.CI_MERGE_REQUEST_IID;
  if (!iid) {
    throw new InputError(
      '--mr IID or CI_MERGE_REQUEST_IID is needed (run in a merge request pipeline: rules: - if: $CI_MERGE_REQUEST_IID)',
    );
  }
  positiveInteger('--mr', iid);
  const call = createClient(
    flags['api-url'] ?? env.CI_API_V4_URL ?? 'https://gitlab.com/api/v4',
    { [header]: token },
    token,
    header === 'job-token'
      ? ' (GitLab does not let CI_JOB_TOKEN write merge request notes, gitlab-org/gitlab#464591: set GITLAB_TOKEN to a project access token with the api scope)'
      : '',
  );
  const notes = `projects/${encodeURIComponent(
    project,
  )}/merge_requests/${iid}/notes`;
  return {
    target: `${project}!${iid}`,
    // System notes ("added 1 commit") are GitLab's own, never ours.
    list: () => listPages(call, `${notes}?sort=asc`, note => !note.system),
    create: async body => {
      const created = await call('POST', notes, { body });
      return { id: created.id, body: created.body };
    },
    update: async (id, body) => {
      await call('PUT', `${notes}/${id}`, { body });
    },
    remove: async id => {
      await call('DELETE', `${notes}/${id}`);
    },
  };
}

export const BEHAVIORS = ['update', 'new', 'delete-and-new'] as const;
export type Behavior = (typeof BEHAVIORS)[number];

/** The hidden line that marks Portolan's comment; a tag tells several apart (one per folder of a monorepo). */
export const markerFor = (tag?: string) =>
  tag ? `<!-- portolan:${tag} -->` : '<!-- portolan -->';

/**
 * Posts `body` (which starts with the marker) as configured: `update` edits
 * the marked comment or creates it, `new` adds one each time, and
 * `delete-and-new` removes the marked ones first. When `quiet` (nothing
 * changed) and no marked comment exists, nothing is posted at all.
 */
export async function postComment(
  platform: CommentPlatform,
  marker: string,
  body: string,
  behavior: Behavior,
  quiet: boolean,
): Promise<string> {
  // Ours start with the marker; a comment that only quotes it is not ours.
  const marked = (await platform.list()).filter(c => c.body.startsWith(marker));
  if (quiet && marked.length === 0) {
    return `nothing changed; no comment on ${platform.target}`;
  }
  if (behavior === 'update') {
    const same = marked.find(comment => comment.body === body);
    if (same) return `comment ${same.id} on ${platform.target} is up to date`;
    for (const comment of marked) {
      if (await unlessNotOurs(() => platform.update(comment.id, body))) {
        return `updated comment ${comment.id} on ${platform.target}`;
      }
    }
  }
  if (behavior === 'delete-and-new') {
    for (const comment of marked) {
      await unlessNotOurs(() => platform.remove(comment.id));
    }
  }
  const created = await platform.create(body);
  return `posted comment ${created.id} on ${platform.target}`;
}

/**
 * Runs a write to a marked comment; false when the platform refuses it
 * because someone else wrote that comment (anyone can type the marker),
 * so a planted marker cannot block the real comment.
 */
async function unlessNotOurs(write: () => Promise<void>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    if (error instanceof PlatformError && [403, 404].includes(error.status)) {
      return false;
    }
    throw error;
  }
}
