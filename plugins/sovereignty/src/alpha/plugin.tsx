import ExploreIcon from '@material-ui/icons/Explore';
import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
  type ExtensionDataRef,
  type ExtensionDefinition,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import {
  compatWrapper,
  convertLegacyRouteRef,
} from '@backstage/core-compat-api';
import {
  HomePageWidgetBlueprint,
  type HomePageWidgetBlueprintParams,
  type HomePageWidgetData,
} from '@backstage/plugin-home-react/alpha';
import { sovereigntyApiRef, SovereigntyClient } from '../api';
import { rootRouteRef } from '../routes';

/** The kinds Portolan assesses: what runs, what it runs on, and their sum. */
const ASSESSED_KINDS = { kind: { $in: ['component', 'resource', 'system'] } };

/** The client of the sovereignty backend. @alpha */
export const sovereigntyApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: sovereigntyApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new SovereigntyClient(deps),
    }),
});

/** The architects' lock-in dashboard at /sovereignty, in the navigation as "Lock-in". @alpha */
export const sovereigntyPage = PageBlueprint.make({
  params: {
    path: '/sovereignty',
    title: 'Lock-in',
    icon: <ExploreIcon />,
    routeRef: convertLegacyRouteRef(rootRouteRef),
    loader: () =>
      import('../components/SovereigntyPage').then(m =>
        compatWrapper(<m.SovereigntyPage />),
      ),
  },
});

/** Score, grade and top findings on the entity overview. @alpha */
export const sovereigntyEntityCard = EntityCardBlueprint.make({
  params: {
    filter: ASSESSED_KINDS,
    loader: () =>
      import('../components/EntitySovereigntyCard').then(m =>
        compatWrapper(<m.EntitySovereigntyCard />),
      ),
  },
});

/** The entity tab: mapping, readiness, exit checklist, history. @alpha */
export const sovereigntyEntityContent = EntityContentBlueprint.make({
  params: {
    path: '/sovereignty',
    title: 'Sovereignty',
    filter: ASSESSED_KINDS,
    loader: () =>
      import('../components/EntitySovereigntyContent').then(m =>
        compatWrapper(<m.EntitySovereigntyContent />),
      ),
  },
});

/**
 * The lock-in of a Group (with its child groups' entities) or a Domain (its
 * systems and their parts), on their overview. @alpha
 */
export const sovereigntyRollUpEntityCard = EntityCardBlueprint.make({
  name: 'rollup',
  params: {
    filter: { kind: { $in: ['group', 'domain'] } },
    loader: () =>
      import('../components/RollUpCard').then(m =>
        compatWrapper(<m.EntitySovereigntyRollUpCard />),
      ),
  },
});

/**
 * "Your teams' lock-in" on the home page of @backstage/plugin-home. Typed
 * with this package's frontend-plugin-api: plugin-home-react 0.1.43 and
 * later build the blueprint on frontend-plugin-api 1, whose types cannot be
 * named from a plugin built on 0.18. @alpha
 */
export const sovereigntyTeamsHomePageWidget: ExtensionDefinition<{
  kind: 'home-page-widget';
  name: 'teams-lock-in';
  output: ExtensionDataRef<HomePageWidgetData, 'home.widget.data', {}>;
  params: HomePageWidgetBlueprintParams;
}> = HomePageWidgetBlueprint.make({
  name: 'teams-lock-in',
  params: {
    name: 'SovereigntyTeamsLockIn',
    title: "Your teams' lock-in",
    description:
      'Per team of the signed-in user: entities, average score, grades, what is most locked in and overdue re-tests.',
    components: () =>
      import('../components/RollUpHomeCard').then(m => ({
        Content: () => compatWrapper(<m.Content />),
      })),
  },
});

/**
 * Portolan for the new frontend system: install the package and the app
 * discovers it, or add it to `features` in createApp.
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'sovereignty',
  title: 'Lock-in',
  icon: <ExploreIcon />,
  routes: { root: convertLegacyRouteRef(rootRouteRef) },
  extensions: [
    sovereigntyApi,
    sovereigntyPage,
    sovereigntyEntityCard,
    sovereigntyEntityContent,
    sovereigntyRollUpEntityCard,
    sovereigntyTeamsHomePageWidget,
  ],
});
