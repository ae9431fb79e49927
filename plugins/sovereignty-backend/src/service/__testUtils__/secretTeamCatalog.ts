import { mockCredentials } from '@backstage/backend-test-utils';
import { catalogConditions } from '@backstage/plugin-catalog-backend/alpha';
import request from 'supertest';
import type { TestServer } from './catalogWithPolicy';

/** The team whose entities the catalog policy hides. */
const SECRET_TEAM = 'group:default/secret';

function component(
  name: string,
  owner: string,
  annotations: Record<string, string>,
  spec: object = {},
) {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      annotations: {
        'portolan.dev/hosting': 'azure:westeurope',
        'portolan.dev/target-providers': 'ionos, stackit',
        ...annotations,
      },
    },
    spec: { type: 'service', lifecycle: 'production', owner, ...spec },
  };
}

/**
 * A catalog in which the policy hides what the secret team owns: the
 * component black-box, and the Resource vault-of-secrets from which the
 * visible payments inherits aws:secrets-manager. Options for
 * startWithCatalogPolicy.
 */
export const secretTeamCatalog = {
  entities: [
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'team' },
      spec: { type: 'team', children: [] },
    },
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'secret' },
      spec: { type: 'team', children: [] },
    },
    component('orders', 'group:default/team', {
      'portolan.dev/services': 'azure:container-apps, azure:key-vault',
    }),
    component(
      'payments',
      'group:default/team',
      { 'portolan.dev/services': 'azure:key-vault' },
      { dependsOn: ['resource:default/vault-of-secrets'] },
    ),
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: 'vault-of-secrets',
        annotations: { 'portolan.dev/services': 'aws:secrets-manager' },
      },
      spec: { type: 'secrets', owner: SECRET_TEAM },
    },
    component('black-box', SECRET_TEAM, {
      'portolan.dev/services': 'aws:s3, aws:lambda',
    }),
  ],
  kinds: ['Component', 'Group', 'Resource'],
  hide: catalogConditions.isEntityOwner({ claims: [SECRET_TEAM] }),
  /** Ready once the three components are in, their relations stitched. */
  ready: async (server: TestServer) => {
    const res = await request(server)
      .get('/api/catalog/entities/by-query?filter=kind=component')
      .set('authorization', mockCredentials.service.header());
    return (
      res.body.items?.length === 3 &&
      res.body.items.every((e: any) => e.relations?.length)
    );
  },
};
