/**
 * RHDH Scorecard metrics from Portolan's sovereignty assessments.
 *
 * @packageDocumentation
 */
export { scorecardModuleSovereignty as default } from './module';
export {
  createSovereigntyMetricProviders,
  SOVEREIGNTY_DATASOURCE,
  SovereigntyMetricProvider,
} from './providers';
