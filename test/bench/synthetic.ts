import type { Entity } from '@backstage/catalog-model';
import { knowledgeBase } from '@portolan/plugin-sovereignty-common';

/** Deterministic pseudo-random numbers, so every run builds the same catalog. */
export function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A catalog as the catalog service returns it, relations included: one
 * Resource per 10 components that they depend on, a System per 50, owners
 * spread over 40 teams.
 */
export function syntheticCatalog(components: number): Entity[] {
  const random = mulberry32(7);
  const pick = <T>(list: readonly T[]) =>
    list[Math.floor(random() * list.length)];
  const services = knowledgeBase.services.map(s => s.id);
  const hostings = knowledgeBase.providers.flatMap(p =>
    p.regions.map(r => `${p.id}:${r.id}`),
  );
  const entities: Entity[] = [];
  for (let i = 0; i < components; i++) {
    const system = `system-${Math.floor(i / 50)}`;
    const resource = `resource-${Math.floor(i / 10)}`;
    const owner = `group:default/team-${i % 40}`;
    if (i % 50 === 0) {
      entities.push({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'System',
        metadata: { name: system, namespace: 'default' },
        spec: { owner },
        relations: [
          { type: 'ownedBy', targetRef: owner },
          { type: 'partOf', targetRef: `domain:default/domain-${i % 7}` },
        ],
      });
    }
    if (i % 10 === 0) {
      entities.push({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Resource',
        metadata: {
          name: resource,
          namespace: 'default',
          annotations: { 'portolan.dev/services': pick(services) },
        },
        spec: { type: 'database', owner },
        relations: [
          { type: 'ownedBy', targetRef: owner },
          { type: 'partOf', targetRef: `system:default/${system}` },
        ],
      });
    }
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: `service-${i}`,
        namespace: 'default',
        annotations: {
          'portolan.dev/services': Array.from(
            { length: 1 + Math.floor(random() * 4) },
            () => pick(services),
          ).join(', '),
          'portolan.dev/hosting': pick(hostings),
          'portolan.dev/criticality': pick([
            'standard',
            'important',
            'critical',
          ]),
        },
      },
      spec: { type: 'service', owner, lifecycle: 'production' },
      relations: [
        { type: 'ownedBy', targetRef: owner },
        { type: 'partOf', targetRef: `system:default/${system}` },
        { type: 'dependsOn', targetRef: `resource:default/${resource}` },
      ],
    });
  }
  return entities;
}

/**
 * The catalog service as the refresh uses it (cursor pages of a kind
 * filter), over an array. The catalog's own query cost is the catalog
 * backend's, not ours; the test double from catalog-client spends more time
 * indexing than the refresh under test.
 */
export function arrayCatalog(entities: Entity[]) {
  const page = (items: Entity[], offset: number, limit: number) => ({
    items: items.slice(offset, offset + limit),
    totalItems: items.length,
    pageInfo: {
      nextCursor:
        offset + limit < items.length
          ? JSON.stringify({ offset: offset + limit })
          : undefined,
    },
  });
  let filtered = entities;
  const byRef = new Map(
    entities.map(e => [
      `${e.kind.toLowerCase()}:${e.metadata.namespace ?? 'default'}/${
        e.metadata.name
      }`,
      e,
    ]),
  );
  return {
    async getEntityByRef(ref: string) {
      return byRef.get(ref);
    },
    async getEntitiesByRefs(request: { entityRefs: string[] }) {
      return { items: request.entityRefs.map(ref => byRef.get(ref)) };
    },
    async queryEntities(request: any) {
      const limit = request.limit ?? 1000;
      if (request.cursor) {
        return page(filtered, JSON.parse(request.cursor).offset, limit);
      }
      const kinds = new Set(
        [request.filter ?? []].flat().map((f: any) => f.kind.toLowerCase()),
      );
      filtered = entities.filter(e => kinds.has(e.kind.toLowerCase()));
      return page(filtered, 0, limit);
    },
  } as any;
}
