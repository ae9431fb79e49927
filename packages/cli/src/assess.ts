import { posix } from 'node:path';
import type { Entity } from '@backstage/catalog-model';
import {
  ASSESSED_KINDS,
  createDiscoveryLookup,
  readDiscoverySteering,
  withDiscoveryReport,
  type Assessment,
  type AssessmentInput,
  type DiscoveryLookup,
  type DiscoveryReport,
  type KnowledgeBase,
} from '@portolan/plugin-sovereignty-common';
import { builtInDetectors } from '@portolan/plugin-sovereignty-discovery';
import {
  readCatalogFiles,
  relativeInside,
  type InputProblem,
  type LocalEntity,
} from './catalog';
import type { AssessmentSource } from './source';
import type { Tree } from './tree';

const DISCOVERED_KINDS = new Set(['component', 'resource']);
const ASSESSED = new Set<string>(ASSESSED_KINDS.map(k => k.toLowerCase()));

/** What one working tree gives: its assessments and what could not be read. */
export interface TreeAssessment {
  assessments: Assessment[];
  problems: InputProblem[];
}

export const refOf = (entity: Entity) =>
  `${entity.kind.toLowerCase()}:${entity.metadata.namespace ?? 'default'}/${
    entity.metadata.name
  }`;

/** `resource:x`, `x` (with a default kind) -> `resource:default/x`. */
export function fullRef(ref: string, defaultKind: string): string {
  const colon = ref.indexOf(':');
  const kind = colon > 0 ? ref.slice(0, colon) : defaultKind;
  const rest = colon > 0 ? ref.slice(colon + 1) : ref;
  const slash = rest.indexOf('/');
  return `${kind.toLowerCase()}:${slash > 0 ? rest : `default/${rest}`}`;
}

/**
 * The folder discovery reads for an entity, relative to the tree's root:
 * its `file:` source location relative to its catalog file (kept inside
 * the tree), otherwise the catalog file's folder, as the portal reads a
 * repository's root.
 */
function sourceFolder(local: LocalEntity): string | undefined {
  const base = relativeInside(posix.dirname(local.file), '.');
  const annotated =
    local.entity.metadata.annotations?.['backstage.io/source-location'];
  if (!annotated?.startsWith('file:')) return base;
  return relativeInside(base ?? '', annotated.slice('file:'.length));
}

/** Discovery reports by folder and discovery paths. */
export type ScanCache = Map<string, Promise<DiscoveryReport>>;

/**
 * What a base may take from the working tree's scans: a folder with no
 * changed path in it has the same files, so the same report.
 */
export interface ScanReuse {
  reports: ScanCache;
  changed: string[];
}

/**
 * Scans a folder once per set of discovery paths: entities of one
 * repository usually share its root and differ only in their paths.
 */
function createScanner(tree: Tree, lookup: DiscoveryLookup, reuse?: ScanReuse) {
  const scans: ScanCache = new Map();
  const problems = new Map<string, InputProblem>();
  const unchanged = (folder: string) =>
    !reuse!.changed.some(
      p => !folder || p === folder || p.startsWith(`${folder}/`),
    );
  const scan = (folder: string, paths: string[]) => {
    const key = `${folder}\n${paths.join('\n')}`;
    let report = scans.get(key);
    if (!report) {
      report =
        (reuse && unchanged(folder) && reuse.reports.get(key)) ||
        tree.scan(folder, { detectors: builtInDetectors, lookup, paths });
      report.then(
        r => {
          // A file that does not parse is named relative to the tree's root, once.
          for (const finding of r.findings) {
            if (finding.code !== 'unparsable-file' || !finding.path) continue;
            const file = folder ? `${folder}/${finding.path}` : finding.path;
            problems.set(`${file}:${finding.line ?? ''}`, {
              file,
              line: finding.line,
              message: finding.message,
            });
          }
        },
        () => undefined,
      );
      scans.set(key, report);
    }
    return report;
  };
  return { scan, scans, problems: () => [...problems.values()] };
}

/** Runs `work` over items with at most `limit` under way at once, keeping order. */
async function mapLimit<T, R>(
  items: T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, worker),
  );
  return results;
}

/** What the engine takes for each entity of a tree, what could not be read, and its scans. */
export interface TreeInputs {
  inputs: AssessmentInput[];
  problems: InputProblem[];
  scans: ScanCache;
}

/**
 * The assessment input of every Component, Resource and System the working
 * tree's catalog files declare, as the portal builds it: services
 * discovered in the tree (mapped with `knowledgeBase`), Resources a
 * component depends on, a System's parts and their Resources.
 */
export async function readTreeInputs(
  tree: Tree,
  knowledgeBase: KnowledgeBase,
  catalogFiles: string[] = [],
  reuse?: ScanReuse,
): Promise<TreeInputs> {
  const { entities, problems } = await readCatalogFiles(tree, catalogFiles);
  // Built once: indexing the knowledge base's tables is not per entity.
  const lookup = createDiscoveryLookup({ knowledgeBase });
  const scanner = createScanner(tree, lookup, reuse);
  const discovered = await Promise.all(
    entities.map(async local => {
      const { entity } = local;
      const { disabled, paths } = readDiscoverySteering(entity);
      if (disabled || !DISCOVERED_KINDS.has(entity.kind.toLowerCase())) {
        return entity;
      }
      const folder = sourceFolder(local);
      if (folder === undefined) return entity;
      return withDiscoveryReport(entity, await scanner.scan(folder, paths));
    }),
  );
  const byRef = new Map(discovered.map(entity => [refOf(entity), entity]));
  const dependsOn = (entity: Entity) =>
    ((entity.spec?.dependsOn as unknown[] | undefined) ?? [])
      .filter((ref): ref is string => typeof ref === 'string')
      .map(ref => byRef.get(fullRef(ref, 'component')))
      .filter((e): e is Entity => !!e && e.kind.toLowerCase() === 'resource');
  const inputs = discovered
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
      return { entity, related };
    });
  return {
    inputs,
    problems: [...problems, ...scanner.problems()],
    scans: scanner.scans,
  };
}

/** Assesses what `readTreeInputs` read with `source` (the bundled engine or a portal). */
export async function assessInputs(
  { inputs, problems }: TreeInputs,
  source: AssessmentSource,
): Promise<TreeAssessment> {
  const assessments = await mapLimit(inputs, source.concurrency, input =>
    source.assess(input),
  );
  return { assessments, problems };
}
