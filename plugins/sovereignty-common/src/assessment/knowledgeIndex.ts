import type {
  Category,
  CategoryId,
  CloudService,
  Equivalent,
  GapFiller,
  KnowledgeBase,
  Provider,
  ProviderId,
  ServiceId,
  ServiceTargetOverride,
  TargetProviderId,
} from '@portolan/plugin-sovereignty-knowledge';
import { TARGET_PROVIDER_IDS } from '@portolan/plugin-sovereignty-knowledge';

/** Spellings of provider names people type, mapped to our ids. */
const PROVIDER_ALIASES: Record<string, ProviderId> = {
  microsoft: 'azure',
  'microsoft-azure': 'azure',
  amazon: 'aws',
  'amazon-web-services': 'aws',
  google: 'gcp',
  'google-cloud': 'gcp',
  gce: 'gcp',
  ovh: 'ovhcloud',
  'open-telekom-cloud': 'otc',
  'open-telekom': 'otc',
  telekom: 'otc',
  't-systems': 'otc',
  hcloud: 'hetzner',
  'hetzner-cloud': 'hetzner',
  k8s: 'kubernetes',
  'ionos-cloud': 'ionos',
  ionoscloud: 'ionos',
  'stackit-cloud': 'stackit',
};

/**
 * Look-up tables over a knowledge base, built once so that assessing an
 * entity never scans lists.
 * @public
 */
export interface KnowledgeIndex {
  kb: KnowledgeBase;
  provider(id: string): Provider | undefined;
  /** Our provider id for a typed name, including common aliases. */
  providerId(name: string): ProviderId | undefined;
  service(id: string): CloudService | undefined;
  category(id: CategoryId): Category | undefined;
  equivalent(
    category: CategoryId,
    target: TargetProviderId,
  ): Equivalent | undefined;
  /** A fact about the pair that holds for everyone. */
  override(
    service: ServiceId,
    target: TargetProviderId,
  ): ServiceTargetOverride | undefined;
  /** Evidence about the pair from one system's own migration. */
  systemOverride(
    system: string,
    service: ServiceId,
    target: TargetProviderId,
  ): ServiceTargetOverride | undefined;
  /** True when the knowledge base holds evidence about this system. */
  hasSystemEvidence(system: string): boolean;
  gapFiller(id: string): GapFiller | undefined;
  /** The default gap filler for a category: the first listed for it. */
  gapFillerFor(category: CategoryId): GapFiller | undefined;
  /** Every id and alias a user may type, for suggestions. */
  serviceSpellings(): string[];
  providerSpellings(): string[];
  regionIds(provider: ProviderId): string[];
  isTargetProvider(id: string): id is TargetProviderId;
}

/** @public */
export function createKnowledgeIndex(kb: KnowledgeBase): KnowledgeIndex {
  const providers = new Map(kb.providers.map(p => [p.id as string, p]));
  const categories = new Map(kb.categories.map(c => [c.id, c]));
  const services = new Map<string, CloudService>();
  for (const service of kb.services) {
    services.set(service.id, service);
    for (const alias of service.aliases ?? []) {
      const key = `${service.provider}:${alias}`;
      if (!services.has(key)) services.set(key, service);
    }
  }
  const equivalents = new Map(
    kb.equivalents.map(e => [`${e.category}|${e.provider}`, e]),
  );
  const overrides = new Map(
    kb.overrides
      .filter(o => !o.system)
      .map(o => [`${o.service}|${o.provider}`, o]),
  );
  const systemOverrides = new Map(
    kb.overrides
      .filter(o => o.system)
      .map(o => [`${o.system}|${o.service}|${o.provider}`, o]),
  );
  const systemsWithEvidence = new Set(
    kb.overrides.flatMap(o => (o.system ? [o.system] : [])),
  );
  const gapFillers = new Map(kb.gapFillers.map(g => [g.id, g]));
  const gapFillerByCategory = new Map<CategoryId, GapFiller>();
  for (const filler of kb.gapFillers) {
    for (const category of filler.categories) {
      if (!gapFillerByCategory.has(category)) {
        gapFillerByCategory.set(category, filler);
      }
    }
  }
  const spellings = [...services.keys()];
  const providerSpellings = [
    ...providers.keys(),
    ...Object.keys(PROVIDER_ALIASES),
    'self-hosted',
  ];
  const regions = new Map(
    kb.providers.map(p => [p.id as string, p.regions.map(r => r.id)]),
  );
  const targets = new Set<string>(TARGET_PROVIDER_IDS);

  return {
    kb,
    provider: id => providers.get(id),
    providerId: name =>
      providers.has(name)
        ? (name as ProviderId)
        : PROVIDER_ALIASES[name] ?? undefined,
    service: id => services.get(id),
    category: id => categories.get(id),
    equivalent: (category, target) => equivalents.get(`${category}|${target}`),
    override: (service, target) => overrides.get(`${service}|${target}`),
    systemOverride: (system, service, target) =>
      systemOverrides.get(`${system}|${service}|${target}`),
    hasSystemEvidence: system => systemsWithEvidence.has(system),
    gapFiller: id => gapFillers.get(id),
    gapFillerFor: category => gapFillerByCategory.get(category),
    serviceSpellings: () => spellings,
    providerSpellings: () => providerSpellings,
    regionIds: provider => regions.get(provider) ?? [],
    isTargetProvider: (id: string): id is TargetProviderId => targets.has(id),
  };
}
