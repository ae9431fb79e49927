import type { Config } from '@backstage/config';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import {
  ASSESSED_KINDS,
  type Assessment,
} from '@portolan/plugin-sovereignty-common';
import type { StoredAssessmentReader } from '@portolan/plugin-sovereignty-node';
import type {
  Metric,
  ThresholdConfig,
} from '@red-hat-developer-hub/backstage-plugin-scorecard-common';
import {
  getThresholdsFromConfig,
  type MetricProvider,
} from '@red-hat-developer-hub/backstage-plugin-scorecard-node';

/** The data source both metrics come from. */
export const SOVEREIGNTY_DATASOURCE = 'sovereignty';

/** What one metric reads off an assessment, and how its values are judged. */
interface SovereigntyMetric {
  id: string;
  title: string;
  description: string;
  value: (assessment: Assessment) => number;
  thresholds: ThresholdConfig;
}

// Rules are tried in order and together cover every number, as the
// Scorecard's threshold validation requires.
const SCORE: SovereigntyMetric = {
  id: `${SOVEREIGNTY_DATASOURCE}.score`,
  title: 'Sovereignty score',
  description:
    'Portolan sovereignty score, 0 to 100: how easily the entity could leave its cloud provider for an EU one (70 or more is grade B or better).',
  value: assessment => {
    // A default score is no measurement: say why instead of reporting it.
    if (assessment.assessable === false) {
      throw new Error(
        `${assessment.entityRef} has nothing to grade: ${
          assessment.notAssessableReason ?? 'no service and no hosting known'
        }`,
      );
    }
    return assessment.score;
  },
  thresholds: {
    rules: [
      { key: 'success', expression: '>=70' },
      { key: 'warning', expression: '>=40' },
      { key: 'error', expression: '<40' },
    ],
  },
};

const BLOCKERS: SovereigntyMetric = {
  id: `${SOVEREIGNTY_DATASOURCE}.blockers`,
  title: 'Sovereignty blockers',
  description:
    'Findings of severity blocker in the Portolan assessment: what stands in the way of an exit.',
  value: assessment =>
    assessment.findings.filter(finding => finding.severity === 'blocker')
      .length,
  thresholds: {
    rules: [
      { key: 'success', expression: '<1' },
      { key: 'error', expression: '>=1' },
    ],
  },
};

/**
 * One Portolan figure as a Scorecard metric, read from what the sovereignty
 * backend stored. Thresholds come from
 * `scorecard.plugins.sovereignty.<metric>.thresholds` when configured.
 */
export class SovereigntyMetricProvider implements MetricProvider<'number'> {
  private readonly thresholds: ThresholdConfig;

  constructor(
    private readonly metric: SovereigntyMetric,
    private readonly reader: StoredAssessmentReader,
    config?: Config,
  ) {
    const key = metric.id.slice(SOVEREIGNTY_DATASOURCE.length + 1);
    this.thresholds =
      (config &&
        getThresholdsFromConfig(
          config,
          `scorecard.plugins.${SOVEREIGNTY_DATASOURCE}.${key}.thresholds`,
          'number',
        )) ??
      metric.thresholds;
  }

  getProviderDatasourceId(): string {
    return SOVEREIGNTY_DATASOURCE;
  }

  getProviderId(): string {
    return this.metric.id;
  }

  getMetricType(): 'number' {
    return 'number';
  }

  getMetric(): Metric<'number'> {
    const { id, title, description } = this.metric;
    return { id, title, description, type: 'number', history: true };
  }

  getMetricThresholds(): ThresholdConfig {
    return this.thresholds;
  }

  getCatalogFilter(): Record<string, string | symbol | (string | symbol)[]> {
    return {
      kind: ASSESSED_KINDS.map(kind => kind.toLocaleLowerCase('en-US')),
    };
  }

  async calculateMetric(entity: Entity): Promise<number> {
    const entityRef = stringifyEntityRef(entity);
    const stored = await this.reader.get(entityRef);
    if (!stored) {
      throw new Error(`Portolan has no assessment of ${entityRef}`);
    }
    return this.metric.value(stored.assessment);
  }
}

/** The sovereignty score and blocker count, as Scorecard metric providers. */
export function createSovereigntyMetricProviders(
  reader: StoredAssessmentReader,
  config?: Config,
): SovereigntyMetricProvider[] {
  return [SCORE, BLOCKERS].map(
    metric => new SovereigntyMetricProvider(metric, reader, config),
  );
}
