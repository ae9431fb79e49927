import { promises as fs } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Entity } from '@backstage/catalog-model';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import request from 'supertest';
import { parse } from 'yaml';
import { scaffolderModuleSovereignty } from '../module';

/** The example catalog's templates folder. */
export const TEMPLATES_DIR = join(
  __dirname,
  '../../../../catalog-info/templates',
);

/** Root of the Portable service template in the repository. */
export const TEMPLATE_DIR = join(TEMPLATES_DIR, 'portable-service');

async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, {
    recursive: true,
    withFileTypes: true,
  });
  return entries
    .filter(e => e.isFile())
    .map(e => relative(dir, join(e.parentPath, e.name)));
}

/** A template folder as the dry-run endpoint takes it: every file, base64. */
export async function templateDirectoryContents(dir = TEMPLATE_DIR) {
  const files = await listFiles(dir);
  return Promise.all(
    files.map(async path => ({
      path,
      base64Content: (await fs.readFile(join(dir, path))).toString('base64'),
    })),
  );
}

export interface DryRunResult {
  files: Map<string, string>;
  output: { text?: Array<{ content: string }>; links?: unknown[] };
  log: Array<{ body: { message: string; status?: string; stepId?: string } }>;
  steps: Array<{ id: string }>;
}

/**
 * Starts the real scaffolder backend with Portolan's module, so every dry
 * run goes through the same action registry, templating and step runner as
 * the portal.
 */
export async function startScaffolder(
  options: {
    /** The template file; its folder is sent as the template's files. Default: the Portable service template. */
    templateFile?: string;
    /** What the catalog holds, for templates that read it. */
    entities?: Entity[];
  } = {},
) {
  const templateFile =
    options.templateFile ?? join(TEMPLATE_DIR, 'template.yaml');
  const backend = await startTestBackend({
    features: [
      scaffolderPlugin,
      scaffolderModuleSovereignty,
      catalogServiceMock.factory({ entities: options.entities ?? [] }),
      mockServices.rootConfig.factory({
        data: {
          backend: { baseUrl: 'http://localhost:7007' },
          portolan: {
            scaffolder: { localPublishDir: '/nonexistent-in-dry-run' },
          },
        },
      }),
    ],
  });
  const template = parse(await fs.readFile(templateFile, 'utf8'));
  const directoryContents = await templateDirectoryContents(
    dirname(templateFile),
  );

  async function dryRun(
    values: Record<string, unknown>,
  ): Promise<DryRunResult> {
    const res = await request(backend.server)
      .post('/api/scaffolder/v2/dry-run')
      .send({ template, values, directoryContents });
    if (res.status !== 200) {
      throw new Error(
        `dry run failed ${res.status}: ${JSON.stringify(res.body)}`,
      );
    }
    const files = new Map<string, string>();
    for (const file of res.body.directoryContents as Array<{
      path: string;
      base64Content: string;
    }>) {
      files.set(
        file.path,
        Buffer.from(file.base64Content, 'base64').toString('utf8'),
      );
    }
    return { ...res.body, files };
  }

  return { dryRun, stop: () => backend.stop(), template };
}
