import type {
  CategoryId,
  GapFiller,
  KnowledgeBase,
  ServiceId,
  TargetProviderId,
} from '@portolan/plugin-sovereignty-knowledge';
import { normaliseId } from '../annotations/parse';
import { isEuCountry } from '../annotations/countries';
import { createAssessor, type Assessor } from '../assessment/engine';
import {
  createKnowledgeIndex,
  type KnowledgeIndex,
} from '../assessment/knowledgeIndex';
import {
  TARGET_NAMES,
  codeLevelCell,
  effortPoints,
  gapFillerCell,
} from '../assessment/mapping';
import { createDiscoveryLookup } from '../discovery/lookup';
import type {
  Assessment,
  Finding,
  HostingLocation,
  MappingRow,
  MappingTarget,
} from '../assessment/types';
import { migrateInput, type MigrationState } from './migrate';
import { targetServicesFor } from './targetServices';
import {
  EXIT_PLAN_WAVES,
  ExitPlanRequestError,
  type ExitPlan,
  type ExitPlanFindingChange,
  type ExitPlanInput,
  type ExitPlanOptions,
  type ExitPlanRequest,
  type ExitPlanService,
  type ExitPlanState,
  type ExitPlanStep,
  type ExitPlanWaveId,
  type KeptBecause,
} from './types';

/** Computes exit plans over one knowledge base. @public */
export type ExitPlanner = (
  input: ExitPlanInput,
  request: ExitPlanRequest,
  options: ExitPlanOptions,
) => ExitPlan;

const WAVE_TITLES: Record<ExitPlanWaveId, string> = {
  direct: 'Direct moves',
  partial: 'Partial: adapt, then move',
  're-architect': 'Re-architect with gap fillers',
  kept: 'Stays where it is (hybrid by decision)',
};

/** Where workloads run: moving one of these moves the entity's hosting. */
const RUNTIME_CATEGORIES: ReadonlySet<CategoryId> = new Set([
  'kubernetes',
  'container-platform',
  'compute',
  'functions',
]);

const KEPT_ORDER: Record<KeptBecause, number> = {
  accepted: 0,
  decision: 1,
  'no-way-out': 2,
};

/** A decision to keep a service is reviewed a year later. */
function reviewDateAfter(now: string): string {
  const date = new Date(now);
  if (Number.isNaN(date.getTime())) return '';
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * Where the entity runs after the move: the target's region in the country
 * it runs in now, else its first region in the EU. A self-operated target
 * has no regions of its own, so the hosting stays as declared.
 */
function hostingAtTarget(
  index: KnowledgeIndex,
  target: TargetProviderId,
  current: HostingLocation | undefined,
): string | undefined {
  if (current?.provider === target) return undefined;
  const regions = index.provider(target)?.regions ?? [];
  const region =
    regions.find(r => current?.country && r.country === current.country) ??
    regions.find(r => isEuCountry(r.country));
  return region ? `${target}:${region.id}` : undefined;
}

function regionCountry(
  index: KnowledgeIndex,
  hosting: HostingLocation | undefined,
): HostingLocation | undefined {
  if (!hosting || hosting.country || !hosting.region) return hosting;
  const known = index
    .provider(hosting.provider)
    ?.regions.find(r => r.id === hosting.region);
  return known ? { ...hosting, country: known.country } : hosting;
}

/** A hosting location as `portolan.dev/hosting` writes it. */
function hostingValue(hosting: HostingLocation): string {
  if (hosting.provider === 'self-hosted') {
    return `self-hosted${
      hosting.country ? `:${hosting.country.toLowerCase()}` : ''
    }`;
  }
  return hosting.region
    ? `${hosting.provider}:${hosting.region}`
    : hosting.provider;
}

const findingKey = (f: Finding) =>
  `${f.code}|${f.service ?? ''}|${f.inheritedFrom ?? ''}|${f.message}`;

const isProblem = (f: Finding) =>
  f.severity === 'blocker' || f.severity === 'warning';

const findingChange = (f: Finding): ExitPlanFindingChange => ({
  code: f.code,
  severity: f.severity,
  message: f.message,
  ...(f.service ? { service: f.service } : {}),
});

/** What a step removed and brought, and the checklist items it proves. */
function difference(before: Assessment, after: Assessment) {
  const beforeKeys = new Set(before.findings.filter(isProblem).map(findingKey));
  const afterKeys = new Set(after.findings.filter(isProblem).map(findingKey));
  const doneBefore = new Set(
    before.checklist.filter(i => i.state === 'done').map(i => i.id),
  );
  return {
    unblocks: {
      findings: before.findings
        .filter(f => isProblem(f) && !afterKeys.has(findingKey(f)))
        .map(findingChange),
      checklist: after.checklist
        .filter(
          i =>
            i.state === 'done' &&
            i.verifiedBy === 'metadata' &&
            !doneBefore.has(i.id),
        )
        .map(i => ({ id: i.id, title: i.title })),
    },
    introduces: after.findings
      .filter(f => isProblem(f) && !beforeKeys.has(findingKey(f)))
      .map(findingChange),
  };
}

function stateOf(
  assessment: Assessment,
  target: TargetProviderId,
): ExitPlanState {
  return {
    score: assessment.score,
    grade: assessment.grade,
    readiness: assessment.readiness[target]!,
  };
}

/** The request with ids in their canonical spelling, or every problem with it. */
function normaliseRequest(
  index: KnowledgeIndex,
  request: ExitPlanRequest,
  used: Map<string, MappingRow>,
  entityRef: string,
): Required<ExitPlanRequest> {
  const problems: string[] = [];
  const usedId = (raw: string, what: string): ServiceId | undefined => {
    const service = index.service(normaliseId(String(raw)));
    if (!service) {
      problems.push(
        `${what}: ${String(raw).slice(0, 80)} is not a known service id`,
      );
      return undefined;
    }
    if (!used.has(service.id)) {
      problems.push(`${what}: ${entityRef} does not use ${service.id}`);
      return undefined;
    }
    return service.id;
  };
  const keep: string[] = [];
  for (const raw of request.keep ?? []) {
    const id = usedId(raw, 'keep');
    if (id && !keep.includes(id)) keep.push(id);
  }
  const gapFillers: Record<string, string> = {};
  for (const [raw, fillerId] of Object.entries(request.gapFillers ?? {})) {
    const id = usedId(raw, 'gapFiller');
    if (!id) continue;
    const filler = index.gapFiller(String(fillerId));
    const category = used.get(id)!.category;
    if (used.get(id)!.provider === 'kubernetes') {
      problems.push(
        `gapFiller: ${id} is self-operated already; it moves with the cluster`,
      );
    } else if (!filler) {
      problems.push(
        `gapFiller: ${String(fillerId).slice(0, 80)} is not a known gap filler`,
      );
    } else if (!filler.categories.includes(category)) {
      problems.push(
        `gapFiller: ${filler.id} does not replace ${category} services such as ${id}`,
      );
    } else if (keep.includes(id)) {
      problems.push(`gapFiller: ${id} is also kept; choose one of the two`);
    } else gapFillers[id] = filler.id;
  }
  if (problems.length > 0) throw new ExitPlanRequestError(problems);
  return { target: request.target, keep, gapFillers };
}

/** The mapping when the team runs a gap filler of its choice at the target. */
function withChosenFiller(
  index: KnowledgeIndex,
  row: MappingRow,
  filler: GapFiller,
  target: TargetProviderId,
): MappingTarget {
  const service = index.service(row.service)!;
  // The knowledge base's own rules for a self-run filler (shared interface or
  // format, locked state, managed-effort floor), then the code-level rule.
  const cell = gapFillerCell(index, service, target, filler);
  const chosen = row.discovery?.codeLevel
    ? codeLevelCell(cell, service, target)
    : cell;
  return { ...chosen, notes: `Chosen in this plan. ${chosen.notes}` };
}

type Draft = ExitPlanService & {
  wave: ExitPlanWaveId;
  keptLine?: string;
  underForeignLaw: boolean;
};

/** Services of one step before it is assessed. */
interface StepDraft {
  wave: ExitPlanWaveId;
  members: Draft[];
  targetServices: ServiceId[];
}

/**
 * Steps in order: a wave's moves onto the same target services share one
 * step (in the position of the first); every kept service is its own step.
 */
function groupSteps(drafts: Draft[]): StepDraft[] {
  const steps: StepDraft[] = [];
  const byTarget = new Map<string, StepDraft>();
  for (const draft of drafts) {
    const key =
      draft.action === 'move' && draft.targetServices.length > 0
        ? `${draft.wave}|${[...draft.targetServices].sort().join(',')}`
        : undefined;
    const existing = key ? byTarget.get(key) : undefined;
    if (existing) {
      existing.members.push(draft);
      continue;
    }
    const step: StepDraft = {
      wave: draft.wave,
      members: [draft],
      targetServices: [...draft.targetServices],
    };
    steps.push(step);
    if (key) byTarget.set(key, step);
  }
  return steps;
}

function draftSteps(
  index: KnowledgeIndex,
  before: Assessment,
  request: Required<ExitPlanRequest>,
  now: string,
): { drafts: Draft[]; alreadyAtTarget: ServiceId[] } {
  const { target } = request;
  const drafts: Draft[] = [];
  const alreadyAtTarget: ServiceId[] = [];
  const review = reviewDateAfter(now);
  for (const row of before.mappings) {
    const service = index.service(row.service);
    if (!service) continue;
    if (service.provider === target) {
      alreadyAtTarget.push(service.id);
      continue;
    }
    const chosenId = request.gapFillers[service.id];
    const chosen = chosenId ? index.gapFiller(chosenId) : undefined;
    const mapping = chosen
      ? withChosenFiller(index, row, chosen, target)
      : row.targets[target]!;
    let keptBecause: KeptBecause | undefined;
    if (!chosen) {
      if (row.accepted) keptBecause = 'accepted';
      else if (request.keep.includes(service.id)) keptBecause = 'decision';
      else if (mapping.fit === 'none') keptBecause = 'no-way-out';
    }
    const targetServices = keptBecause
      ? []
      : targetServicesFor(index, service, mapping, target, chosen);
    drafts.push({
      wave: keptBecause ? 'kept' : (mapping.fit as ExitPlanWaveId),
      service: service.id,
      serviceName: row.serviceName,
      category: row.category,
      categoryName: row.categoryName,
      ...(row.inheritedFrom ? { inheritedFrom: row.inheritedFrom } : {}),
      action: keptBecause ? 'keep' : 'move',
      ...(keptBecause ? { keptBecause } : {}),
      ...(keptBecause === 'accepted'
        ? { keptReason: row.accepted!.reason }
        : {}),
      ...(keptBecause === 'decision'
        ? {
            keptReason: `kept by decision in the exit plan to ${
              TARGET_NAMES[target]
            }${review ? `, review ${review}` : ''}`,
          }
        : {}),
      offering: mapping.offering,
      targetServices,
      ...(mapping.gapFiller ? { gapFiller: mapping.gapFiller } : {}),
      // Self-operated services move with the cluster: nothing to choose.
      gapFillerOptions:
        service.provider === 'kubernetes'
          ? []
          : index.kb.gapFillers
              .filter(g => g.categories.includes(service.category))
              .map(g => ({ id: g.id, name: g.name })),
      gapFillerChosen: !!chosen,
      fit: mapping.fit,
      effort: mapping.effort,
      effortPoints: keptBecause ? 0 : effortPoints(mapping),
      notes: mapping.notes,
      sources: mapping.sources,
      underForeignLaw: !!index.provider(service.provider)?.nonEuLawReach,
    });
    const last = drafts[drafts.length - 1];
    if (keptBecause === 'decision') {
      last.keptLine = `${service.id}: ${last.keptReason}`;
    }
  }
  const waveIndex = (d: Draft) => EXIT_PLAN_WAVES.indexOf(d.wave);
  drafts.sort((a, b) => {
    const byWave = waveIndex(a) - waveIndex(b);
    if (byWave !== 0) return byWave;
    if (a.wave === 'kept') {
      const byReason = KEPT_ORDER[a.keptBecause!] - KEPT_ORDER[b.keptBecause!];
      if (byReason !== 0) return byReason;
    } else {
      // The cluster first: gap fillers and moved workloads run on it.
      const runtime =
        Number(RUNTIME_CATEGORIES.has(b.category)) -
        Number(RUNTIME_CATEGORIES.has(a.category));
      if (runtime !== 0) return runtime;
      // Services already under EU law only change provider; hyperscaler
      // services moved after them merge into what is already there. The other
      // way round, a merge would drop a sovereign service from the means.
      const foreign = Number(a.underForeignLaw) - Number(b.underForeignLaw);
      if (foreign !== 0) return foreign;
      if (a.effortPoints !== b.effortPoints)
        return a.effortPoints - b.effortPoints;
    }
    return a.service.localeCompare(b.service, 'en');
  });
  return { drafts, alreadyAtTarget };
}

/**
 * Builds the planner over one knowledge base; the assessor and the look-up
 * tables are built once, so recomputing a plan for every toggle is cheap.
 * @public
 */
export function createExitPlanner(kb: KnowledgeBase): ExitPlanner {
  const steps = createStepwisePlanner(kb);
  return (input, request, options) => {
    const run = steps(input, request, options);
    let next = run.next();
    while (!next.done) next = run.next();
    return next.value;
  };
}

/**
 * The planner as a generator that pauses after each assessment: a caller on
 * a server yields to its event loop there, so a System with hundreds of
 * services never blocks it for the whole plan.
 */
function createStepwisePlanner(kb: KnowledgeBase) {
  const index = createKnowledgeIndex(kb);
  const assess: Assessor = createAssessor(kb);
  const lookup = createDiscoveryLookup({ knowledgeBase: kb });
  return function* plan(
    input: ExitPlanInput,
    request: ExitPlanRequest,
    options: ExitPlanOptions,
  ): Generator<void, ExitPlan, void> {
    const target = request?.target;
    if (typeof target !== 'string' || !index.isTargetProvider(target)) {
      throw new ExitPlanRequestError([
        `target: ${String(target).slice(
          0,
          40,
        )} is not a target provider (one of ${Object.keys(TARGET_NAMES).join(
          ', ',
        )})`,
      ]);
    }
    const assessmentOptions = { now: options.now, weights: options.weights };
    const assessAt = (state: MigrationState) =>
      assess(migrateInput(index, lookup, input, state), assessmentOptions);

    const start: MigrationState = { target, replaced: new Map(), accepted: [] };
    const before = assessAt(start);
    const used = new Map(before.mappings.map(row => [row.service, row]));
    const normalised = normaliseRequest(index, request, used, before.entityRef);
    const { drafts, alreadyAtTarget } = draftSteps(
      index,
      before,
      normalised,
      options.now,
    );

    const from = regionCountry(index, before.hosting);
    const hostingTo = hostingAtTarget(index, target, from);
    const grouped = groupSteps(drafts);
    // Hosting moves from the step that moves the runtime (or, without one,
    // the first move) on, at the first step where declaring the target's
    // region does not cost score: while services still run in a region
    // that counts (a sovereign variant), the region keeps counting.
    const firstHostingStep = hostingTo
      ? Math.max(
          0,
          grouped.findIndex(g =>
            g.members.some(
              d => d.action === 'move' && RUNTIME_CATEGORIES.has(d.category),
            ),
          ),
        )
      : -1;
    const hostingCandidates = new Set(
      firstHostingStep >= 0 && grouped.some(g => g.members[0].action === 'move')
        ? grouped.slice(firstHostingStep)
        : [],
    );

    const replaced = new Map<ServiceId, ServiceId[]>();
    const accepted: string[] = [];
    let hosting: string | undefined;
    let previous = before;
    const steps: ExitPlanStep[] = [];
    for (const [i, group] of grouped.entries()) {
      yield;
      for (const draft of group.members) {
        if (draft.action === 'move' && draft.targetServices.length > 0) {
          replaced.set(draft.service, draft.targetServices);
        }
        if (draft.keptLine) accepted.push(draft.keptLine);
      }
      const state = (at: string | undefined): MigrationState => ({
        target,
        replaced: new Map(replaced),
        hosting: at,
        accepted: [...accepted],
      });
      let after = assessAt(state(hosting));
      let movesHosting = false;
      if (!hosting && hostingCandidates.has(group)) {
        const moved = assessAt(state(hostingTo));
        if (moved.score >= after.score) {
          after = moved;
          hosting = hostingTo;
          movesHosting = true;
        }
      }
      const step: ExitPlanStep = {
        order: i + 1,
        wave: group.wave,
        services: group.members.map(
          ({
            keptLine: _line,
            underForeignLaw: _law,
            wave: _wave,
            ...service
          }) => service,
        ),
        targetServices: group.targetServices,
        effortPoints: group.members.reduce((sum, d) => sum + d.effortPoints, 0),
        ...(movesHosting ? { movesHostingTo: after.hosting } : {}),
        scoreAfter: after.score,
        gradeAfter: after.grade,
        readinessAfter: after.readiness[target]!,
        ...difference(previous, after),
      };
      previous = after;
      steps.push(step);
    }

    const last = previous;
    const waves = EXIT_PLAN_WAVES.map(id => {
      const inWave = steps.filter(s => s.wave === id);
      return {
        id,
        title: WAVE_TITLES[id],
        steps: inWave,
        effortPoints: inWave.reduce((sum, s) => sum + s.effortPoints, 0),
      };
    });
    return {
      entityRef: before.entityRef,
      target,
      targetName: TARGET_NAMES[target],
      modelVersion: before.modelVersion,
      knowledgeBaseVersion: before.knowledgeBaseVersion,
      request: normalised,
      before: stateOf(before, target),
      after: stateOf(last, target),
      waves,
      alreadyAtTarget,
      hosting: {
        ...(before.hosting ? { from: before.hosting } : {}),
        ...(last.hosting ? { to: last.hosting } : {}),
      },
      totals: {
        steps: steps.length,
        effortPoints: steps.reduce((sum, s) => sum + s.effortPoints, 0),
        moves: drafts.filter(d => d.action === 'move').length,
        kept: drafts.filter(d => d.action === 'keep').length,
      },
      migrated: {
        services: last.mappings.map(row => row.service),
        ...(last.hosting ? { hosting: hostingValue(last.hosting) } : {}),
        acceptedDependencies: last.acceptedDependencies.map(
          a => `${a.service}: ${a.reason}`,
        ),
        targetProviders: [target],
      },
    };
  };
}

const planners = new WeakMap<
  KnowledgeBase,
  { sync: ExitPlanner; stepwise: ReturnType<typeof createStepwisePlanner> }
>();

function plannersOf(kb: KnowledgeBase) {
  let found = planners.get(kb);
  if (!found) {
    found = {
      sync: createExitPlanner(kb),
      stepwise: createStepwisePlanner(kb),
    };
    planners.set(kb, found);
  }
  return found;
}

/**
 * The exit plan of one entity for one target: its services in waves (direct
 * moves, partial, re-architect with gap fillers, kept), each step with its
 * effort and the score and readiness once it is done. Pure: the same input
 * gives the same plan in the backend, the frontend and the CLI.
 * @public
 */
export function planExit(
  kb: KnowledgeBase,
  input: ExitPlanInput,
  request: ExitPlanRequest,
  options: ExitPlanOptions,
): ExitPlan {
  return plannersOf(kb).sync(input, request, options);
}

/**
 * {@link planExit}, handing control back between steps (a macrotask each):
 * for servers, where one large System's plan must not hold up other requests.
 * The same plan, step for step.
 * @public
 */
export async function planExitInSlices(
  kb: KnowledgeBase,
  input: ExitPlanInput,
  request: ExitPlanRequest,
  options: ExitPlanOptions,
): Promise<ExitPlan> {
  const run = plannersOf(kb).stepwise(input, request, options);
  let next = run.next();
  while (!next.done) {
    await new Promise(resolve => setTimeout(resolve, 0));
    next = run.next();
  }
  return next.value;
}
