import type {
  Assessment,
  ChecklistItemState,
  ChecklistStatus,
} from '../assessment/types';
import type {
  Fit,
  TargetProviderId,
} from '@portolan/plugin-sovereignty-knowledge';

// The shapes the backend serves and the frontend reads, described by the
// backend's OpenAPI spec (plugins/sovereignty-backend/src/schema/openapi.yaml).

/**
 * The body of a checklist write (`PUT .../checklist/{itemId}`). @public
 */
export interface ChecklistUpdate {
  status: ChecklistStatus;
  evidenceUrl?: string;
  note?: string;
  /** The version last read; 0 when the item was never set. */
  version: number;
}

/** @public */
export interface StoredAssessment {
  assessment: Assessment;
  assessedAt: string;
  /** The last refresh could not reach the catalog for this entity. */
  stale: boolean;
}

/** One row of the dashboard's entity table. @public */
export interface AssessmentListItem {
  entityRef: string;
  kind: string;
  namespace: string;
  name: string;
  owner?: string;
  system?: string;
  domain?: string;
  score: number;
  grade: string;
  status: string;
  assessedAt: string;
  stale: boolean;
  /** Present and `false` when there is nothing to grade (see `Assessment.assessable`). */
  assessable?: false;
}

/** The columns the entity table sorts by. @public */
export const ASSESSMENT_ORDER_BY = [
  'score',
  'entityRef',
  'owner',
  'system',
  'assessedAt',
] as const;

/** @public */
export type AssessmentOrderBy = (typeof ASSESSMENT_ORDER_BY)[number];

/** Filters, sorting and paging of GET /assessments. @public */
export interface AssessmentQuery {
  limit?: number;
  offset?: number;
  kind?: string;
  owner?: string;
  system?: string;
  domain?: string;
  grade?: string;
  /** Entities using at least one service of this provider. */
  provider?: string;
  /** Substring of the entity ref. */
  search?: string;
  orderBy?: AssessmentOrderBy;
  order?: 'asc' | 'desc';
}

/** One page of GET /assessments. @public */
export interface AssessmentList {
  items: AssessmentListItem[];
  totalItems: number;
}

/** @public */
export interface HistoryPoint {
  score: number;
  grade: string;
  modelVersion: string;
  recordedAt: string;
}

/** An entity's score over time (`GET .../history`). @public */
export interface EntityHistory {
  entityRef: string;
  points: HistoryPoint[];
}

/** A checklist item as a write left it. @public */
export interface WrittenChecklistItem extends ChecklistItemState {
  itemId: string;
  updatedBy: string;
  /** ISO timestamp. */
  updatedAt: string;
  version: number;
}

/** The answer of a checklist write (`PUT .../checklist/{itemId}`). @public */
export interface ChecklistUpdateResponse {
  item: WrittenChecklistItem;
  assessment: StoredAssessment;
  /** Set when the write was committed but the assessment could not be updated now. */
  reassessmentError?: string;
}

/** @public */
export interface GroupAverage {
  key: string;
  entities: number;
  averageScore: number;
}

/** A service many entities depend on, with where it could go. @public */
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

/** @public */
export interface CatalogReadiness {
  /** Service uses (entity x service) by fit at this target. */
  byFit: Record<Fit, number>;
  readyShare: number;
  effortPoints: number;
}

/** @public */
export interface RefreshRun {
  id: number;
  startedAt: string;
  finishedAt?: string;
  outcome: 'running' | 'completed' | 'failed';
  entities: number;
  changed: number;
  removed: number;
  errors: number;
  /**
   * The catalog returned far fewer entities than are stored, so the run
   * kept the assessments it would have removed (see `message`).
   */
  suspicious?: boolean;
  message?: string;
}

/** The catalog's average on one day (its last completed refresh). @public */
export interface TrendPoint {
  /** YYYY-MM-DD (UTC). */
  day: string;
  recordedAt: string;
  averageScore: number;
  totalEntities: number;
}

/** Aggregates for the dashboard. @public */
export interface Summary {
  /** Assessable entities: the grades, averages and shares count these. */
  totalEntities: number;
  /**
   * Entities with nothing to grade (no service declared, discovered or
   * inherited and no hosting), counted apart from every other figure.
   */
  notAssessable: number;
  averageScore: number;
  byGrade: Record<string, number>;
  byOwner: GroupAverage[];
  bySystem: GroupAverage[];
  byDomain: GroupAverage[];
  /** Share (0-1) of entities with an exit plan linked. */
  withExitPlan: number;
  /** Share (0-1) of entities whose exit was tested. */
  withTestedExit: number;
  hotspots: Hotspot[];
  readiness: Partial<Record<TargetProviderId, CatalogReadiness>>;
  refresh: { lastRun?: RefreshRun; recentRuns: RefreshRun[] };
  /**
   * Oldest first, at most 90 days. A catalog-wide figure, so empty for a
   * caller who may not read every assessed entity.
   */
  trend: TrendPoint[];
  /** The caller may not read every entity: the figures count what they may. */
  restricted?: boolean;
}

/** One entity of a roll-up, with its stored score. @public */
export interface RollupEntity {
  entityRef: string;
  score: number;
  grade: string;
  stale: boolean;
}

/** A checklist item whose re-test is overdue, on one entity of a roll-up. @public */
export interface RollupOverdueItem {
  entityRef: string;
  itemId: string;
  title: string;
  /** ISO date the re-test was due. */
  retestDue?: string;
}

/**
 * Figures over the entities a Group or a Domain stands for, counting only
 * what the caller may read in the catalog. @public
 */
export interface Rollup {
  /** The Group or Domain rolled up. */
  entityRef: string;
  /**
   * What was included besides it: for a Group the child groups (every
   * level), for a Domain its systems.
   */
  includes: string[];
  /** Assessed kinds (Component, Resource, System) the roll-up covers. */
  totalEntities: number;
  /** Of those, how many have a stored assessment with something to grade; the figures count these. */
  assessedEntities: number;
  /** Of those, how many were assessed but have nothing to grade (counted apart, as on the dashboard). */
  notAssessable: number;
  /** Average score of the assessed entities; 0 when there are none. */
  averageScore: number;
  byGrade: Record<string, number>;
  /** The lowest scores first, at most five. */
  worst: RollupEntity[];
  /** Overdue checklist re-tests, soonest due first, at most twenty. */
  overdue: RollupOverdueItem[];
  /** How many overdue re-tests there are in all. */
  overdueTotal: number;
  /** Non-EU services by number of dependents among these entities. */
  hotspots: Hotspot[];
}

/** "Your teams' lock-in": a roll-up per group the signed-in user belongs to. @public */
export interface TeamRollups {
  userEntityRef: string;
  teams: Rollup[];
  /** Teams left out, with why: a roll-up too large to compute here. */
  omitted: Array<{ entityRef: string; reason: string }>;
}
