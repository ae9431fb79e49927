import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  createBackendModule,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import type { KnowledgeBase } from '@portolan/plugin-sovereignty-common';
import {
  sovereigntyAssessorServiceRef,
  sovereigntyKnowledgeExtensionPoint,
} from '@portolan/plugin-sovereignty-node';
import request from 'supertest';
import { sovereigntyPlugin } from '../plugin';
import { startSovereigntyBackend } from '../__testUtils__/startBackend';

jest.setTimeout(60_000);

const BASE = '/api/sovereignty';
const user = mockCredentials.user.header('user:default/alice');

/** An adopter's module: its event bus on AWS and what replaces it at STACKIT. */
const acmeKnowledge = createBackendModule({
  pluginId: 'sovereignty',
  moduleId: 'acme-knowledge',
  register(env) {
    env.registerInit({
      deps: { knowledge: sovereigntyKnowledgeExtensionPoint },
      async init({ knowledge }) {
        knowledge.addServices({
          id: 'aws:acme-bus',
          name: 'ACME event bus on AWS',
          category: 'queue',
          interfaces: ['amqp-0-9-1'],
          sources: [
            {
              kind: 'docs',
              title: 'ACME event bus handbook',
              url: 'https://wiki.example.com/acme-bus',
            },
          ],
        });
        knowledge.addEquivalents({
          category: 'queue',
          provider: 'stackit',
          offering: 'ACME event bus on SKE',
          fit: 'partial',
          effort: 'M',
          interfaces: ['amqp-0-9-1'],
          terraformResources: ['stackit_ske_cluster'],
          notes: 'The platform team runs the bus on SKE for every team.',
          sources: [
            {
              kind: 'docs',
              title: 'ACME bus on STACKIT',
              url: 'https://wiki.example.com/acme-bus/stackit',
            },
          ],
        });
      },
    });
  },
});

/** The same from config: a ledger service and its STACKIT home. */
const configured = {
  targetProviders: ['stackit'],
  knowledgeBase: {
    services: [
      {
        id: 'azure:acme-ledger',
        name: 'ACME ledger on Azure',
        category: 'document-db',
        source: 'https://wiki.example.com/acme-ledger',
      },
    ],
    equivalents: [
      {
        category: 'document-db',
        provider: 'stackit',
        offering: 'ACME ledger on MongoDB Flex',
        fit: 'partial',
        effort: 'L',
        notes: 'The ledger team ported its schema to MongoDB Flex.',
        source: 'https://wiki.example.com/acme-ledger/stackit',
      },
    ],
  },
};

/** Another plugin reading the assessor, as the discovery module does. */
let seenElsewhere: KnowledgeBase | undefined;
const probePlugin = createBackendPlugin({
  pluginId: 'probe',
  register(env) {
    env.registerInit({
      deps: { assessor: sovereigntyAssessorServiceRef },
      async init({ assessor }) {
        seenElsewhere = await assessor.knowledgeBaseReady();
      },
    });
  },
});

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'payments',
    annotations: {
      'portolan.dev/services': 'aws:acme-bus, azure:acme-ledger',
    },
  },
  spec: { owner: 'group:default/team', type: 'service' },
};

describe('knowledge from modules and config', () => {
  it('serves and assesses with entries from the extension point and from config', async () => {
    const { server } = await startSovereigntyBackend([], {
      features: [acmeKnowledge, probePlugin],
      sovereignty: configured,
    });

    const kb = await request(server)
      .get(`${BASE}/knowledge-base`)
      .set('authorization', user);
    expect(kb.status).toBe(200);
    const ids = kb.body.services.map((s: any) => s.id);
    expect(ids).toEqual(
      expect.arrayContaining(['aws:acme-bus', 'azure:acme-ledger']),
    );
    const equivalents = kb.body.equivalents
      .filter((e: any) => e.provider === 'stackit')
      .map((e: any) => [e.category, e.offering]);
    expect(equivalents).toEqual(
      expect.arrayContaining([
        ['queue', 'ACME event bus on SKE'],
        ['document-db', 'ACME ledger on MongoDB Flex'],
      ]),
    );
    expect(kb.body.version).toMatch(/\+local\.[0-9a-f]{8}$/);

    const assessed = await request(server)
      .post(`${BASE}/assess`)
      .set('authorization', user)
      .send({ entity });
    expect(assessed.status).toBe(200);
    const assessment = assessed.body;
    expect(assessment.knowledgeBaseVersion).toBe(kb.body.version);
    const offerings = Object.fromEntries(
      assessment.mappings.map((m: any) => [
        m.service,
        m.targets.stackit.offering,
      ]),
    );
    expect(offerings).toEqual({
      'aws:acme-bus': 'ACME event bus on SKE',
      'azure:acme-ledger': 'ACME ledger on MongoDB Flex',
    });

    // Another plugin got the same knowledge base, with the module's entries.
    expect(seenElsewhere?.version).toBe(kb.body.version);
  });

  it('refuses to start with a bad entry from a module, naming the entry and field', async () => {
    const badModule = createBackendModule({
      pluginId: 'sovereignty',
      moduleId: 'bad-knowledge',
      register(env) {
        env.registerInit({
          deps: { knowledge: sovereigntyKnowledgeExtensionPoint },
          async init({ knowledge }) {
            knowledge.addServices({
              id: 'kubernetes:acme-bus',
              name: 'ACME event bus',
              category: 'message-bus' as never,
              sources: [],
            });
          },
        });
      },
    });
    await expect(
      startTestBackend({
        features: [
          sovereigntyPlugin,
          badModule,
          mockServices.rootConfig.factory({ data: {} }),
        ],
      }),
    ).rejects.toThrow(
      /sovereigntyKnowledgeExtensionPoint\.services\[0\] \(kubernetes:acme-bus\)\.category: "message-bus" is not a category[\s\S]*\.sources: must name at least one source/,
    );
  });

  it('refuses to start with a bad config entry, naming the entry and field', async () => {
    await expect(
      startTestBackend({
        features: [
          sovereigntyPlugin,
          mockServices.rootConfig.factory({
            data: {
              sovereignty: {
                knowledgeBase: {
                  equivalents: [
                    {
                      category: 'queue',
                      provider: 'stackit',
                      fit: 'excellent',
                      source: 'https://wiki.example.com/q',
                    },
                  ],
                },
              },
            },
          }),
        ],
      }),
    ).rejects.toThrow(
      /sovereignty\.knowledgeBase\.equivalents\[0\] \(queue@stackit\)\.fit: "excellent" is not allowed; use one of direct, partial, re-architect, none/,
    );
  });
});
