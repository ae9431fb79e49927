import type { Entity } from '@backstage/catalog-model';

/*
 * Situation 1A of the domain reference: an AI assistant leaving Azure for
 * IONOS, as one System that declares the thirteen services of its
 * published gap analysis. For the engine's and the planner's tests.
 */
export function aiAssistantAlone(
  extraAnnotations: Record<string, string> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: {
      name: 'ai-assistant',
      annotations: {
        'portolan.dev/services': [
          'azure:resource-manager',
          'azure:service-principal',
          'azure:resource-groups',
          'azure:container-apps',
          'azure:log-analytics',
          'azure:container-registry',
          'azure:blob-storage',
          'azure:files',
          'azure:openai',
          'azure:key-vault',
          'azure:table-storage',
          'azure:entra-id',
          'azure:managed-identity',
        ].join('\n'),
        'portolan.dev/hosting': 'azure:westeurope',
        'portolan.dev/target-providers': 'ionos',
        ...extraAnnotations,
      },
    },
    spec: { owner: 'group:default/team-assistant' },
  };
}
