/**
 * Portolan's shared core: the annotation contract, the knowledge base and the
 * assessment engine, identical in backend, frontend, scaffolder and CLI.
 *
 * @packageDocumentation
 */
export * from './annotations/keys';
export {
  parseAnnotations,
  normaliseId,
  splitList,
  isEuResident,
} from './annotations/parse';
export { isEuCountry } from './annotations/countries';
// The knowledge base is a package of its own, versioned apart from the
// engine; the engine's users get it from here as before.
export * from '@portolan/plugin-sovereignty-knowledge';
export * from './discovery/types';
export * from './discovery/lookup';
export { readDiscoverySteering, withDiscoveryReport } from './discovery/parse';
export * from './assessment/types';
export { createAssessor, type Assessor } from './assessment/engine';
export {
  createKnowledgeIndex,
  type KnowledgeIndex,
} from './assessment/knowledgeIndex';
export {
  MODEL_VERSION,
  ASSESSED_KINDS,
  DIMENSIONS,
  GRADES,
  gradeFor,
  levelFor,
  type DimensionDefinition,
} from './assessment/model';
export {
  EFFORT_POINTS,
  NO_FIT_POINTS,
  effortPoints,
  readinessFor,
  createServiceMapper,
  type ServiceMapper,
} from './assessment/mapping';
export * from './permissions';
export * from './api/types';
export * from './api/openapi';
export { sovereigntyOpenApiSpec } from './api/openapi.generated';
export * from './planning/types';
export {
  planExit,
  planExitInSlices,
  createExitPlanner,
  type ExitPlanner,
} from './planning/plan';
export { migratedEntity } from './planning/migrate';
export { renderExitPlanMarkdown } from './planning/markdown';
export { renderExitPlanCsv, csvCell, csvText } from './planning/csv';
