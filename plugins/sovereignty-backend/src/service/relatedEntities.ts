import {
  Entity,
  RELATION_DEPENDS_ON,
  RELATION_HAS_PART,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { EntityPlacement } from '../database/SovereigntyStore';

/** The entity fields an assessment reads: nothing else is fetched. */
export const ASSESSMENT_FIELDS = ['kind', 'metadata', 'spec', 'relations'];

/** Looks entities up by ref; missing ones are left out. */
export type EntityLookup = (refs: string[]) => Promise<Entity[]>;

function targetsOf(entity: Entity, type: string, kind?: string): string[] {
  return (entity.relations ?? [])
    .filter(r => r.type === type)
    .map(r => r.targetRef)
    .filter(ref => !kind || ref.startsWith(`${kind}:`));
}

/**
 * What an entity's assessment takes in besides itself: the Resources it
 * depends on; for a System, its parts and their Resources.
 */
export async function relatedEntities(
  entity: Entity,
  lookup: EntityLookup,
): Promise<Entity[]> {
  const direct = targetsOf(entity, RELATION_DEPENDS_ON, 'resource');
  const parts =
    entity.kind.toLocaleLowerCase('en-US') === 'system'
      ? targetsOf(entity, RELATION_HAS_PART)
      : [];
  const refs = [...new Set([...direct, ...parts])];
  const first = refs.length > 0 ? await lookup(refs) : [];
  if (parts.length === 0) return first;
  const known = new Set(refs);
  const nested = [
    ...new Set(
      first.flatMap(part => targetsOf(part, RELATION_DEPENDS_ON, 'resource')),
    ),
  ].filter(ref => !known.has(ref));
  return nested.length > 0 ? [...first, ...(await lookup(nested))] : first;
}

/** Looks entities up in the catalog with the caller's credentials. */
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

/** Looks entities up in an in-memory index, as a full refresh has them all. */
export function mapLookup(byRef: Map<string, Entity>): EntityLookup {
  return async refs =>
    refs.map(ref => byRef.get(ref)).filter((e): e is Entity => !!e);
}

/**
 * Owner, system and domain refs from the catalog's relations. A component's
 * domain is its system's, so the system is looked up when there is one.
 */
export async function placementOf(
  entity: Entity,
  lookup: EntityLookup,
): Promise<EntityPlacement> {
  const ref = parseEntityRef(stringifyEntityRef(entity));
  const system = targetsOf(entity, RELATION_PART_OF, 'system')[0];
  let domain = targetsOf(entity, RELATION_PART_OF, 'domain')[0];
  if (!domain && system) {
    const [systemEntity] = await lookup([system]);
    if (systemEntity) {
      domain = targetsOf(systemEntity, RELATION_PART_OF, 'domain')[0];
    }
  }
  return {
    kind: ref.kind,
    namespace: ref.namespace,
    name: ref.name,
    owner: targetsOf(entity, RELATION_OWNED_BY)[0],
    system,
    domain,
  };
}
