/**
 * Portolan's sovereignty backend plugin.
 *
 * @packageDocumentation
 */
export { sovereigntyPlugin as default } from './plugin';
export {
  sovereigntyChecklistOwnersOnly,
  sovereigntyPolicyDecision,
} from './permissions/ownersOnly';
