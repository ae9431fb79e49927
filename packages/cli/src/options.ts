import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError } from './errors';
import { portalSource } from './portal';
import { readSettings } from './settings';
import { bundledSource, type AssessmentSource } from './source';

export const FORMATS = ['text', 'markdown', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** Options every assessing command takes (parseArgs spelling). */
export const SOURCE_OPTIONS = {
  format: { type: 'string', default: 'text' },
  'fail-under': { type: 'string' },
  config: { type: 'string' },
  portal: { type: 'string' },
  catalog: { type: 'string' },
} as const;

/** Options of the commands that compare against a base commit. */
export const DIFF_OPTIONS = {
  ...SOURCE_OPTIONS,
  base: { type: 'string' },
  'fail-on-new-blocker': { type: 'boolean', default: false },
  'fail-on-drop': { type: 'string' },
  'fail-on-grade-drop': { type: 'boolean', default: false },
} as const;

export interface SourceValues {
  format?: string;
  'fail-under'?: string;
  config?: string;
  portal?: string;
  catalog?: string;
}

export function readFormat(value: string | undefined): Format {
  const format = (value ?? 'text') as Format;
  if (!FORMATS.includes(format)) {
    throw new InputError(
      `--format must be one of ${FORMATS.join(', ')}, got ${value}`,
    );
  }
  return format;
}

/** A number of points from 0 to 100, for `--fail-under` and `--fail-on-drop`. */
export function readPoints(
  flag: string,
  value: string | undefined,
): number | undefined {
  if (value === undefined) return undefined;
  const points = Number(value);
  if (
    value.trim() === '' ||
    !Number.isFinite(points) ||
    points < 0 ||
    points > 100
  ) {
    throw new InputError(`--${flag} takes a score from 0 to 100, got ${value}`);
  }
  return points;
}

export async function readFolder(dir: string): Promise<string> {
  const root = resolve(dir);
  if (!(await stat(root).catch(() => undefined))?.isDirectory()) {
    throw new InputError(`${dir} is not a folder`);
  }
  return root;
}

/** A comma-separated list option (`--keep a,b`), trimmed. */
export const readList = (value: string | undefined) =>
  value
    ?.split(',')
    .map(s => s.trim())
    .filter(Boolean) ?? [];

/** `--catalog` files as paths relative to the root (absolute ones inside it too). */
export const readCatalogOption = (root: string, value: string | undefined) =>
  readList(value).map(name =>
    isAbsolute(name) ? relative(root, name).split(sep).join('/') : name,
  );

/**
 * The bundled engine with `--config`'s settings, or the portal named by
 * `--portal` (token from PORTOLAN_PORTAL_TOKEN); both at once would leave
 * it unclear whose settings count, so that is refused.
 */
export async function openSource(
  values: SourceValues,
  env: NodeJS.ProcessEnv,
  now: Date,
): Promise<AssessmentSource> {
  if (values.portal !== undefined) {
    if (values.config !== undefined) {
      throw new InputError(
        "--config and --portal exclude each other: with --portal the portal's own settings count",
      );
    }
    return portalSource(values.portal, env.PORTOLAN_PORTAL_TOKEN || undefined);
  }
  return bundledSource(await readSettings(values.config), now);
}
