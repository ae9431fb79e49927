/**
 * Portolan's sovereignty frontend plugin.
 *
 * @packageDocumentation
 */
export {
  sovereigntyPlugin,
  SovereigntyPage,
  EntitySovereigntyCard,
  EntitySovereigntyContent,
  EntitySovereigntyRollUpCard,
  HomePageSovereigntyTeamsCard,
} from './plugin';
export * from './api';
