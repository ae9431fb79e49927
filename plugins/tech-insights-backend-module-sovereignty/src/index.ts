/**
 * Tech Insights facts from Portolan's sovereignty assessments.
 *
 * @packageDocumentation
 */
export { techInsightsModuleSovereignty as default } from './module';
export {
  dimensionLevelFact,
  factsOf,
  SOVEREIGNTY_FACT_RETRIEVER_ID,
  sovereigntyFactRetriever,
} from './sovereigntyFactRetriever';
