/*
 * The synthetic catalog served by a real catalog backend: an entity provider
 * module hands the catalog the same entities synthetic.ts describes (as
 * specs, so the catalog's own processors make the relations), and helpers
 * wait for the catalog to have stitched all of them.
 */
import { createBackendModule } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import type { JsonObject } from '@backstage/types';
import {
  catalogProcessingExtensionPoint,
  type EntityProvider,
  type EntityProviderConnection,
} from '@backstage/plugin-catalog-node';

const LOCATION = 'bench:synthetic';

/** The entity as its author would write it: relations become spec fields. */
function asAuthored(entity: Entity): Entity {
  const target = (type: string) =>
    entity.relations?.filter(r => r.type === type).map(r => r.targetRef) ?? [];
  const spec: JsonObject = { ...entity.spec };
  const [partOf] = target('partOf');
  if (entity.kind === 'System' && partOf) spec.domain = partOf;
  if (entity.kind !== 'System' && partOf) spec.system = partOf;
  const dependsOn = target('dependsOn');
  if (dependsOn.length > 0) spec.dependsOn = dependsOn;
  return {
    apiVersion: entity.apiVersion,
    kind: entity.kind,
    metadata: {
      ...entity.metadata,
      annotations: {
        ...entity.metadata.annotations,
        'backstage.io/managed-by-location': LOCATION,
        'backstage.io/managed-by-origin-location': LOCATION,
      },
    },
    spec,
  };
}

/**
 * A catalog module that provides `entities` as one full mutation. Without
 * entities it only keeps the provider installed: the catalog deletes what an
 * uninstalled provider left, and a later process must read the same catalog.
 */
export function syntheticCatalogModule(entities?: Entity[]) {
  const provider: EntityProvider = {
    getProviderName: () => 'bench-synthetic',
    async connect(connection: EntityProviderConnection) {
      if (!entities) return;
      await connection.applyMutation({
        type: 'full',
        entities: entities.map(entity => ({
          entity: asAuthored(entity),
          locationKey: LOCATION,
        })),
      });
    },
  };
  return createBackendModule({
    pluginId: 'catalog',
    moduleId: 'bench-synthetic',
    register(env) {
      env.registerInit({
        deps: { catalog: catalogProcessingExtensionPoint },
        async init({ catalog }) {
          catalog.addEntityProvider(provider);
        },
      });
    },
  });
}

async function count(baseUrl: string, filter: string) {
  const response = await fetch(
    `${baseUrl}/api/catalog/entities/by-query?limit=1&fields=kind&${filter}`,
  );
  if (!response.ok) return 0;
  return ((await response.json()) as { totalItems: number }).totalItems;
}

/**
 * Resolves once the catalog serves every entity, including the relations
 * that need a second stitch (a System's hasPart comes from its parts).
 */
export async function waitForCatalog(
  baseUrl: string,
  entities: Entity[],
  timeoutMs: number,
) {
  const last = entities.filter(e => e.kind === 'Component').at(-1)!;
  const system = last.relations!.find(r => r.type === 'partOf')!.targetRef;
  const [, systemName] = system.split('/');
  const started = Date.now();
  for (;;) {
    // Per kind: the catalog's totalItems over an unfiltered query is an estimate.
    let total = 0;
    for (const kind of new Set(entities.map(e => e.kind.toLowerCase()))) {
      total += await count(baseUrl, `filter=kind=${kind}`);
    }
    const stitched =
      total >= entities.length &&
      (await count(
        baseUrl,
        `filter=kind=system,metadata.name=${systemName},relations.haspart=component:default/${last.metadata.name}`,
      )) === 1;
    if (stitched) return Date.now() - started;
    if (Date.now() - started > timeoutMs) {
      throw new Error(
        `the catalog served ${total} of ${entities.length} entities after ${timeoutMs} ms`,
      );
    }
    await new Promise(r => setTimeout(r, 1_000));
  }
}
