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
} from './plugin';
export * from './api';
