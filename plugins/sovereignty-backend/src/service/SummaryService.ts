import {
  readinessFor,
  type KnowledgeIndex,
  type ServiceMapper,
  type Summary,
  type TargetProviderId,
} from '@portolan/plugin-sovereignty-common';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  RefreshRun,
  SovereigntyStores,
  SummaryRow,
  TrendPoint,
} from '../database/SovereigntyStore';
import { aggregateRows } from './aggregate';
import { hotspotsOf } from './hotspots';
import type { Visibility } from './CatalogVisibility';

const HOTSPOTS = 20;
const TREND_DAYS = 90;
const CACHE_MS = 15_000;

/** What the summary is computed from: the stored rows, read in one go. */
interface Snapshot {
  rows: SummaryRow[];
  recentRuns: RefreshRun[];
  trend: TrendPoint[];
  /** Figures over every row, for callers who may read everything. */
  everything: Summary;
}

/**
 * Dashboard aggregates. Reading the stored rows of a large catalog takes up
 * to a second on SQLite, so a dashboard never waits for that once there is a
 * snapshot: an out-of-date snapshot is served while a new one is read in the
 * background (other replicas' refreshes show within CACHE_MS). Figures for a
 * caller who may read only part of the catalog are aggregated from the same
 * snapshot over their visible refs, remembered per visibility set.
 */
export class SummaryService {
  private current?: { at: number; generation: number; snapshot: Snapshot };
  private pending?: Promise<Snapshot>;
  private readonly perCaller = new WeakMap<
    ReadonlySet<string>,
    { snapshot: Snapshot; summary: Summary }
  >();
  /** Bumped by every write, so figures computed before it are out of date. */
  private generation = 0;

  constructor(
    private readonly deps: {
      stores: Pick<SovereigntyStores, 'assessments' | 'refreshRuns' | 'trend'>;
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

  /** The figures over what the caller may read. */
  async get(visibility: Visibility): Promise<Summary> {
    const snapshot = await this.snapshot();
    if (visibility.all) return snapshot.everything;
    const remembered = this.perCaller.get(visibility.refs);
    if (remembered?.snapshot === snapshot) return remembered.summary;
    const summary = this.figures(snapshot, visibility.refs);
    this.perCaller.set(visibility.refs, { snapshot, summary });
    return summary;
  }

  private snapshot(): Promise<Snapshot> {
    const { current } = this;
    const upToDate =
      current &&
      current.generation === this.generation &&
      this.now() - current.at <= CACHE_MS;
    if (upToDate) return Promise.resolve(current.snapshot);
    const next = this.readSnapshot();
    if (!current) return next;
    next.catch(error =>
      this.deps.logger.warn(
        `Could not recompute the sovereignty summary: ${error.message}`,
      ),
    );
    return Promise.resolve(current.snapshot);
  }

  /** Reads the stored rows now, e.g. right after a refresh. */
  async recompute(): Promise<void> {
    await this.readSnapshot();
  }

  private readSnapshot(): Promise<Snapshot> {
    if (!this.pending) {
      const at = this.now();
      const generation = this.generation;
      this.pending = this.read()
        .then(snapshot => {
          this.current = { at, generation, snapshot };
          return snapshot;
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

  private async read(): Promise<Snapshot> {
    const { stores } = this.deps;
    const [rows, recentRuns, trend] = await Promise.all([
      stores.assessments.summaryRows(),
      stores.refreshRuns.recentRefreshRuns(5),
      stores.trend.trend(TREND_DAYS),
    ]);
    const partial = { rows, recentRuns, trend };
    return { ...partial, everything: this.figures(partial) };
  }

  /**
   * Figures over the rows the caller may read. The trend is a catalog-wide
   * average, so it is left out when any row is hidden from the caller.
   */
  private figures(
    snapshot: Omit<Snapshot, 'everything'>,
    visible?: ReadonlySet<string>,
  ): Summary {
    const { index, mapper, targets } = this.deps;
    const { aggregates, hidden } = aggregateRows(snapshot.rows, visible);
    const { serviceUsage, ...rest } = aggregates;
    const { recentRuns } = snapshot;

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

    const hotspots = hotspotsOf(serviceUsage, this.deps, HOTSPOTS);

    return {
      ...rest,
      hotspots,
      readiness,
      refresh: { lastRun: recentRuns[0], recentRuns },
      trend: hidden === 0 ? snapshot.trend : [],
      ...(hidden > 0 ? { restricted: true } : {}),
    };
  }
}
