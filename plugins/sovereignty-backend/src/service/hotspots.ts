import type {
  Hotspot,
  KnowledgeIndex,
  ServiceMapper,
  TargetProviderId,
} from '@portolan/plugin-sovereignty-common';
import type { CatalogAggregates } from '../database/SovereigntyStore';

/** What hotspots are looked up in: the knowledge base and the targets assessed. */
export interface HotspotContext {
  index: KnowledgeIndex;
  mapper: ServiceMapper;
  targets: TargetProviderId[];
}

/**
 * Lock-in hotspots: the non-EU services most entities depend on, where one
 * change removes the dependency from many places, with their fit at each
 * target. `serviceUsage` comes most used first.
 */
export function hotspotsOf(
  serviceUsage: CatalogAggregates['serviceUsage'],
  { index, mapper, targets }: HotspotContext,
  limit: number,
): Hotspot[] {
  return serviceUsage
    .filter(
      ({ serviceId }) =>
        index.provider(index.service(serviceId)?.provider ?? '')?.nonEuLawReach,
    )
    .slice(0, limit)
    .flatMap(({ serviceId, dependents }) => {
      const service = index.service(serviceId);
      if (!service) return [];
      const hotspot: Hotspot = {
        service: service.id,
        serviceName: service.name,
        provider: service.provider,
        category: service.category,
        dependents,
        targets: {},
      };
      for (const target of targets) {
        const mapping = mapper(serviceId, target)!;
        hotspot.targets[target] = {
          fit: mapping.fit,
          offering: mapping.offering,
          effort: mapping.effort,
          gapFiller: mapping.gapFiller?.name,
        };
      }
      return [hotspot];
    });
}
