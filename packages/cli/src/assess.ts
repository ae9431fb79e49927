import { opendir, readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { Entity } from '@backstage/catalog-model';
import {
  ASSESSED_KINDS,
  createAssessor,
  createDiscoveryLookup,
  knowledgeBase,
  readDiscoverySteering,
  withDiscoveryReport,
  type Assessment,
  type DiscoveryLookup,
} from '@portolan/plugin-sovereignty-common';
import {
  builtInDetectors,
  scanWorkingTree,
  shouldEnterFolder,
} from '@portolan/plugin-sovereignty-discovery';

const CATALOG_FILES = new Set(['catalog-info.yaml', 'catalog-info.yml']);
const DISCOVERED_KINDS = new Set(['component', 'resource']);
const ASSESSED = new Set<string>(ASSESSED_KINDS.map(k => k.toLowerCase()));
/** Catalog files larger than this are not entity files; they are reported, not parsed. */
const MAX_CATALOG_FILE_BYTES = 1024 * 1024;

/** One entity as the working tree declares it, with the file it came from. */
interface LocalEntity {
  entity: Entity;
  file: string;
}

/** A catalog file that could not be read as entities, named for the user. */
export interface CatalogProblem {
  file: string;
  message: string;
}

/** Every catalog-info.yaml under root, with its entities; broken documents become problems. */
export async function readCatalogFiles(
  root: string,
): Promise<{ entities: LocalEntity[]; problems: CatalogProblem[] }> {
  const entities: LocalEntity[] = [];
  const problems: CatalogProblem[] = [];
  const queue = [''];
  while (queue.length > 0) {
    const folder = queue.shift()!;
    let dir;
    try {
      dir = await opendir(join(root, folder));
    } catch {
      continue;
    }
    for await (const dirent of dir) {
      const path = folder ? `${folder}/${dirent.name}` : dirent.name;
      if (dirent.isDirectory()) {
        if (shouldEnterFolder(path, {})) queue.push(path);
      } else if (dirent.isFile() && CATALOG_FILES.has(dirent.name)) {
        const text = await readFile(join(root, path), 'utf8');
        if (text.length > MAX_CATALOG_FILE_BYTES) {
          problems.push({ file: path, message: 'larger than 1 MB, not read' });
          continue;
        }
        parseAllDocuments(text).forEach((doc, i) => {
          if (doc.errors.length > 0) {
            problems.push({
              file: path,
              message: `document ${i + 1}: ${
                doc.errors[0].message.split('\n')[0]
              }`,
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
          if (
            !value ||
            typeof value !== 'object' ||
            typeof value.kind !== 'string' ||
            typeof value.metadata?.name !== 'string'
          ) {
            return;
          }
          entities.push({ entity: value, file: path });
        });
      }
    }
  }
  return { entities, problems };
}

const refOf = (entity: Entity) =>
  `${entity.kind.toLowerCase()}:${entity.metadata.namespace ?? 'default'}/${
    entity.metadata.name
  }`;

/** `resource:x`, `x` (with a default kind) -> `resource:default/x`. */
function fullRef(ref: string, defaultKind: string): string {
  const colon = ref.indexOf(':');
  const kind = colon > 0 ? ref.slice(0, colon) : defaultKind;
  const rest = colon > 0 ? ref.slice(colon + 1) : ref;
  const slash = rest.indexOf('/');
  return `${kind.toLowerCase()}:${slash > 0 ? rest : `default/${rest}`}`;
}

/**
 * The folder discovery reads for an entity: its `file:` source location
 * relative to its catalog file (kept inside the tree), otherwise the
 * catalog file's folder, as the portal reads a repository's root.
 */
function sourceFolder(root: string, local: LocalEntity): string | undefined {
  const base = resolve(root, dirname(local.file));
  const annotated =
    local.entity.metadata.annotations?.['backstage.io/source-location'];
  if (!annotated?.startsWith('file:')) return base;
  const folder = resolve(base, annotated.slice('file:'.length));
  const inside = relative(root, folder);
  return inside.startsWith('..') || isAbsolute(inside) ? undefined : folder;
}

async function withDiscovery(
  root: string,
  local: LocalEntity,
  lookup: DiscoveryLookup,
): Promise<Entity> {
  const { entity } = local;
  const { disabled, paths } = readDiscoverySteering(entity);
  if (disabled || !DISCOVERED_KINDS.has(entity.kind.toLowerCase())) {
    return entity;
  }
  const folder = sourceFolder(root, local);
  if (!folder) return entity;
  const options = { detectors: builtInDetectors, lookup, paths };
  const report = await scanWorkingTree(folder, options);
  return withDiscoveryReport(entity, report);
}

/**
 * Assesses every Component, Resource and System the working tree's catalog
 * files declare, as the portal would: services discovered in the tree,
 * Resources a component depends on, a System's parts and their Resources.
 */
export async function assessWorkingTree(
  root: string,
  now: Date,
): Promise<{ assessments: Assessment[]; problems: CatalogProblem[] }> {
  const { entities, problems } = await readCatalogFiles(root);
  // Built once: indexing the knowledge base's tables is not per entity.
  const lookup = createDiscoveryLookup();
  const discovered = await Promise.all(
    entities.map(local => withDiscovery(root, local, lookup)),
  );
  const byRef = new Map(discovered.map(entity => [refOf(entity), entity]));
  const dependsOn = (entity: Entity) =>
    ((entity.spec?.dependsOn as unknown[] | undefined) ?? [])
      .filter((ref): ref is string => typeof ref === 'string')
      .map(ref => byRef.get(fullRef(ref, 'component')))
      .filter((e): e is Entity => !!e && e.kind.toLowerCase() === 'resource');
  const assess = createAssessor(knowledgeBase);
  const assessments = discovered
    .filter(entity => ASSESSED.has(entity.kind.toLowerCase()))
    .map(entity => {
      let related = dependsOn(entity);
      if (entity.kind.toLowerCase() === 'system') {
        const ref = refOf(entity);
        const parts = discovered.filter(
          e =>
            typeof e.spec?.system === 'string' &&
            fullRef(e.spec.system as string, 'system') === ref,
        );
        related = [...new Set([...parts, ...parts.flatMap(dependsOn)])];
      }
      return assess({ entity, related }, { now: now.toISOString() });
    });
  return { assessments, problems };
}
