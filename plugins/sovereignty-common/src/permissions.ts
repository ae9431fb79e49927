import { createPermission } from '@backstage/plugin-permission-common';
import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';

/**
 * Setting an exit-checklist item of a catalog entity. A resource permission
 * on the entity, so policies can decide per entity (by default: its owners).
 * @public
 */
export const sovereigntyChecklistUpdatePermission = createPermission({
  name: 'sovereignty.checklist.update',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/** @public */
export const sovereigntyPermissions = [sovereigntyChecklistUpdatePermission];
