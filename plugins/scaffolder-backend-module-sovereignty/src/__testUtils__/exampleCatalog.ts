import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  parseEntityRef,
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  RELATION_HAS_PART,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import { parseAllDocuments } from 'yaml';

const CATALOG_DIR = join(__dirname, '../../../../catalog-info');

/**
 * Entities of an example catalog file with the relations the catalog's
 * built-in processor derives from spec.owner, spec.system and
 * spec.dependsOn, so a mocked catalog answers as the real one does.
 */
export function exampleEntities(file: string): Entity[] {
  const entities = parseAllDocuments(
    readFileSync(join(CATALOG_DIR, file), 'utf8'),
  )
    .map(doc => doc.toJSON() as Entity)
    .filter(e => e?.kind)
    .map(e => ({
      ...e,
      metadata: { namespace: 'default', ...e.metadata },
      relations: [] as NonNullable<Entity['relations']>,
    }));
  const byRef = new Map(entities.map(e => [stringifyEntityRef(e), e]));
  const relate = (from: Entity, type: string, to: string) =>
    from.relations!.push({ type, targetRef: to });
  for (const entity of entities) {
    const ref = stringifyEntityRef(entity);
    const spec = (entity.spec ?? {}) as Record<string, any>;
    if (typeof spec.owner === 'string') {
      relate(
        entity,
        RELATION_OWNED_BY,
        stringifyEntityRef(
          parseEntityRef(spec.owner, { defaultKind: 'group' }),
        ),
      );
    }
    if (typeof spec.system === 'string') {
      const system = stringifyEntityRef(
        parseEntityRef(spec.system, { defaultKind: 'system' }),
      );
      relate(entity, RELATION_PART_OF, system);
      const parent = byRef.get(system);
      if (parent) relate(parent, RELATION_HAS_PART, ref);
    }
    for (const dependency of (spec.dependsOn ?? []) as string[]) {
      const target = stringifyEntityRef(parseEntityRef(dependency));
      relate(entity, RELATION_DEPENDS_ON, target);
      const other = byRef.get(target);
      if (other) relate(other, RELATION_DEPENDENCY_OF, ref);
    }
  }
  return entities;
}
