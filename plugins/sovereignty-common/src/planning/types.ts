import type {
  CategoryId,
  Effort,
  Fit,
  ServiceId,
  Source,
  TargetProviderId,
} from '@portolan/plugin-sovereignty-knowledge';
import type {
  AssessmentInput,
  AssessmentOptions,
  FindingSeverity,
  Grade,
  HostingLocation,
  Readiness,
} from '../assessment/types';

/**
 * The waves of an exit plan, in the order they run: the lowest common
 * denominator first, then what needs adapting, then what needs a gap filler,
 * last what stays where it is.
 * @public
 */
export const EXIT_PLAN_WAVES = [
  'direct',
  'partial',
  're-architect',
  'kept',
] as const;

/** @public */
export type ExitPlanWaveId = (typeof EXIT_PLAN_WAVES)[number];

/** What a user may change about a plan: the target, and the alternatives to try. @public */
export interface ExitPlanRequest {
  target: TargetProviderId;
  /** Services to keep where they are: hybrid by decision. */
  keep?: string[];
  /** Per used service id, the gap filler to run instead of the knowledge base's choice. */
  gapFillers?: Record<string, string>;
}

/**
 * What a plan is computed from: the entity and its related entities as the
 * assessment takes them, the assessment's options and the request.
 * @public
 */
export interface ExitPlanInput extends AssessmentInput {}

/** @public */
export type ExitPlanOptions = Pick<AssessmentOptions, 'now' | 'weights'>;

/** Why a service stays where it is. @public */
export type KeptBecause =
  /** An accepted dependency in the catalog (`portolan.dev/accepted-dependencies`). */
  | 'accepted'
  /** Kept in this plan by the user's choice; the plan records it as accepted. */
  | 'decision'
  /** The target offers nothing and no gap filler is known: keep or redesign. */
  | 'no-way-out';

/** A finding a step removes or adds. @public */
export interface ExitPlanFindingChange {
  code: string;
  severity: FindingSeverity;
  message: string;
  service?: string;
}

/** One used service in a plan step: where it goes, how well, at what cost. @public */
export interface ExitPlanService {
  service: ServiceId;
  serviceName: string;
  category: CategoryId;
  categoryName: string;
  /** Entity refs the service comes from; absent when the entity declares it itself. */
  inheritedFrom?: string[];
  /** `move`: replaced by the target's equivalent; `keep`: stays, see `keptBecause`. */
  action: 'move' | 'keep';
  keptBecause?: KeptBecause;
  /** The accepted dependency's reason, for kept services. */
  keptReason?: string;
  /** What replaces it at the target (for kept services: what the target would offer). */
  offering: string;
  /** The knowledge-base services the migrated entity declares instead; empty when kept or not in the knowledge base. */
  targetServices: ServiceId[];
  gapFiller?: { id: string; name: string; operatingBurden: string };
  /** Gap fillers that may be chosen for this service instead. */
  gapFillerOptions: Array<{ id: string; name: string }>;
  /** True when the gap filler was chosen in the request, not by the knowledge base. */
  gapFillerChosen: boolean;
  fit: Fit;
  effort: Effort;
  /** Konveyor points of moving it; 0 for kept services. */
  effortPoints: number;
  notes: string;
  sources: Source[];
}

/**
 * One step of a plan. Services of a wave that land on the same target
 * services move in one step (Azure VMs and EC2 onto the same servers): the
 * target is stood up once, and no step counts a half-merged state.
 * @public
 */
export interface ExitPlanStep {
  /** 1-based position in the whole plan. */
  order: number;
  wave: ExitPlanWaveId;
  services: ExitPlanService[];
  /** The services the migrated entity declares instead, over all of the step's services. */
  targetServices: ServiceId[];
  /** Konveyor points of the step: the sum over its services. */
  effortPoints: number;
  /** Set on the step with which the entity's hosting moves to the target. */
  movesHostingTo?: HostingLocation;
  /** The entity's score, grade and readiness for the target once this step is done. */
  scoreAfter: number;
  gradeAfter: Grade;
  readinessAfter: Readiness;
  unblocks: {
    /** Blockers and warnings that disappear with this step. */
    findings: ExitPlanFindingChange[];
    /** Checklist items metadata proves once this step is done. */
    checklist: Array<{ id: string; title: string }>;
  };
  /** Blockers and warnings this step brings (e.g. a decision without review date). */
  introduces: ExitPlanFindingChange[];
}

/** @public */
export interface ExitPlanWave {
  id: ExitPlanWaveId;
  title: string;
  steps: ExitPlanStep[];
  effortPoints: number;
}

/** The score, grade and readiness of the entity at one point of the plan. @public */
export interface ExitPlanState {
  score: number;
  grade: Grade;
  readiness: Readiness;
}

/** @public */
export interface ExitPlan {
  entityRef: string;
  target: TargetProviderId;
  targetName: string;
  modelVersion: string;
  knowledgeBaseVersion: string;
  /** The request as applied, normalised. */
  request: Required<ExitPlanRequest>;
  /** Assessed against the target alone, before the first step. */
  before: ExitPlanState;
  /** After the last step: the assessment of the migrated entity. */
  after: ExitPlanState;
  /** All four waves in order; a wave may be empty. */
  waves: ExitPlanWave[];
  /** Services that already run at the target: no step. */
  alreadyAtTarget: ServiceId[];
  hosting: { from?: HostingLocation; to?: HostingLocation };
  totals: {
    steps: number;
    effortPoints: number;
    /** Services moved and services kept, over all steps. */
    moves: number;
    kept: number;
  };
  /** What the migrated entity declares: its services, hosting and accepted dependencies. */
  migrated: {
    services: ServiceId[];
    hosting?: string;
    acceptedDependencies: string[];
    targetProviders: TargetProviderId[];
  };
}

/** A request the plan cannot follow: each problem names the value. @public */
export class ExitPlanRequestError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('; '));
    this.name = 'ExitPlanRequestError';
    this.problems = problems;
  }
}
