/**
 * Portolan's sovereignty plugin for Backstage's new frontend system.
 *
 * @packageDocumentation
 */
export {
  default,
  sovereigntyApi,
  sovereigntyPage,
  sovereigntyEntityCard,
  sovereigntyEntityContent,
  sovereigntyRollUpEntityCard,
  sovereigntyTeamsHomePageWidget,
} from './plugin';
