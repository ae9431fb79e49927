import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';

/**
 * The test auth service, except that a plugin calling another on a user's
 * behalf is named as the actor, as real on-behalf-of tokens do: the
 * permission backend answers conditional decisions only to such calls.
 */
export const onBehalfOfAuth = createServiceFactory({
  service: coreServices.auth,
  deps: { plugin: coreServices.pluginMetadata },
  factory({ plugin }) {
    const auth = mockServices.auth({ pluginId: plugin.getId() });
    return Object.assign(Object.create(auth), {
      getPluginRequestToken: async (
        options: Parameters<typeof auth.getPluginRequestToken>[0],
      ) => {
        const { principal } = options.onBehalfOf as any;
        if (principal.type !== 'user') {
          return auth.getPluginRequestToken(options);
        }
        return {
          token: mockCredentials.user.token(principal.userEntityRef, {
            actor: { subject: `plugin:${plugin.getId()}` },
          }),
        };
      },
    });
  },
});
