import { ConfigReader } from '@backstage/config';
import type { Entity } from '@backstage/catalog-model';
import { knowledgeBase as builtIn } from '@portolan/plugin-sovereignty-common';
import { createSovereigntyAssessor } from './assessor';
import { readSovereigntySettings } from './settings';
import { createKnowledgeExtensions } from './extensions';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'orders',
    annotations: {
      'portolan.dev/services': 'azure:key-vault, azure:acme-ledger',
    },
  },
  spec: { owner: 'team-a' },
};

const WIKI = 'https://wiki.example.com/acme-ledger';
const ledger = {
  id: 'azure:acme-ledger',
  name: 'ACME ledger on Azure',
  category: 'postgresql',
  source: WIKI,
  terraformResources: ['azurerm_acme_ledger'],
};

const settingsFor = (sovereignty: object) =>
  readSovereigntySettings(new ConfigReader({ sovereignty }));
const assessorFor = (sovereignty: object) =>
  createSovereigntyAssessor(settingsFor(sovereignty));
const now = new Date('2026-12-01T00:00:00Z');

describe('the sovereignty assessor service', () => {
  it('assesses with the configured targets, weights and company services', () => {
    const assessor = assessorFor({
      targetProviders: ['scaleway'],
      weights: { legal: 50 },
      knowledgeBase: { services: [ledger] },
    });
    const result = assessor.assess({ entity }, now);
    expect(result.targetProviders).toEqual(['scaleway']);
    expect(result.dimensions.find(d => d.id === 'legal')!.weight).toBe(50);
    expect(result.mappings.map(m => m.service)).toEqual([
      'azure:acme-ledger',
      'azure:key-vault',
    ]);
    const added = assessor.knowledgeBase.services.find(
      s => s.id === 'azure:acme-ledger',
    );
    expect(added).toMatchObject({
      provider: 'azure',
      model: 'PaaS',
      interfaces: [],
      sources: [
        {
          kind: 'docs',
          title: 'ACME ledger on Azure (configured)',
          url: WIKI,
        },
      ],
    });
    // The version changes with the local entries, so stored assessments say which.
    expect(assessor.knowledgeBase.version).toMatch(
      new RegExp(
        `^${builtIn.version.replace(/\./g, '\\.')}\\+local\\.[0-9a-f]{8}$`,
      ),
    );
    expect(
      assessorFor({ knowledgeBase: { services: [{ ...ledger, name: 'x' }] } })
        .knowledgeBase.version,
    ).not.toBe(assessor.knowledgeBase.version);
    expect(assessorFor({}).knowledgeBase).toBe(builtIn);
  });

  it('adds and changes equivalents, checklist items and providers from config', () => {
    const assessor = assessorFor({
      targetProviders: ['stackit'],
      knowledgeBase: {
        services: [ledger],
        equivalents: [
          {
            category: 'secrets',
            provider: 'stackit',
            offering: 'Company Vault on SKE',
            fit: 'partial',
            effort: 'M',
            notes: 'The platform team runs Vault for every STACKIT project.',
            source: 'https://wiki.example.com/vault',
          },
        ],
        checklist: [
          {
            id: 'works-council',
            title: 'Works council informed',
            description: 'The works council has seen the exit plan.',
            dimension: 'operational',
            source: 'https://wiki.example.com/works-council',
          },
        ],
        providers: [
          {
            id: 'stackit',
            notes: 'Our framework contract covers STACKIT.',
            source: 'https://wiki.example.com/contracts/stackit',
          },
        ],
      },
    });
    const kb = assessor.knowledgeBase;
    const secrets = kb.equivalents.filter(
      e => e.category === 'secrets' && e.provider === 'stackit',
    );
    // Changed in place, not added beside the built-in one.
    expect(secrets).toHaveLength(1);
    expect(secrets[0]).toMatchObject({
      offering: 'Company Vault on SKE',
      fit: 'partial',
      sources: [{ url: 'https://wiki.example.com/vault' }],
    });
    expect(kb.checklist.map(c => c.id)).toContain('works-council');
    const stackit = kb.providers.find(p => p.id === 'stackit')!;
    expect(stackit.notes).toBe('Our framework contract covers STACKIT.');
    expect(stackit.regions).toEqual(
      builtIn.providers.find(p => p.id === 'stackit')!.regions,
    );

    const result = assessor.assess(
      {
        entity: {
          ...entity,
          metadata: {
            name: 'orders',
            annotations: { 'portolan.dev/services': 'azure:key-vault' },
          },
        },
      },
      now,
    );
    const vault = result.mappings.find(m => m.service === 'azure:key-vault')!;
    expect(vault.targets.stackit?.offering).toBe('Company Vault on SKE');
    expect(result.checklist.map(c => c.id)).toContain('works-council');
  });

  it('stops on a bad value with a message naming it', () => {
    expect(() => assessorFor({ targetProviders: ['mars'] })).toThrow(
      /sovereignty.targetProviders: unknown provider mars/,
    );
    expect(() => assessorFor({ weights: { vibes: 1 } })).toThrow(
      /sovereignty.weights.vibes/,
    );
  });

  it('refuses a bad knowledge-base entry at startup, naming the entry and field', () => {
    expect(() =>
      assessorFor({
        knowledgeBase: { services: [{ ...ledger, category: 'ledgers' }] },
      }),
    ).toThrow(
      /sovereignty\.knowledgeBase\.services\[0\] \(azure:acme-ledger\)\.category: "ledgers" is not a category/,
    );
    expect(() =>
      assessorFor({
        knowledgeBase: { services: [{ ...ledger, source: 'file:///etc' }] },
      }),
    ).toThrow(
      'sovereignty.knowledgeBase.services[0].source must be an http(s) URL documenting it',
    );
    expect(() => assessorFor({ knowledgeBase: { gapFillers: [] } })).toThrow(
      'sovereignty.knowledgeBase.gapFillers: unknown list; use providers, services, equivalents, checklist',
    );
    expect(() =>
      assessorFor({
        knowledgeBase: {
          providers: [{ id: 'mars', source: 'https://example.com/mars' }],
        },
      }),
    ).toThrow(
      /providers\[0\] \(mars\)\.id: "mars" is not a provider; providers can be changed, not added/,
    );
    expect(() =>
      assessorFor({
        knowledgeBase: {
          equivalents: [
            {
              category: 'queue',
              provider: 'stackit',
              fit: 'direct',
              source: 'https://example.com/q',
            },
            {
              category: 'queue',
              provider: 'stackit',
              fit: 'perfect',
              source: 'https://example.com/q',
            },
          ],
        },
      }),
    ).toThrow(
      /equivalents\[1\] \(queue@stackit\): is given twice \(also at \[0\]\)[\s\S]*equivalents\[1\] \(queue@stackit\)\.fit: "perfect" is not allowed/,
    );
    // A change must bring its own sources: the built-in ones do not prove it.
    expect(() =>
      assessorFor({
        knowledgeBase: {
          services: [{ id: 'azure:key-vault', preferredGapFiller: 'openbao' }],
        },
      }),
    ).toThrow(
      'sovereignty.knowledgeBase.services[0] (azure:key-vault).sources: give the sources that prove this entry',
    );
    // A new entry must be complete; a change needs only what it changes.
    expect(() =>
      assessorFor({
        knowledgeBase: {
          checklist: [{ id: 'new-item', source: 'https://example.com/i' }],
        },
      }),
    ).toThrow(/checklist\[0\] \(new-item\)\.title: must be a non-empty string/);
  });
});

describe('knowledge from the extension point', () => {
  const bus = {
    id: 'kubernetes:acme-bus' as const,
    name: 'ACME event bus',
    category: 'queue' as const,
    interfaces: ['amqp-0-9-1' as const],
    sources: [
      {
        kind: 'docs' as const,
        title: 'ACME bus',
        url: 'https://example.com/bus',
      },
    ],
  };

  it('is merged before config, which has the last word, and makes the knowledge base ready', async () => {
    // Config may only change built-in entries or add complete ones: it is
    // checked when the backend starts, before modules add theirs.
    const assessor = createSovereigntyAssessor(
      settingsFor({
        knowledgeBase: {
          services: [
            {
              id: 'kubernetes:acme-bus',
              name: 'ACME bus (as configured)',
              category: 'queue',
              source: 'https://example.com/config',
            },
          ],
        },
      }),
      { awaitExtensions: true },
    );
    const { extensionPoint, additions } = createKnowledgeExtensions();
    extensionPoint.addServices({ ...bus, notes: 'From the module.' });
    // Until the plugin adds them, readers wait.
    let ready = false;
    const readiness = assessor.knowledgeBaseReady().then(kb => {
      ready = true;
      return kb;
    });
    await Promise.resolve();
    expect(ready).toBe(false);
    assessor.addKnowledgeExtensions(additions());
    const kb = await readiness;
    expect(kb).toBe(assessor.knowledgeBase);
    expect(kb.services.find(s => s.id === 'kubernetes:acme-bus')).toMatchObject(
      {
        name: 'ACME bus (as configured)',
        interfaces: ['amqp-0-9-1'],
        notes: 'From the module.',
        sources: [{ url: 'https://example.com/config' }],
      },
    );
    expect(
      assessor
        .assess({
          entity: {
            ...entity,
            metadata: {
              name: 'orders',
              annotations: { 'portolan.dev/services': 'kubernetes:acme-bus' },
            },
          },
        })
        .mappings.map(m => m.service),
    ).toEqual(['kubernetes:acme-bus']);
    expect(() => assessor.addKnowledgeExtensions(additions())).toThrow(
      'already added',
    );
  });

  it('refuses a bad entry naming the extension point, and readers see the refusal', async () => {
    const assessor = createSovereigntyAssessor(settingsFor({}), {
      awaitExtensions: true,
    });
    const { extensionPoint, additions } = createKnowledgeExtensions();
    extensionPoint.addServices({ ...bus, category: 'bus' as never });
    expect(() => assessor.addKnowledgeExtensions(additions())).toThrow(
      /sovereigntyKnowledgeExtensionPoint\.services\[0\] \(kubernetes:acme-bus\)\.category: "bus" is not a category/,
    );
    await expect(assessor.knowledgeBaseReady()).rejects.toThrow(
      /"bus" is not a category/,
    );
  });

  it('stops waiting with a clear error when the plugin never adds them', async () => {
    const assessor = createSovereigntyAssessor(settingsFor({}), {
      awaitExtensions: true,
      extensionTimeoutMs: 10,
    });
    await expect(assessor.knowledgeBaseReady()).rejects.toThrow(
      /did not add the knowledge extension point's entries within 10 ms/,
    );
  });

  it('is ready at once without a sovereignty plugin to wait for', async () => {
    const assessor = createSovereigntyAssessor(settingsFor({}));
    await expect(assessor.knowledgeBaseReady()).resolves.toBe(builtIn);
  });
});
