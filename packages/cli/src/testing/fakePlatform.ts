import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the fake platform received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body?: any;
}

export interface StoredComment {
  id: number;
  body: string;
  system?: boolean;
  /** Written by someone else: the token may not edit or delete it. */
  foreign?: boolean;
}

/** A route: method and path pattern, answered from the stored comments. */
type Route = (
  method: string,
  path: string,
  body: any,
) => { status: number; json?: unknown } | undefined;

/**
 * A platform API on loopback (real HTTP through node:http) that stores
 * comments in memory and records every request, so a test can assert them
 * one by one. `fail` makes the next answers an error, as a platform would.
 */
async function startFake(routes: (store: FakeStore) => Route) {
  const store: FakeStore = { comments: [], nextId: 1000, requests: [] };
  const route = routes(store);
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', c => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const body = text ? JSON.parse(text) : undefined;
      store.requests.push({
        method: req.method!,
        path: req.url!,
        headers: req.headers,
        body,
      });
      const answer = store.failWith ?? route(req.method!, req.url!, body);
      res.writeHead(answer?.status ?? 404, {
        'content-type': 'application/json',
      });
      res.end(JSON.stringify(answer?.json ?? { message: 'Not Found' }));
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    store,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close(error => (error ? reject(error) : resolve())),
      ),
  };
}

export interface FakeStore {
  comments: StoredComment[];
  nextId: number;
  requests: RecordedRequest[];
  failWith?: { status: number; json: unknown };
}

function page(comments: unknown[], query: URLSearchParams) {
  const size = Number(query.get('per_page') ?? 30);
  const n = Number(query.get('page') ?? 1);
  return comments.slice((n - 1) * size, n * size);
}

/** GitHub's issue comments API for one pull request of one repository. */
export function startFakeGitHub(repo: string, number: number) {
  return startFake(store => (method, rawPath, body) => {
    const url = new URL(rawPath, 'http://x');
    const path = url.pathname;
    if (path === `/repos/${repo}/issues/${number}/comments`) {
      if (method === 'GET') {
        return { status: 200, json: page(store.comments, url.searchParams) };
      }
      if (method === 'POST') {
        const comment = { id: store.nextId++, body: body.body };
        store.comments.push(comment);
        return { status: 201, json: comment };
      }
    }
    const match = path.match(
      new RegExp(`^/repos/${repo}/issues/comments/(\\d+)$`),
    );
    const comment =
      match && store.comments.find(c => c.id === Number(match[1]));
    if (comment && comment.foreign && method !== 'GET') {
      return {
        status: 403,
        json: { message: 'Resource not accessible by integration' },
      };
    }
    if (comment && method === 'PATCH') {
      comment.body = body.body;
      return { status: 200, json: comment };
    }
    if (comment && method === 'DELETE') {
      store.comments = store.comments.filter(c => c !== comment);
      return { status: 204 };
    }
    return undefined;
  });
}

/** GitLab's merge request notes API for one merge request of one project. */
export function startFakeGitLab(project: string, iid: number) {
  return startFake(store => (method, rawPath, body) => {
    const url = new URL(rawPath, 'http://x');
    const notes = `/api/v4/projects/${project}/merge_requests/${iid}/notes`;
    if (url.pathname === notes) {
      if (method === 'GET') {
        return { status: 200, json: page(store.comments, url.searchParams) };
      }
      if (method === 'POST') {
        const note = { id: store.nextId++, body: body.body, system: false };
        store.comments.push(note);
        return { status: 201, json: note };
      }
    }
    const match = url.pathname.match(/\/notes\/(\d+)$/);
    const note =
      url.pathname.startsWith(`${notes}/`) &&
      match &&
      store.comments.find(c => c.id === Number(match[1]));
    if (note && method === 'PUT') {
      note.body = body.body;
      return { status: 200, json: note };
    }
    if (note && method === 'DELETE') {
      store.comments = store.comments.filter(c => c !== note);
      return { status: 204 };
    }
    return undefined;
  });
}
