import type {
  CloudService,
  GapFiller,
  ServiceId,
  TargetProviderId,
} from '@portolan/plugin-sovereignty-knowledge';
import type { KnowledgeIndex } from '../assessment/knowledgeIndex';
import type { MappingTarget } from '../assessment/types';

/*
 * A plan step replaces a used service by what the migrated entity declares
 * instead: services of the knowledge base, so the entity after the step is
 * assessed like any other. The mapping names an offering in words; this finds
 * the services behind it.
 */

interface ServicesByProvider {
  byProvider: Map<string, CloudService[]>;
  byGapFiller: Map<string, CloudService>;
}

const tables = new WeakMap<KnowledgeIndex, ServicesByProvider>();

function tablesOf(index: KnowledgeIndex): ServicesByProvider {
  let found = tables.get(index);
  if (!found) {
    const byProvider = new Map<string, CloudService[]>();
    const byGapFiller = new Map<string, CloudService>();
    for (const service of index.kb.services) {
      const list = byProvider.get(service.provider) ?? [];
      list.push(service);
      byProvider.set(service.provider, list);
    }
    // A self-operated service that prefers the filler stands for it, unless
    // one is the filler itself (Sealed Secrets prefers OpenBao, but is not it).
    for (const service of byProvider.get('kubernetes') ?? []) {
      const filler = service.preferredGapFiller;
      if (filler && !byGapFiller.has(filler)) byGapFiller.set(filler, service);
    }
    for (const filler of index.kb.gapFillers) {
      const own = index.service(`kubernetes:${filler.id}`);
      if (own && own.id === `kubernetes:${filler.id}`) {
        byGapFiller.set(filler.id, own);
      }
    }
    found = { byProvider, byGapFiller };
    tables.set(index, found);
  }
  return found;
}

/** The self-operated service a gap filler is, when the knowledge base lists one. */
export function serviceOfGapFiller(
  index: KnowledgeIndex,
  fillerId: string,
): CloudService | undefined {
  return tablesOf(index).byGapFiller.get(fillerId);
}

/**
 * What the migrated entity declares instead of `service` at `target`, in
 * this order: the gap filler the mapping (or the user) runs; the target's
 * services the offering names; the target's service of the same category;
 * the gap filler the knowledge base suggests. Empty when none is known: the
 * source then stays counted, and the step says so.
 */
export function targetServicesFor(
  index: KnowledgeIndex,
  service: CloudService,
  mapping: MappingTarget,
  target: TargetProviderId,
  chosenFiller?: GapFiller,
): ServiceId[] {
  // Already portable: it moves with the cluster and stays what it is.
  if (service.provider === 'kubernetes') return [service.id];
  const fillerService = (id: string | undefined) =>
    id ? serviceOfGapFiller(index, id) : undefined;
  if (chosenFiller) {
    const own = fillerService(chosenFiller.id);
    return own ? [own.id] : [];
  }
  // The override says "OpenBao ... on IONOS Managed Kubernetes": the filler
  // is the offering, the cluster only where it runs.
  if (mapping.gapFiller && mapping.offering.includes(mapping.gapFiller.name)) {
    const own = fillerService(mapping.gapFiller.id);
    if (own) return [own.id];
  }
  const atTarget = tablesOf(index).byProvider.get(target) ?? [];
  const named = atTarget.filter(s => mapping.offering.includes(s.name));
  if (named.length > 0) return named.map(s => s.id);
  const sameCategory = atTarget.find(s => s.category === service.category);
  if (sameCategory) return [sameCategory.id];
  const suggested =
    fillerService(mapping.gapFiller?.id) ??
    fillerService(index.gapFillerFor(service.category)?.id);
  return suggested ? [suggested.id] : [];
}
