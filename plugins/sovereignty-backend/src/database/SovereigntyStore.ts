import type {
  Assessment,
  AssessmentList,
  AssessmentListItem,
  AssessmentQuery as CommonAssessmentQuery,
  ChecklistItemState,
  ChecklistStatus,
  GroupAverage,
  HistoryPoint,
  RefreshRun,
  StoredAssessment,
  Summary,
  TrendPoint,
} from '@portolan/plugin-sovereignty-common';

export type {
  AssessmentList,
  AssessmentListItem,
  GroupAverage,
  HistoryPoint,
  RefreshRun,
  StoredAssessment,
  TrendPoint,
};

/** Where an assessed entity sits in the organisation, for filters and roll-ups. */
export interface EntityPlacement {
  kind: string;
  namespace: string;
  name: string;
  owner?: string;
  system?: string;
  domain?: string;
}

/** The list query with its paging settled by the router. */
export type AssessmentQuery = CommonAssessmentQuery &
  Required<Pick<CommonAssessmentQuery, 'limit' | 'offset'>>;

export interface AssessmentToSave {
  placement: EntityPlacement;
  assessment: Assessment;
}

/**
 * One stored assessment as the dashboard aggregates it: small enough to keep
 * every row in memory and aggregate per caller over what they may read.
 */
export interface SummaryRow {
  entityRef: string;
  owner?: string;
  system?: string;
  domain?: string;
  score: number;
  grade: string;
  hasExitPlan: boolean;
  exitTested: boolean;
  /**
   * False when there is nothing to grade: counted apart, not averaged.
   * Rows without it count as assessable.
   */
  assessable?: boolean;
  /** Service ids the entity uses. */
  services: string[];
}

/** The summary's figures that come from the stored assessments. */
export type CatalogAggregates = Pick<
  Summary,
  | 'totalEntities'
  | 'notAssessable'
  | 'averageScore'
  | 'byGrade'
  | 'byOwner'
  | 'bySystem'
  | 'byDomain'
  | 'withExitPlan'
  | 'withTestedExit'
> & {
  /** Every service in use, by number of entities using it, most used first. */
  serviceUsage: Array<{ serviceId: string; dependents: number }>;
};

export interface ChecklistWrite {
  entityRef: string;
  itemId: string;
  status: ChecklistStatus;
  evidenceUrl?: string;
  note?: string;
  updatedBy: string;
  updatedAt: Date;
  /** The version the writer read; the write applies only if it is still current. */
  expectedVersion: number;
}

export type ChecklistWriteResult =
  | { ok: true; before?: ChecklistItemState; after: ChecklistItemState }
  | { ok: false; current?: ChecklistItemState };

/**
 * The latest assessment of every entity, with the services it uses and where
 * it sits; the history point of a changed assessment is written with it.
 */
export interface AssessmentStore {
  getAssessment(entityRef: string): Promise<StoredAssessment | undefined>;
  /** The same, as the stored JSON text, for serving without re-encoding. */
  getAssessmentJson(entityRef: string): Promise<string | undefined>;
  /** The stored assessments of these entities, in a few queries; unknown refs are left out. */
  getAssessments(entityRefs: string[]): Promise<Map<string, StoredAssessment>>;
  /**
   * Stores the latest assessments and adds a history point for each whose
   * score or findings changed. Returns how many changed.
   */
  saveAssessments(
    batch: AssessmentToSave[],
    assessedAt: Date,
  ): Promise<{ changed: number }>;
  /** Every stored assessment's entity ref. */
  assessmentRefs(): Promise<string[]>;
  /** Removes these entities' assessments (their history stays). */
  removeAssessments(refs: string[]): Promise<void>;
  /** Marks these entities' assessments stale, or all of them. */
  markStale(refs?: string[]): Promise<void>;
  /**
   * One page of the list; with `visible`, only rows of those refs count,
   * for callers who may not read every entity.
   */
  listAssessments(
    query: AssessmentQuery,
    visible?: ReadonlySet<string>,
  ): Promise<AssessmentList>;
  /** Every stored assessment, reduced to what the summary aggregates. */
  summaryRows(): Promise<SummaryRow[]>;
  /** How many assessable entities are stored and the mean of their scores. */
  assessableScores(): Promise<{ entities: number; meanScore: number }>;
}

/** Each entity's score over time, one point per change. */
export interface HistoryStore {
  getHistory(entityRef: string): Promise<HistoryPoint[]>;
}

/** The exit checklist's state per entity and item, written with versions. */
export interface ChecklistStore {
  getChecklistState(
    entityRef: string,
  ): Promise<Record<string, ChecklistItemState>>;
  /** Every entity's checklist state, for a full refresh. */
  getAllChecklistStates(): Promise<
    Map<string, Record<string, ChecklistItemState>>
  >;
  /** Applies the write and reads it back in one transaction. */
  writeChecklistItem(write: ChecklistWrite): Promise<ChecklistWriteResult>;
}

/** The record of refresh runs. */
export interface RefreshRunStore {
  /** Records a new run, closing any earlier run left running as interrupted. */
  startRefreshRun(startedAt: Date): Promise<number>;
  finishRefreshRun(
    id: number,
    result: Omit<RefreshRun, 'id' | 'startedAt' | 'finishedAt'> & {
      finishedAt: Date;
    },
  ): Promise<void>;
  recentRefreshRuns(limit: number): Promise<RefreshRun[]>;
  /** Deletes all but the `keep` most recent runs. */
  pruneRefreshRuns(keep: number): Promise<void>;
}

/** The catalog's average score, one point per day. */
export interface TrendStore {
  /** Stores the day's point, replacing an earlier one of the same day. */
  recordTrendPoint(
    point: Omit<TrendPoint, 'recordedAt'> & { recordedAt: Date },
  ): Promise<void>;
  /** The most recent `days` daily points, oldest first. */
  trend(days: number): Promise<TrendPoint[]>;
}

/** The plugin's stores, one per aggregate, over one migrated database. */
export interface SovereigntyStores {
  assessments: AssessmentStore;
  history: HistoryStore;
  checklists: ChecklistStore;
  refreshRuns: RefreshRunStore;
  trend: TrendStore;
}
