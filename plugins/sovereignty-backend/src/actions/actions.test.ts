import { mockCredentials } from '@backstage/backend-test-utils';
import {
  createBackendPlugin,
  type BackstageCredentials,
} from '@backstage/backend-plugin-api';
import {
  actionsServiceRef,
  type ActionsService,
} from '@backstage/backend-plugin-api/alpha';
import type { JsonObject } from '@backstage/types';
import { HIDDEN_ENTITY_LABEL } from '../service/router';
import { startWithCatalogPolicy } from '../service/__testUtils__/catalogWithPolicy';
import { secretTeamCatalog } from '../service/__testUtils__/secretTeamCatalog';

jest.setTimeout(90_000);

const alice = mockCredentials.user('user:default/alice');
const service = mockCredentials.service();

/** Stands in for the MCP actions backend: a plugin calling actions through the actions service. */
let actions: ActionsService;
const actionCaller = createBackendPlugin({
  pluginId: 'action-caller',
  register(env) {
    env.registerInit({
      deps: { actionsService: actionsServiceRef },
      async init({ actionsService }) {
        actions = actionsService;
      },
    });
  },
});

function startBackend() {
  return startWithCatalogPolicy({
    ...secretTeamCatalog,
    features: [actionCaller],
    config: {
      app: { baseUrl: 'http://portal.example.com' },
      backend: { actions: { pluginSources: ['sovereignty'] } },
    },
  });
}

/** Invokes a sovereignty action as the MCP actions backend does. */
async function invoke(
  name: string,
  input: JsonObject,
  credentials: BackstageCredentials = alice,
): Promise<any> {
  const { output } = await actions.invoke({
    id: `sovereignty:${name}`,
    input,
    credentials,
  });
  return output;
}

/** The error an invocation ends in, as the caller receives it. */
async function refusal(
  name: string,
  input: JsonObject,
  credentials: BackstageCredentials = alice,
) {
  const error = await invoke(name, input, credentials).then(
    () => {
      throw new Error(`${name} was not refused`);
    },
    e => e,
  );
  return {
    status: error.response?.status as number,
    name: error.body?.error?.name as string,
    message: error.body?.error?.message as string,
    body: JSON.stringify(error.body ?? {}),
  };
}

describe('sovereignty actions', () => {
  beforeAll(async () => {
    await startBackend();
  });

  it('are listed as read-only and idempotent, with input and output schemas', async () => {
    const { actions: listed } = await actions.list({ credentials: alice });
    const ours = listed.filter(a => a.pluginId === 'sovereignty');
    expect(ours.map(a => a.name).sort()).toEqual([
      'explain-cloud-service',
      'get-entity-assessment',
      'list-lock-in-hotspots',
      'what-if-services-replaced',
    ]);
    for (const action of ours) {
      expect(action.attributes).toEqual({
        readOnly: true,
        idempotent: true,
        destructive: false,
      });
      expect(action.schema.input).toMatchObject({ type: 'object' });
      expect(action.schema.output).toMatchObject({ type: 'object' });
    }
    const assessment = ours.find(a => a.name === 'get-entity-assessment')!;
    expect((assessment.schema.input as any).required).toEqual(['entityRef']);
  });

  it('gets an entity assessment with its top findings and the mapping for a target', async () => {
    const output = await invoke('get-entity-assessment', {
      entityRef: 'component:orders',
      target: 'stackit',
      findings: 3,
    });
    expect(output.entityRef).toBe('component:default/orders');
    expect(output.score).toBeGreaterThan(0);
    expect(output.score).toBeLessThan(100);
    expect(['A', 'B', 'C', 'D', 'E']).toContain(output.grade);
    expect(output.target).toBe('stackit');
    expect(output.assessedTargets).toEqual(['ionos', 'stackit']);
    expect(output.mapping.map((m: any) => m.service).sort()).toEqual([
      'azure:container-apps',
      'azure:key-vault',
    ]);
    const keyVault = output.mapping.find(
      (m: any) => m.service === 'azure:key-vault',
    );
    expect(keyVault.offering).toBeTruthy();
    expect(['direct', 'partial', 're-architect', 'none']).toContain(
      keyVault.fit,
    );
    expect(output.topFindings.length).toBeLessThanOrEqual(3);
    expect(output.findingsTotal).toBeGreaterThanOrEqual(
      output.topFindings.length,
    );
    const severities = output.topFindings.map((f: any) => f.severity);
    const order = ['blocker', 'warning', 'booster', 'info'];
    expect(
      [...severities].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
    ).toEqual(severities);
    expect(output.readiness.blockers).toEqual(expect.any(Array));
    expect(output.url).toBe(
      'http://portal.example.com/catalog/default/component/orders/sovereignty',
    );

    const other = await refusal('get-entity-assessment', {
      entityRef: 'component:default/orders',
      target: 'hetzner',
    });
    expect(other.status).toBe(400);
    expect(other.message).toContain('assessed for ionos, stackit, not hetzner');
  });

  it('names a hidden related entity only as such', async () => {
    const output = await invoke('get-entity-assessment', {
      entityRef: 'component:default/payments',
      target: 'ionos',
    });
    const inherited = output.mapping.find(
      (m: any) => m.service === 'aws:secrets-manager',
    );
    expect(inherited.inheritedFrom).toEqual([HIDDEN_ENTITY_LABEL]);
    expect(JSON.stringify(output)).not.toContain('vault-of-secrets');
  });

  it('refuses, as not found, an entity the permission policy hides from the caller', async () => {
    // The entity exists: a service reads it.
    const asService = await invoke(
      'get-entity-assessment',
      { entityRef: 'component:default/black-box' },
      service,
    );
    expect(asService.mapping.map((m: any) => m.service)).toContain('aws:s3');

    for (const [name, input] of [
      ['get-entity-assessment', { entityRef: 'component:default/black-box' }],
      [
        'what-if-services-replaced',
        {
          entityRef: 'component:default/black-box',
          replace: [{ from: 'aws:s3', to: 'ionos:object-storage' }],
        },
      ],
      [
        'get-entity-assessment',
        { entityRef: 'resource:default/vault-of-secrets' },
      ],
    ] as const) {
      const refused = await refusal(name, input as JsonObject);
      expect(refused.status).toBe(404);
      expect(refused.name).toBe('NotFoundError');
      expect(refused.body).not.toContain('aws:s3');
      expect(refused.body).not.toContain('aws:lambda');
      expect(refused.body).not.toContain('secrets-manager');
    }
    // An entity that does not exist answers the same way.
    const unknown = await refusal('get-entity-assessment', {
      entityRef: 'component:default/nowhere',
    });
    expect(unknown.status).toBe(404);
    const notAssessed = await refusal('get-entity-assessment', {
      entityRef: 'group:default/team',
    });
    expect(notAssessed.status).toBe(404);
    const typo = await refusal('get-entity-assessment', {
      entityRef: 'orders',
    });
    expect(typo.status).toBe(400);
    expect(typo.message).toContain('is not an entity ref');
  });

  it('lists hotspots over what the caller may read', async () => {
    const mine = await invoke('list-lock-in-hotspots', {});
    expect(mine.restricted).toBe(true);
    expect(mine.totalEntities).toBe(2);
    const services = mine.hotspots.map((h: any) => h.service);
    expect(services).toContain('azure:key-vault');
    expect(services).not.toContain('aws:s3');
    expect(services).not.toContain('aws:lambda');
    const keyVault = mine.hotspots.find(
      (h: any) => h.service === 'azure:key-vault',
    );
    expect(keyVault.dependents).toBe(2);
    expect(keyVault.targets.map((t: any) => t.target).sort()).toEqual(
      expect.arrayContaining(['ionos']),
    );

    const everything = await invoke(
      'list-lock-in-hotspots',
      { limit: 20 },
      service,
    );
    expect(everything.restricted).toBe(false);
    expect(everything.hotspots.map((h: any) => h.service)).toContain('aws:s3');
    const one = await invoke('list-lock-in-hotspots', { limit: 1 });
    expect(one.hotspots).toHaveLength(1);
  });

  it('explains a service with equivalents, gap fillers and sources, and suggests a fix for a typo', async () => {
    const output = await invoke('explain-cloud-service', {
      service: 'Azure:Key-Vault',
      targets: ['ionos', 'kubernetes'],
    });
    expect(output).toMatchObject({
      service: 'azure:key-vault',
      provider: 'azure',
      category: 'secrets',
      nonEuLawReach: true,
    });
    expect(output.sources.length).toBeGreaterThan(0);
    expect(output.equivalents.map((e: any) => e.target)).toEqual([
      'ionos',
      'kubernetes',
    ]);
    for (const equivalent of output.equivalents) {
      expect(equivalent.sources.length).toBeGreaterThan(0);
    }
    const withFiller = output.equivalents.find((e: any) => e.gapFiller);
    expect(withFiller.gapFiller).toMatchObject({
      id: expect.any(String),
      license: expect.any(String),
      operatingBurden: expect.any(String),
    });

    const typo = await refusal('explain-cloud-service', {
      service: 'azure:key-vaul',
    });
    expect(typo.status).toBe(400);
    expect(typo.message).toContain('did you mean azure:key-vault?');
  });

  it('computes a what-if without storing it', async () => {
    const before = await invoke('get-entity-assessment', {
      entityRef: 'component:default/orders',
    });
    const output = await invoke('what-if-services-replaced', {
      entityRef: 'component:default/orders',
      replace: [
        { from: 'azure:key-vault', to: 'kubernetes:openbao' },
        { from: 'azure:container-apps', to: 'kubernetes:cluster' },
      ],
    });
    expect(output.stored).toBe(false);
    expect(output.before.score).toBe(before.score);
    expect(output.after.score).toBeGreaterThan(output.before.score);
    expect(output.scoreChange).toBe(output.after.score - output.before.score);
    expect(output.stillUsed).toEqual([]);
    const ionos = output.readiness.find((r: any) => r.target === 'ionos');
    expect(ionos.after.readyShare).toBeGreaterThanOrEqual(
      ionos.before.readyShare,
    );
    const after = await invoke('get-entity-assessment', {
      entityRef: 'component:default/orders',
    });
    expect(after.score).toBe(before.score);
    expect(after.assessedAt).toBe(before.assessedAt);

    // A service inherited from a Resource is replaced where it comes from.
    const inherited = await invoke(
      'what-if-services-replaced',
      {
        entityRef: 'component:default/payments',
        replace: [{ from: 'aws:secrets-manager', to: 'kubernetes:openbao' }],
      },
      service,
    );
    expect(inherited.stillUsed).toEqual([]);
    expect(inherited.after.score).toBeGreaterThan(inherited.before.score);

    // Alice cannot read that Resource: to her, payments does not use it.
    const hidden = await refusal('what-if-services-replaced', {
      entityRef: 'component:default/payments',
      replace: [{ from: 'aws:secrets-manager', to: 'kubernetes:openbao' }],
    });
    expect(hidden.status).toBe(400);
    expect(hidden.message).toBe(
      'component:default/payments does not use aws:secrets-manager; it uses azure:key-vault',
    );
    expect(hidden.body).not.toContain('vault-of-secrets');
  });
});
