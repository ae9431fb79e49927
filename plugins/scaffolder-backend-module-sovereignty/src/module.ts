import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { sovereigntyAssessorServiceRef } from '@portolan/plugin-sovereignty-node';
import { createAssessAction } from './actions/assess';
import { createExitPlanAction } from './actions/exitPlan';
import { createExitSkeletonAction } from './actions/exitSkeleton';
import {
  createPublishLocalAction,
  DEFAULT_LOCAL_PUBLISH_DIR,
} from './actions/publishLocal';
import { createRegisterLocalAction } from './actions/registerLocal';

/**
 * Adds Portolan's actions to the scaffolder.
 * @public
 */
export const scaffolderModuleSovereignty = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'sovereignty',
  register(env) {
    env.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        config: coreServices.rootConfig,
        assessor: sovereigntyAssessorServiceRef,
        catalog: catalogServiceRef,
      },
      async init({ scaffolder, config, assessor, catalog }) {
        const localPublishDir =
          config.getOptionalString('portolan.scaffolder.localPublishDir') ??
          DEFAULT_LOCAL_PUBLISH_DIR;
        scaffolder.addActions(
          createAssessAction({ assessor }),
          createExitPlanAction({ assessor }),
          createExitSkeletonAction({ catalog, assessor }),
          createPublishLocalAction({ rootDir: localPublishDir }),
          createRegisterLocalAction({ catalog, rootDir: localPublishDir }),
        );
      },
    });
  },
});
