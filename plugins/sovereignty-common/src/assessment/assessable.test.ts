import type { Entity } from '@backstage/catalog-model';
import { knowledgeBase } from '@portolan/plugin-sovereignty-knowledge';
import { createAssessor } from './engine';

const assess = createAssessor(knowledgeBase);
const NOW = '2026-12-01T00:00:00.000Z';

function component(annotations: Record<string, string>, dependsOn?: string) {
  const entity: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'shop', namespace: 'default', annotations },
    spec: { type: 'service', lifecycle: 'production', owner: 'team' },
  };
  if (dependsOn)
    entity.relations = [{ type: 'dependsOn', targetRef: dependsOn }];
  return entity;
}

describe('assessable', () => {
  it('marks an entity with no service and no hosting as not assessable, saying why', () => {
    const bare = assess({ entity: component({}) }, { now: NOW });
    expect(bare.assessable).toBe(false);
    expect(bare.notAssessableReason).toBe(
      'No cloud service is declared, discovered or inherited and no hosting is known: there is nothing to grade yet.',
    );
    // Only a criticality says nothing about lock-in either.
    const onlyCriticality = assess(
      { entity: component({ 'portolan.dev/criticality': 'high' }) },
      { now: NOW },
    );
    expect(onlyCriticality.assessable).toBe(false);
  });

  it('leaves the flag out when services are declared or inherited, or the hosting is known', () => {
    const declared = assess(
      { entity: component({ 'portolan.dev/services': 'aws:s3' }) },
      { now: NOW },
    );
    const hosted = assess(
      { entity: component({ 'portolan.dev/hosting': 'ionos:de-fra' }) },
      { now: NOW },
    );
    const vault: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: 'vault',
        namespace: 'default',
        annotations: { 'portolan.dev/services': 'azure:key-vault' },
      },
      spec: { type: 'secrets', owner: 'team' },
    };
    const inherited = assess(
      {
        entity: component({}, 'resource:default/vault'),
        related: [vault],
      },
      { now: NOW },
    );
    for (const result of [declared, hosted, inherited]) {
      expect(result).not.toHaveProperty('assessable');
      expect(result).not.toHaveProperty('notAssessableReason');
    }
    expect(inherited.mappings.map(m => m.service)).toEqual(['azure:key-vault']);
  });
});
