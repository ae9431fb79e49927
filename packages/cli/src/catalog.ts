import { posix } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { Entity } from '@backstage/catalog-model';
import { InputError } from './errors';
import type { Tree } from './tree';

/** Catalog files larger than this are not entity files; they are reported, not parsed. */
const MAX_CATALOG_FILE_BYTES = 1024 * 1024;
/** Catalog files read at once. */
const READ_AHEAD = 32;
/** Catalog files read in one run, Location targets included: a cycle or a fan-out ends. */
const MAX_CATALOG_FILES = 10_000;

/** One entity as the working tree declares it, with the file it came from. */
export interface LocalEntity {
  entity: Entity;
  /** Relative to the root, `/`-separated. */
  file: string;
}

/** A file that could not be read as it should, named with its line for the user. */
export interface InputProblem {
  /** Relative to the root, `/`-separated. */
  file: string;
  line?: number;
  message: string;
}

/** A YAML error's first line, without the position the file:line prefix already gives. */
export const yamlMessage = (message: string) =>
  message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');

export const formatProblem = (p: InputProblem) =>
  `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`;

/**
 * The entities of a tree: every catalog-info.yaml in it, or the files named
 * (relative to its root), and the files their Location entities target
 * inside it. Broken documents become problems with file and line; the rest
 * is still read.
 */
export async function readCatalogFiles(
  tree: Tree,
  named: string[] = [],
): Promise<{ entities: LocalEntity[]; problems: InputProblem[] }> {
  const entities: LocalEntity[] = [];
  const problems: InputProblem[] = [];
  const queue: string[] = [];
  const seen = new Set<string>();
  const enqueue = (path: string) => {
    if (!seen.has(path) && seen.size < MAX_CATALOG_FILES) {
      seen.add(path);
      queue.push(path);
    }
  };
  if (named.length > 0) {
    for (const name of named) {
      const path = relativeInside('', name);
      if (path === undefined || path === '') {
        throw new InputError(
          `--catalog ${name} is not a file inside the folder`,
        );
      }
      if ((await tree.fileSize(path)) === undefined) {
        throw new InputError(`--catalog ${name}: no such file`);
      }
      enqueue(path);
    }
  } else {
    for (const path of await tree.catalogInfoFiles()) enqueue(path);
  }
  while (queue.length > 0) {
    // Files are read a batch at a time and taken in order, so the result
    // does not depend on which read finished first.
    const batch = queue.splice(0, READ_AHEAD);
    const reads = await Promise.all(
      batch.map(path => readEntities(tree, path)),
    );
    batch.forEach((path, i) => {
      problems.push(...reads[i].problems);
      for (const entity of reads[i].entities) {
        if (entity.kind.toLowerCase() === 'location') {
          for (const target of locationTargets(entity)) {
            const inside = relativeInside(posix.dirname(path), target);
            if (inside) enqueue(inside);
            else {
              problems.push({
                file: path,
                message: `Location target ${target} is outside the folder, not read`,
              });
            }
          }
        } else {
          entities.push({ entity, file: path });
        }
      }
    });
  }
  return { entities, problems };
}

const lineAt = (text: string, offset: number) =>
  text.slice(0, offset).split('\n').length;

async function readEntities(
  tree: Tree,
  path: string,
): Promise<{ entities: Entity[]; problems: InputProblem[] }> {
  const entities: Entity[] = [];
  const problems: InputProblem[] = [];
  const size = await tree.fileSize(path);
  if (size === undefined) {
    return { entities, problems: [{ file: path, message: 'no such file' }] };
  }
  if (size > MAX_CATALOG_FILE_BYTES) {
    return {
      entities,
      problems: [{ file: path, message: 'larger than 1 MB, not read' }],
    };
  }
  let text: string;
  try {
    text = await tree.readText(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    return { entities, problems: [{ file: path, message: code }] };
  }
  parseAllDocuments(text).forEach((doc, i) => {
    if (doc.errors.length > 0) {
      const [error] = doc.errors;
      problems.push({
        file: path,
        line: error.linePos?.[0].line,
        message: `document ${i + 1}: ${yamlMessage(error.message)}`,
      });
      return;
    }
    let value: Entity | null;
    try {
      // Aliases are expanded at most this often: no billion laughs.
      value = doc.toJS({ maxAliasCount: 100 }) as Entity | null;
    } catch (error) {
      problems.push({
        file: path,
        message: `document ${i + 1}: ${(error as Error).message}`,
      });
      return;
    }
    if (value === null) return;
    if (
      typeof value !== 'object' ||
      typeof value.kind !== 'string' ||
      typeof value.metadata?.name !== 'string'
    ) {
      const line = doc.contents?.range
        ? lineAt(text, doc.contents.range[0])
        : undefined;
      problems.push({
        file: path,
        line,
        message: `document ${
          i + 1
        } is not an entity (needs kind and metadata.name)`,
      });
      return;
    }
    entities.push(value);
  });
  return { entities, problems };
}

/** A Location's file targets as written; URLs are not followed. */
function locationTargets(entity: Entity): string[] {
  const spec = (entity.spec ?? {}) as {
    type?: unknown;
    target?: unknown;
    targets?: unknown;
  };
  if (spec.type !== undefined && spec.type !== 'file') return [];
  return [
    ...(typeof spec.target === 'string' ? [spec.target] : []),
    ...(Array.isArray(spec.targets) ? spec.targets : []),
  ].filter((t): t is string => typeof t === 'string' && !t.includes('://'));
}

/**
 * `path` taken relative to the folder `base` (both relative to a tree's
 * root, `/`-separated), as a path relative to the root: '' for the root
 * itself, undefined when it leaves the tree.
 */
export function relativeInside(base: string, path: string): string | undefined {
  const unixPath = path.replace(/\\/g, '/');
  if (unixPath.startsWith('/') || /^[a-zA-Z]:/.test(unixPath)) return undefined;
  const joined = posix.normalize(posix.join(base || '.', unixPath));
  if (joined === '.' || joined === './') return '';
  if (joined === '..' || joined.startsWith('../')) return undefined;
  return joined.replace(/\/$/, '');
}
