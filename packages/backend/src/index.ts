/*
 * The example portal's backend: catalog, scaffolder, search and auth from
 * Backstage, plus Portolan's sovereignty plugin, its catalog discovery module
 * and its scaffolder module; MCP actions, notifications and signals so
 * Portolan reaches assistants and the inbox.
 */
import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
// Local publications of the templates register as file locations.
backend.add(import('./localPublishLocations'));
backend.add(
  import('@portolan/plugin-catalog-backend-module-sovereignty-discovery'),
);

backend.add(import('@backstage/plugin-permission-backend'));
backend.add(import('./permissionPolicy'));

backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(import('@backstage/plugin-scaffolder-backend-module-github'));
backend.add(import('@backstage/plugin-scaffolder-backend-module-gitlab'));
backend.add(import('@portolan/plugin-scaffolder-backend-module-sovereignty'));

backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));

backend.add(import('@portolan/plugin-sovereignty-backend'));

// Tech Insights with Portolan's facts, so json-rules-engine checks (and
// Soundcheck) can gate on lock-in; techInsights.* in app-config.yaml.
backend.add(import('@backstage-community/plugin-tech-insights-backend'));
backend.add(
  import('@backstage-community/plugin-tech-insights-backend-module-jsonfc'),
);
backend.add(
  import('@portolan/plugin-tech-insights-backend-module-sovereignty'),
);

// Where people already look: assistants call Portolan's actions over MCP
// (backend.actions.pluginSources names the plugins whose actions they see),
// and owners find its notifications in the inbox, pushed live by signals.
backend.add(import('@backstage/plugin-mcp-actions-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

backend.start();
