/**
 * What Portolan's backend plugins and modules build on: the assessor
 * service that reads `sovereignty.*` config, and the discovery extension
 * point.
 *
 * @packageDocumentation
 */
export * from './extensions';
export * from './assessor';
export * from './knowledge';
export * from './relatedEntities';
export * from './storedAssessments';
export {
  readSovereigntySettings,
  type AssessmentSettings,
  type SovereigntySettings,
} from './settings';
export type {
  Detector,
  DetectorContext,
  DiscoverySink,
  RepositoryFile,
} from '@portolan/plugin-sovereignty-discovery';
