import type {
  Category,
  CloudService,
  Effort,
  Fit,
  GapFiller,
  ServiceId,
  ServiceTargetOverride,
  Source,
  TargetProviderId,
} from '@portolan/plugin-sovereignty-knowledge';
import {
  holdsState,
  stateLocked,
} from '@portolan/plugin-sovereignty-knowledge';
import { TARGET_PROVIDER_IDS } from '@portolan/plugin-sovereignty-knowledge';
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
export function runtimeAt(
  index: KnowledgeIndex,
  target: TargetProviderId,
): string {
  const kubernetes = index.equivalent('kubernetes', target);
  return kubernetes && kubernetes.fit === 'direct'
    ? kubernetes.offering
    : `a self-run Kubernetes cluster at ${TARGET_NAMES[target]}`;
}

const EFFORTS: Effort[] = ['S', 'M', 'L', 'XL'];
const FITS: Fit[] = ['direct', 'partial', 're-architect', 'none'];

/**
 * The efforts a cell of each fit can honestly have: a direct move keeps the
 * code, so it is never large; a re-architecture is never small; "none" has
 * no plan to size, so it counts as the largest.
 * @public
 */
export const EFFORT_RANGE: Record<Fit, readonly [Effort, Effort]> = {
  direct: ['S', 'M'],
  partial: ['S', 'XL'],
  're-architect': ['M', 'XL'],
  none: ['XL', 'XL'],
};

/**
 * The effort of a cell: the knowledge base's own, within its fit's range;
 * never S when data moves, never below L when data moves into a new design.
 */
export function cellEffort(
  effort: Effort,
  fit: Fit,
  category: Category | undefined,
): Effort {
  const [low, high] = EFFORT_RANGE[fit];
  let rank = Math.min(
    Math.max(EFFORTS.indexOf(effort), EFFORTS.indexOf(low)),
    EFFORTS.indexOf(high),
  );
  if (holdsState(category)) {
    // Moving data is never small; redesigning around data that must be
    // transformed on the way is never less than large.
    rank = Math.max(rank, EFFORTS.indexOf(fit === 're-architect' ? 'L' : 'M'));
  }
  return EFFORTS[rank];
}

/** The better (more portable) of two fits. */
const betterFit = (a: Fit, b: Fit): Fit =>
  FITS[Math.min(FITS.indexOf(a), FITS.indexOf(b))];

/**
 * What the source shares with a replacement: an interface (the client code
 * keeps working), only a format (the artefact moves, the platform around it
 * is rebuilt), or nothing.
 */
function sharedWith(
  service: CloudService,
  other: { interfaces: readonly string[]; formats?: readonly string[] },
): { kind: 'interface' | 'format'; names: string[] } | undefined {
  const interfaces = service.interfaces.filter(i =>
    other.interfaces.includes(i),
  );
  if (interfaces.length > 0) return { kind: 'interface', names: interfaces };
  const formats = (service.formats ?? []).filter(f =>
    (other.formats ?? []).includes(f),
  );
  return formats.length > 0 ? { kind: 'format', names: formats } : undefined;
}

/** How a cell says what the source shares with its replacement. */
function sharedClause(shared: ReturnType<typeof sharedWith>): string {
  if (!shared) return '';
  const names = shared.names.join(', ');
  return shared.kind === 'interface'
    ? `, which speaks the same interface (${names})`
    : `, which runs the same ${names} artefacts`;
}

const joinNotes = (...parts: Array<string | undefined>): string =>
  parts.filter(Boolean).join(' ');

const uniqueSources = (sources: Source[]): Source[] => {
  const seen = new Set<string>();
  return sources.filter(source => {
    const key = JSON.stringify(source);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** A recorded fact (global or one system's evidence) as a cell. */
function overrideCell(
  index: KnowledgeIndex,
  service: CloudService,
  target: TargetProviderId,
  override: ServiceTargetOverride,
): MappingTarget {
  const filler = override.gapFiller
    ? index.gapFiller(override.gapFiller)
    : undefined;
  return {
    offering:
      override.offering ??
      (filler ? `${filler.name} on ${runtimeAt(index, target)}` : '\u2014'),
    fit: override.fit,
    effort: cellEffort(
      override.effort,
      override.fit,
      index.category(service.category),
    ),
    gapFiller: filler ? gapFillerRef(filler) : undefined,
    notes: joinNotes(override.notes, filler?.caveat),
    sources: override.sources,
  };
}

/**
 * The mapping of one service to one target. Order matters: the service is
 * already there; one system's own migration evidence, when the cell is
 * asked for that system; a recorded fact about the pair; Kubernetes
 * workloads move with the cluster; a managed equivalent; else a gap filler.
 */
export function mapServiceToTarget(
  index: KnowledgeIndex,
  service: CloudService,
  target: TargetProviderId,
  system?: string,
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
  const evidence = system
    ? index.systemOverride(system, service.id, target)
    : undefined;
  if (evidence) {
    const cell = overrideCell(index, service, target, evidence);
    return {
      ...cell,
      notes: joinNotes(cell.notes, `(Evidence recorded for ${system}.)`),
    };
  }
  const override = index.override(service.id, target);
  if (override) return overrideCell(index, service, target, override);
  const category = index.category(service.category);
  if (service.provider === 'kubernetes') {
    const cluster = index.equivalent('kubernetes', target);
    const direct = !cluster || cluster.fit === 'direct';
    const fit: Fit = direct ? 'direct' : 'partial';
    return {
      offering: `${service.name} on ${runtimeAt(index, target)}`,
      fit,
      effort: cellEffort(direct ? 'S' : 'M', fit, category),
      notes: joinNotes(
        direct
          ? 'Runs on any conformant Kubernetes; redeploy the same manifests.'
          : `Needs a Kubernetes cluster you run yourself at ${TARGET_NAMES[target]}.`,
        holdsState(category)
          ? 'Its data moves with its own backup and restore.'
          : undefined,
      ),
      sources: cluster?.sources ?? service.sources,
    };
  }
  // An interface does not carry state the source provider keeps locked in.
  const locked = stateLocked(category);
  const lockedNote = locked ? category?.stateNote?.text : undefined;
  const lockedSources = locked ? category?.stateNote?.sources ?? [] : [];
  const equivalent = index.equivalent(service.category, target);
  if (equivalent) {
    const shared = sharedWith(service, equivalent);
    let fit: Fit = equivalent.fit;
    if (shared?.kind === 'interface' && !locked) fit = 'direct';
    else if (shared) fit = betterFit(fit, 'partial');
    const filler = fit === 'direct' ? undefined : fillerFor(index, service);
    return {
      offering: equivalent.offering,
      fit,
      effort: cellEffort(equivalent.effort, fit, category),
      gapFiller: filler ? gapFillerRef(filler) : undefined,
      notes: joinNotes(
        equivalent.notes,
        shared?.kind === 'format' && fit !== 'direct'
          ? `Only the ${shared.names.join(
              ', ',
            )} format is shared: the artefacts move, the platform configuration around them is rebuilt.`
          : undefined,
        lockedNote,
      ),
      sources: uniqueSources([...equivalent.sources, ...lockedSources]),
    };
  }
  const filler = fillerFor(index, service);
  if (filler) return gapFillerCell(index, service, target, filler);
  return {
    offering: '\u2014',
    fit: 'none',
    effort: 'XL',
    notes: `Neither ${TARGET_NAMES[target]} nor an open-source or self-managed path we know replaces it; keep it deliberately or redesign.`,
    sources: service.sources,
  };
}

const LARGER_EFFORT: Record<Effort, Effort> = {
  S: 'M',
  M: 'L',
  L: 'XL',
  XL: 'XL',
};

/**
 * The cell when application code calls the service's SDK: a move that is not
 * direct changes that code, so it is one size larger. The same rule for the
 * engine and for a gap filler a plan chose.
 */
export function codeLevelCell(
  base: MappingTarget,
  service: CloudService,
  target: TargetProviderId,
): MappingTarget {
  if (base.fit === 'direct' || service.provider === target) return base;
  return {
    ...base,
    effort: LARGER_EFFORT[base.effort],
    notes: `${base.notes}${
      base.notes ? ' ' : ''
    }Application code calls this service's SDK, so moving it is a code change.`,
  };
}

/**
 * The cell when the team runs `filler` itself at the target: the same rules
 * whether the knowledge base or a plan chose the filler.
 * @public
 */
export function gapFillerCell(
  index: KnowledgeIndex,
  service: CloudService,
  target: TargetProviderId,
  filler: GapFiller,
): MappingTarget {
  const category = index.category(service.category);
  const locked = stateLocked(category);
  const lockedNote = locked ? category?.stateNote?.text : undefined;
  const lockedSources = locked ? category?.stateNote?.sources ?? [] : [];
  // Same interface: the code keeps working and the team takes on running
  // it, unless the state cannot come along.
  const shared = sharedWith(service, filler);
  const fit: Fit =
    shared && !(shared.kind === 'interface' && locked)
      ? 'partial'
      : 're-architect';
  // Running the replacement yourself is never less work than the
  // easiest managed path for the same service elsewhere.
  const floor = managedEffortFloor(index, service);
  const effort =
    floor && EFFORTS.indexOf(floor) > EFFORTS.indexOf(filler.effort)
      ? floor
      : filler.effort;
  return {
    offering: `${filler.name} on ${runtimeAt(index, target)}`,
    fit,
    effort: cellEffort(effort, fit, category),
    gapFiller: gapFillerRef(filler),
    notes: joinNotes(
      `${
        target === 'kubernetes'
          ? 'On your own Kubernetes,'
          : `${TARGET_NAMES[target]} offers no managed equivalent;`
      } run ${filler.name} yourself${sharedClause(shared)}.`,
      locked && shared?.kind === 'interface'
        ? `The protocol stays, the state does not. ${lockedNote}`
        : undefined,
      filler.caveat,
    ),
    sources: uniqueSources([...filler.sources, ...lockedSources]),
  };
}

/**
 * The smallest effort of the service's managed paths: the targets where an
 * override or a managed equivalent decides its cell. Undefined without any.
 */
function managedEffortFloor(
  index: KnowledgeIndex,
  service: CloudService,
): Effort | undefined {
  let floor: number | undefined;
  for (const target of TARGET_PROVIDER_IDS) {
    if (target === service.provider) continue;
    const override = index.override(service.id, target);
    const equivalent = index.equivalent(service.category, target);
    if (!override && !equivalent) continue;
    // These targets take the override or equivalent branch, never this one.
    const { effort } = mapServiceToTarget(index, service, target);
    const rank = EFFORTS.indexOf(effort);
    floor = floor === undefined ? rank : Math.min(floor, rank);
  }
  return floor === undefined ? undefined : EFFORTS[floor];
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

/**
 * Mapping of a service to a target, memoised: it depends on nothing else,
 * except for a system the knowledge base holds migration evidence about.
 */
export type MappingCache = (
  service: CloudService,
  target: TargetProviderId,
  system?: string,
) => MappingTarget;

export function createMappingCache(index: KnowledgeIndex): MappingCache {
  const cells = new Map<
    ServiceId,
    Partial<Record<TargetProviderId, MappingTarget>>
  >();
  return (service, target, system) => {
    if (system && index.systemOverride(system, service.id, target)) {
      return mapServiceToTarget(index, service, target, system);
    }
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
