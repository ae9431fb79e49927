import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { sovereigntyAssessorServiceRef } from '@portolan/plugin-sovereignty-node';
import { createAssessAction } from './actions/assess';
import { createExitPlanAction } from './actions/exitPlan';
import {
  createPublishLocalAction,
  DEFAULT_LOCAL_PUBLISH_DIR,
} from './actions/publishLocal';

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
      },
      async init({ scaffolder, config, assessor }) {
        const localPublishDir =
          config.getOptionalString('portolan.scaffolder.localPublishDir') ??
          DEFAULT_LOCAL_PUBLISH_DIR;
        scaffolder.addActions(
          createAssessAction({ assessor }),
          createExitPlanAction({ assessor }),
          createPublishLocalAction({ rootDir: localPublishDir }),
        );
      },
    });
  },
});
