import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import type {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { sovereigntyPolicyDecision } from '@portolan/plugin-sovereignty-backend';

/**
 * The example portal's policy: everything is allowed, except that an exit
 * checklist may only be changed by the entity's owners (the user or a group
 * the user belongs to), Portolan's shipped rule. Widen or narrow it in your
 * own policy.
 */
class ExamplePortalPolicy implements PermissionPolicy {
  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    return (
      sovereigntyPolicyDecision(request, user) ?? {
        result: AuthorizeResult.ALLOW,
      }
    );
  }
}

export default createBackendModule({
  pluginId: 'permission',
  moduleId: 'example-portal-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy(new ExamplePortalPolicy());
      },
    });
  },
});
