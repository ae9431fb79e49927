import type { Entity } from '@backstage/catalog-model';
import {
  createAssessor,
  knowledgeBase,
  type Assessment,
} from '@portolan/plugin-sovereignty-common';
import type { AssessmentListItem, StoredAssessment } from '../api';

/** A fixed clock, so every fixture is deterministic. */
export const FIXTURE_NOW = '2026-01-15T09:30:00.000Z';

const assess = createAssessor(knowledgeBase);

/** An Azure-hosted service that uses Key Vault and Container Apps, targeting IONOS. */
export const annotatedEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'payments-api',
    namespace: 'default',
    annotations: {
      'portolan.dev/services': 'azure:key-vault, azure:container-apps',
      'portolan.dev/hosting': 'azure:westeurope',
      'portolan.dev/target-providers': 'ionos',
    },
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-payments' },
};

/** The same kind of entity with nothing declared. */
export const unannotatedEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'legacy-batch', namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-ops' },
};

/** Runs the real engine, so the fixture matches what the backend stores. */
export function assessEntity(entity: Entity = annotatedEntity): Assessment {
  return assess({ entity }, { now: FIXTURE_NOW });
}

/** A stored assessment as the backend returns it from /entities/.../assessment. */
export function makeStoredAssessment(
  overrides: Partial<StoredAssessment> & { entity?: Entity } = {},
): StoredAssessment {
  const { entity, ...rest } = overrides;
  return {
    assessment: assessEntity(entity),
    assessedAt: FIXTURE_NOW,
    stale: false,
    ...rest,
  };
}

/** One dashboard row built from a real assessment. */
export function makeListItem(
  entity: Entity = annotatedEntity,
  overrides: Partial<AssessmentListItem> = {},
): AssessmentListItem {
  const assessment = assessEntity(entity);
  return {
    entityRef: assessment.entityRef,
    kind: entity.kind,
    namespace: entity.metadata.namespace ?? 'default',
    name: entity.metadata.name,
    owner: entity.spec?.owner as string | undefined,
    score: assessment.score,
    grade: assessment.grade,
    status: assessment.status,
    assessedAt: FIXTURE_NOW,
    stale: false,
    ...overrides,
  };
}
