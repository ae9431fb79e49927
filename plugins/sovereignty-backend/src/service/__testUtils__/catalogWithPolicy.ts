import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  createBackendModule,
  type BackendFeature,
  type SchedulerService,
  type ServiceFactory,
} from '@backstage/backend-plugin-api';
import { permissionsServiceFactory } from '@backstage/backend-defaults/permissions';
import { permissionsRegistryServiceFactory } from '@backstage/backend-defaults/permissionsRegistry';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import permissionPlugin from '@backstage/plugin-permission-backend';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  isPermission,
  type PermissionCondition,
  type PermissionCriteria,
} from '@backstage/plugin-permission-common';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import type { Entity } from '@backstage/catalog-model';
import type { JsonObject } from '@backstage/types';
import { stringify } from 'yaml';
import { sovereigntyPlugin } from '../../plugin';
import { onBehalfOfAuth } from '../../__testUtils__/onBehalfOfAuth';
import { quietSchedule } from '../../__testUtils__/startBackend';

/** The HTTP server of a test backend. */
export type TestServer = Awaited<ReturnType<typeof startTestBackend>>['server'];

/** The label that hides an entity from every caller but services. */
export const HIDDEN_LABEL = 'example.com/hidden';

/** Which catalog entities a policy hides, in the catalog's own conditions. */
export type CatalogCriteria = PermissionCriteria<
  PermissionCondition<'catalog-entity'>
>;

/** Everyone may read everything, except the catalog entities `hidden` matches. */
function hidingPolicy(hidden: CatalogCriteria) {
  return createBackendModule({
    pluginId: 'permission',
    moduleId: 'hide-some-entities',
    register(env) {
      env.registerInit({
        deps: { policy: policyExtensionPoint },
        async init({ policy }) {
          policy.setPolicy({
            async handle(query) {
              if (isPermission(query.permission, catalogEntityReadPermission)) {
                return createCatalogConditionalDecision(query.permission, {
                  not: hidden,
                });
              }
              return { result: AuthorizeResult.ALLOW };
            },
          });
        },
      });
    },
  });
}

/**
 * The sovereignty plugin over the real catalog and permission backends,
 * reading `entities` from a catalog file; the catalog policy hides what
 * carries HIDDEN_LABEL, or what `hide` matches. Resolves once `ready` says
 * the catalog has processed what the test needs and a refresh has assessed it.
 * startTestBackend stops the backend after the test file.
 */
export async function startWithCatalogPolicy(options: {
  entities: object[];
  /** Kinds the catalog file may hold. */
  kinds: Entity['kind'][];
  ready: (server: TestServer) => Promise<boolean>;
  /** The entities the policy hides from every caller but services. */
  hide?: CatalogCriteria;
  features?: BackendFeature[];
  /** More app config, beside the catalog and permission settings. */
  config?: JsonObject;
}) {
  const dir = mkdtempSync(join(tmpdir(), 'portolan-catalog-'));
  const file = join(dir, 'catalog-info.yaml');
  writeFileSync(
    file,
    options.entities.map(entity => stringify(entity)).join('---\n'),
  );
  const scheduler = mockServices.scheduler() as SchedulerService & {
    factory(settings?: { skipTaskRunOnStartup?: boolean }): ServiceFactory;
  };
  const { server } = await startTestBackend({
    features: [
      sovereigntyPlugin,
      catalogPlugin,
      permissionPlugin,
      hidingPolicy(
        options.hide ?? catalogConditions.hasLabel({ label: HIDDEN_LABEL }),
      ),
      onBehalfOfAuth,
      permissionsServiceFactory,
      permissionsRegistryServiceFactory,
      scheduler.factory({ skipTaskRunOnStartup: true }),
      mockServices.rootConfig.factory({
        data: {
          ...quietSchedule,
          ...options.config,
          permission: { enabled: true },
          catalog: {
            rules: [{ allow: options.kinds }],
            locations: [{ type: 'file', target: file }],
          },
        },
      }),
      ...(options.features ?? []),
    ],
  });
  for (let attempt = 0; !(await options.ready(server)); attempt++) {
    if (attempt > 300) {
      throw new Error('the catalog did not process the test entities');
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  await scheduler.triggerTask('sovereignty-refresh');
  return server;
}
