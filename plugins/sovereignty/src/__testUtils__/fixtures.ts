import type { Entity } from '@backstage/catalog-model';
import {
  createAssessor,
  DISCOVERY_ANNOTATIONS,
  knowledgeBase,
  type Assessment,
  type DiscoveryReport,
} from '@portolan/plugin-sovereignty-common';
import type { AssessmentListItem, StoredAssessment, Summary } from '../api';

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

/** Where the discovered entity's repository lives, as the catalog annotates it. */
export const DISCOVERED_SOURCE_LOCATION =
  'url:https://github.com/example-org/orders/tree/main/';

/**
 * What the catalog module stores after scanning a repository: Key Vault and
 * Cosmos DB in Terraform (Cosmos DB with more evidence than a report keeps,
 * one line-less match), Service Bus through its SDK, a Monitor sample that
 * people silenced, and a file that did not parse.
 */
export function makeDiscoveryReport(
  overrides: Partial<DiscoveryReport> = {},
): DiscoveryReport {
  return {
    version: 1,
    scannedAt: '2026-01-15T09:00:00.000Z',
    source: DISCOVERED_SOURCE_LOCATION,
    services: [
      {
        id: 'azure:key-vault',
        evidence: [
          {
            path: 'infra/main.tf',
            line: 12,
            detector: 'terraform',
            match: 'azurerm_key_vault',
          },
        ],
        evidenceCount: 1,
        codeLevel: false,
      },
      {
        id: 'azure:cosmos-db',
        evidence: [
          {
            path: 'infra/cosmos.tf',
            line: 3,
            detector: 'terraform',
            match: 'azurerm_cosmosdb_account',
          },
          {
            path: 'infra/cosmos.tf.json',
            detector: 'terraform',
            match: 'azurerm_cosmosdb_sql_database',
          },
        ],
        evidenceCount: 9,
        codeLevel: false,
      },
      {
        id: 'azure:service-bus',
        evidence: [
          {
            path: 'src/package.json',
            line: 14,
            detector: 'dependencies',
            match: '@azure/service-bus',
            code: true,
          },
        ],
        evidenceCount: 1,
        codeLevel: true,
      },
      {
        id: 'azure:monitor',
        evidence: [
          {
            path: 'docs/sample/main.tf',
            line: 1,
            detector: 'terraform',
            match: 'azurerm_monitor_action_group',
          },
        ],
        evidenceCount: 1,
        codeLevel: false,
      },
    ],
    hosting: [
      {
        provider: 'azure',
        region: 'westeurope',
        evidence: [
          {
            path: 'infra/providers.tf',
            line: 2,
            detector: 'terraform',
            match: 'azurerm',
          },
        ],
      },
    ],
    findings: [
      {
        code: 'unparsable-file',
        message: 'infra/broken.tf could not be parsed: unclosed block.',
        path: 'infra/broken.tf',
        line: 4,
      },
    ],
    scan: {
      files: 12,
      bytes: 48213,
      skipped: 2,
      paths: ['infra', 'src'],
      formats: ['terraform', 'dependencies'],
      durationMs: 41,
    },
    ...overrides,
  };
}

/**
 * A component that declares Key Vault only; discovery adds the rest from
 * its repository, and one false positive is ignored with a reason.
 */
export function makeDiscoveredEntity(
  report: DiscoveryReport = makeDiscoveryReport(),
  annotations: Record<string, string> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'orders-api',
      namespace: 'default',
      annotations: {
        'backstage.io/source-location': DISCOVERED_SOURCE_LOCATION,
        'portolan.dev/services': 'azure:key-vault',
        'portolan.dev/target-providers': 'ionos',
        [DISCOVERY_ANNOTATIONS.discovered]: JSON.stringify(report),
        [DISCOVERY_ANNOTATIONS.ignoreServices]:
          'azure:monitor: only the sample under docs/',
        ...annotations,
      },
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'team-orders' },
  };
}

/** A component without annotations whose repository held nothing discovery knows. */
export const emptyScanEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'static-site',
    namespace: 'default',
    annotations: {
      'backstage.io/source-location':
        'url:https://github.com/example-org/static-site/tree/main/',
      [DISCOVERY_ANNOTATIONS.discovered]: JSON.stringify(
        makeDiscoveryReport({
          source: 'url:https://github.com/example-org/static-site/tree/main/',
          services: [],
          hosting: [],
          findings: [],
          scan: {
            files: 7,
            bytes: 5120,
            skipped: 0,
            paths: [''],
            formats: [],
            durationMs: 3,
          },
        }),
      ),
    },
  },
  spec: { type: 'website', lifecycle: 'production', owner: 'team-web' },
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
    ...(assessment.assessable === false ? { assessable: false as const } : {}),
    ...overrides,
  };
}

/** A summary as GET /summary returns it, consistent with the given rows. */
export function makeSummary(
  items: AssessmentListItem[] = [
    makeListItem(annotatedEntity, { system: 'checkout', domain: 'commerce' }),
    makeListItem(unannotatedEntity),
  ],
  overrides: Partial<Summary> = {},
): Summary {
  const byGrade: Record<string, number> = { A: 0, B: 0, C: 0, D: 0, E: 0 };
  for (const item of items) byGrade[item.grade] += 1;
  const averageScore =
    items.reduce((sum, item) => sum + item.score, 0) / (items.length || 1);
  const groupBy = (key: 'owner' | 'system' | 'domain') => {
    const groups = new Map<string, number[]>();
    for (const item of items) {
      const value = item[key];
      if (value) groups.set(value, [...(groups.get(value) ?? []), item.score]);
    }
    return [...groups].map(([k, scores]) => ({
      key: k,
      entities: scores.length,
      averageScore: scores.reduce((a, b) => a + b, 0) / scores.length,
    }));
  };
  return {
    totalEntities: items.length,
    notAssessable: 0,
    averageScore,
    byGrade,
    byOwner: groupBy('owner'),
    bySystem: groupBy('system'),
    byDomain: groupBy('domain'),
    withExitPlan: 0.5,
    withTestedExit: 0.25,
    hotspots: [
      {
        service: 'azure:key-vault',
        serviceName: 'Azure Key Vault (secrets and certificates)',
        provider: 'azure',
        category: 'secrets',
        dependents: 7,
        targets: {
          ionos: {
            fit: 're-architect',
            offering: 'OpenBao on IONOS Managed Kubernetes',
            effort: 'L',
            gapFiller: 'OpenBao',
          },
          stackit: {
            fit: 'direct',
            offering: 'STACKIT Secrets Manager',
            effort: 'M',
          },
        },
      },
    ],
    readiness: {
      ionos: {
        byFit: { direct: 6, partial: 2, 're-architect': 3, none: 1 },
        readyShare: 8 / 12,
        effortPoints: 40,
      },
      stackit: {
        byFit: { direct: 9, partial: 1, 're-architect': 2, none: 0 },
        readyShare: 10 / 12,
        effortPoints: 22,
      },
    },
    refresh: {
      lastRun: {
        id: 3,
        startedAt: '2026-01-15T09:00:00.000Z',
        finishedAt: '2026-01-15T09:00:04.000Z',
        outcome: 'completed',
        entities: items.length,
        changed: 1,
        removed: 0,
        errors: 0,
      },
      recentRuns: [],
    },
    trend: [
      {
        day: '2026-01-13',
        recordedAt: '2026-01-13T09:00:04.000Z',
        averageScore: 41.5,
        totalEntities: 2,
      },
      {
        day: '2026-01-14',
        recordedAt: '2026-01-14T09:00:04.000Z',
        averageScore: 44,
        totalEntities: 2,
      },
      {
        day: '2026-01-15',
        recordedAt: '2026-01-15T09:00:04.000Z',
        averageScore: averageScore,
        totalEntities: 2,
      },
    ],
    ...overrides,
  };
}

/** Score history as GET /entities/.../history returns it. */
export function makeHistory(entityRef = 'component:default/payments-api') {
  return {
    entityRef,
    points: [
      {
        score: 31,
        grade: 'E',
        modelVersion: '1.0.0',
        recordedAt: '2025-11-01T08:00:00.000Z',
      },
      {
        score: 38,
        grade: 'E',
        modelVersion: '1.0.0',
        recordedAt: '2025-12-01T08:00:00.000Z',
      },
      {
        score: 47,
        grade: 'D',
        modelVersion: '1.0.0',
        recordedAt: FIXTURE_NOW,
      },
    ],
  };
}
