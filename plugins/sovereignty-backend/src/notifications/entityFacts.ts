import {
  RELATION_OWNED_BY,
  parseEntityRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import {
  parseAnnotations,
  type Assessment,
  type Grade,
  type KnowledgeIndex,
} from '@portolan/plugin-sovereignty-common';

/** What one refresh learnt about an entity that its owners may need to hear. */
export interface EntityFacts {
  entityRef: string;
  /** The entity's title, or its name. */
  displayName: string;
  /** Entity refs of its owners (groups or users): the recipients. */
  owners: string[];
  score: number;
  grade: Grade;
  /** Accepted dependencies the entity declares itself whose review date passed. */
  overdueReviews: Array<{ service: string; reason: string; reviewBy: string }>;
  /** Checklist items whose re-test date passed. */
  dueRetests: Array<{ itemId: string; title: string; retestDue: string }>;
}

function ownersOf(entity: Entity): string[] {
  const related = (entity.relations ?? [])
    .filter(r => r.type === RELATION_OWNED_BY)
    .map(r => r.targetRef);
  if (related.length > 0) return [...new Set(related)];
  // Before the catalog has stitched relations, spec.owner says the same.
  const owner = entity.spec?.owner;
  if (typeof owner !== 'string' || !owner) return [];
  try {
    return [
      stringifyEntityRef(
        parseEntityRef(owner, {
          defaultKind: 'group',
          defaultNamespace: entity.metadata.namespace ?? 'default',
        }),
      ),
    ];
  } catch {
    return [];
  }
}

/**
 * The facts of one assessed entity. Accepted dependencies are read from the
 * entity's own annotations: one inherited from a Resource is the Resource
 * owners' to review, and they hear of it through the Resource.
 */
export function entityFacts(
  entity: Entity,
  assessment: Assessment,
  index: KnowledgeIndex,
  now: string,
): EntityFacts {
  const own = parseAnnotations(entity, index, now).annotations;
  return {
    entityRef: stringifyEntityRef(entity),
    displayName: entity.metadata.title ?? entity.metadata.name,
    owners: ownersOf(entity),
    score: assessment.score,
    grade: assessment.grade,
    overdueReviews: own.acceptedDependencies.flatMap(dep =>
      dep.overdue && dep.reviewBy
        ? [{ service: dep.service, reason: dep.reason, reviewBy: dep.reviewBy }]
        : [],
    ),
    dueRetests: assessment.checklist.flatMap(item =>
      item.state === 'due' && item.retestDue
        ? [{ itemId: item.id, title: item.title, retestDue: item.retestDue }]
        : [],
    ),
  };
}
