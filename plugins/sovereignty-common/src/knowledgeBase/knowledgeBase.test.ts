import {
  CategoryId,
  HYPERSCALER_IDS,
  PROVIDER_IDS,
  Source,
  TARGET_PROVIDER_IDS,
  knowledgeBase,
} from '@portolan/plugin-sovereignty-knowledge';
import { createKnowledgeIndex } from '../assessment/knowledgeIndex';
import { mapServiceToTarget } from '../assessment/mapping';
import { EU_TERRAFORM } from '@portolan/plugin-sovereignty-knowledge';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const kb = knowledgeBase;

// A Record over the union makes the compiler fail when a CategoryId is added
// to types.ts without updating this list, so the runtime check stays complete.
const ALL_CATEGORIES: Record<CategoryId, true> = {
  compute: true,
  autoscaling: true,
  kubernetes: true,
  'container-platform': true,
  functions: true,
  'object-storage': true,
  'block-storage': true,
  'file-storage': true,
  postgresql: true,
  mysql: true,
  'sql-server': true,
  'document-db': true,
  'key-value': true,
  cache: true,
  queue: true,
  pubsub: true,
  streaming: true,
  secrets: true,
  kms: true,
  identity: true,
  'managed-identity': true,
  registry: true,
  logging: true,
  metrics: true,
  tracing: true,
  cdn: true,
  dns: true,
  'load-balancer': true,
  waf: true,
  'api-gateway': true,
  search: true,
  llm: true,
  iac: true,
  'resource-grouping': true,
  'data-warehouse': true,
  email: true,
  'ci-cd': true,
  networking: true,
  certificates: true,
  'app-configuration': true,
  backup: true,
  workflow: true,
  'data-integration': true,
  'ml-platform': true,
  'security-posture': true,
};

const TF_PREFIXES: Record<string, string[]> = {
  azure: ['azurerm_', 'azuread_'],
  aws: ['aws_'],
  gcp: ['google_'],
  ionos: ['ionoscloud_'],
  stackit: ['stackit_'],
  ovhcloud: ['ovh_'],
  scaleway: ['scaleway_'],
  otc: ['opentelekomcloud_'],
  hetzner: ['hcloud_'],
  kubernetes: [],
};

const SERVICE_ID = /^[a-z0-9]+:[a-z0-9]+(-[a-z0-9]+)*$/;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const duplicates = (values: string[]) =>
  values.filter((value, index) => values.indexOf(value) !== index);

const serviceIds = new Set(kb.services.map(s => s.id));
const gapFillerIds = new Set(kb.gapFillers.map(g => g.id));
const categoryIds = new Set(kb.categories.map(c => c.id));
const hyperscalerServices = kb.services.filter(s =>
  (HYPERSCALER_IDS as readonly string[]).includes(s.provider),
);

// The project's copy of the EU providers' registered types (read from
// their registration code, not from documentation file names), kept in
// the scaffolder module so a clean checkout has it.
const REGISTERED_TYPES_DIR = join(
  __dirname,
  '../../../scaffolder-backend-module-sovereignty/src/__testUtils__/terraform-resources',
);
const readTypeList = (file: string, prefix: string): string[] =>
  readFileSync(join(REGISTERED_TYPES_DIR, file), 'utf8')
    .split('\n')
    .map(line => line.trim())
    .filter(Boolean)
    .map(type => `${prefix}${type}`);
const registeredByPrefix = new Map(
  Object.values(EU_TERRAFORM).map(({ prefix }) => {
    const list = prefix.slice(0, -1);
    return [
      prefix,
      new Set([
        ...readTypeList(`${list}.txt`, prefix),
        ...readTypeList(`${list}.data.txt`, prefix),
      ]),
    ];
  }),
);
const euAddresses = new Set(
  Object.values(EU_TERRAFORM).map(({ address }) => address),
);

/*
 * Words in an alias that name an engine or protocol, and what a service
 * carrying such an alias must then speak: an alias must not send users of
 * one engine to another engine's targets (Aurora MySQL to PostgreSQL).
 */
const ENGINE_WORDS: Array<[RegExp, string]> = [
  [/postgres/, 'postgresql'],
  [/mysql|mariadb/, 'mysql'],
  [/mongo/, 'mongodb'],
  [/redis|valkey/, 'redis'],
  [/memcache/, 'memcached'],
  [/kafka/, 'kafka'],
  [/rabbitmq/, 'amqp-0-9-1'],
  [/activemq/, 'amqp-1.0'],
  [/sql-?server|mssql/, 'tds'],
  [/cassandra/, 'cassandra'],
  [/opensearch/, 'opensearch'],
  [/elasticsearch/, 'elasticsearch'],
  [/prometheus/, 'prometheus'],
  [/(^|-)(kubernetes|k8s)(-|$)/, 'kubernetes'],
];

/** Bare product names that span several engines, so name none of them. */
const MULTI_ENGINE_NAMES = [
  'rds',
  'cloudsql',
  'cloud-sql',
  'aurora',
  'amazon-mq-broker',
  'elasticache',
];

describe('knowledge base', () => {
  describe('aliases', () => {
    it('resolve to a service of the engine or protocol their name says', () => {
      const wrong: string[] = [];
      for (const service of kb.services) {
        for (const alias of [
          service.id.split(':')[1],
          ...(service.aliases ?? []),
        ]) {
          for (const [word, speaks] of ENGINE_WORDS) {
            if (
              word.test(alias) &&
              !(service.interfaces as string[]).includes(speaks)
            ) {
              wrong.push(
                `${service.provider}:${alias} -> ${service.id} (${service.category}) does not speak ${speaks}`,
              );
            }
          }
        }
      }
      expect(wrong).toEqual([]);
    });

    it('never pin a multi-engine product name to one engine', () => {
      const pinned = kb.services.flatMap(s =>
        (s.aliases ?? [])
          .filter(alias => MULTI_ENGINE_NAMES.includes(alias))
          .map(alias => `${s.provider}:${alias} -> ${s.id}`),
      );
      expect(pinned).toEqual([]);
    });

    it('split Aurora by engine into the matching categories', () => {
      const index = createKnowledgeIndex(kb);
      expect(index.service('aws:aurora-mysql')?.category).toBe('mysql');
      expect(index.service('aws:aurora-postgresql')?.category).toBe(
        'postgresql',
      );
      expect(index.service('aws:memcached')?.interfaces).toEqual(['memcached']);
      expect(index.service('aws:rabbitmq')?.interfaces).toEqual(['amqp-0-9-1']);
    });
  });

  it('carries the model version', () => {
    expect(kb.version).toBe('2026.12.4');
  });

  describe('size', () => {
    it('has at least 60 hyperscaler services covering at least 25 categories', () => {
      expect(hyperscalerServices.length).toBeGreaterThanOrEqual(60);
      expect(
        new Set(hyperscalerServices.map(s => s.category)).size,
      ).toBeGreaterThanOrEqual(25);
    });

    it('has at least 12 checklist items', () => {
      expect(kb.checklist.length).toBeGreaterThanOrEqual(12);
    });

    it('describes every provider and every category exactly once', () => {
      expect(kb.providers.map(p => p.id).sort()).toEqual(
        [...PROVIDER_IDS].sort(),
      );
      expect(kb.categories.map(c => c.id).sort()).toEqual(
        Object.keys(ALL_CATEGORIES).sort(),
      );
    });
  });

  describe('ids', () => {
    it('are unique in every list', () => {
      expect(duplicates(kb.providers.map(p => p.id))).toEqual([]);
      expect(duplicates(kb.categories.map(c => c.id))).toEqual([]);
      expect(duplicates(kb.services.map(s => s.id))).toEqual([]);
      expect(duplicates(kb.gapFillers.map(g => g.id))).toEqual([]);
      expect(duplicates(kb.checklist.map(c => c.id))).toEqual([]);
      expect(
        duplicates(kb.equivalents.map(e => `${e.category}@${e.provider}`)),
      ).toEqual([]);
      expect(
        duplicates(
          kb.overrides.map(
            o => `${o.system ?? 'everyone'}:${o.service}@${o.provider}`,
          ),
        ),
      ).toEqual([]);
    });

    it('service ids are provider:kebab-product and the prefix is the provider', () => {
      for (const service of kb.services) {
        expect(service.id).toMatch(SERVICE_ID);
        expect(service.id.split(':')[0]).toBe(service.provider);
      }
    });

    it('gap filler and checklist ids are kebab case', () => {
      for (const id of [...gapFillerIds, ...kb.checklist.map(c => c.id)]) {
        expect(id).toMatch(KEBAB);
      }
    });

    it('aliases are lower kebab case', () => {
      for (const alias of kb.services.flatMap(s => s.aliases ?? [])) {
        expect(alias).toMatch(KEBAB);
      }
    });

    it('contains the mandatory services', () => {
      const mandatory = [
        'azure:container-apps',
        'azure:table-storage',
        'azure:container-registry',
        'azure:key-vault',
        'azure:blob-storage',
        'azure:files',
        'azure:log-analytics',
        'azure:openai',
        'azure:entra-id',
        'azure:managed-identity',
        'azure:service-principal',
        'azure:resource-groups',
        'azure:resource-manager',
        'azure:aks',
        'azure:postgresql-flexible-server',
        'azure:cache-for-redis',
        'azure:service-bus',
        'azure:monitor',
        'azure:front-door',
        'azure:dns',
        'azure:functions',
        'azure:cosmos-db',
        'azure:virtual-machines',
        'aws:s3',
        'aws:dynamodb',
        'aws:eks',
        'aws:ec2',
        'aws:rds-postgresql',
        'aws:aurora',
        'aws:lambda',
        'aws:sqs',
        'aws:sns',
        'aws:kinesis',
        'aws:msk',
        'aws:secrets-manager',
        'aws:kms',
        'aws:cognito',
        'aws:iam-roles',
        'aws:ecr',
        'aws:cloudwatch-logs',
        'aws:cloudfront',
        'aws:route53',
        'aws:elb',
        'aws:api-gateway',
        'aws:opensearch',
        'aws:bedrock',
        'aws:cloudformation',
        'gcp:cloud-run',
        'gcp:gke',
        'gcp:cloud-storage',
        'gcp:cloud-sql-postgresql',
        'gcp:firestore',
        'gcp:pubsub',
        'gcp:secret-manager',
        'gcp:artifact-registry',
        'gcp:vertex-ai',
        'gcp:bigquery',
        'ionos:managed-kubernetes',
        'ionos:object-storage',
        'ionos:ai-model-hub',
        'stackit:ske',
        'stackit:object-storage',
        'stackit:postgres-flex',
        'ovhcloud:managed-kubernetes',
        'scaleway:kapsule',
        'otc:cce',
        'hetzner:cloud-servers',
        'hetzner:object-storage',
        'kubernetes:cluster',
      ];
      expect(mandatory.filter(id => !serviceIds.has(id as never))).toEqual([]);
      const byId = new Map(kb.services.map(s => [s.id, s]));
      expect(byId.get('azure:service-principal')?.category).toBe(
        'managed-identity',
      );
      expect(byId.get('azure:resource-groups')?.category).toBe(
        'resource-grouping',
      );
      expect(byId.get('azure:resource-manager')?.category).toBe('iac');
      expect(byId.get('azure:monitor')?.category).toBe('metrics');
      expect(byId.get('aws:iam-roles')?.category).toBe('managed-identity');
    });
  });

  describe('sources', () => {
    const lists: Array<[string, Array<{ sources: Source[] }>]> = [
      ['providers', kb.providers],
      ['services', kb.services],
      ['equivalents', kb.equivalents],
      ['overrides', kb.overrides],
      ['gapFillers', kb.gapFillers],
      ['checklist', kb.checklist],
      [
        'sovereignVariants',
        kb.providers.flatMap(p => p.sovereignVariants ?? []),
      ],
    ];

    it.each(lists)(
      'every entry of %s has at least one source',
      (_, entries) => {
        for (const entry of entries) {
          expect(entry.sources.length).toBeGreaterThanOrEqual(1);
        }
      },
    );

    it('every URL is https and terraform sources name a resource type', () => {
      const sources = lists.flatMap(([, entries]) =>
        entries.flatMap(e => e.sources),
      );
      const withUrl = sources.filter(
        source =>
          source.kind === 'docs' || (source.kind !== 'terraform' && source.url),
      );
      for (const source of withUrl) {
        expect((source as { url: string }).url).toMatch(/^https:\/\/\S+$/);
      }
      const resourceTypes = sources.flatMap(source =>
        source.kind === 'terraform' ? [source.resourceType] : [],
      );
      for (const resourceType of resourceTypes) {
        expect(resourceType).toMatch(/^[a-z0-9]+_[a-z0-9_]+$/);
      }
    });
  });

  describe('references', () => {
    it('services reference existing providers, categories and gap fillers', () => {
      for (const service of kb.services) {
        expect(PROVIDER_IDS).toContain(service.provider);
        expect(categoryIds.has(service.category)).toBe(true);
      }
      const preferred = kb.services.flatMap(s =>
        s.preferredGapFiller ? [s.preferredGapFiller] : [],
      );
      for (const gapFiller of preferred) {
        expect(gapFillerIds.has(gapFiller)).toBe(true);
      }
    });

    it('equivalents reference existing categories and target providers', () => {
      for (const equivalent of kb.equivalents) {
        expect(categoryIds.has(equivalent.category)).toBe(true);
        expect(TARGET_PROVIDER_IDS).toContain(equivalent.provider);
      }
    });

    it('overrides reference existing services and gap fillers', () => {
      for (const override of kb.overrides) {
        expect(serviceIds.has(override.service)).toBe(true);
        expect(TARGET_PROVIDER_IDS).toContain(override.provider);
      }
      const named = kb.overrides.flatMap(o =>
        o.gapFiller ? [o.gapFiller] : [],
      );
      for (const gapFiller of named) {
        expect(gapFillerIds.has(gapFiller)).toBe(true);
      }
      // A re-architect without a filler must at least name the managed offering.
      const unfilled = kb.overrides.filter(
        o => o.fit === 're-architect' && o.gapFiller === undefined,
      );
      for (const override of unfilled) {
        expect(override.offering).toBeTruthy();
      }
    });

    it('gap fillers reference existing categories', () => {
      for (const filler of kb.gapFillers) {
        expect(filler.categories.length).toBeGreaterThan(0);
        for (const category of filler.categories) {
          expect(categoryIds.has(category)).toBe(true);
        }
      }
    });

    it('every category a hyperscaler service uses has an equivalent or a gap filler', () => {
      const covered = new Set([
        ...kb.equivalents.map(e => e.category),
        ...kb.gapFillers.flatMap(g => g.categories),
      ]);
      const uncovered = [
        ...new Set(hyperscalerServices.map(s => s.category)),
      ].filter(c => !covered.has(c));
      expect(uncovered).toEqual([]);
    });
  });

  describe('terraform resource types', () => {
    it('carry the prefix of the provider that owns them', () => {
      const entries = [
        ...kb.services.map(s => ({
          provider: s.provider,
          types: s.terraformResources,
          id: s.id,
        })),
        ...kb.equivalents.map(e => ({
          provider: e.provider,
          types: e.terraformResources,
          id: `${e.category}@${e.provider}`,
        })),
      ];
      const unprefixed = entries.flatMap(({ provider, types, id }) =>
        types
          .filter(
            type =>
              !TF_PREFIXES[provider].some(prefix => type.startsWith(prefix)),
          )
          .map(type => `${id}: ${type} lacks a ${provider} prefix`),
      );
      expect(unprefixed).toEqual([]);
    });

    it('of EU providers are registered by their Terraform provider', () => {
      const cited = [
        ...kb.services.flatMap(s =>
          s.terraformResources.map(type => ({ type, where: s.id })),
        ),
        ...kb.equivalents.flatMap(e =>
          e.terraformResources.map(type => ({
            type,
            where: `${e.category}@${e.provider}`,
          })),
        ),
        ...[
          ...kb.providers,
          ...kb.providers.flatMap(p => p.sovereignVariants ?? []),
          ...kb.services,
          ...kb.equivalents,
          ...kb.overrides,
          ...kb.gapFillers,
          ...kb.checklist,
        ].flatMap(entry =>
          entry.sources.flatMap(source =>
            source.kind === 'terraform' && euAddresses.has(source.provider)
              ? [{ type: source.resourceType, where: source.provider }]
              : [],
          ),
        ),
      ];
      const euCited = cited.filter(({ type }) =>
        [...registeredByPrefix.keys()].some(prefix => type.startsWith(prefix)),
      );
      expect(euCited.length).toBeGreaterThan(300);
      const unregistered = euCited.filter(({ type }) => {
        const prefix = [...registeredByPrefix.keys()].find(p =>
          type.startsWith(p),
        )!;
        return !registeredByPrefix.get(prefix)!.has(type);
      });
      expect(
        [...new Set(unregistered.map(u => `${u.type} (${u.where})`))].sort(),
      ).toEqual([]);
    });

    it('self-operated Kubernetes entries claim no provider resources', () => {
      expect(
        kb.equivalents
          .filter(e => e.provider === 'kubernetes')
          .flatMap(e => e.terraformResources),
      ).toEqual([]);
    });
  });

  describe('providers', () => {
    it('only the US hyperscalers are reached by non-EU law', () => {
      for (const provider of kb.providers) {
        expect(provider.nonEuLawReach).toBe(provider.kind === 'hyperscaler');
      }
    });

    it('rate sovereign variants between a plain hyperscaler and an EU provider', () => {
      for (const provider of kb.providers.filter(
        p => p.kind === 'hyperscaler',
      )) {
        expect(provider.headquarters).toBe('US');
        expect(provider.sovereignVariants?.length).toBeGreaterThan(0);
        for (const variant of provider.sovereignVariants ?? []) {
          expect(variant.jurisdictionLevel).toBeGreaterThanOrEqual(1);
          expect(variant.jurisdictionLevel).toBeLessThanOrEqual(3);
        }
      }
    });

    it('uses lower-case region ids and ISO country codes', () => {
      for (const region of kb.providers.flatMap(p => p.regions)) {
        expect(region.id).toBe(region.id.toLowerCase());
        expect(region.country).toMatch(/^[A-Z]{2}$/);
      }
    });

    it('self-operated Kubernetes has no headquarters', () => {
      const k8s = kb.providers.find(p => p.id === 'kubernetes');
      expect(k8s?.kind).toBe('self-operated');
      expect(k8s?.headquarters).toBeUndefined();
      expect(k8s?.nonEuLawReach).toBe(false);
    });
  });

  describe('evidence rules', () => {
    it('flags every Open Telekom Cloud equivalent as 2024 data', () => {
      for (const equivalent of kb.equivalents.filter(
        e => e.provider === 'otc',
      )) {
        expect(equivalent.notes).toContain('2024');
      }
    });

    it('does not default object storage to MinIO and says why', () => {
      expect(kb.gapFillers.some(g => /minio/i.test(g.id))).toBe(false);
      const seaweed = kb.gapFillers.find(g => g.id === 'seaweedfs');
      expect(
        seaweed?.sources.some(
          s =>
            s.kind === 'docs' &&
            s.url === 'https://github.com/minio/minio/issues/21647',
        ),
      ).toBe(true);
    });

    it('calls MinIO archived and unmaintained, citing its repository page', () => {
      const minioRepository = 'https://github.com/minio/minio';
      const mentions = [
        ...kb.gapFillers.map(g => ({
          text: `${g.name}: ${g.notes ?? ''}`,
          sources: g.sources,
        })),
        ...kb.services.map(s => ({
          text: `${s.name}: ${s.notes ?? ''}`,
          sources: s.sources,
        })),
        // The server, spelled MinIO; not the `minio` Terraform provider.
      ].filter(({ text }) => /MinIO/.test(text));
      expect(mentions.length).toBeGreaterThanOrEqual(2);
      for (const { text, sources } of mentions) {
        expect(text).not.toMatch(/maintenance-only/i);
        expect(text).toMatch(/archived/i);
        expect(text).toMatch(/unmaintained/i);
        expect(
          sources.some(s => s.kind === 'docs' && s.url === minioRepository),
        ).toBe(true);
      }
      const minio = kb.services.find(s => s.id === 'kubernetes:minio');
      expect(minio?.notes).toMatch(/February 2026/);
      expect(
        kb.gapFillers
          .flatMap(g => g.sources)
          .concat(kb.services.flatMap(s => s.sources))
          .filter(s => s.kind === 'docs' && /minio/i.test(s.title))
          .every(
            s => !/maintenance-only/i.test((s as { title: string }).title),
          ),
      ).toBe(true);
    });

    it('cites DORA Art. 28(8) in the checklist', () => {
      const references = kb.checklist
        .flatMap(c => c.sources)
        .flatMap(s => (s.kind === 'regulation' ? [s.reference] : []));
      expect(references).toContain('Regulation (EU) 2022/2554, Art. 28(8)');
      expect(
        references.some(r => r.startsWith('Regulation (EU) 2023/2854, Art.')),
      ).toBe(true);
    });

    it('gives periodic items a yearly re-test', () => {
      const byId = new Map(kb.checklist.map(c => [c.id, c]));
      expect(byId.get('exit-test')?.retestIntervalDays).toBe(365);
      expect(byId.get('exit-test')?.requiredFrom).toBe('important');
    });
  });

  describe('corrected facts', () => {
    const index = createKnowledgeIndex(kb);
    const service = (id: string) => {
      const found = kb.services.find(s => s.id === id);
      if (!found) throw new Error(`no service ${id}`);
      return found;
    };
    const cites = (sources: Source[], url: string) =>
      sources.some(s => s.kind === 'docs' && s.url === url);

    it.each([
      'azure:cache-for-redis',
      'azure:managed-redis',
      'aws:elasticache',
      'aws:memorydb',
      'gcp:memorystore',
    ])(
      'maps the Redis source %s directly to IONOS In-Memory DB, no gap filler',
      id => {
        const mapping = mapServiceToTarget(index, service(id), 'ionos');
        expect(mapping.offering).toBe('IONOS In-Memory DB');
        expect(mapping.fit).toBe('direct');
        expect(mapping.gapFiller).toBeUndefined();
        expect(
          cites(
            mapping.sources,
            'https://docs.ionos.com/cloud/databases/in-memory-db',
          ),
        ).toBe(true);
      },
    );

    it('represents STACKIT Container Registry (Harbor) without a Terraform resource', () => {
      const registryPage =
        'https://docs.stackit.cloud/products/developer-platform/container-registry/basics/container-registry-basic-concepts';
      const stackitTypes = [...registeredByPrefix.get('stackit_')!];
      expect(stackitTypes.filter(type => type.includes('registry'))).toEqual(
        [],
      );
      const registry = service('stackit:container-registry');
      expect(registry.terraformResources).toEqual([]);
      expect(registry.notes).toMatch(/Harbor/);
      expect(registry.notes).toMatch(/no Terraform resource/i);
      expect(cites(registry.sources, registryPage)).toBe(true);
      const equivalent = kb.equivalents.find(
        e => e.category === 'registry' && e.provider === 'stackit',
      );
      expect(equivalent?.notes).toMatch(/no Terraform resource/i);
      expect(equivalent?.notes).not.toMatch(/not confirmed/i);
      expect(cites(equivalent?.sources ?? [], registryPage)).toBe(true);
      const mapping = mapServiceToTarget(
        index,
        service('azure:container-registry'),
        'stackit',
      );
      expect(mapping.offering).toBe('STACKIT Container Registry');
      expect(mapping.fit).toBe('direct');
    });

    it.each([
      ['Delos Cloud', 'Germany', 'SAP'],
      ['Bleu', 'France', 'Orange'],
    ])(
      'rates %s (Microsoft technology, EU operator in %s) between Azure and an EU provider',
      (name, country, owner) => {
        const azure = kb.providers.find(p => p.id === 'azure');
        const variant = azure?.sovereignVariants?.find(v =>
          v.name.startsWith(name),
        );
        expect(variant).toBeDefined();
        // Above every plain or residency-only Azure option, below EU-native providers (4).
        expect(variant!.jurisdictionLevel).toBe(3);
        expect(variant!.rationale).toContain(country);
        expect(variant!.rationale).toContain(owner);
        expect(variant!.rationale).toMatch(/operat/);
        expect(variant!.rationale).toMatch(/Microsoft.*(software|updates)/);
        const pages = variant!.sources.flatMap(s =>
          s.kind === 'docs' ? [s.url] : [],
        );
        expect(pages.length).toBeGreaterThanOrEqual(1);
      },
    );

    it('offers Scaleway Generative APIs (serverless, OpenAI-compatible) beside Managed Inference', () => {
      const scalewayTypes = [...registeredByPrefix.get('scaleway_')!];
      expect(scalewayTypes.filter(type => type.includes('generative'))).toEqual(
        [],
      );
      const generative = service('scaleway:generative-apis');
      expect(generative.category).toBe('llm');
      expect(generative.interfaces).toEqual(['openai']);
      expect(generative.terraformResources).toEqual([]);
      expect(generative.notes).toMatch(/serverless/i);
      expect(
        cites(
          generative.sources,
          'https://www.scaleway.com/en/docs/generative-apis/quickstart/',
        ),
      ).toBe(true);
      const equivalent = kb.equivalents.find(
        e => e.category === 'llm' && e.provider === 'scaleway',
      );
      expect(equivalent?.offering).toBe(
        'Scaleway Generative APIs + Scaleway Managed Inference',
      );
      for (const id of ['aws:bedrock', 'azure:openai', 'gcp:vertex-ai']) {
        expect(
          mapServiceToTarget(index, service(id), 'scaleway').offering,
        ).toBe('Scaleway Generative APIs + Scaleway Managed Inference');
      }
    });
  });

  describe('categories for common Terraform types', () => {
    const added: CategoryId[] = [
      'networking',
      'certificates',
      'app-configuration',
      'backup',
      'workflow',
      'data-integration',
      'ml-platform',
      'security-posture',
    ];
    const serviceOfType = new Map(
      kb.services.flatMap(s => s.terraformResources.map(t => [t, s] as const)),
    );

    it.each([
      ['aws_vpc', 'aws:vpc', 'networking'],
      ['aws_nat_gateway', 'aws:vpc', 'networking'],
      ['aws_security_group', 'aws:vpc', 'networking'],
      ['azurerm_virtual_network', 'azure:virtual-network', 'networking'],
      ['google_compute_network', 'gcp:vpc', 'networking'],
      ['google_compute_router_nat', 'gcp:cloud-nat', 'networking'],
      ['aws_acm_certificate', 'aws:acm', 'certificates'],
      [
        'azurerm_key_vault_certificate',
        'azure:key-vault-certificates',
        'certificates',
      ],
      [
        'google_certificate_manager_certificate',
        'gcp:certificate-manager',
        'certificates',
      ],
      ['aws_ssm_parameter', 'aws:ssm-parameter-store', 'app-configuration'],
      [
        'azurerm_app_configuration',
        'azure:app-configuration',
        'app-configuration',
      ],
      ['aws_backup_plan', 'aws:backup', 'backup'],
      ['azurerm_recovery_services_vault', 'azure:backup', 'backup'],
      ['aws_sfn_state_machine', 'aws:step-functions', 'workflow'],
      ['aws_scheduler_schedule', 'aws:eventbridge-scheduler', 'workflow'],
      ['azurerm_logic_app_workflow', 'azure:logic-apps', 'workflow'],
      ['google_workflows_workflow', 'gcp:workflows', 'workflow'],
      ['google_cloud_scheduler_job', 'gcp:cloud-scheduler', 'workflow'],
      ['aws_glue_job', 'aws:glue', 'data-integration'],
      ['azurerm_data_factory', 'azure:data-factory', 'data-integration'],
      ['google_dataflow_job', 'gcp:dataflow', 'data-integration'],
      ['aws_sagemaker_endpoint', 'aws:sagemaker', 'ml-platform'],
      [
        'azurerm_machine_learning_workspace',
        'azure:machine-learning',
        'ml-platform',
      ],
      ['google_workbench_instance', 'gcp:vertex-ai-platform', 'ml-platform'],
      ['aws_cloudtrail', 'aws:cloudtrail', 'security-posture'],
      ['aws_guardduty_detector', 'aws:guardduty', 'security-posture'],
      ['aws_securityhub_account', 'aws:security-hub', 'security-posture'],
      [
        'azurerm_security_center_subscription_pricing',
        'azure:defender-for-cloud',
        'security-posture',
      ],
      ['google_scc_source', 'gcp:security-command-center', 'security-posture'],
    ])('%s identifies %s (%s)', (type, id, category) => {
      expect(serviceOfType.get(type)?.id).toBe(id);
      expect(serviceOfType.get(type)?.category).toBe(category);
    });

    it('gives every target provider one equivalent per added category', () => {
      for (const category of added) {
        const providers = kb.equivalents
          .filter(e => e.category === category)
          .map(e => e.provider)
          .sort();
        expect({ category, providers }).toEqual({
          category,
          providers: [...TARGET_PROVIDER_IDS].sort(),
        });
      }
    });

    it('proves an EU offering by its Terraform types or a product page', () => {
      for (const equivalent of kb.equivalents.filter(e =>
        added.includes(e.category),
      )) {
        const cited = equivalent.sources.flatMap(s =>
          s.kind === 'terraform' ? [s.resourceType] : [],
        );
        expect(cited).toEqual(
          expect.arrayContaining(equivalent.terraformResources),
        );
      }
      const withoutTypes = kb.equivalents.filter(
        e => added.includes(e.category) && e.terraformResources.length === 0,
      );
      for (const equivalent of withoutTypes) {
        expect(equivalent.sources.some(s => s.kind === 'docs')).toBe(true);
      }
    });

    it('names a gap filler of the category where a provider has no offering', () => {
      const fillerNames = new Map(
        added.map(category => [
          category,
          kb.gapFillers
            .filter(g => g.categories.includes(category))
            .map(g => g.name),
        ]),
      );
      const noOffering = kb.equivalents.filter(
        e =>
          added.includes(e.category) &&
          e.provider !== 'kubernetes' &&
          e.terraformResources.length === 0 &&
          e.fit === 're-architect',
      );
      expect(noOffering.length).toBeGreaterThan(0);
      for (const equivalent of noOffering) {
        expect(
          fillerNames
            .get(equivalent.category)
            ?.some(name => equivalent.offering.startsWith(name)),
        ).toBe(true);
        expect(equivalent.notes).toContain('no managed offering');
      }
    });

    it('lets the engine map the new services with their gap fillers', () => {
      const index = createKnowledgeIndex(kb);
      const service = (id: string) => {
        const found = index.service(id);
        if (!found) throw new Error(`missing ${id}`);
        return found;
      };
      const stepFunctionsAtIonos = mapServiceToTarget(
        index,
        service('aws:step-functions'),
        'ionos',
      );
      expect(stepFunctionsAtIonos.fit).toBe('re-architect');
      expect(stepFunctionsAtIonos.gapFiller?.id).toBe('temporal');

      const composerAtKubernetes = mapServiceToTarget(
        index,
        service('gcp:cloud-composer'),
        'kubernetes',
      );
      expect(composerAtKubernetes.gapFiller?.id).toBe('apache-airflow');

      const backupAtOtc = mapServiceToTarget(
        index,
        service('azure:backup'),
        'otc',
      );
      expect(backupAtOtc.fit).toBe('partial');
      expect(backupAtOtc.offering).toContain('Cloud Backup and Recovery');

      const certificateAtHetzner = mapServiceToTarget(
        index,
        service('aws:acm'),
        'hetzner',
      );
      expect(certificateAtHetzner.fit).toBe('partial');
      expect(certificateAtHetzner.effort).toBe('S');
    });
  });

  describe('AI assistant report (Azure to IONOS)', () => {
    const expected: Record<string, string> = {
      'azure:resource-manager': 'partial',
      'azure:service-principal': 'partial',
      'azure:resource-groups': 'partial',
      'azure:container-apps': 'direct',
      'azure:log-analytics': 'direct',
      'azure:container-registry': 'direct',
      'azure:blob-storage': 'direct',
      'azure:files': 'direct',
      'azure:openai': 'direct',
      'azure:key-vault': 're-architect',
      'azure:table-storage': 're-architect',
      'azure:entra-id': 'none',
      'azure:managed-identity': 'partial',
    };
    const ionos = kb.overrides.filter(
      o =>
        o.provider === 'ionos' &&
        o.sources.some(
          s =>
            s.kind === 'report' &&
            s.title ===
              'Migration report: AI assistant from Azure to IONOS (2026)',
        ),
    );

    it('reproduces every row with its fit', () => {
      expect(Object.fromEntries(ionos.map(o => [o.service, o.fit]))).toEqual(
        expected,
      );
    });

    it('names the gap fillers the team used', () => {
      const byService = new Map(ionos.map(o => [o.service, o]));
      expect(byService.get('azure:key-vault')?.gapFiller).toBe('openbao');
      expect(byService.get('azure:table-storage')?.gapFiller).toBe('valkey');
      const redis = kb.gapFillers.find(
        g => g.id === byService.get('azure:table-storage')?.gapFiller,
      );
      expect(redis?.name).toMatch(/Redis/);
      const openbao = kb.gapFillers.find(g => g.id === 'openbao');
      expect(openbao?.categories).toEqual(
        expect.arrayContaining(['secrets', 'kms']),
      );
    });
  });
});
