import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { createStoredAssessmentReader } from '@portolan/plugin-sovereignty-node';
import { scorecardMetricsExtensionPoint } from '@red-hat-developer-hub/backstage-plugin-scorecard-node';
import { createSovereigntyMetricProviders } from './providers';

/**
 * Adds `sovereignty.score` and `sovereignty.blockers` to the RHDH
 * Scorecard, read from the sovereignty backend with this plugin's own
 * service credentials.
 * @public
 */
export const scorecardModuleSovereignty = createBackendModule({
  pluginId: 'scorecard',
  moduleId: 'sovereignty',
  register(env) {
    env.registerInit({
      deps: {
        metrics: scorecardMetricsExtensionPoint,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        config: coreServices.rootConfig,
      },
      async init({ metrics, discovery, auth, config }) {
        const reader = createStoredAssessmentReader({ discovery, auth });
        metrics.addMetricProvider(
          ...createSovereigntyMetricProviders(reader, config),
        );
      },
    });
  },
});
