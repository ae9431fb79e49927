import { ResponseError } from '@backstage/errors';
import type { DiscoveryApi } from '@backstage/core-plugin-api';
import { MockFetchApi, registerMswTestHooks } from '@backstage/test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { makeListItem, makeStoredAssessment } from '../__testUtils__/fixtures';
import { createFakeSovereigntyBackend } from '../__testUtils__/fakeSovereigntyBackend';
import { SovereigntyClient } from './SovereigntyClient';

const BASE_URL = 'http://localhost:7007/api/sovereignty';

const server = setupServer();
registerMswTestHooks(server);

function errorBody(statusCode: number, name: string, message: string) {
  return {
    error: { name, message },
    request: { method: 'GET', url: '/' },
    response: { statusCode },
  };
}

describe('SovereigntyClient', () => {
  const discoveryApi: DiscoveryApi = {
    getBaseUrl: jest.fn(async () => BASE_URL),
  };
  const client = new SovereigntyClient({
    discoveryApi,
    fetchApi: new MockFetchApi(),
  });

  it('fetches one assessment by kind, namespace and name, URL-encoded', async () => {
    const stored = makeStoredAssessment();
    const seen: { pathname?: string; rawPath?: string } = {};
    server.use(
      http.get(
        `${BASE_URL}/entities/:kind/:namespace/:name/assessment`,
        ({ request, params }) => {
          seen.rawPath = new URL(request.url).pathname;
          seen.pathname = `${params.kind}/${params.namespace}/${params.name}`;
          return HttpResponse.json(stored);
        },
      ),
    );

    const result = await client.getAssessment('component:my-ns/payments api#1');

    expect(discoveryApi.getBaseUrl).toHaveBeenCalledWith('sovereignty');
    expect(seen.rawPath).toBe(
      '/api/sovereignty/entities/component/my-ns/payments%20api%231/assessment',
    );
    expect(seen.pathname).toBe('component/my-ns/payments api#1');
    expect(result).toEqual(stored);
    expect(result.assessment.entityRef).toBe('component:default/payments-api');
  });

  it('defaults the namespace for short entity refs', async () => {
    let path: string | undefined;
    server.use(
      http.get(`${BASE_URL}/entities/*`, ({ request }) => {
        path = new URL(request.url).pathname;
        return HttpResponse.json(makeStoredAssessment());
      }),
    );

    await client.getAssessment('component:payments-api');

    expect(path).toBe(
      '/api/sovereignty/entities/component/default/payments-api/assessment',
    );
  });

  it('lists assessments with limit and offset', async () => {
    const list = { items: [makeListItem()], totalItems: 41 };
    let query: URLSearchParams | undefined;
    server.use(
      http.get(`${BASE_URL}/assessments`, ({ request }) => {
        query = new URL(request.url).searchParams;
        return HttpResponse.json(list);
      }),
    );

    const result = await client.listAssessments({ limit: 20, offset: 40 });

    expect(query?.get('limit')).toBe('20');
    expect(query?.get('offset')).toBe('40');
    expect(result).toEqual(list);
  });

  it('lists assessments without a query string when no options are given', async () => {
    let url: URL | undefined;
    server.use(
      http.get(`${BASE_URL}/assessments`, ({ request }) => {
        url = new URL(request.url);
        return HttpResponse.json({ items: [], totalItems: 0 });
      }),
    );

    await expect(client.listAssessments()).resolves.toEqual({
      items: [],
      totalItems: 0,
    });
    expect(url?.search).toBe('');
  });

  it('turns a 404 error body into a ResponseError with the server message', async () => {
    server.use(
      http.get(`${BASE_URL}/entities/*`, () =>
        HttpResponse.json(
          errorBody(
            404,
            'NotFoundError',
            'No assessment for component:default/ghost',
          ),
          { status: 404 },
        ),
      ),
    );

    const promise = client.getAssessment('component:default/ghost');

    await expect(promise).rejects.toBeInstanceOf(ResponseError);
    await expect(promise).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 404,
      message: expect.stringContaining(
        'No assessment for component:default/ghost',
      ),
      cause: expect.objectContaining({ name: 'NotFoundError' }),
    });
  });

  it('turns a 500 error body into a ResponseError with the server message', async () => {
    server.use(
      http.get(`${BASE_URL}/assessments`, () =>
        HttpResponse.json(errorBody(500, 'Error', 'database is unavailable'), {
          status: 500,
        }),
      ),
    );

    const error = await client.listAssessments({ limit: 5 }).then(
      () => undefined,
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(ResponseError);
    expect((error as ResponseError).statusCode).toBe(500);
    expect((error as ResponseError).message).toContain(
      'database is unavailable',
    );
  });
  it('keeps a plain-text error body in the cause without repeating it', async () => {
    server.use(
      http.get(`${BASE_URL}/assessments`, () =>
        HttpResponse.text('upstream timed out', {
          status: 502,
          statusText: 'Bad Gateway',
        }),
      ),
    );

    const error = await client.listAssessments().then(
      () => undefined,
      (e: unknown) => e as ResponseError,
    );

    expect(error).toBeInstanceOf(ResponseError);
    expect(error?.message).toBe('Request failed with 502 Bad Gateway');
    expect(error?.cause.message).toContain('upstream timed out');
  });

  describe('against a fake backend that follows the OpenAPI spec', () => {
    let fake: ReturnType<typeof createFakeSovereigntyBackend>;
    beforeEach(() => {
      fake = createFakeSovereigntyBackend(BASE_URL);
      server.use(...fake.handlers);
    });

    it('sends filters, sorting and paging the spec declares, dropping empty filters', async () => {
      const page = await client.listAssessments({
        owner: 'group:default/team-a',
        grade: '',
        orderBy: 'score',
        order: 'desc',
        limit: 5,
        offset: 5,
      });

      expect(page.totalItems).toBe(22);
      expect(page.items).toHaveLength(5);
      expect(page.items.every(i => i.owner === 'group:default/team-a')).toBe(
        true,
      );
      const scores = page.items.map(i => i.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('reads the summary with trend, hotspots and readiness', async () => {
      const summary = await client.getSummary();

      expect(summary.totalEntities).toBe(45);
      expect(summary.trend?.length).toBeGreaterThan(0);
      expect(summary.hotspots?.[0].targets.ionos?.gapFiller).toBe('OpenBao');
      expect(summary.readiness?.ionos?.readyShare).toBeCloseTo(8 / 12);
    });

    it('reads an entity history and the knowledge base', async () => {
      const history = await client.getHistory('component:default/payments-api');
      const kb = await client.getKnowledgeBase();

      expect(history.points.map(p => p.score)).toEqual([31, 38, 47]);
      expect(kb.checklist.some(i => i.id === 'exit-test')).toBe(true);
      expect(kb.providers.some(p => p.id === 'ionos')).toBe(true);
    });

    it('puts a checklist item with its version and gets the new assessment', async () => {
      const result = await client.updateChecklistItem(
        'component:default/payments-api',
        'exit-test',
        {
          status: 'done',
          version: 0,
          evidenceUrl: 'https://wiki.example.com/exit-test',
          note: 'Restored on IONOS in 3 h',
        },
      );

      expect(result.item).toMatchObject({ itemId: 'exit-test', version: 1 });
      const item = result.assessment.assessment.checklist.find(
        c => c.id === 'exit-test',
      );
      expect(item).toMatchObject({ state: 'done', version: 1 });
    });

    it('rejects a stale version with a 409 that explains who changed it', async () => {
      const entityRef = 'component:default/payments-api';
      await client.updateChecklistItem(entityRef, 'exit-test', {
        status: 'done',
        version: 0,
      });

      const error = await client
        .updateChecklistItem(entityRef, 'exit-test', {
          status: 'open',
          version: 0,
        })
        .then(
          () => undefined,
          (e: unknown) => e as ResponseError,
        );

      expect(error).toBeInstanceOf(ResponseError);
      expect(error?.statusCode).toBe(409);
      expect(error?.message).toMatch(
        /at version 1, set by user:default\/guest/,
      );
    });

    it('rejects a caller who does not own the entity with a 403', async () => {
      fake.state.forbidden.add('component:default/payments-api');

      await expect(
        client.updateChecklistItem(
          'component:default/payments-api',
          'exit-test',
          { status: 'done', version: 0 },
        ),
      ).rejects.toMatchObject({ statusCode: 403 });
    });
  });

  it('asks for an exit plan with the target, each kept service and each gap filler as repeated parameters', async () => {
    let query: URLSearchParams | undefined;
    let path: string | undefined;
    server.use(
      http.get(
        `${BASE_URL}/entities/:kind/:namespace/:name/plan`,
        ({ request }) => {
          const url = new URL(request.url);
          query = url.searchParams;
          path = url.pathname;
          return HttpResponse.json({
            entityRef: 'system:default/ai-assistant',
          });
        },
      ),
    );

    await client.getExitPlan('system:default/ai-assistant', {
      target: 'ionos',
      keep: ['azure:entra-id', 'azure:blob-storage'],
      gapFillers: { 'azure:key-vault': 'openbao' },
    });

    expect(path).toBe(
      '/api/sovereignty/entities/system/default/ai-assistant/plan',
    );
    expect(query?.get('target')).toBe('ionos');
    expect(query?.getAll('keep')).toEqual([
      'azure:entra-id',
      'azure:blob-storage',
    ]);
    expect(query?.getAll('gapFiller')).toEqual(['azure:key-vault=openbao']);
  });
});
