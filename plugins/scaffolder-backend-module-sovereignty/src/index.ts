/**
 * Scaffolder actions of Portolan.
 *
 * @packageDocumentation
 */
export { scaffolderModuleSovereignty as default } from './module';
export { createAssessAction } from './actions/assess';
export { createExitPlanAction } from './actions/exitPlan';
export {
  createExitSkeletonAction,
  DEFAULT_PLATFORMS_PATH,
} from './actions/exitSkeleton';
export { createRegisterLocalAction } from './actions/registerLocal';
export {
  createPublishLocalAction,
  DEFAULT_LOCAL_PUBLISH_DIR,
} from './actions/publishLocal';
