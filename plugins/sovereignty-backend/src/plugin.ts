import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  createAssessor,
  knowledgeBase,
  sovereigntyPermissions,
} from '@portolan/plugin-sovereignty-common';
import { KnexSovereigntyStore } from './database/KnexSovereigntyStore';
import { AssessmentService } from './service/AssessmentService';
import { createRouter } from './service/router';
import { readSettings } from './service/settings';

/**
 * The sovereignty backend plugin: assesses catalog entities for cloud lock-in
 * and serves the results under /api/sovereignty.
 * @public
 */
export const sovereigntyPlugin = createBackendPlugin({
  pluginId: 'sovereignty',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        database: coreServices.database,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
      },
      async init({
        httpRouter,
        httpAuth,
        logger,
        config,
        database,
        permissionsRegistry,
        catalog,
      }) {
        const settings = readSettings(config);
        const store = await KnexSovereigntyStore.create(database);
        const assessments = new AssessmentService(
          catalog,
          store,
          createAssessor(knowledgeBase),
          settings,
        );
        permissionsRegistry.addPermissions(sovereigntyPermissions);
        httpRouter.use(
          await createRouter({ httpAuth, assessments, store, knowledgeBase }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
        logger.info(
          `Sovereignty assessments target ${settings.defaultTargetProviders.join(
            ', ',
          )} by default`,
        );
      },
    });
  },
});
