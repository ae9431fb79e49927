import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { createCardExtension } from '@backstage/plugin-home-react';
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

/**
 * The lock-in of a Group (with its child groups' entities) or a Domain (its
 * systems and their parts), for the group and domain pages. @public
 */
export const EntitySovereigntyRollUpCard = sovereigntyPlugin.provide(
  createComponentExtension({
    name: 'EntitySovereigntyRollUpCard',
    component: {
      lazy: () =>
        import('./components/RollUpCard').then(
          m => m.EntitySovereigntyRollUpCard,
        ),
    },
  }),
);

/** "Your teams' lock-in" for the home page: a roll-up per team of the signed-in user. @public */
export const HomePageSovereigntyTeamsCard = sovereigntyPlugin.provide(
  createCardExtension({
    name: 'HomePageSovereigntyTeamsCard',
    title: "Your teams' lock-in",
    components: () => import('./components/RollUpHomeCard'),
  }),
);
