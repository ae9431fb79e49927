import { dirname, resolve } from 'node:path';
import {
  coreServices,
  createBackendModule,
  isChildPath,
} from '@backstage/backend-plugin-api';
import {
  catalogLocationsExtensionPoint,
  catalogProcessingExtensionPoint,
  processingResult,
  type CatalogProcessor,
  type CatalogProcessorEmit,
  type LocationSpec,
} from '@backstage/plugin-catalog-node';
import { DEFAULT_LOCAL_PUBLISH_DIR } from '@portolan/plugin-scaffolder-backend-module-sovereignty';

/** Characters the file reader's glob gives a meaning. */
const WILDCARDS = /[*?[\]{}()!]/;

/**
 * Refuses `file` locations outside the folders the portal reads on purpose,
 * before the built-in file reader sees them: registering `file` locations
 * through the catalog's API would otherwise let any user have the catalog
 * read any file of the backend host.
 */
export class FileLocationGuard implements CatalogProcessor {
  constructor(private readonly roots: string[]) {}

  getProcessorName() {
    return 'PortolanFileLocationGuard';
  }

  // Before the FileReaderProcessor (default priority 20).
  getPriority() {
    return 10;
  }

  async readLocation(
    location: LocationSpec,
    _optional: boolean,
    emit: CatalogProcessorEmit,
  ): Promise<boolean> {
    if (location.type !== 'file') return false;
    // The file reader globs the target: a wildcard or a .. could step out of
    // a folder that the path's prefix seems to be in. The catalog resolves
    // its own file locations to plain absolute paths, so nothing else is needed.
    const plain =
      !WILDCARDS.test(location.target) &&
      resolve(location.target) === location.target;
    if (plain && this.roots.some(root => isChildPath(root, location.target)))
      return false;
    emit(
      processingResult.inputError(
        location,
        plain
          ? `file location ${location.target} is outside the example catalog and the local publish folder`
          : `file location ${location.target} must be an absolute path without wildcards or ..`,
      ),
    );
    return true;
  }
}

/**
 * The example portal's catalog takes `file` locations through its API, so
 * the templates' local publication (portolan:publish:local) can end with
 * registering what it published (portolan:register:local), as catalog:register
 * does for a git host. Only files inside the configured catalog's folders and
 * the local publish folder are read.
 */
export default createBackendModule({
  pluginId: 'catalog',
  moduleId: 'local-publish-locations',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        locations: catalogLocationsExtensionPoint,
        processing: catalogProcessingExtensionPoint,
      },
      async init({ config, locations, processing }) {
        const configured = (
          config.getOptionalConfigArray('catalog.locations') ?? []
        )
          .filter(location => location.getString('type') === 'file')
          .map(location => dirname(resolve(location.getString('target'))));
        const publishDir = resolve(
          config.getOptionalString('portolan.scaffolder.localPublishDir') ??
            DEFAULT_LOCAL_PUBLISH_DIR,
        );
        locations.setAllowedLocationTypes(['url', 'file']);
        processing.addProcessor(
          new FileLocationGuard([...new Set([...configured, publishDir])]),
        );
      },
    });
  },
});
