import { promises as fs } from 'node:fs';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { parse } from 'yaml';

/**
 * One provider of the Portable service template's platform table: what its
 * skeletons provision and how they are configured. The table is defined once,
 * in that template's template.yaml; the exit template reads it from there.
 */
export interface Platform {
  title: string;
  hosting: string;
  region: string;
  exitTargets: string;
  cluster: string;
  registry: string;
  postgresql: string;
  cache: string;
  objectStorage: string;
  queue: string;
  stateEndpoint: string;
}

const FIELDS: Array<keyof Platform> = [
  'title',
  'hosting',
  'region',
  'exitTargets',
  'cluster',
  'registry',
  'postgresql',
  'cache',
  'objectStorage',
  'queue',
  'stateEndpoint',
];

/** The Portable service template's needs, by the platform field that provisions each. */
export const NEED_OF_FIELD = {
  postgresql: 'postgresql',
  cache: 'cache',
  objectStorage: 'object-storage',
  queue: 'queue',
} as const satisfies Partial<Record<keyof Platform, string>>;

function platformTable(template: unknown): unknown {
  const steps = (template as any)?.spec?.steps;
  if (!Array.isArray(steps)) return undefined;
  return steps.find(step => step?.input?.values?.platforms)?.input.values
    .platforms;
}

/**
 * Reads the platform table from the Portable service template's
 * template.yaml in the workspace (fetched there by the template's previous
 * step) and removes the file, so it is not published with the result.
 */
export async function readPlatforms(
  workspacePath: string,
  path: string,
): Promise<Record<string, Platform>> {
  const file = resolveSafeChildPath(workspacePath, path);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new InputError(
      `No ${path} in the workspace: fetch the Portable service template's template.yaml there first`,
    );
  }
  await fs.rm(file, { force: true });
  const table = platformTable(parse(text));
  if (!table || typeof table !== 'object') {
    throw new InputError(
      `${path} has no platform table (a step with input.values.platforms)`,
    );
  }
  const platforms: Record<string, Platform> = {};
  for (const [provider, entry] of Object.entries(table)) {
    const missing = FIELDS.filter(
      field => typeof (entry as any)?.[field] !== 'string',
    );
    if (missing.length > 0) {
      throw new InputError(
        `${path}: platform ${provider} lacks ${missing.join(', ')}`,
      );
    }
    platforms[provider] = Object.fromEntries(
      FIELDS.map(field => [field, (entry as any)[field]]),
    ) as unknown as Platform;
  }
  return platforms;
}
