import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { ConflictError, InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';

/** Where the example portal publishes when no git host is configured. */
export const DEFAULT_LOCAL_PUBLISH_DIR = '.portolan-data/scaffolded';

/**
 * Publishes the workspace to a folder on the backend's machine, so the
 * offline example portal can run a template end to end without a git host.
 * Real installations publish with publish:gitlab or publish:github instead.
 * @public
 */
export function createPublishLocalAction(options: {
  /** Folder the published repositories go into; relative paths resolve against the backend's working directory. */
  rootDir: string;
}) {
  const rootDir = resolve(options.rootDir);
  return createTemplateAction({
    id: 'portolan:publish:local',
    description:
      'Copies the generated files to a folder on the backend host (for demos and offline portals).',
    supportsDryRun: true,
    schema: {
      input: {
        name: z =>
          z
            .string()
            .regex(
              /^[a-z0-9][a-z0-9-]{0,62}$/,
              'lower-case letters, digits and dashes',
            )
            .describe('Folder name of the published repository'),
        sourcePath: z =>
          z
            .string()
            .optional()
            .describe('Part of the workspace to publish (default: all of it)'),
        overwrite: z =>
          z
            .boolean()
            .optional()
            .describe('Replace an earlier publication of the same name'),
      },
      output: {
        remoteUrl: z =>
          z.string().describe('file:// URL of the published folder'),
        path: z => z.string().describe('Absolute path of the published folder'),
        fileCount: z => z.number().describe('Number of files published'),
      },
    },
    async handler(ctx) {
      // The scaffolder validates input with JSON schema: zod defaults do not apply.
      const sourcePath = ctx.input.sourcePath ?? '.';
      const source = resolveSafeChildPath(ctx.workspacePath, sourcePath);
      // The regex already refuses separators and dots; this guards the join.
      const target = resolveSafeChildPath(rootDir, ctx.input.name);
      const files = await listFiles(source);
      if (files.length === 0) {
        throw new InputError(`Nothing to publish in ${sourcePath}`);
      }
      const exists = await fs.stat(target).then(
        () => true,
        () => false,
      );
      if (exists && !ctx.input.overwrite) {
        throw new ConflictError(
          `${ctx.input.name} was published before; choose another name or set overwrite`,
        );
      }
      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would publish ${files.length} files to ${target}`,
        );
      } else {
        await fs.rm(target, { recursive: true, force: true });
        await fs.mkdir(rootDir, { recursive: true });
        await fs.cp(source, target, { recursive: true });
        ctx.logger.info(`Published ${files.length} files to ${target}`);
      }
      ctx.output('remoteUrl', pathToFileURL(target).toString());
      ctx.output('path', target);
      ctx.output('fileCount', files.length);
    },
  });
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs
    .readdir(dir, { recursive: true, withFileTypes: true })
    .catch(() => []);
  return entries.filter(e => e.isFile()).map(e => e.name);
}
