import { createApiRef } from '@backstage/core-plugin-api';
import type {
  AssessmentList,
  AssessmentQuery,
  ChecklistStatus,
  ChecklistUpdate,
  ExitPlan,
  ExitPlanRequest,
  HistoryPoint,
  KnowledgeBase,
  Rollup,
  StoredAssessment,
  Summary,
  TeamRollups,
} from '@portolan/plugin-sovereignty-common';

// Response shapes live in the common package, shared with the backend; the
// request shapes below follow the backend's OpenAPI spec
// (plugins/sovereignty-backend/src/schema/openapi.yaml).
export type {
  AssessmentList,
  AssessmentListItem,
  AssessmentOrderBy,
  AssessmentQuery,
  CatalogReadiness,
  ChecklistUpdate,
  ExitPlan,
  ExitPlanRequest,
  ExitPlanService,
  ExitPlanStep,
  ExitPlanWave,
  GroupAverage,
  HistoryPoint,
  Hotspot,
  RefreshRun,
  Rollup,
  RollupEntity,
  RollupOverdueItem,
  StoredAssessment,
  Summary,
  TeamRollups,
  TrendPoint,
} from '@portolan/plugin-sovereignty-common';

/** @public */
export interface EntityHistory {
  entityRef: string;
  points: HistoryPoint[];
}

/** @public */
export interface ChecklistItemState {
  itemId: string;
  status: ChecklistStatus;
  evidenceUrl?: string;
  note?: string;
  updatedBy: string;
  updatedAt: string;
  version: number;
}

/** @public */
export interface ChecklistUpdateResult {
  item: ChecklistItemState;
  assessment: StoredAssessment;
}

/** Client of the sovereignty backend. @public */
export interface SovereigntyApi {
  getAssessment(entityRef: string): Promise<StoredAssessment>;
  getHistory(entityRef: string): Promise<EntityHistory>;
  listAssessments(query?: AssessmentQuery): Promise<AssessmentList>;
  getSummary(): Promise<Summary>;
  updateChecklistItem(
    entityRef: string,
    itemId: string,
    update: ChecklistUpdate,
  ): Promise<ChecklistUpdateResult>;
  getKnowledgeBase(): Promise<KnowledgeBase>;
  /** The roll-up of a Group (with its child groups) or a Domain. */
  getRollup(entityRef: string): Promise<Rollup>;
  /** "Your teams' lock-in": a roll-up per group of the signed-in user. */
  getMyTeamsRollups(): Promise<TeamRollups>;
  /** The entity's exit plan for one target, with the alternatives to try (keep, gap fillers). */
  getExitPlan(entityRef: string, request: ExitPlanRequest): Promise<ExitPlan>;
}

/** @public */
export const sovereigntyApiRef = createApiRef<SovereigntyApi>({
  id: 'plugin.sovereignty.api',
});
