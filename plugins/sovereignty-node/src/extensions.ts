import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type { Detector } from '@portolan/plugin-sovereignty-discovery';

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
