import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import {
  createKnowledgeIndex,
  createServiceMapper,
  sovereigntyPermissions,
} from '@portolan/plugin-sovereignty-common';
import { createSovereigntyStores } from './database/createSovereigntyStores';
import { registerSovereigntyActions } from './actions';
import { NotificationLedger } from './notifications/NotificationLedger';
import { RefreshNotifier } from './notifications/RefreshNotifier';
import { readNotificationSettings } from './notifications/settings';
import { sovereigntyTabPath } from './service/entityTabLink';
import { AssessmentService } from './service/AssessmentService';
import { CatalogRefresher } from './service/CatalogRefresher';
import { CatalogVisibility } from './service/CatalogVisibility';
import {
  ChecklistEditors,
  readChecklistEditorsMode,
} from './service/ChecklistEditors';
import { ChecklistService } from './service/ChecklistService';
import { SummaryService } from './service/SummaryService';
import { RollupService } from './service/RollupService';
import { PlanService } from './service/PlanService';
import { CHECKLIST_ROUTE, createRouter } from './service/router';
import { scheduleRefreshTask } from './scheduler/tasks/refreshTask';
import {
  createKnowledgeExtensions,
  sovereigntyAssessorServiceRef,
  sovereigntyKnowledgeExtensionPoint,
} from '@portolan/plugin-sovereignty-node';

/**
 * The sovereignty backend plugin: assesses the catalog for cloud lock-in on a
 * schedule and serves assessments, checklists and aggregates under
 * /api/sovereignty.
 * @public
 */
export const sovereigntyPlugin = createBackendPlugin({
  pluginId: 'sovereignty',
  register(env) {
    // Modules add providers, services, equivalents and checklist items here.
    const knowledge = createKnowledgeExtensions();
    env.registerExtensionPoint(
      sovereigntyKnowledgeExtensionPoint,
      knowledge.extensionPoint,
    );
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        userInfo: coreServices.userInfo,
        auditor: coreServices.auditor,
        catalog: catalogServiceRef,
        assessor: sovereigntyAssessorServiceRef,
        actionsRegistry: actionsRegistryServiceRef,
        notifications: notificationService,
      },
      async init(deps) {
        const { httpRouter, logger, config, catalog, assessor } = deps;
        // First: the modules' entries join (or a bad one stops the backend),
        // and every reader of the assessor, here or in other plugins, sees them.
        assessor.addKnowledgeExtensions(knowledge.additions());
        const { settings, engine: assess } = assessor;
        const index = createKnowledgeIndex(assessor.knowledgeBase);
        const stores = await createSovereigntyStores(deps.database);
        const assessments = new AssessmentService(
          catalog,
          stores,
          assess,
          settings.assessment,
          () => deps.auth.getOwnServiceCredentials(),
        );
        const visibility = new CatalogVisibility({
          catalog,
          permissions: deps.permissions,
        });
        const summary = new SummaryService({
          stores,
          index,
          mapper: createServiceMapper(index),
          targets: settings.assessment.defaultTargetProviders,
          logger,
        });
        const checklist = new ChecklistService({
          stores,
          assessments,
          permissions: deps.permissions,
          visibility,
          editors: new ChecklistEditors({
            mode: readChecklistEditorsMode(config),
            catalog,
            userInfo: deps.userInfo,
          }),
          index,
          logger,
          onChange: () => summary.invalidate(),
        });
        const refresher = new CatalogRefresher({
          catalog,
          auth: deps.auth,
          stores,
          assess,
          settings: settings.assessment,
          maxRemovalShare: settings.refresh.maxRemovalShare,
          logger,
          notifier: new RefreshNotifier({
            ledger: new NotificationLedger(await deps.database.getClient()),
            notifications: deps.notifications,
            settings: readNotificationSettings(config),
            index,
            logger,
          }),
        });

        deps.permissionsRegistry.addPermissions(sovereigntyPermissions);
        httpRouter.use(
          await createRouter({
            httpAuth: deps.httpAuth,
            auditor: deps.auditor,
            logger,
            assessments,
            checklist,
            summary,
            stores,
            visibility,
            knowledgeBase: assessor.knowledgeBase,
            rollups: new RollupService({
              catalog,
              store: stores.assessments,
              userInfo: deps.userInfo,
              index,
              mapper: createServiceMapper(index),
              targets: settings.assessment.defaultTargetProviders,
            }),
            plans: new PlanService({
              catalog,
              store: stores.checklists,
              knowledgeBase: () => assessor.knowledgeBase,
              settings: settings.assessment,
            }),
          }),
        );
        registerSovereigntyActions({
          actionsRegistry: deps.actionsRegistry,
          catalog,
          checklists: stores.checklists,
          assessments,
          visibility,
          summary,
          assess,
          settings: settings.assessment,
          index,
          tabUrl: entityRef =>
            `${
              config.getOptionalString('app.baseUrl') ?? ''
            }${sovereigntyTabPath(entityRef)}`,
        });
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
        // The checklist write authenticates itself, to audit refusals too.
        httpRouter.addAuthPolicy({
          path: CHECKLIST_ROUTE,
          allow: 'unauthenticated',
        });

        await scheduleRefreshTask({
          scheduler: deps.scheduler,
          config,
          refresher,
          summary,
          logger,
        });
        logger.info(
          `Sovereignty assessments target ${settings.assessment.defaultTargetProviders.join(
            ', ',
          )} by default`,
        );
      },
    });
  },
});
