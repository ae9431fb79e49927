import {
  readinessFor,
  type Hotspot,
  type KnowledgeIndex,
  type ServiceMapper,
  type Summary,
  type TargetProviderId,
} from '@portolan/plugin-sovereignty-common';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type { SovereigntyStore } from '../database/SovereigntyStore';

const HOTSPOTS = 20;
const TREND_DAYS = 90;
const CACHE_MS = 15_000;

/**
 * Dashboard aggregates. Computing them over a large catalog takes up to a
 * second on SQLite, so a dashboard never waits for that once there are
 * figures: out-of-date figures are served while new ones are computed in the
 * background (other replicas' refreshes show within CACHE_MS).
 */
export class SummaryService {
  private current?: { at: number; generation: number; summary: Summary };
  private pending?: Promise<Summary>;
  /** Bumped by every write, so figures computed before it are out of date. */
  private generation = 0;

  constructor(
    private readonly deps: {
      store: SovereigntyStore;
      index: KnowledgeIndex;
      mapper: ServiceMapper;
      targets: TargetProviderId[];
      logger: LoggerService;
      now?: () => number;
    },
  ) {}

  invalidate() {
    this.generation += 1;
  }

  get(): Promise<Summary> {
    const { current } = this;
    const upToDate =
      current &&
      current.generation === this.generation &&
      this.now() - current.at <= CACHE_MS;
    if (upToDate) return Promise.resolve(current.summary);
    const next = this.recompute();
    if (!current) return next;
    next.catch(error =>
      this.deps.logger.warn(
        `Could not recompute the sovereignty summary: ${error.message}`,
      ),
    );
    return Promise.resolve(current.summary);
  }

  /** Computes the figures now, e.g. right after a refresh. */
  recompute(): Promise<Summary> {
    if (!this.pending) {
      const at = this.now();
      const generation = this.generation;
      this.pending = this.compute()
        .then(summary => {
          this.current = { at, generation, summary };
          return summary;
        })
        .finally(() => {
          this.pending = undefined;
        });
    }
    return this.pending;
  }

  private now() {
    return (this.deps.now ?? Date.now)();
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
      const cells = serviceUsage.flatMap(({ serviceId, dependents }) => {
        const service = index.service(serviceId);
        const mapping = mapper(serviceId, target);
        if (!service || !mapping) return [];
        const inPlace = service.provider === target;
        return [{ service: service.id, mapping, inPlace, weight: dependents }];
      });
      // Service uses (entity x service), not services, are what is counted.
      const { byFit, readyShare, effortPoints } = readinessFor(target, cells);
      readiness[target] = { byFit, readyShare, effortPoints };
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
