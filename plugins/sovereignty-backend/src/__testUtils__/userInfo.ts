import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';

/**
 * User info as a sign-in resolver backed by this catalog gives it: a user's
 * ownership claims are the user and the groups its entity names in
 * `spec.memberOf`. Users the catalog does not know own only themselves.
 */
export function userInfoFromCatalog(entities: Entity[]) {
  const memberships = new Map<string, string[]>();
  for (const entity of entities) {
    if (entity.kind !== 'User') continue;
    const groups = (entity.spec?.memberOf as string[] | undefined) ?? [];
    memberships.set(stringifyEntityRef(entity), groups);
  }
  return createServiceFactory({
    service: coreServices.userInfo,
    deps: {},
    factory: () => ({
      async getUserInfo(credentials) {
        const principal = credentials.principal as {
          type: string;
          userEntityRef?: string;
        };
        if (principal.type !== 'user' || !principal.userEntityRef) {
          throw new InputError(
            `User info not available for principal type '${principal.type}'`,
          );
        }
        const userEntityRef = principal.userEntityRef;
        return {
          userEntityRef,
          ownershipEntityRefs: [
            userEntityRef,
            ...(memberships.get(userEntityRef) ?? []),
          ],
        };
      },
    }),
  });
}
