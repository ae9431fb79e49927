import { resolve } from 'node:path';
import {
  isChildPath,
  resolveSafeChildPath,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { readCatalogFile } from './catalogFile';

/**
 * catalog:register for portolan:publish:local. Backstage's catalog:register
 * registers `url` locations only, which a folder on the backend host is not;
 * this registers the published catalog-info.yaml as a `file` location, with
 * the user's credentials, and only inside the local publish folder. The
 * catalog must allow `file` locations (the example portal's catalog module
 * does, for that folder only).
 * @public
 */
export function createRegisterLocalAction(options: {
  catalog: CatalogService;
  /** The local publish folder (portolan.scaffolder.localPublishDir). */
  rootDir: string;
}) {
  const rootDir = resolve(options.rootDir);
  return createTemplateAction({
    id: 'portolan:register:local',
    description:
      'Registers the catalog-info.yaml of a locally published repository in the catalog as a file location.',
    supportsDryRun: true,
    schema: {
      input: {
        path: z =>
          z
            .string()
            .describe(
              'Absolute path of the published folder (portolan:publish:local output path)',
            ),
        catalogInfoPath: z =>
          z
            .string()
            .optional()
            .describe(
              'Catalog file inside the published folder (default catalog-info.yaml)',
            ),
      },
      output: {
        entityRef: z => z.string().describe('Ref of the registered entity'),
        catalogInfoUrl: z =>
          z.string().describe('The registered location (file path)'),
      },
    },
    async handler(ctx) {
      // The scaffolder validates input with JSON schema: zod defaults do not apply.
      const catalogInfoPath = ctx.input.catalogInfoPath ?? 'catalog-info.yaml';
      const folder = resolve(ctx.input.path);
      if (!isChildPath(rootDir, folder) || folder === rootDir) {
        throw new InputError(
          `${ctx.input.path} is not a repository in the local publish folder ${rootDir}`,
        );
      }
      const target = resolveSafeChildPath(folder, catalogInfoPath);
      // In a dry run nothing was published: the entity comes from the workspace.
      const { entity } = await readCatalogFile(
        ctx.isDryRun ? ctx.workspacePath : folder,
        catalogInfoPath,
      );
      const entityRef = stringifyEntityRef(entity);
      if (ctx.isDryRun) {
        ctx.logger.info(`Dry run: would register ${target}`);
      } else {
        const credentials = await ctx.getInitiatorCredentials();
        try {
          await options.catalog.addLocation(
            { type: 'file', target },
            { credentials },
          );
          ctx.logger.info(`Registered ${target} in the catalog`);
        } catch (error) {
          // Published again under the same name: the location is there, and
          // the catalog reads the new file on its next refresh.
          if ((error as Error)?.name !== 'ConflictError') throw error;
          ctx.logger.info(`${target} was registered before; refreshing it`);
          await options.catalog.refreshEntity(entityRef, { credentials });
        }
      }
      ctx.output('entityRef', entityRef);
      ctx.output('catalogInfoUrl', target);
    },
  });
}
