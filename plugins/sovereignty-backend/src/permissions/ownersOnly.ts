import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  isPermission,
  type ConditionalPolicyDecision,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import type {
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { sovereigntyChecklistUpdatePermission } from '@portolan/plugin-sovereignty-common';

/**
 * The exit checklist of an entity may be changed only by its owners: the
 * user or a group the user belongs to (the catalog's `IS_ENTITY_OWNER` rule
 * over the user's ownership claims). The catalog resolves the condition.
 * @public
 */
export function sovereigntyChecklistOwnersOnly(
  user?: PolicyQueryUser,
): ConditionalPolicyDecision {
  return createCatalogConditionalDecision(
    sovereigntyChecklistUpdatePermission,
    catalogConditions.isEntityOwner({
      claims: user?.info.ownershipEntityRefs ?? [],
    }),
  );
}

/**
 * Portolan's recommended decision for its own permissions (owners only for
 * the exit checklist), or `undefined` for any other permission, so a policy
 * adds it in one line:
 * `return sovereigntyPolicyDecision(request, user) ?? yourDecision;`
 * @public
 */
export function sovereigntyPolicyDecision(
  request: PolicyQuery,
  user?: PolicyQueryUser,
): PolicyDecision | undefined {
  if (isPermission(request.permission, sovereigntyChecklistUpdatePermission)) {
    return sovereigntyChecklistOwnersOnly(user);
  }
  return undefined;
}
