import { createApiRef } from '@backstage/core-plugin-api';
import type {
  AssessmentList,
  AssessmentQuery,
  ChecklistUpdate,
  ChecklistUpdateResponse,
  EntityHistory,
  ExitPlan,
  ExitPlanRequest,
  KnowledgeBase,
  Rollup,
  StoredAssessment,
  Summary,
  TeamRollups,
} from '@portolan/plugin-sovereignty-common';

// Request and response shapes live in the common package, shared with the
// backend; the backend's OpenAPI spec (exported there too) describes them.
export type {
  AssessmentList,
  AssessmentListItem,
  AssessmentOrderBy,
  AssessmentQuery,
  CatalogReadiness,
  ChecklistUpdate,
  ChecklistUpdateResponse,
  EntityHistory,
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
  WrittenChecklistItem,
} from '@portolan/plugin-sovereignty-common';

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
  ): Promise<ChecklistUpdateResponse>;
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
