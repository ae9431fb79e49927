import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { TARGET_PROVIDER_IDS } from '@portolan/plugin-sovereignty-common';
import request from 'supertest';
import { parseAllDocuments } from 'yaml';
import { spec } from '../schema/openapi/generated/router';
import {
  HIDDEN_LABEL,
  startWithCatalogPolicy,
} from './__testUtils__/catalogWithPolicy';
import { startSovereigntyBackend } from '../__testUtils__/startBackend';
import { readPlanQuery } from './PlanService';

jest.setTimeout(60_000);

const BASE = '/api/sovereignty';
const PLAN = `${BASE}/entities/component/default/mcp-server/plan`;
const user = mockCredentials.user.header('user:default/alice');

function startBackend() {
  return startSovereigntyBackend([
    mockServices.database.factory(),
    mockServices.httpAuth.factory({
      defaultCredentials: mockCredentials.none(),
    }),
    mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
  ]);
}

const stepServices = (body: any, wave: string) =>
  body.waves
    .find((w: any) => w.id === wave)
    .steps.flatMap((s: any) => s.services.map((x: any) => x.service));

describe('GET /entities/{kind}/{namespace}/{name}/plan', () => {
  it('needs credentials', async () => {
    const { server } = await startBackend();
    expect((await request(server).get(`${PLAN}?target=ionos`)).status).toBe(
      401,
    );
  });

  it('plans the component with the Resource it depends on, and tries alternatives', async () => {
    const { server } = await startBackend();
    const res = await request(server)
      .get(`${PLAN}?target=ionos`)
      .set('authorization', user);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      entityRef: 'component:default/mcp-server',
      target: 'ionos',
      targetName: 'IONOS',
    });
    // Container Apps moves onto the target's Kubernetes, Key Vault needs a gap filler.
    expect([
      ...stepServices(res.body, 'direct'),
      ...stepServices(res.body, 'partial'),
    ]).toEqual(['azure:container-apps']);
    expect(stepServices(res.body, 're-architect')).toEqual(['azure:key-vault']);
    const vault = res.body.waves[2].steps[0].services[0];
    expect(vault.inheritedFrom).toEqual(['resource:default/vault']);
    expect(vault.gapFiller.id).toBe('openbao');
    expect(res.body.after.score).toBeGreaterThan(res.body.before.score);

    // Keep the Key Vault (hybrid) and run the other secrets filler instead: two requests, two plans.
    const kept = await request(server)
      .get(`${PLAN}?target=ionos&keep=azure:key-vault`)
      .set('authorization', user);
    expect(stepServices(kept.body, 'kept')).toEqual(['azure:key-vault']);
    expect(kept.body.after.score).toBeLessThan(res.body.after.score);
    const other = await request(server)
      .get(
        `${PLAN}?target=stackit&gapFiller=${encodeURIComponent(
          'azure:key-vault=external-secrets',
        )}`,
      )
      .set('authorization', user);
    expect(other.status).toBe(200);
    expect(other.body.request.gapFillers).toEqual({
      'azure:key-vault': 'external-secrets',
    });
    const all = other.body.waves.flatMap((w: any) =>
      w.steps.flatMap((s: any) => s.services),
    );
    expect(
      all.find((s: any) => s.service === 'azure:key-vault').gapFiller.id,
    ).toBe('external-secrets');
  });

  it('takes keep repeated or comma separated', async () => {
    const { server } = await startBackend();
    for (const query of [
      'keep=azure:key-vault&keep=azure:container-apps',
      'keep=azure:key-vault,azure:container-apps',
    ]) {
      const res = await request(server)
        .get(`${PLAN}?target=ionos&${query}`)
        .set('authorization', user);
      expect(res.status).toBe(200);
      expect(res.body.request.keep).toEqual([
        'azure:key-vault',
        'azure:container-apps',
      ]);
    }
  });

  it('exports markdown and CSV as downloads', async () => {
    const { server } = await startBackend();
    const markdown = await request(server)
      .get(`${PLAN}?target=ionos&format=markdown`)
      .set('authorization', user);
    expect(markdown.status).toBe(200);
    expect(markdown.headers['content-type']).toMatch(/^text\/markdown/);
    expect(markdown.headers['content-disposition']).toBe(
      'attachment; filename="exit-plan-component-default-mcp-server-ionos.md"',
    );
    expect(markdown.text).toMatch(
      /^# Exit plan: component:default\/mcp-server to IONOS\n/,
    );
    expect(markdown.text).toContain('| Service | Category | At IONOS |');

    const csv = await request(server)
      .get(`${PLAN}?target=ionos&format=csv`)
      .set('authorization', user);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^step,wave,service,/);
    expect(lines).toHaveLength(3);
  });

  it.each([
    ['', /target/],
    ['?target=aws', /target/],
    [
      '?target=ionos&keep=azure:key-valt',
      /keep: azure:key-valt is not a known service id/,
    ],
    [
      '?target=ionos&keep=aws:s3',
      /keep: component:default\/mcp-server does not use aws:s3/,
    ],
    [
      '?target=ionos&gapFiller=azure:key-vault',
      /gapFiller must be service=gap-filler/,
    ],
    [
      '?target=ionos&gapFiller=azure:key-vault=valkey',
      /gapFiller: valkey does not replace secrets services/,
    ],
    [
      '?target=ionos&gapFiller=azure:key-vault=nope',
      /gapFiller: nope is not a known gap filler/,
    ],
    ['?target=ionos&format=pdf', /format/],
    ['?target=ionos&colour=blue', /colour/],
    [
      `?target=ionos&keep=${'x'.repeat(201)}`,
      /request\/query\/keep\/0 must NOT have more than 200 characters/,
    ],
    [
      // 51 values, within the spec's 100, but 102 services once split.
      `?target=ionos&${Array.from(
        { length: 51 },
        (_, i) => `keep=a${i},b${i}`,
      ).join('&')}`,
      /keep names at most 100 services/,
    ],
  ])('answers 400 with a specific message for %s', async (query, message) => {
    const { server } = await startBackend();
    const res = await request(server)
      .get(`${PLAN}${query}`)
      .set('authorization', user);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
  });

  it('answers 404 for an unknown entity and a kind that is not assessed', async () => {
    const { server } = await startBackend();
    const unknown = await request(server)
      .get(`${BASE}/entities/component/default/nope/plan?target=ionos`)
      .set('authorization', user);
    expect(unknown.status).toBe(404);
    const userKind = await request(server)
      .get(`${BASE}/entities/user/default/alice/plan?target=ionos`)
      .set('authorization', user);
    expect(userKind.status).toBe(404);
    expect(userKind.body.error.message).toContain(
      'Component, Resource, System',
    );
  });
});

describe('readPlanQuery', () => {
  it('refuses a gap filler named twice', () => {
    expect(() =>
      readPlanQuery({
        target: 'ionos',
        format: 'json',
        gapFiller: [
          'azure:key-vault=openbao',
          'azure:key-vault=external-secrets',
        ],
      }),
    ).toThrow('gapFiller names azure:key-vault twice');
  });

  it('knows the same targets as the OpenAPI spec', () => {
    const target = (spec.paths as any)[
      '/entities/{kind}/{namespace}/{name}/plan'
    ].get.parameters.find((p: any) => p.name === 'target');
    expect(target.schema.enum).toEqual([...TARGET_PROVIDER_IDS]);
  });
});

/*
 * The AI assistant of the example catalog in a real catalog, with a part
 * the catalog hides from the caller: the plan covers what the caller reads,
 * and a hidden entity answers as an unknown one.
 */
function startCatalogBackend() {
  const assistant = parseAllDocuments(
    readFileSync(
      join(
        __dirname,
        '..',
        '..',
        '..',
        '..',
        'catalog-info',
        'ai-assistant.yaml',
      ),
      'utf8',
    ),
  ).map(doc => doc.toJSON());
  const hiddenPart = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'black-box',
      labels: { [HIDDEN_LABEL]: 'true' },
      annotations: { 'portolan.dev/services': 'aws:s3, aws:lambda' },
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/secret',
      system: 'ai-assistant',
    },
  };
  return startWithCatalogPolicy({
    entities: [...assistant, hiddenPart],
    kinds: ['Component', 'Resource', 'System'],
    // Ready once the System has all its parts, the hidden one included.
    ready: async server => {
      const res = await request(server)
        .get('/api/catalog/entities/by-name/system/default/ai-assistant')
        .set('authorization', mockCredentials.service.header());
      return (
        (res.body.relations ?? []).filter((r: any) => r.type === 'hasPart')
          .length >= 13
      );
    },
  });
}

describe('the plan through a real catalog', () => {
  it('plans the AI assistant to IONOS from what the caller may read', async () => {
    const server = await startCatalogBackend();
    const system = `${BASE}/entities/system/default/ai-assistant/plan?target=ionos`;
    const res = await request(server).get(system).set('authorization', user);
    expect(res.status).toBe(200);
    expect(stepServices(res.body, 'direct').sort()).toEqual([
      'azure:blob-storage',
      'azure:container-apps',
      'azure:container-registry',
      'azure:files',
      'azure:log-analytics',
      'azure:openai',
    ]);
    expect(stepServices(res.body, 're-architect').sort()).toEqual([
      'azure:key-vault',
      'azure:table-storage',
    ]);
    expect(stepServices(res.body, 'kept')).toEqual(['azure:entra-id']);
    // The hidden part is neither planned nor named.
    expect(JSON.stringify(res.body)).not.toContain('aws:');
    expect(JSON.stringify(res.body)).not.toContain('black-box');

    const hidden = await request(server)
      .get(`${BASE}/entities/component/default/black-box/plan?target=ionos`)
      .set('authorization', user);
    expect(hidden.status).toBe(404);
    expect(JSON.stringify(hidden.body)).not.toContain('aws:s3');

    // A service reads everything, the hidden part too.
    const asService = await request(server)
      .get(system)
      .set('authorization', mockCredentials.service.header());
    expect(JSON.stringify(asService.body)).toContain('aws:s3');
  });
});
