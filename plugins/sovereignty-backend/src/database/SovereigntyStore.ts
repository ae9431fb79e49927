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

/** The summary's figures that come straight from the database. */
export type CatalogAggregates = Pick<
  Summary,
  | 'totalEntities'
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

/** Persistence of assessments, history, refresh runs and checklist state. */
export interface SovereigntyStore {
  getAssessment(entityRef: string): Promise<StoredAssessment | undefined>;
  /** The same, as the stored JSON text, for serving without re-encoding. */
  getAssessmentJson(entityRef: string): Promise<string | undefined>;
  /**
   * Stores the latest assessments and adds a history point for each whose
   * score or findings changed. Returns how many changed.
   */
  saveAssessments(
    batch: AssessmentToSave[],
    assessedAt: Date,
  ): Promise<{ changed: number }>;
  /** Removes assessments of entities that are not in `keep`; returns how many. */
  removeAssessmentsExcept(keep: Set<string>): Promise<number>;
  markAllStale(): Promise<void>;
  listAssessments(query: AssessmentQuery): Promise<AssessmentList>;
  aggregates(): Promise<CatalogAggregates>;
  getHistory(entityRef: string): Promise<HistoryPoint[]>;
  getChecklistState(
    entityRef: string,
  ): Promise<Record<string, ChecklistItemState>>;
  /** Every entity's checklist state, for a full refresh. */
  getAllChecklistStates(): Promise<
    Map<string, Record<string, ChecklistItemState>>
  >;
  writeChecklistItem(write: ChecklistWrite): Promise<ChecklistWriteResult>;
  /** Records a new run, closing any earlier run left running as interrupted. */
  startRefreshRun(startedAt: Date): Promise<number>;
  finishRefreshRun(
    id: number,
    result: Omit<RefreshRun, 'id' | 'startedAt' | 'finishedAt'> & {
      finishedAt: Date;
    },
  ): Promise<void>;
  recentRefreshRuns(limit: number): Promise<RefreshRun[]>;
  /** Records today's catalog average (the last call of a day wins). */
  recordTrendPoint(at: Date): Promise<void>;
  /** The most recent `days` daily points, oldest first. */
  trend(days: number): Promise<TrendPoint[]>;
}
