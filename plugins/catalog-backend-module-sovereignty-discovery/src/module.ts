import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { createDiscoveryLookup } from '@portolan/plugin-sovereignty-common';
import {
  builtInDetectors,
  type Detector,
} from '@portolan/plugin-sovereignty-discovery';
import {
  sovereigntyAssessorServiceRef,
  sovereigntyDiscoveryExtensionPoint,
} from '@portolan/plugin-sovereignty-node';
import { SovereigntyDiscoveryProcessor } from './SovereigntyDiscoveryProcessor';
import { readDiscoverySettings } from './settings';

/**
 * Catalog module that discovers the cloud services each entity's
 * repository uses. Detectors from other modules join the built-in ones
 * through {@link @portolan/plugin-sovereignty-node#sovereigntyDiscoveryExtensionPoint}.
 * @public
 */
export const catalogModuleSovereigntyDiscovery = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'sovereignty-discovery',
  register(env) {
    const detectors: Detector[] = [...builtInDetectors];
    env.registerExtensionPoint(sovereigntyDiscoveryExtensionPoint, {
      addDetector(...added) {
        for (const detector of added) {
          if (detectors.some(d => d.id === detector.id)) {
            throw new Error(
              `A discovery detector with id "${detector.id}" is already registered`,
            );
          }
          detectors.push(detector);
        }
      },
    });
    env.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        reader: coreServices.urlReader,
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        assessor: sovereigntyAssessorServiceRef,
      },
      async init({ catalog, reader, logger, config, assessor }) {
        const settings = readDiscoverySettings(config);
        catalog.addProcessor(
          new SovereigntyDiscoveryProcessor({
            reader,
            logger,
            detectors,
            // The company's configured services and those of knowledge
            // modules count too: their Terraform types are found like
            // built-in ones. Waits until the sovereignty plugin added them.
            lookup: createDiscoveryLookup({
              knowledgeBase: await assessor.knowledgeBaseReady(),
            }),
            settings,
          }),
        );
        logger.info(
          settings.enabled
            ? `Discovery on for ${[...settings.kinds].join(', ')} with ${
                detectors.length
              } detectors`
            : 'Discovery is switched off (sovereignty.discovery.enabled: false)',
        );
      },
    });
  },
});
