import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import type {
  CategoryId,
  CloudService,
  DimensionId,
  Fit,
  KnowledgeBase,
  ServiceId,
  SovereignVariant,
  TargetProviderId,
} from '@portolan/plugin-sovereignty-knowledge';
import { isEuResident, parseAnnotations } from '../annotations/parse';
import { ANNOTATION_LIMITS } from '../annotations/keys';
import { createKnowledgeIndex, KnowledgeIndex } from './knowledgeIndex';
import { parseDiscovery } from '../discovery/parse';
import {
  createDiscoveryLookup,
  type DiscoveryLookup,
} from '../discovery/lookup';
import {
  DISCOVERY_LIMITS,
  type DiscoveredService,
  type DiscoveryScan,
  type Evidence,
} from '../discovery/types';
import {
  cloudResourceServices,
  discoveredHosting,
  discoveredServicesOf,
  discoverySummary,
  undeclaredFinding,
} from './discoveredServices';
import {
  codeLevelCell,
  createMappingCache,
  effortPoints,
  readinessFor,
  type MappingCache,
} from './mapping';
import { evaluateChecklist, isOpen } from './checklist';
import { createServiceFindings, type ServiceFindings } from './serviceFindings';
import {
  DIMENSIONS,
  EFFORT_HALF_POINT,
  gradeFor,
  levelFor,
  MODEL_VERSION,
} from './model';
import type {
  AcceptedDependency,
  Assessment,
  AssessmentInput,
  AssessmentOptions,
  ChecklistResult,
  DimensionScore,
  Finding,
  HostingLocation,
  MappingDiscovery,
  MappingRow,
  MappingTarget,
  ParsedAnnotations,
} from './types';

const FIT_VALUE: Record<Fit, number> = {
  direct: 1,
  partial: 0.6,
  're-architect': 0.3,
  none: 0,
};
const SECURITY_CATEGORIES = ['secrets', 'kms', 'identity', 'managed-identity'];
const FALLBACK_TARGETS: TargetProviderId[] = ['ionos', 'stackit'];

/** Why an entity without services or hosting gets no grade that counts. */
const NOTHING_TO_GRADE =
  'No cloud service is declared, discovered or inherited and no hosting is known: there is nothing to grade yet.';

/** @public */
export type Assessor = (
  input: AssessmentInput,
  options: AssessmentOptions,
) => Assessment;

interface UsedService {
  service: CloudService;
  inheritedFrom?: string[];
  discovery?: MappingDiscovery;
}

function safeRef(entity: Entity): string {
  try {
    return stringifyEntityRef(entity);
  } catch {
    return `${String(entity?.kind ?? 'unknown').toLowerCase()}:default/${String(
      entity?.metadata?.name ?? 'unknown',
    )}`;
  }
}

/**
 * The System an entity belongs to, as an entity ref: itself for a System,
 * else its `spec.system` in its own namespace.
 */
function systemOf(entity: Entity): string | undefined {
  const namespace = entity?.metadata?.namespace ?? 'default';
  if (entity?.kind?.toLowerCase() === 'system' && entity.metadata?.name) {
    return `system:${namespace}/${entity.metadata.name}`.toLowerCase();
  }
  const ref = (entity?.spec as { system?: unknown } | undefined)?.system;
  if (typeof ref !== 'string' || ref.length === 0 || ref.length > 253) {
    return undefined;
  }
  const withoutKind = ref.replace(/^system:/i, '');
  const qualified = withoutKind.includes('/')
    ? withoutKind
    : `${namespace}/${withoutKind}`;
  return `system:${qualified}`.toLowerCase();
}

/**
 * The effort points of the best move any service of a category has to a
 * target: what moving that kind of service there costs by its nature (a
 * cache onto a self-run Valkey is M for everyone). Memoised per pair.
 */
function createCategoryBest(
  index: KnowledgeIndex,
  cell: MappingCache,
): (category: CategoryId, target: TargetProviderId) => number {
  const byCategory = new Map<CategoryId, CloudService[]>();
  for (const service of index.kb.services) {
    const list = byCategory.get(service.category) ?? [];
    list.push(service);
    byCategory.set(service.category, list);
  }
  const memo = new Map<string, number>();
  return (category, target) => {
    const key = `${category}|${target}`;
    let best = memo.get(key);
    if (best === undefined) {
      best = Infinity;
      for (const service of byCategory.get(category) ?? []) {
        if (service.provider === target) continue;
        best = Math.min(best, effortPoints(cell(service, target)));
      }
      if (!Number.isFinite(best)) best = 0;
      memo.set(key, best);
    }
    return best;
  };
}

/**
 * The exit effort of an entity, in effort points: the hardest move any of its
 * services needs as well as its kind allows, plus what each service needs
 * beyond the best move of its kind to the same targets. Services that move as
 * well as their kind add nothing, however many a team picks; and since every
 * part grows with a service's effort, a service that is hard to move (or a
 * waiver that halves one) never makes the entity look more ready than
 * without it.
 */
class ExitEffort {
  private hardestAsKind = 0;
  private excess = 0;
  add(points: number, kindPoints: number) {
    this.hardestAsKind = Math.max(
      this.hardestAsKind,
      Math.min(points, kindPoints),
    );
    this.excess += Math.max(0, points - kindPoints);
  }
  total(): number {
    return this.hardestAsKind + this.excess;
  }
}

/** A running mean; `empty` is the value when nothing was added. */
class Mean {
  private sum = 0;
  private count = 0;
  add(value: number) {
    this.sum += value;
    this.count += 1;
  }
  value(empty: number): number {
    return this.count === 0 ? empty : this.sum / this.count;
  }
}

/**
 * Builds the assessment function over one knowledge base. Mapping cells are
 * memoised per service and target, since they depend on nothing else.
 * @public
 */
export function createAssessor(kb: KnowledgeBase): Assessor {
  const index = createKnowledgeIndex(kb);
  const cell = createMappingCache(index);
  const serviceFindings = createServiceFindings(index, cell);
  const lookup = createDiscoveryLookup({ knowledgeBase: kb });
  const codeCell = createCodeLevelCells(cell);

  const categoryBest = createCategoryBest(index, cell);

  return (input, options) =>
    assess(
      index,
      { cell, codeCell, serviceFindings, lookup, categoryBest },
      input,
      options,
    );
}

/**
 * Mapping cells for services whose SDK the code calls: unless the target
 * speaks the same interface, moving them changes code, one effort size more.
 */
function createCodeLevelCells(cell: Memos['cell']): Memos['cell'] {
  const memo = new Map<string, MappingTarget>();
  return (service, target, system) => {
    const key = `${service.id}|${target}|${system ?? ''}`;
    let mapped = memo.get(key);
    if (!mapped) {
      mapped = codeLevelCell(cell(service, target, system), service, target);
      memo.set(key, mapped);
    }
    return mapped;
  };
}

function collectServices(
  index: KnowledgeIndex,
  lookup: DiscoveryLookup,
  own: ParsedAnnotations,
  ownDiscovered: DiscoveredService[],
  related: Entity[],
  now: string,
  findings: Finding[],
): { used: UsedService[]; accepted: AcceptedDependency[] } {
  const byId = new Map<string, UsedService>();
  for (const id of own.services) {
    byId.set(id, { service: index.service(id)! });
  }
  const declared = new Set<string>(own.services);
  for (const found of ownDiscovered) {
    const existing = byId.get(found.id);
    const discovery = mergeDiscovery(undefined, found, declared);
    if (existing) existing.discovery = discovery;
    else byId.set(found.id, { service: index.service(found.id)!, discovery });
  }
  const accepted = [...own.acceptedDependencies];
  const inheritedIds = new Set<string>();
  // Each related entity's parse is capped; so is what all of them add here.
  let inheritedUnknown = 0;
  for (const entity of related) {
    if (!entity?.metadata) continue;
    const ref = safeRef(entity);
    const parsed = parseAnnotations(entity, index, now);
    for (const finding of parsed.findings) {
      if (finding.code !== 'unknown-service') continue;
      if (inheritedUnknown++ < ANNOTATION_LIMITS.findings) {
        findings.push({ ...finding, inheritedFrom: ref });
      }
    }
    // What the related entity's own repository shows travels with it, so a
    // System sees that its components' code calls a service.
    const discoveredThere = new Map(
      discoveredServicesOf(parseDiscovery(entity, index), []).map(found => [
        found.id as string,
        found,
      ]),
    );
    const inherited = new Set<string>([
      ...parsed.annotations.services,
      ...discoveredThere.keys(),
      ...cloudResourceServices(entity, lookup).map(found => found.id),
    ]);
    for (const id of inherited) {
      inheritedIds.add(id);
      let entry = byId.get(id);
      if (!entry) {
        entry = { service: index.service(id)!, inheritedFrom: [ref] };
        byId.set(id, entry);
      } else if (entry.inheritedFrom && !entry.inheritedFrom.includes(ref)) {
        entry.inheritedFrom.push(ref);
      }
      const found = discoveredThere.get(id);
      if (found)
        entry.discovery = mergeDiscovery(entry.discovery, found, declared);
    }
    for (const dep of parsed.annotations.acceptedDependencies) {
      if (!accepted.some(a => a.service === dep.service)) accepted.push(dep);
    }
  }
  if (inheritedUnknown > ANNOTATION_LIMITS.findings) {
    findings.push({
      code: 'findings-truncated',
      severity: 'warning',
      message: `${
        inheritedUnknown - ANNOTATION_LIMITS.findings
      } more unknown service id(s) in related entities are not listed.`,
    });
  }
  // Found in the entity's own repository, yet neither declared nor
  // inherited, while people did declare something: worth a look.
  if (own.annotated || inheritedIds.size > 0) {
    for (const found of ownDiscovered) {
      if (!declared.has(found.id) && !inheritedIds.has(found.id)) {
        findings.push(undeclaredFinding(found));
      }
    }
  }
  const used = [...byId.values()].sort((a, b) =>
    a.service.id < b.service.id ? -1 : 1,
  );
  return { used, accepted };
}

/** Evidence of one service from several repositories, within the report's bounds. */
function mergeDiscovery(
  existing: MappingDiscovery | undefined,
  found: DiscoveredService,
  declared: ReadonlySet<string>,
): MappingDiscovery {
  if (!existing) {
    return {
      declared: declared.has(found.id),
      evidence: found.evidence,
      evidenceCount: found.evidenceCount,
      codeLevel: found.codeLevel,
    };
  }
  return {
    declared: existing.declared,
    evidence: [...existing.evidence, ...found.evidence].slice(
      0,
      DISCOVERY_LIMITS.evidencePerService,
    ),
    evidenceCount: existing.evidenceCount + found.evidenceCount,
    codeLevel: existing.codeLevel || found.codeLevel,
  };
}

interface Memos {
  /** See {@link createCategoryBest}. */
  categoryBest: (category: CategoryId, target: TargetProviderId) => number;
  cell: MappingCache;
  /** The cell when application code calls the service. */
  codeCell: MappingCache;
  serviceFindings: ServiceFindings;
  lookup: DiscoveryLookup;
}

function assess(
  index: KnowledgeIndex,
  { cell, codeCell, serviceFindings, lookup, categoryBest }: Memos,
  input: AssessmentInput,
  options: AssessmentOptions,
): Assessment {
  const { entity } = input;
  const now = options.now;
  const parsed = parseAnnotations(entity, index, now);
  const findings: Finding[] = parsed.findings;
  const discovery = parseDiscovery(entity, index);
  findings.push(...discovery.findings);
  const declared = new Set<string>(parsed.annotations.services);
  const ownDiscovered = discoveredServicesOf(discovery, findings);
  const own = withDiscoveredHosting(
    index,
    parsed.annotations,
    discovery,
    findings,
  );
  const { used, accepted } = collectServices(
    index,
    lookup,
    own,
    ownDiscovered,
    input.related ?? [],
    now,
    findings,
  );
  // The entity's own targets, else the portal's default, else the fallback.
  const targets =
    [own.targetProviders, options.defaultTargetProviders].find(
      list => list !== undefined && list.length > 0,
    ) ?? FALLBACK_TARGETS;
  const acceptedById = new Map(accepted.map(a => [a.service, a]));
  // Migration evidence recorded for the entity's System applies to it.
  const system = systemOf(entity);
  const evidenceFor =
    system && index.hasSystemEvidence(system) ? system : undefined;

  // Mapping table and readiness.
  const mappings: MappingRow[] = [];
  const cellsByTarget = new Map<
    TargetProviderId,
    Array<{ service: ServiceId; mapping: MappingTarget; inPlace: boolean }>
  >();
  for (const target of targets) cellsByTarget.set(target, []);
  const exit = new ExitEffort();
  const withoutAlternative: string[] = [];
  const technology = new Mean();
  for (const { service, inheritedFrom, discovery: found } of used) {
    const targetCells: MappingRow['targets'] = {};
    let fitSum = 0;
    let serviceEffort = 0;
    let kindEffort = 0;
    let anyWayOut = false;
    const cellOf = found?.codeLevel ? codeCell : cell;
    for (const target of targets) {
      const mapping = cellOf(service, target, evidenceFor);
      targetCells[target] = mapping;
      cellsByTarget.get(target)!.push({
        service: service.id,
        mapping,
        inPlace: service.provider === target,
      });
      fitSum += FIT_VALUE[mapping.fit];
      if (service.provider !== target) {
        serviceEffort += effortPoints(mapping);
        kindEffort += categoryBest(service.category, target);
      }
      if (mapping.fit !== 'none') anyWayOut = true;
    }
    if (!anyWayOut) withoutAlternative.push(service.id);
    const acceptedDep = acceptedById.get(service.id);
    const waived = acceptedDep && !acceptedDep.overdue;
    // A deliberate, reviewed hybrid decision halves the exit effort we count.
    const effort = (serviceEffort / targets.length) * (waived ? 0.5 : 1);
    exit.add(effort, kindEffort / targets.length);
    technology.add(technologyValue(index, service, fitSum / targets.length));
    const category = index.category(service.category);
    mappings.push({
      service: service.id,
      serviceName: service.name,
      provider: service.provider,
      category: service.category,
      categoryName: category?.name ?? service.category,
      inheritedFrom,
      accepted: acceptedDep,
      ...(found ? { discovery: found } : {}),
      targets: targetCells,
    });
  }
  const readiness: Assessment['readiness'] = {};
  for (const target of targets) {
    readiness[target] = readinessFor(target, cellsByTarget.get(target)!);
  }

  const services = used.map(u => u.service);
  const checklist = evaluateChecklist(
    index.kb.checklist,
    {
      annotations: own,
      services,
      provider: id => index.provider(id),
      servicesWithoutAlternative: withoutAlternative,
    },
    input.checklistState,
    now,
  );

  const dimensions = scoreDimensions(index, {
    own,
    services,
    technology,
    exitEffort: exit.total(),
    checklist,
    weights: options.weights,
  });
  let weighted = 0;
  let weightSum = 0;
  for (const d of dimensions) {
    weighted += d.score * d.weight;
    weightSum += d.weight;
  }
  const score = weightSum > 0 ? Math.round(weighted / weightSum) : 0;

  addScoringFindings(findings, {
    own,
    scanned: discovery.report?.scan,
    used,
    targets,
    system: evidenceFor,
    ...hostingContext(index, own.hosting),
    serviceFindings,
    acceptedById,
    checklist,
  });

  return {
    entityRef: safeRef(entity),
    modelVersion: MODEL_VERSION,
    knowledgeBaseVersion: index.kb.version,
    status: own.annotated || used.length > 0 ? 'assessed' : 'unannotated',
    ...(used.length === 0 && !own.hosting
      ? { assessable: false as const, notAssessableReason: NOTHING_TO_GRADE }
      : {}),
    score,
    grade: gradeFor(score),
    dimensions,
    findings: sortFindings(findings),
    mappings,
    readiness,
    targetProviders: targets,
    checklist,
    acceptedDependencies: accepted,
    hosting: own.hosting,
    criticality: own.criticality,
    dataClassification: own.dataClassification,
    exitPlan: own.exitPlan,
    discovery: discoverySummary(discovery, ownDiscovered, declared),
  };
}

/**
 * The entity's annotations, with the hosting discovery found when the
 * entity declares none: declared values stay authoritative.
 */
function withDiscoveredHosting(
  index: KnowledgeIndex,
  own: ParsedAnnotations,
  discovery: ReturnType<typeof parseDiscovery>,
  findings: Finding[],
): ParsedAnnotations {
  if (own.hosting) return own;
  const found = discoveredHosting(index, discovery);
  if (!found) return own;
  const first: Evidence | undefined = found.evidence[0];
  const { provider, region } = found.hosting;
  findings.push({
    code: 'hosting-discovered',
    severity: 'info',
    dimension: 'legal',
    message: `Runs on ${provider}${region ? `:${region}` : ''}, as ${
      first
        ? `${first.path}${first.line ? `:${first.line}` : ''}`
        : 'the repository'
    } shows; declare portolan.dev/hosting to override.`,
  });
  return { ...own, hosting: found.hosting };
}

/** An EU operator's region under another country's law: halfway. */
const FOREIGN_REGION_VALUE = 0.5;

function hostingContext(
  index: KnowledgeIndex,
  hosting: HostingLocation | undefined,
): { hostingVariant?: SovereignVariant; foreignRegion: boolean } {
  const jurisdiction = hostingJurisdiction(index, hosting);
  return {
    hostingVariant: jurisdiction?.variant,
    foreignRegion:
      !!hosting &&
      hosting.provider !== 'self-hosted' &&
      !jurisdiction?.variant &&
      jurisdiction?.value === FOREIGN_REGION_VALUE,
  };
}

/**
 * Portability of one service: self-operated open source moves anywhere; an
 * EU offering counts fully when it speaks an open interface; a hyperscaler
 * service earns credit only through open interfaces, then by how well it
 * maps to the targets. Proprietary hyperscaler services earn none.
 */
function technologyValue(
  index: KnowledgeIndex,
  service: CloudService,
  meanFit: number,
): number {
  const provider = index.provider(service.provider);
  const open = isOpen(service);
  if (service.provider === 'kubernetes') return 1;
  if (!provider?.nonEuLawReach) return open ? 1 : 0.6;
  return open ? 0.3 + 0.6 * meanFit : 0;
}

/**
 * Where jurisdiction stands for a hosting location: a hyperscaler's
 * sovereign partition or partner-operated cloud sits between non-EU (0) and
 * EU (1) by its SEAL level; an EU provider's region outside the EU/EEA is
 * under that country's law as well.
 */
interface Jurisdiction {
  /** 0 (non-EU law reaches the data) to 1 (EU law only). */
  value: number;
  variant?: SovereignVariant;
}

/** SEAL levels 1 (plain hyperscaler region) to 4 (EU-native) onto 0-1. */
const variantValue = (variant: SovereignVariant): number =>
  Math.min(1, Math.max(0, (variant.jurisdictionLevel - 1) / 3));

function hostingJurisdiction(
  index: KnowledgeIndex,
  hosting: HostingLocation | undefined,
): Jurisdiction | undefined {
  if (!hosting) return undefined;
  if (hosting.provider === 'self-hosted') {
    return { value: isEuResident(hosting) ? 1 : 0 };
  }
  const provider = index.provider(hosting.provider);
  if (!provider) return undefined;
  if (provider.nonEuLawReach) {
    const variant = hosting.region
      ? provider.sovereignVariants?.find(v =>
          v.regions?.includes(hosting.region!),
        )
      : undefined;
    return variant ? { value: variantValue(variant), variant } : { value: 0 };
  }
  return {
    value: !hosting.country || isEuResident(hosting) ? 1 : FOREIGN_REGION_VALUE,
  };
}

/**
 * A service's jurisdiction: its provider's. A sovereign variant changes the
 * hosting's value only, since the parent's law still reaches the service
 * (and adding a dependency must never raise a score).
 */
function jurisdictionValue(
  index: KnowledgeIndex,
  service: CloudService,
): number {
  return index.provider(service.provider)?.nonEuLawReach ? 0 : 1;
}

function hostingValues(
  index: KnowledgeIndex,
  hosting: HostingLocation | undefined,
  host: Jurisdiction | undefined,
): { legal?: number; supply?: number } {
  if (!hosting || !host) return {};
  if (hosting.provider === 'self-hosted') {
    return { legal: host.value, supply: host.value };
  }
  const provider = index.provider(hosting.provider);
  if (!provider) return {};
  // Software, updates and roadmap of a sovereign variant still come from
  // the non-EU parent: the supply chain does not improve with it.
  if (provider.nonEuLawReach) return { legal: host.value, supply: 0 };
  return {
    legal: host.value,
    supply: provider.kind === 'self-operated' ? 1 : 0.85,
  };
}

function supplyValue(index: KnowledgeIndex, service: CloudService): number {
  const provider = index.provider(service.provider);
  if (!provider || provider.nonEuLawReach) return 0;
  return provider.kind === 'self-operated' ? 1 : 0.85;
}

function scoreDimensions(
  index: KnowledgeIndex,
  ctx: {
    own: ParsedAnnotations;
    services: CloudService[];
    technology: Mean;
    /** See {@link ExitEffort}. */
    exitEffort: number;
    checklist: ChecklistResult[];
    weights?: Partial<Record<DimensionId, number>>;
  },
): DimensionScore[] {
  const { own, services } = ctx;
  const jurisdiction = hostingJurisdiction(index, own.hosting);
  const host = hostingValues(index, own.hosting, jurisdiction);
  const resident = isEuResident(own.hosting);
  const sensitive =
    own.dataClassification === 'confidential' ||
    own.dataClassification === 'restricted';
  // Non-EU services keep some data value when data stays in an EU region,
  // less so for sensitive data; the same for every service of the entity.
  const residentDataValue = sensitive ? 0.2 : 0.35;
  const foreignDataValue = resident ? residentDataValue : 0;

  const legal = new Mean();
  const supply = new Mean();
  const data = new Mean();
  const security = new Mean();
  for (const service of services) {
    const value = jurisdictionValue(index, service);
    legal.add(value);
    supply.add(supplyValue(index, service));
    data.add(value === 1 ? 1 : foreignDataValue);
    if (SECURITY_CATEGORIES.includes(service.category)) {
      security.add(value);
    }
  }
  if (host.legal !== undefined) legal.add(host.legal);
  if (host.supply !== undefined) supply.add(host.supply);
  if (own.hosting) data.add(resident ? 1 : 0);

  const serviceParts: Record<DimensionId, number> = {
    strategic: 1,
    legal: legal.value(1),
    data: data.value(1),
    operational: EFFORT_HALF_POINT / (EFFORT_HALF_POINT + ctx.exitEffort),
    'supply-chain': supply.value(1),
    technology: ctx.technology.value(1),
    security: security.value(1),
  };

  // Items that count: required ones, and optional ones once done.
  const counted: Partial<Record<DimensionId, number>> = {};
  const done: Partial<Record<DimensionId, number>> = {};
  for (const item of ctx.checklist) {
    if (item.state === 'not-applicable') continue;
    const isDone = item.state === 'done';
    if (!item.required && !isDone) continue;
    counted[item.dimension] = (counted[item.dimension] ?? 0) + 1;
    if (isDone) done[item.dimension] = (done[item.dimension] ?? 0) + 1;
  }

  return DIMENSIONS.map(def => {
    const total = counted[def.id] ?? 0;
    const checklistPart = total > 0 ? (done[def.id] ?? 0) / total : undefined;
    let value: number;
    if (checklistPart === undefined) value = serviceParts[def.id];
    else if (def.serviceShare === 0) value = checklistPart;
    else
      value =
        def.serviceShare * serviceParts[def.id] +
        (1 - def.serviceShare) * checklistPart;
    const score = Math.round(value * 100);
    return {
      id: def.id,
      name: def.name,
      objective: def.objective,
      score,
      level: levelFor(score),
      weight: ctx.weights?.[def.id] ?? def.frameworkWeight,
    };
  });
}

function addScoringFindings(
  findings: Finding[],
  ctx: {
    own: ParsedAnnotations;
    /** What discovery looked at, when it ran. */
    scanned?: DiscoveryScan;
    used: UsedService[];
    targets: TargetProviderId[];
    /** The System whose recorded migration evidence applies. */
    system?: string;
    /** The hyperscaler sovereign variant the hosting region belongs to. */
    hostingVariant?: SovereignVariant;
    /** An EU operator's region in a country outside the EU/EEA. */
    foreignRegion: boolean;
    serviceFindings: ServiceFindings;
    acceptedById: Map<string, AcceptedDependency>;
    checklist: ChecklistResult[];
  },
): void {
  const { own, used, targets } = ctx;
  const targetsKey = `${targets.join(',')}${
    ctx.system ? `|${ctx.system}` : ''
  }`;
  if (!own.annotated && used.length === 0) {
    const { scanned } = ctx;
    findings.push({
      code: 'not-annotated',
      severity: 'info',
      message: scanned
        ? `Discovery read ${scanned.files} file(s) in ${
            scanned.paths.join(', ') || 'the repository'
          }${
            scanned.formats.length
              ? ` (${scanned.formats.join(', ')})`
              : ', none of them infrastructure code, manifests or dependency files it knows'
          } and found no cloud service; declare the services this entity uses in portolan.dev/services and where it runs in portolan.dev/hosting.`
        : 'No portolan.dev annotations yet: declare the cloud services this entity uses in portolan.dev/services and where it runs in portolan.dev/hosting.',
    });
  }
  for (const { service, inheritedFrom } of used) {
    const from = inheritedFrom?.[0];
    const accepted = ctx.acceptedById.get(service.id);
    if (accepted) {
      findings.push({
        code: 'accepted-dependency',
        severity: 'info',
        service: service.id,
        inheritedFrom: from,
        message: `${service.name} is kept deliberately: ${accepted.reason}`,
      });
    }
    for (const finding of ctx.serviceFindings(
      service,
      targets,
      targetsKey,
      !!accepted,
      ctx.system,
    )) {
      findings.push(from ? { ...finding, inheritedFrom: from } : finding);
    }
  }
  const variant = ctx.hostingVariant;
  if (variant) {
    findings.push({
      code: 'sovereign-variant',
      severity: 'booster',
      dimension: 'legal',
      message: `Hosted in ${variant.name} (SEAL jurisdiction level ${variant.jurisdictionLevel} of 4): scored between EU and non-EU jurisdiction. ${variant.rationale}`,
    });
  } else if (ctx.foreignRegion) {
    findings.push({
      code: 'region-outside-eu-law',
      severity: 'warning',
      dimension: 'legal',
      message: `The region ${own.hosting!.provider}:${
        own.hosting!.region
      } is in ${
        own.hosting!.country
      }: its law reaches the data there, whoever operates it, so jurisdiction scores halfway.`,
    });
  }
  if (own.hosting) {
    const resident = isEuResident(own.hosting);
    if (!resident && own.hosting.country) {
      findings.push({
        code: 'data-outside-eu',
        severity: 'blocker',
        dimension: 'data',
        message: `Hosted outside the EU/EEA (${own.hosting.country}).`,
      });
    } else if (resident) {
      findings.push({
        code: 'eu-data-residency',
        severity: 'booster',
        dimension: 'data',
        message: `Data stays in the EU/EEA (${own.hosting.provider}${
          own.hosting.region ? `:${own.hosting.region}` : ''
        }).`,
      });
    }
  } else if (own.annotated) {
    findings.push({
      code: 'hosting-unknown',
      severity: 'info',
      dimension: 'data',
      message:
        'Declare portolan.dev/hosting so jurisdiction and residency can be assessed.',
    });
  }
  if (own.exitPlan) {
    findings.push({
      code: 'exit-plan',
      severity: 'booster',
      dimension: 'strategic',
      message: 'An exit plan is linked.',
    });
  } else if (
    own.criticality === 'critical' ||
    own.criticality === 'important'
  ) {
    findings.push({
      code: 'exit-plan-missing',
      severity: 'blocker',
      dimension: 'strategic',
      message: `${own.criticality === 'important' ? 'An' : 'A'} ${
        own.criticality
      } function needs a documented exit plan (DORA Art. 28(8)); link it in portolan.dev/exit-plan.`,
    });
  }
  for (const item of ctx.checklist) {
    if (item.state === 'due') {
      findings.push({
        code: 'retest-due',
        severity: 'warning',
        dimension: item.dimension,
        message: `"${item.title}" was due for re-confirmation on ${item.retestDue}.`,
      });
    }
  }
}

/** Blockers first, then warnings, boosters, information; stable within each. */
function sortFindings(findings: Finding[]): Finding[] {
  const buckets: Record<Finding['severity'], Finding[]> = {
    blocker: [],
    warning: [],
    booster: [],
    info: [],
  };
  for (const finding of findings) buckets[finding.severity].push(finding);
  return buckets.blocker.concat(buckets.warning, buckets.booster, buckets.info);
}
