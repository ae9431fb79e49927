import {
  effortPoints as effortPointsOf,
  type Fit,
  type KnowledgeIndex,
  type ServiceMapper,
  type TargetProviderId,
} from '@portolan/plugin-sovereignty-common';
import type {
  CatalogAggregates,
  RefreshRun,
  SovereigntyStore,
  TrendPoint,
} from '../database/SovereigntyStore';

const HOTSPOTS = 20;
const TREND_DAYS = 90;
/** Aggregates over a large catalog take tens of milliseconds; dashboards poll. */
const CACHE_MS = 15_000;

export interface Hotspot {
  service: string;
  serviceName: string;
  provider: string;
  category: string;
  dependents: number;
  targets: Partial<
    Record<
      TargetProviderId,
      { fit: Fit; offering: string; effort: string; gapFiller?: string }
    >
  >;
}

export interface CatalogReadiness {
  /** Service uses (entity x service) by fit at this target. */
  byFit: Record<Fit, number>;
  readyShare: number;
  effortPoints: number;
}

export type Summary = Omit<CatalogAggregates, 'serviceUsage'> & {
  hotspots: Hotspot[];
  readiness: Partial<Record<TargetProviderId, CatalogReadiness>>;
  refresh: { lastRun?: RefreshRun; recentRuns: RefreshRun[] };
  trend: TrendPoint[];
};

/** Dashboard aggregates, cached briefly and dropped on every write. */
export class SummaryService {
  private cached?: { at: number; summary: Promise<Summary> };

  constructor(
    private readonly deps: {
      store: SovereigntyStore;
      index: KnowledgeIndex;
      mapper: ServiceMapper;
      targets: TargetProviderId[];
      now?: () => number;
    },
  ) {}

  invalidate() {
    this.cached = undefined;
  }

  get(): Promise<Summary> {
    const now = (this.deps.now ?? Date.now)();
    if (!this.cached || now - this.cached.at > CACHE_MS) {
      const summary = this.compute();
      this.cached = { at: now, summary };
      summary.catch(() => {
        if (this.cached?.summary === summary) this.cached = undefined;
      });
    }
    return this.cached.summary;
  }

  private async compute(): Promise<Summary> {
    const { store, index, mapper, targets } = this.deps;
    const [aggregates, recentRuns, trend] = await Promise.all([
      store.aggregates(),
      store.recentRefreshRuns(5),
      store.trend(TREND_DAYS),
    ]);
    const { serviceUsage, ...rest } = aggregates;

    const readiness: Summary['readiness'] = {};
    for (const target of targets) {
      const byFit: Record<Fit, number> = {
        direct: 0,
        partial: 0,
        're-architect': 0,
        none: 0,
      };
      let effortPoints = 0;
      let uses = 0;
      for (const { serviceId, dependents } of serviceUsage) {
        const mapping = mapper(serviceId, target);
        if (!mapping) continue;
        uses += dependents;
        byFit[mapping.fit] += dependents;
        if (index.service(serviceId)?.provider !== target) {
          effortPoints += dependents * effortPointsOf(mapping);
        }
      }
      readiness[target] = {
        byFit,
        readyShare: uses === 0 ? 1 : (byFit.direct + byFit.partial) / uses,
        effortPoints,
      };
    }

    // Lock-in hotspots: the non-EU services most entities depend on, where
    // one change removes the dependency from many places.
    const hotspots: Hotspot[] = serviceUsage
      .filter(
        ({ serviceId }) =>
          index.provider(index.service(serviceId)?.provider ?? '')
            ?.nonEuLawReach,
      )
      .slice(0, HOTSPOTS)
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

    return {
      ...rest,
      hotspots,
      readiness,
      refresh: { lastRun: recentRuns[0], recentRuns },
      trend,
    };
  }
}
