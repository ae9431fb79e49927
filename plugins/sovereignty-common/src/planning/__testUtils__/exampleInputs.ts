import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { Entity } from '@backstage/catalog-model';
import type { AssessmentInput } from '../../assessment/types';

/*
 * The example catalog as the backend hands it to the engine: each entity
 * with the Resources it depends on, a System with its parts and theirs.
 * For the planning tests only.
 */
const CATALOG_DIR = join(
  __dirname,
  '..',
  '..',
  '..',
  '..',
  '..',
  'catalog-info',
);

export function exampleEntities(file?: string): Entity[] {
  return readdirSync(CATALOG_DIR)
    .filter(f => f.endsWith('.yaml') && (!file || f === file))
    .flatMap(f =>
      parseAllDocuments(readFileSync(join(CATALOG_DIR, f), 'utf8')).map(
        doc => doc.toJSON() as Entity,
      ),
    )
    .filter(e => ['Component', 'Resource', 'System'].includes(e?.kind));
}

const refOf = (kind: string, name: string) => `${kind.toLowerCase()}:${name}`;

/** Each assessed example entity with its related entities. */
export function exampleInputs(file?: string): AssessmentInput[] {
  const all = exampleEntities();
  const byRef = new Map(all.map(e => [refOf(e.kind, e.metadata.name), e]));
  const resourcesOf = (e: Entity): Entity[] =>
    ((e.spec?.dependsOn as string[] | undefined) ?? [])
      .filter(ref => ref.startsWith('resource:'))
      .map(ref => byRef.get(ref))
      .filter((r): r is Entity => !!r);
  return exampleEntities(file).map(entity => {
    if (entity.kind !== 'System') {
      return { entity, related: resourcesOf(entity) };
    }
    const parts = all.filter(
      e => e !== entity && e.spec?.system === entity.metadata.name,
    );
    return {
      entity,
      related: [...new Set([...parts, ...parts.flatMap(resourcesOf)])],
    };
  });
}
