import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import request from 'supertest';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogEntities, keyVault, mcpServer } from '../__testUtils__/entities';
import { startSovereigntyBackend } from '../__testUtils__/startBackend';
import { spec } from './openapi/generated/router';

describe('the OpenAPI spec', () => {
  it('is what the generated router validates against', () => {
    const yaml = parse(readFileSync(join(__dirname, 'openapi.yaml'), 'utf8'));
    expect(spec).toEqual(yaml);
  });

  it('has an up-to-date generated router', () => {
    expect(() =>
      execFileSync(
        process.execPath,
        [
          join(__dirname, '..', '..', 'scripts', 'generate-openapi.mjs'),
          '--check',
        ],
        { stdio: 'pipe' },
      ),
    ).not.toThrow();
  });

  it('describes every route the design names', () => {
    expect(Object.keys(spec.paths).sort()).toEqual([
      '/assess',
      '/assessments',
      '/entities/{kind}/{namespace}/{name}/assessment',
      '/entities/{kind}/{namespace}/{name}/checklist/{itemId}',
      '/entities/{kind}/{namespace}/{name}/history',
      '/entities/{kind}/{namespace}/{name}/plan',
      '/entities/{kind}/{namespace}/{name}/rollup',
      '/health',
      '/knowledge-base',
      '/rollups/mine',
      '/summary',
    ]);
  });
});

describe('every route', () => {
  jest.setTimeout(60_000);
  const BASE = '/api/sovereignty';
  const user = mockCredentials.user.header('user:default/alice');
  const team = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'team', namespace: 'default' },
    spec: { type: 'team', children: [] },
  };

  // The strict schemas are checked against what the real router answers, as
  // no runtime check does (the router validates requests, not responses).
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(spec, 'openapi');
  function expectFollowsSpec(
    method: string,
    path: string,
    res: { status: number; body: unknown },
  ) {
    const pointer = `/paths/${path.replace(/\//g, '~1')}/${method}/responses/${
      res.status
    }/content/application~1json/schema`;
    const validate = ajv.compile({ $ref: `openapi#${pointer}` });
    const valid = validate(res.body);
    expect(valid ? '' : ajv.errorsText(validate.errors)).toBe('');
  }

  it('answers what its strict response schema describes', async () => {
    const { server, refresh } = await startSovereigntyBackend(
      [
        mockServices.database.factory(),
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      ],
      {
        catalog: false,
        features: [
          catalogServiceMock.factory({
            entities: [...catalogEntities, team],
          }),
        ],
      },
    );
    await refresh();
    const entity = '/entities/{kind}/{namespace}/{name}';
    const mcp = `${BASE}/entities/component/default/mcp-server`;
    const answers: Array<[string, string, request.Response]> = [
      ['get', '/health', await request(server).get(`${BASE}/health`)],
      [
        'put',
        `${entity}/checklist/{itemId}`,
        await request(server)
          .put(`${mcp}/checklist/exit-test`)
          .set('authorization', user)
          .send({
            status: 'done',
            version: 0,
            evidenceUrl: 'https://wiki.example.com/exit-test',
            note: 'Restored in STACKIT',
          }),
      ],
      [
        'get',
        `${entity}/assessment`,
        await request(server)
          .get(`${mcp}/assessment`)
          .set('authorization', user),
      ],
      [
        'get',
        `${entity}/history`,
        await request(server).get(`${mcp}/history`).set('authorization', user),
      ],
      [
        'get',
        `${entity}/plan`,
        await request(server)
          .get(`${mcp}/plan?target=ionos`)
          .set('authorization', user),
      ],
      [
        'post',
        '/assess',
        await request(server)
          .post(`${BASE}/assess`)
          .set('authorization', user)
          .send({ entity: mcpServer, related: [keyVault] }),
      ],
      [
        'get',
        '/assessments',
        await request(server)
          .get(`${BASE}/assessments`)
          .set('authorization', user),
      ],
      [
        'get',
        '/summary',
        await request(server).get(`${BASE}/summary`).set('authorization', user),
      ],
      [
        'get',
        `${entity}/rollup`,
        await request(server)
          .get(`${BASE}/entities/group/default/team/rollup`)
          .set('authorization', user),
      ],
      [
        'get',
        '/rollups/mine',
        await request(server)
          .get(`${BASE}/rollups/mine`)
          .set('authorization', user),
      ],
      [
        'get',
        '/knowledge-base',
        await request(server)
          .get(`${BASE}/knowledge-base`)
          .set('authorization', user),
      ],
    ];
    expect(
      [...new Set(answers.map(([method, path]) => `${method} ${path}`))].length,
    ).toBe(Object.values(spec.paths).flatMap(Object.keys).length);
    for (const [method, path, res] of answers) {
      expect(`${method} ${path} ${res.status}`).toBe(`${method} ${path} 200`);
      expectFollowsSpec(method, path, res);
    }
    // Not vacuous: the schemas are closed, and the answers carry the data
    // they close over.
    const summary = answers.find(([, path]) => path === '/summary')![2];
    expect(() =>
      expectFollowsSpec('get', '/summary', {
        status: 200,
        body: { ...summary.body, leaked: 'a field the spec does not name' },
      }),
    ).toThrow(/additional properties/);
    const byPath = new Map(answers.map(([, path, res]) => [path, res.body]));
    expect(byPath.get('/assessments').items.length).toBeGreaterThan(0);
    expect(byPath.get(`${entity}/history`).points.length).toBeGreaterThan(0);
    expect(byPath.get('/rollups/mine').teams.length).toBeGreaterThan(0);
    expect(byPath.get(`${entity}/plan`).waves.length).toBeGreaterThan(0);
  });
});
