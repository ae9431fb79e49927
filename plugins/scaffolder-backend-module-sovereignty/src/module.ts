import { createBackendModule } from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createAssessAction } from './actions/assess';

/**
 * Adds Portolan's actions to the scaffolder.
 * @public
 */
export const scaffolderModuleSovereignty = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'sovereignty',
  register(env) {
    env.registerInit({
      deps: { scaffolder: scaffolderActionsExtensionPoint },
      async init({ scaffolder }) {
        scaffolder.addActions(createAssessAction());
      },
    });
  },
});
