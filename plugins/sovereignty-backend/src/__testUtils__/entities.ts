import type { Entity } from '@backstage/catalog-model';

/** A small catalog: a component on Azure that depends on a Key Vault. */
export const keyVault: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'vault',
    namespace: 'default',
    annotations: { 'portolan.dev/services': 'azure:key-vault' },
  },
  spec: { type: 'secrets', owner: 'group:default/team' },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/team' }],
};

export const mcpServer: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'mcp-server',
    namespace: 'default',
    annotations: {
      'portolan.dev/services': 'azure:container-apps',
      'portolan.dev/hosting': 'azure:westeurope',
      'portolan.dev/target-providers': 'ionos',
    },
  },
  spec: {
    type: 'service',
    owner: 'group:default/team',
    lifecycle: 'production',
  },
  relations: [
    { type: 'dependsOn', targetRef: 'resource:default/vault' },
    { type: 'ownedBy', targetRef: 'group:default/team' },
  ],
};

/** Kinds the refresh does not assess. */
export const aliceUser: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'alice', namespace: 'default' },
  spec: { memberOf: ['group:default/team'] },
};

export const portableTemplate: Entity = {
  apiVersion: 'scaffolder.backstage.io/v1beta3',
  kind: 'Template',
  metadata: { name: 'portable-service', namespace: 'default' },
  spec: { type: 'service', owner: 'group:default/team', steps: [] },
};

export const catalogEntities = [
  mcpServer,
  keyVault,
  aliceUser,
  portableTemplate,
];
