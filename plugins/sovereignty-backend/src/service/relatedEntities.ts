import {
  Entity,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  relationTargets as targetsOf,
  type EntityLookup,
} from '@portolan/plugin-sovereignty-node';
import type { EntityPlacement } from '../database/SovereigntyStore';

// One reading of related entities for the backend, its actions and the
// scaffolder module: defined in the -node package.
export {
  ASSESSMENT_FIELDS,
  catalogLookup,
  relatedEntities,
  type EntityLookup,
} from '@portolan/plugin-sovereignty-node';

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
