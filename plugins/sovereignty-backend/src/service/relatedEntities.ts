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
export async function loadRelatedEntities(
  catalog: CatalogService,
  entity: Entity,
  credentials: BackstageCredentials,
): Promise<Entity[]> {
  const direct = targetsOf(entity, RELATION_DEPENDS_ON, 'resource');
  const parts =
    entity.kind.toLocaleLowerCase('en-US') === 'system'
      ? targetsOf(entity, RELATION_HAS_PART)
      : [];
  const first = await fetchByRefs(catalog, [...direct, ...parts], credentials);
  if (parts.length === 0) return first;
  const nested = first.flatMap(part =>
    targetsOf(part, RELATION_DEPENDS_ON, 'resource'),
  );
  const known = new Set(first.map(e => stringifyEntityRef(e)));
  const second = await fetchByRefs(
    catalog,
    nested.filter(ref => !known.has(ref)),
    credentials,
  );
  return [...first, ...second];
}

async function fetchByRefs(
  catalog: CatalogService,
  refs: string[],
  credentials: BackstageCredentials,
): Promise<Entity[]> {
  const unique = [...new Set(refs)];
  if (unique.length === 0) return [];
  const { items } = await catalog.getEntitiesByRefs(
    {
      entityRefs: unique,
      fields: ['kind', 'metadata', 'spec', 'relations'],
    },
    { credentials },
  );
  return items.filter((e): e is Entity => !!e);
}

/** Owner, system and domain refs from the catalog's relations. */
export function placementOf(entity: Entity): EntityPlacement {
  const ref = parseEntityRef(stringifyEntityRef(entity));
  const system = targetsOf(entity, RELATION_PART_OF, 'system')[0];
  const domain = targetsOf(entity, RELATION_PART_OF, 'domain')[0];
  return {
    kind: ref.kind,
    namespace: ref.namespace,
    name: ref.name,
    owner: targetsOf(entity, RELATION_OWNED_BY)[0],
    system,
    domain,
  };
}
