import { createApiRef } from '@backstage/core-plugin-api';
import type { Assessment } from '@portolan/plugin-sovereignty-common';

/** @public */
export interface StoredAssessment {
  assessment: Assessment;
  assessedAt: string;
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

/** Client of the sovereignty backend. @public */
export interface SovereigntyApi {
  getAssessment(entityRef: string): Promise<StoredAssessment>;
  listAssessments(options?: {
    limit?: number;
    offset?: number;
  }): Promise<AssessmentList>;
}

/** @public */
export const sovereigntyApiRef = createApiRef<SovereigntyApi>({
  id: 'plugin.sovereignty.api',
});
