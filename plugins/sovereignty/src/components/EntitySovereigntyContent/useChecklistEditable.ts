import type { Entity } from '@backstage/catalog-model';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { useEntityOwnership } from '@backstage/plugin-catalog-react';
import { useEntityPermission } from '@backstage/plugin-catalog-react/alpha';
import { sovereigntyChecklistUpdatePermission } from '@portolan/plugin-sovereignty-common';

/**
 * Whether the signed-in user may edit this entity's exit checklist, as the
 * backend decides it: the permission policy allows it and, with
 * `sovereignty.checklist.editors: owners` (the default), the user owns the
 * entity. `undefined` while either is still being found out.
 */
export function useChecklistEditable(entity: Entity): boolean | undefined {
  const permission = useEntityPermission(sovereigntyChecklistUpdatePermission);
  const editors =
    useApi(configApiRef).getOptionalString('sovereignty.checklist.editors') ??
    'owners';
  const ownership = useEntityOwnership();
  if (permission.loading) return undefined;
  if (!permission.allowed) return false;
  if (editors === 'policy') return true;
  if (ownership.loading) return undefined;
  return ownership.isOwnedEntity(entity);
}
