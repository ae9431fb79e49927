import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type { Detector } from '@portolan/plugin-sovereignty-discovery';
import type {
  ChecklistItemEntry,
  EquivalentEntry,
  KnowledgeAdditions,
  ProviderEntry,
  ServiceEntry,
} from './knowledge';

/** @public */
export interface SovereigntyDiscoveryExtensionPoint {
  /**
   * Adds detectors that run beside the built-in ones on every scanned
   * repository. A detector must be pure, linear in its input and never
   * throw (see {@link Detector}); its ids must not clash with built-ins.
   */
  addDetector(...detectors: Detector[]): void;
}

/**
 * Registered by the catalog module `sovereignty-discovery`; an adopter's own
 * catalog module (pluginId `catalog`) depends on it to add detectors
 * without a fork.
 * @public
 */
export const sovereigntyDiscoveryExtensionPoint =
  createExtensionPoint<SovereigntyDiscoveryExtensionPoint>({
    id: 'sovereignty.discovery',
  });

/** @public */
export interface SovereigntyKnowledgeExtensionPoint {
  /**
   * Changes providers (regions, notes, sovereign variants): each entry names
   * an existing provider id and the fields to replace. Providers cannot be
   * added; the engine knows a fixed set.
   */
  addProviders(...providers: ProviderEntry[]): void;
  /**
   * Adds services entities can declare, or changes existing ones by id.
   * A new service may leave out `provider` (the id's prefix), `model`
   * (PaaS), `interfaces` and
   * `terraformResources` (none).
   */
  addServices(...services: ServiceEntry[]): void;
  /**
   * Adds or changes what a target provider offers for a category, keyed by
   * category and provider. A new one may leave out `interfaces` and
   * `terraformResources`.
   */
  addEquivalents(...equivalents: EquivalentEntry[]): void;
  /** Adds exit-plan checklist items, or changes existing ones by id. */
  addChecklistItems(...items: ChecklistItemEntry[]): void;
}

/**
 * Registered by the sovereignty backend plugin; an adopter's own module
 * (pluginId `sovereignty`) depends on it to add knowledge without a fork.
 * Entries are validated with the built-in rules when the plugin starts; a
 * bad one stops the backend with a message naming the entry and field.
 * `sovereignty.knowledgeBase.*` config is applied after these entries, so
 * config has the last word.
 * @public
 */
export const sovereigntyKnowledgeExtensionPoint =
  createExtensionPoint<SovereigntyKnowledgeExtensionPoint>({
    id: 'sovereignty.knowledge',
  });

/** Where entries from the extension point are named in errors. */
export const KNOWLEDGE_EXTENSION_ORIGIN = 'sovereigntyKnowledgeExtensionPoint';

/**
 * The extension point's implementation and what modules gave it, for the
 * plugin that registers it. Entries keep the order in which they arrived.
 * @public
 */
export function createKnowledgeExtensions(): {
  extensionPoint: SovereigntyKnowledgeExtensionPoint;
  additions(): KnowledgeAdditions;
} {
  const providers: ProviderEntry[] = [];
  const services: ServiceEntry[] = [];
  const equivalents: EquivalentEntry[] = [];
  const checklist: ChecklistItemEntry[] = [];
  return {
    extensionPoint: {
      addProviders: (...entries) => providers.push(...entries),
      addServices: (...entries) => services.push(...entries),
      addEquivalents: (...entries) => equivalents.push(...entries),
      addChecklistItems: (...entries) => checklist.push(...entries),
    },
    additions: () => ({
      origin: KNOWLEDGE_EXTENSION_ORIGIN,
      providers: [...providers],
      services: [...services],
      equivalents: [...equivalents],
      checklist: [...checklist],
    }),
  };
}
