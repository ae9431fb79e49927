import {
  type Entity,
  RELATION_DEPENDS_ON,
  RELATION_HAS_PART,
} from '@backstage/catalog-model';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';

/** The entity fields an assessment reads: nothing else is fetched. @public */
export const ASSESSMENT_FIELDS = ['kind', 'metadata', 'spec', 'relations'];

/** Looks entities up by ref; missing ones are left out. @public */
export type EntityLookup = (refs: string[]) => Promise<Entity[]>;

/** Targets of an entity's relations of one type, optionally of one kind. @public */
export function relationTargets(
  entity: Entity,
  type: string,
  kind?: string,
): string[] {
  return (entity.relations ?? [])
    .filter(r => r.type === type)
    .map(r => r.targetRef)
    .filter(ref => !kind || ref.startsWith(`${kind}:`));
}

/**
 * What an entity's assessment takes in besides itself: the Resources it
 * depends on; for a System, its parts and their Resources. The backend, its
 * actions and the scaffolder module read related entities this one way.
 * @public
 */
export async function relatedEntities(
  entity: Entity,
  lookup: EntityLookup,
): Promise<Entity[]> {
  const direct = relationTargets(entity, RELATION_DEPENDS_ON, 'resource');
  const parts =
    entity.kind.toLocaleLowerCase('en-US') === 'system'
      ? relationTargets(entity, RELATION_HAS_PART)
      : [];
  const refs = [...new Set([...direct, ...parts])];
  const first = refs.length > 0 ? await lookup(refs) : [];
  if (parts.length === 0) return first;
  const known = new Set(refs);
  const nested = [
    ...new Set(
      first.flatMap(part =>
        relationTargets(part, RELATION_DEPENDS_ON, 'resource'),
      ),
    ),
  ].filter(ref => !known.has(ref));
  return nested.length > 0 ? [...first, ...(await lookup(nested))] : first;
}

/**
 * Looks entities up in the catalog with the caller's credentials, so an
 * entity the caller may not read is simply absent.
 * @public
 */
export function catalogLookup(
  catalog: CatalogService,
  credentials: BackstageCredentials,
): EntityLookup {
  return async refs => {
    const { items } = await catalog.getEntitiesByRefs(
      { entityRefs: refs, fields: ASSESSMENT_FIELDS },
      { credentials },
    );
    return items.filter((e): e is Entity => !!e);
  };
}
