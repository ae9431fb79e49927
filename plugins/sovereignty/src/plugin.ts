import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { sovereigntyApiRef, SovereigntyClient } from './api';
import { rootRouteRef } from './routes';

/** @public */
export const sovereigntyPlugin = createPlugin({
  id: 'sovereignty',
  apis: [
    createApiFactory({
      api: sovereigntyApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new SovereigntyClient(deps),
    }),
  ],
  routes: { root: rootRouteRef },
});

/** The architects' lock-in dashboard. @public */
export const SovereigntyPage = sovereigntyPlugin.provide(
  createRoutableExtension({
    name: 'SovereigntyPage',
    component: () =>
      import('./components/SovereigntyPage').then(m => m.SovereigntyPage),
    mountPoint: rootRouteRef,
  }),
);

/** Score, grade and top findings for the entity overview. @public */
export const EntitySovereigntyCard = sovereigntyPlugin.provide(
  createComponentExtension({
    name: 'EntitySovereigntyCard',
    component: {
      lazy: () =>
        import('./components/EntitySovereigntyCard').then(
          m => m.EntitySovereigntyCard,
        ),
    },
  }),
);

/** The entity tab: mapping table, findings and exit checklist. @public */
export const EntitySovereigntyContent = sovereigntyPlugin.provide(
  createComponentExtension({
    name: 'EntitySovereigntyContent',
    component: {
      lazy: () =>
        import('./components/EntitySovereigntyContent').then(
          m => m.EntitySovereigntyContent,
        ),
    },
  }),
);
