import { createBackendModule } from '@backstage/backend-plugin-api';
import { techInsightsFactRetrieversExtensionPoint } from '@backstage-community/plugin-tech-insights-node';
import {
  SOVEREIGNTY_FACT_RETRIEVER_ID,
  sovereigntyFactRetriever,
} from './sovereigntyFactRetriever';

/**
 * Adds the sovereignty fact retriever to Tech Insights. Like every fact
 * retriever it runs only once `techInsights.factRetrievers.sovereigntyFactRetriever`
 * gives it a cadence.
 * @public
 */
export const techInsightsModuleSovereignty = createBackendModule({
  pluginId: 'tech-insights',
  moduleId: 'sovereignty',
  register(env) {
    env.registerInit({
      deps: { retrievers: techInsightsFactRetrieversExtensionPoint },
      async init({ retrievers }) {
        retrievers.addFactRetrievers({
          [SOVEREIGNTY_FACT_RETRIEVER_ID]: sovereigntyFactRetriever,
        });
      },
    });
  },
});
