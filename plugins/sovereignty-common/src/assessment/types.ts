import type { Entity } from '@backstage/catalog-model';
import type {
  CategoryId,
  DimensionId,
  Effort,
  Fit,
  ProviderId,
  ServiceId,
  Source,
  TargetProviderId,
} from '@portolan/plugin-sovereignty-knowledge';
import type { Criticality, DataClassification } from '../annotations/keys';
import type {
  DiscoveryFinding,
  DiscoveryScan,
  Evidence,
} from '../discovery/types';

/**
 * `blocker` and `warning` lower the score or mark bad input, `booster`
 * raises it, `info` explains without moving it.
 * @public
 */
export type FindingSeverity = 'blocker' | 'warning' | 'info' | 'booster';

/** One reason, with its cause, so a user can see why the score is what it is. @public */
export interface Finding {
  /** Stable code, e.g. `unknown-service`, `non-eu-jurisdiction`. */
  code: string;
  severity: FindingSeverity;
  message: string;
  dimension?: DimensionId;
  /** The service that caused it. */
  service?: string;
  /** The annotation key that caused it, for input findings. */
  annotation?: string;
  /** The offending value, shortened. */
  value?: string;
  /** The nearest valid value, for typos. */
  suggestion?: string;
  /** Entity ref the cause was inherited from. */
  inheritedFrom?: string;
}

/** @public */
export interface HostingLocation {
  provider: ProviderId | 'self-hosted';
  region?: string;
  /** ISO 3166-1 alpha-2, when known. */
  country?: string;
}

/** @public */
export interface AcceptedDependency {
  service: string;
  reason: string;
  /** ISO date (YYYY-MM-DD) by which the decision must be reviewed. */
  reviewBy?: string;
  overdue: boolean;
}

/** What the `portolan.dev/*` annotations of one entity say, after validation. @public */
export interface ParsedAnnotations {
  services: ServiceId[];
  hosting?: HostingLocation;
  dataClassification?: DataClassification;
  criticality?: Criticality;
  targetProviders?: TargetProviderId[];
  acceptedDependencies: AcceptedDependency[];
  exitPlan?: { kind: 'url' | 'path'; value: string };
  /** True when `backstage.io/kubernetes-*` annotations show a Kubernetes runtime. */
  kubernetesRuntime: boolean;
  /** True when at least one `portolan.dev/*` key is present. */
  annotated: boolean;
}

/** @public */
export interface ParseResult {
  annotations: ParsedAnnotations;
  findings: Finding[];
}

/** @public */
export type ChecklistStatus = 'done' | 'open' | 'not-applicable';

/** What people recorded for one checklist item. @public */
export interface ChecklistItemState {
  status: ChecklistStatus;
  evidenceUrl?: string;
  note?: string;
  updatedBy?: string;
  /** ISO timestamp. */
  updatedAt?: string;
  version?: number;
}

/**
 * One checklist item's evaluation for an entity. Its description and sources
 * stay in the knowledge base (`checklist`, by id): they are the same for every
 * entity, and repeating them made stored assessments ten times larger.
 * @public
 */
export interface ChecklistResult {
  id: string;
  title: string;
  dimension: DimensionId;
  required: boolean;
  /** `auto`: proven by metadata; `manual`: set by people; `due`: a re-test is overdue. */
  state: 'done' | 'open' | 'due' | 'not-applicable';
  verifiedBy: 'metadata' | 'people' | 'none';
  autoCheck?: string;
  /** Why the automatic check passed or failed. */
  autoReason?: string;
  evidenceUrl?: string;
  note?: string;
  updatedBy?: string;
  updatedAt?: string;
  /** ISO date when the item must be confirmed again. */
  retestDue?: string;
  version: number;
}

/** @public */
export interface MappingTarget {
  offering: string;
  fit: Fit;
  effort: Effort;
  gapFiller?: { id: string; name: string; operatingBurden: string };
  notes: string;
  sources: Source[];
}

/** @public */
export interface MappingRow {
  service: ServiceId;
  serviceName: string;
  provider: ProviderId;
  category: CategoryId;
  categoryName: string;
  /** Entity refs this service comes from; absent when declared on the entity itself. */
  inheritedFrom?: string[];
  accepted?: AcceptedDependency;
  /** Where discovery found the service; absent when it was only declared or inherited. */
  discovery?: MappingDiscovery;
  targets: Partial<Record<TargetProviderId, MappingTarget>>;
}

/** @public */
export interface MappingDiscovery {
  /** Also named in `portolan.dev/services`; false when only discovery knows it. */
  declared: boolean;
  evidence: Evidence[];
  evidenceCount: number;
  /** Application code calls its SDK: moving it is a code change, and the effort says so. */
  codeLevel: boolean;
}

/** What discovery contributed to an assessment, so the UI can say what was scanned. @public */
export interface AssessmentDiscovery {
  /** ISO timestamp of the scan. */
  scannedAt: string;
  source?: string;
  /** The last read failed; these results are older. */
  stale: boolean;
  /** Services discovered in the entity's own repository (after ignores). */
  services: number;
  /** Of those, how many are not declared in `portolan.dev/services`. */
  undeclared: number;
  ignored: Array<{ service: ServiceId; reason: string }>;
  scan: DiscoveryScan;
  findings: DiscoveryFinding[];
}

/** @public */
export interface Readiness {
  provider: TargetProviderId;
  services: number;
  byFit: Record<Fit, number>;
  /** Share (0-1) of services that move with a direct or partial fit. */
  readyShare: number;
  /** Konveyor weights S=1, M=2, L=4, XL=8; summed over services. */
  effortPoints: number;
  effort: 'S' | 'M' | 'L' | 'XL';
  blockers: ServiceId[];
}

/** @public */
export interface DimensionScore {
  id: DimensionId;
  name: string;
  /** EU Cloud Sovereignty Framework objective, e.g. SOV-2. */
  objective: string;
  score: number;
  /** SEAL-style level 0-4. */
  level: 0 | 1 | 2 | 3 | 4;
  weight: number;
}

/** @public */
export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';

/** @public */
export interface Assessment {
  entityRef: string;
  modelVersion: string;
  knowledgeBaseVersion: string;
  /** `unannotated`: nothing declared, the score only reflects defaults. */
  status: 'assessed' | 'unannotated';
  /**
   * `false` when there is nothing to grade: no service declared, discovered
   * or inherited and no hosting. The score then only reflects defaults, so
   * the dashboard counts the entity apart instead of averaging it in.
   * Absent when the entity is assessable.
   */
  assessable?: false;
  /** Why the entity is not assessable, when it is not. */
  notAssessableReason?: string;
  score: number;
  grade: Grade;
  dimensions: DimensionScore[];
  findings: Finding[];
  mappings: MappingRow[];
  readiness: Partial<Record<TargetProviderId, Readiness>>;
  targetProviders: TargetProviderId[];
  checklist: ChecklistResult[];
  acceptedDependencies: AcceptedDependency[];
  hosting?: HostingLocation;
  criticality?: Criticality;
  dataClassification?: DataClassification;
  exitPlan?: { kind: 'url' | 'path'; value: string };
  /** Absent when the entity's repository was never scanned or discovery is off. */
  discovery?: AssessmentDiscovery;
}

/** @public */
export interface AssessmentInput {
  entity: Entity;
  /** Resources it depends on, or a System's parts and their resources. */
  related?: Entity[];
  checklistState?: Record<string, ChecklistItemState>;
}

/** @public */
export interface AssessmentOptions {
  /** ISO date or timestamp used for overdue reviews and re-tests; keeps the function pure. */
  now: string;
  defaultTargetProviders?: TargetProviderId[];
  /** Override the framework weights per dimension. */
  weights?: Partial<Record<DimensionId, number>>;
}
