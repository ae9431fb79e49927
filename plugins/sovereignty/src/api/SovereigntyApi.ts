import { createApiRef } from '@backstage/core-plugin-api';
import type {
  Assessment,
  ChecklistStatus,
  Fit,
  KnowledgeBase,
  TargetProviderId,
} from '@portolan/plugin-sovereignty-common';

// The shapes below follow the backend's OpenAPI spec
// (plugins/sovereignty-backend/src/schema/openapi.yaml).

/** @public */
export interface StoredAssessment {
  assessment: Assessment;
  assessedAt: string;
  /** The last refresh could not reach the catalog for this entity. */
  stale: boolean;
}

/** @public */
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
}

/** @public */
export interface AssessmentList {
  items: AssessmentListItem[];
  totalItems: number;
}

/** @public */
export type AssessmentOrderBy =
  | 'score'
  | 'entityRef'
  | 'owner'
  | 'system'
  | 'assessedAt';

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
  search?: string;
  orderBy?: AssessmentOrderBy;
  order?: 'asc' | 'desc';
}

/** @public */
export interface HistoryPoint {
  score: number;
  grade: string;
  modelVersion: string;
  recordedAt: string;
}

/** @public */
export interface EntityHistory {
  entityRef: string;
  points: HistoryPoint[];
}

/** @public */
export interface ChecklistUpdate {
  status: ChecklistStatus;
  evidenceUrl?: string;
  note?: string;
  /** The version last read; 0 when the item was never set. */
  version: number;
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
  message?: string;
}

/** The catalog's average on one day (its last completed refresh). @public */
export interface TrendPoint {
  /** YYYY-MM-DD (UTC). */
  day?: string;
  recordedAt: string;
  averageScore: number;
  totalEntities: number;
}

/** @public */
export interface Summary {
  totalEntities: number;
  averageScore: number;
  byGrade: Record<string, number>;
  byOwner?: GroupAverage[];
  bySystem?: GroupAverage[];
  byDomain?: GroupAverage[];
  /** Share (0-1) of entities with an exit plan linked. */
  withExitPlan?: number;
  /** Share (0-1) of entities whose exit was tested. */
  withTestedExit?: number;
  hotspots?: Hotspot[];
  readiness?: Partial<Record<TargetProviderId, CatalogReadiness>>;
  refresh: { lastRun?: RefreshRun; recentRuns?: RefreshRun[] };
  /** Oldest first, at most 90 days; absent on older backends. */
  trend?: TrendPoint[];
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
}

/** @public */
export const sovereigntyApiRef = createApiRef<SovereigntyApi>({
  id: 'plugin.sovereignty.api',
});
