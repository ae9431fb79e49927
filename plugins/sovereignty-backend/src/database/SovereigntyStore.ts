import type {
  Assessment,
  ChecklistItemState,
} from '@portolan/plugin-sovereignty-common';

/** Where an assessed entity sits in the organisation, for filters and roll-ups. */
export interface EntityPlacement {
  kind: string;
  namespace: string;
  name: string;
  owner?: string;
  system?: string;
  domain?: string;
}

export interface StoredAssessment {
  assessment: Assessment;
  assessedAt: string;
  stale: boolean;
}

export interface HistoryPoint {
  score: number;
  grade: string;
  modelVersion: string;
  recordedAt: string;
}

export interface AssessmentSummaryRow {
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
}

/** Persistence of assessments, history and checklist state. */
export interface SovereigntyStore {
  getAssessment(entityRef: string): Promise<StoredAssessment | undefined>;
  /**
   * Stores the latest assessment and adds a history point only when the
   * score or findings changed. Returns whether history grew.
   */
  saveAssessment(
    placement: EntityPlacement,
    assessment: Assessment,
    assessedAt: Date,
  ): Promise<{ changed: boolean }>;
  listAssessments(page: {
    limit: number;
    offset: number;
  }): Promise<{ items: AssessmentSummaryRow[]; totalItems: number }>;
  getHistory(entityRef: string): Promise<HistoryPoint[]>;
  getChecklistState(
    entityRef: string,
  ): Promise<Record<string, ChecklistItemState>>;
}
