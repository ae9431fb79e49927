import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import {
  createAssessor,
  knowledgeBase,
  type StoredAssessment,
} from '@portolan/plugin-sovereignty-common';
import type { StoredAssessmentReader } from '@portolan/plugin-sovereignty-node';
import {
  parseThresholdExpression,
  validateThresholdsForMetric,
} from '@red-hat-developer-hub/backstage-plugin-scorecard-node';
import { createSovereigntyMetricProviders } from './providers';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'orders',
    namespace: 'default',
    annotations: {
      'portolan.dev/services': 'azure:cosmos-db, azure:key-vault',
      'portolan.dev/hosting': 'azure:eastus',
      'portolan.dev/target-providers': 'ionos',
    },
  },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'group:default/team',
  },
};

/** What the engine gives the entity, as the backend would have stored it. */
const stored: StoredAssessment = {
  assessment: createAssessor(knowledgeBase)(
    { entity },
    { now: '2026-12-01T00:00:00Z' },
  ),
  assessedAt: '2026-12-01T00:00:00.000Z',
  stale: false,
};

/** A reader answering from these stored assessments only. */
function readerOf(
  assessments: Record<string, StoredAssessment>,
): StoredAssessmentReader {
  return {
    async get(entityRef) {
      return assessments[entityRef];
    },
    async *list() {
      for (const { assessment } of Object.values(assessments)) {
        yield { entityRef: assessment.entityRef } as any;
      }
    },
  };
}

/** The first rule whose expression holds for the value, as the Scorecard applies them. */
function statusOf(rules: { key: string; expression: string }[], value: number) {
  return rules.find(rule => {
    const parsed = parseThresholdExpression(rule.expression, 'number');
    if (parsed.operator === '-') {
      return value >= parsed.values[0] && value <= parsed.values[1];
    }
    const limit = parsed.value as number;
    switch (parsed.operator) {
      case '>=':
        return value >= limit;
      case '<=':
        return value <= limit;
      case '>':
        return value > limit;
      case '<':
        return value < limit;
      case '==':
        return value === limit;
      default:
        return value !== limit;
    }
  })?.key;
}

describe('the sovereignty metric providers', () => {
  const [score, blockers] = createSovereigntyMetricProviders(
    readerOf({ 'component:default/orders': stored }),
  );

  it('name the sovereignty datasource and one metric each, for assessed kinds', () => {
    expect(score.getProviderDatasourceId()).toBe('sovereignty');
    expect(score.getProviderId()).toBe('sovereignty.score');
    expect(blockers.getProviderId()).toBe('sovereignty.blockers');
    expect(score.getMetric()).toMatchObject({
      id: 'sovereignty.score',
      type: 'number',
      history: true,
    });
    expect(score.getMetricType()).toBe('number');
    expect(score.getCatalogFilter()).toEqual({
      kind: ['component', 'resource', 'system'],
    });
  });

  it('read the stored score and count its blockers', async () => {
    const blockerCount = stored.assessment.findings.filter(
      f => f.severity === 'blocker',
    ).length;
    expect(blockerCount).toBeGreaterThan(0);
    await expect(score.calculateMetric(entity)).resolves.toBe(
      stored.assessment.score,
    );
    await expect(blockers.calculateMetric(entity)).resolves.toBe(blockerCount);
  });

  it('refuse, naming the entity, when Portolan has not assessed it', async () => {
    await expect(
      score.calculateMetric({
        ...entity,
        metadata: { ...entity.metadata, name: 'unknown' },
      }),
    ).rejects.toThrow(
      'Portolan has no assessment of component:default/unknown',
    );
  });

  it('have thresholds the Scorecard accepts, judging grade B and up a success and any blocker an error', () => {
    for (const provider of [score, blockers]) {
      expect(() =>
        validateThresholdsForMetric(provider.getMetricThresholds(), 'number'),
      ).not.toThrow();
    }
    const scoreRules = score.getMetricThresholds().rules;
    expect(statusOf(scoreRules, 86)).toBe('success');
    expect(statusOf(scoreRules, 70)).toBe('success');
    expect(statusOf(scoreRules, 69)).toBe('warning');
    expect(statusOf(scoreRules, 39)).toBe('error');
    const blockerRules = blockers.getMetricThresholds().rules;
    expect(statusOf(blockerRules, 0)).toBe('success');
    expect(statusOf(blockerRules, 1)).toBe('error');
  });

  it('take thresholds from config when given', () => {
    const [configured] = createSovereigntyMetricProviders(
      readerOf({}),
      mockServices.rootConfig({
        data: {
          scorecard: {
            plugins: {
              sovereignty: {
                score: {
                  thresholds: {
                    rules: [
                      { key: 'success', expression: '>=85' },
                      { key: 'error', expression: '<85' },
                    ],
                  },
                },
              },
            },
          },
        },
      }),
    );
    expect(configured.getMetricThresholds().rules[0].expression).toBe('>=85');
  });

  it('report no score for an entity with nothing to grade, but its blockers', async () => {
    const bare: StoredAssessment = {
      ...stored,
      assessment: {
        ...stored.assessment,
        entityRef: 'component:default/bare',
        assessable: false,
        notAssessableReason: 'No service is declared, discovered or inherited',
      },
    };
    const [bareScore, bareBlockers] = createSovereigntyMetricProviders(
      readerOf({ 'component:default/bare': bare }),
    );
    const bareEntity = {
      ...entity,
      metadata: { ...entity.metadata, name: 'bare' },
    };
    await expect(bareScore.calculateMetric(bareEntity)).rejects.toThrow(
      'component:default/bare has nothing to grade: No service is declared',
    );
    await expect(bareBlockers.calculateMetric(bareEntity)).resolves.toBe(
      bare.assessment.findings.filter(f => f.severity === 'blocker').length,
    );
  });
});
