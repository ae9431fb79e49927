import type {
  CloudService,
  Effort,
  Fit,
  GapFiller,
  ServiceId,
  TargetProviderId,
} from '../knowledge/types';
import type { KnowledgeIndex } from './knowledgeIndex';
import type { MappingTarget, Readiness } from './types';

/** Konveyor's effort weights. */
export const EFFORT_POINTS: Record<Effort, number> = {
  S: 1,
  M: 2,
  L: 4,
  XL: 8,
};
/** A service with no way out costs more than the largest planned effort. */
export const NO_FIT_POINTS = 16;

const TARGET_NAMES: Record<TargetProviderId, string> = {
  ionos: 'IONOS',
  stackit: 'STACKIT',
  ovhcloud: 'OVHcloud',
  scaleway: 'Scaleway',
  otc: 'Open Telekom Cloud',
  hetzner: 'Hetzner',
  kubernetes: 'your Kubernetes',
};

function gapFillerRef(filler: GapFiller): MappingTarget['gapFiller'] {
  return {
    id: filler.id,
    name: filler.name,
    operatingBurden: filler.operatingBurden,
  };
}

/** Where a gap filler runs at a target: its managed Kubernetes, if any. */
function runtimeAt(index: KnowledgeIndex, target: TargetProviderId): string {
  const kubernetes = index.equivalent('kubernetes', target);
  return kubernetes && kubernetes.fit === 'direct'
    ? kubernetes.offering
    : `a self-run Kubernetes cluster at ${TARGET_NAMES[target]}`;
}

function shareInterface(a: readonly string[], b: readonly string[]): boolean {
  return a.some(i => b.includes(i));
}

/**
 * The mapping of one service to one target. Order matters: the service is
 * already there; a recorded override (e.g. a migration report) wins; Kubernetes
 * workloads move with the cluster; a managed equivalent; else a gap filler.
 */
export function mapServiceToTarget(
  index: KnowledgeIndex,
  service: CloudService,
  target: TargetProviderId,
): MappingTarget {
  if (service.provider === target) {
    return {
      offering: service.name,
      fit: 'direct',
      effort: 'S',
      notes: `Already runs at ${TARGET_NAMES[target]}.`,
      sources: service.sources,
    };
  }
  const override = index.override(service.id, target);
  if (override) {
    const filler = override.gapFiller
      ? index.gapFiller(override.gapFiller)
      : undefined;
    return {
      offering:
        override.offering ??
        (filler ? `${filler.name} on ${runtimeAt(index, target)}` : '—'),
      fit: override.fit,
      effort: override.effort,
      gapFiller: filler ? gapFillerRef(filler) : undefined,
      notes: override.notes,
      sources: override.sources,
    };
  }
  if (service.provider === 'kubernetes') {
    const cluster = index.equivalent('kubernetes', target);
    const direct = !cluster || cluster.fit === 'direct';
    return {
      offering: `${service.name} on ${runtimeAt(index, target)}`,
      fit: direct ? 'direct' : 'partial',
      effort: direct ? 'S' : 'M',
      notes: direct
        ? 'Runs on any conformant Kubernetes; redeploy the same manifests.'
        : `Needs a Kubernetes cluster you run yourself at ${TARGET_NAMES[target]}.`,
      sources: cluster?.sources ?? service.sources,
    };
  }
  const equivalent = index.equivalent(service.category, target);
  if (equivalent) {
    const direct =
      equivalent.fit === 'direct' ||
      shareInterface(service.interfaces, equivalent.interfaces);
    const filler = direct ? undefined : fillerFor(index, service);
    return {
      offering: equivalent.offering,
      fit: direct ? 'direct' : equivalent.fit,
      effort: direct ? 'S' : equivalent.effort,
      gapFiller: filler ? gapFillerRef(filler) : undefined,
      notes: equivalent.notes,
      sources: equivalent.sources,
    };
  }
  const filler = fillerFor(index, service);
  if (filler) {
    // Same interface: the code keeps working and the team takes on running it.
    const sameInterface = shareInterface(service.interfaces, filler.interfaces);
    return {
      offering: `${filler.name} on ${runtimeAt(index, target)}`,
      fit: sameInterface ? 'partial' : 're-architect',
      effort: filler.effort,
      gapFiller: gapFillerRef(filler),
      notes: `${TARGET_NAMES[target]} offers no managed equivalent; run ${
        filler.name
      } yourself${sameInterface ? ', which speaks the same interface' : ''}.`,
      sources: filler.sources,
    };
  }
  return {
    offering: '—',
    fit: 'none',
    effort: 'XL',
    notes: `Neither ${TARGET_NAMES[target]} nor an open-source project we know replaces it; keep it deliberately or redesign.`,
    sources: service.sources,
  };
}

function fillerFor(
  index: KnowledgeIndex,
  service: CloudService,
): GapFiller | undefined {
  return (
    (service.preferredGapFiller
      ? index.gapFiller(service.preferredGapFiller)
      : undefined) ?? index.gapFillerFor(service.category)
  );
}

/** Effort points of moving one service to a target. @public */
export function effortPoints(mapping: MappingTarget): number {
  return mapping.fit === 'none' ? NO_FIT_POINTS : EFFORT_POINTS[mapping.effort];
}

function effortSize(points: number, services: number): Readiness['effort'] {
  if (services === 0 || points <= 2) return 'S';
  if (points <= 8) return 'M';
  if (points <= 24) return 'L';
  return 'XL';
}

/**
 * Readiness for one target over the mapping cells of every service. A cell's
 * weight counts it that many times: a dashboard weights a service by the
 * entities that use it.
 */
export function readinessFor(
  target: TargetProviderId,
  cells: Array<{
    service: ServiceId;
    mapping: MappingTarget;
    inPlace: boolean;
    weight?: number;
  }>,
): Readiness {
  const byFit: Record<Fit, number> = {
    direct: 0,
    partial: 0,
    're-architect': 0,
    none: 0,
  };
  let points = 0;
  let services = 0;
  const blockers: ServiceId[] = [];
  for (const { service, mapping, inPlace, weight = 1 } of cells) {
    services += weight;
    byFit[mapping.fit] += weight;
    // Services already at the target cost nothing to move.
    if (!inPlace) points += weight * effortPoints(mapping);
    if (mapping.fit === 'none') blockers.push(service);
  }
  return {
    provider: target,
    services,
    byFit,
    readyShare: services === 0 ? 1 : (byFit.direct + byFit.partial) / services,
    effortPoints: points,
    effort: effortSize(points, services),
    blockers,
  };
}

export { TARGET_NAMES };

/** @public */
export type ServiceMapper = (
  serviceId: string,
  target: TargetProviderId,
) => MappingTarget | undefined;

/** Mapping of a service to a target, memoised: it depends on nothing else. */
export type MappingCache = (
  service: CloudService,
  target: TargetProviderId,
) => MappingTarget;

export function createMappingCache(index: KnowledgeIndex): MappingCache {
  const cells = new Map<
    ServiceId,
    Partial<Record<TargetProviderId, MappingTarget>>
  >();
  return (service, target) => {
    let byTarget = cells.get(service.id);
    if (!byTarget) {
      byTarget = {};
      cells.set(service.id, byTarget);
    }
    return (byTarget[target] ??= mapServiceToTarget(index, service, target));
  };
}

/**
 * Where one known service goes at one target, as in every assessment's
 * mapping table; for dashboards that aggregate over services.
 * @public
 */
export function createServiceMapper(index: KnowledgeIndex): ServiceMapper {
  const cell = createMappingCache(index);
  return (serviceId, target) => {
    const service = index.service(serviceId);
    return service ? cell(service, target) : undefined;
  };
}
