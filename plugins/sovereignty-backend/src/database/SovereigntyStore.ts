import type {
  Assessment,
  AssessmentListItem,
  AssessmentOrderBy,
  ChecklistItemState,
  ChecklistStatus,
  GroupAverage,
  HistoryPoint,
  RefreshRun,
  StoredAssessment,
  TrendPoint,
} from '@portolan/plugin-sovereignty-common';

export type {
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

export interface AssessmentQuery {
  limit: number;
  offset: number;
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

export interface AssessmentToSave {
  placement: EntityPlacement;
  assessment: Assessment;
}

export interface CatalogAggregates {
  totalEntities: number;
  averageScore: number;
  byGrade: Record<string, number>;
  byOwner: GroupAverage[];
  bySystem: GroupAverage[];
  byDomain: GroupAverage[];
  withExitPlan: number;
  withTestedExit: number;
  /** Every service in use, by number of entities using it, most used first. */
  serviceUsage: Array<{ serviceId: string; dependents: number }>;
}

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
  listAssessments(
    query: AssessmentQuery,
  ): Promise<{ items: AssessmentListItem[]; totalItems: number }>;
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
