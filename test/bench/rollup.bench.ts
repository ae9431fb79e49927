/*
 * Roll-up benchmark: the sovereignty backend's RollupService over a
 * synthetic catalog refreshed into SQLite (a file, as in the example portal):
 *   npm run bench:rollup [-- 20000]
 * Prints the median of five roll-ups of one team (about 1/40 of the
 * catalog) and of a tribe of eight teams (about 1/5, below the 5,000-entity
 * limit), in ms and entities/ms. The catalog answers relation queries from
 * an in-memory index: its own cost is the catalog backend's, not measured.
 */
import type { Entity } from '@backstage/catalog-model';
import {
  createKnowledgeIndex,
  createServiceMapper,
  knowledgeBase,
} from '@portolan/plugin-sovereignty-common';
import { RollupService } from '../../plugins/sovereignty-backend/src/service/RollupService';
import { arrayCatalog, syntheticCatalog } from './synthetic';
import { benchRefresher, migratedStores, sqliteEngine } from './refreshSetup';

const COMPONENTS = Number(process.argv[2] ?? 20_000);
const RUNS = 5;
const TRIBE = Array.from({ length: 8 }, (_, i) => `group:default/team-${i}`);

const credentials: any = {
  $$type: '@backstage/BackstageCredentials',
  principal: { type: 'service', subject: 'plugin:bench' },
};

/** The array catalog, plus relation filters and the groups of the tribe. */
function relationCatalog(entities: Entity[]) {
  const base = arrayCatalog(entities);
  const refOf = (e: Entity) =>
    `${e.kind.toLowerCase()}:${e.metadata.namespace ?? 'default'}/${
      e.metadata.name
    }`;
  const byRef = new Map(entities.map(e => [refOf(e), e]));
  const byRelation = new Map<string, Entity[]>();
  for (const entity of entities) {
    for (const { type, targetRef } of entity.relations ?? []) {
      const key = `${type.toLowerCase()}|${targetRef}`;
      byRelation.set(key, [...(byRelation.get(key) ?? []), entity]);
    }
  }
  // Result lists of relation queries, by the page id their cursors carry.
  const pages: Entity[][] = [];
  const pageOf = (page: number, offset: number, limit: number) => ({
    items: pages[page].slice(offset, offset + limit),
    pageInfo: {
      nextCursor:
        offset + limit < pages[page].length
          ? JSON.stringify({ offset: offset + limit, page })
          : undefined,
    },
  });
  return {
    ...base,
    getEntityByRef: async (ref: string) => byRef.get(ref),
    getEntitiesByRefs: async ({ entityRefs }: { entityRefs: string[] }) => ({
      items: entityRefs.map(ref => byRef.get(ref)),
    }),
    async queryEntities(request: any) {
      const limit = request.limit ?? 1000;
      if (request.cursor) {
        const { offset, page } = JSON.parse(request.cursor);
        return page === undefined
          ? base.queryEntities(request)
          : pageOf(page, offset, limit);
      }
      const relation = Object.entries<any>(request.filter ?? {}).find(([k]) =>
        k.startsWith('relations.'),
      );
      if (!relation) return base.queryEntities(request);
      const type = relation[0].slice('relations.'.length).toLowerCase();
      pages.push(
        [relation[1]]
          .flat()
          .flatMap((t: string) => byRelation.get(`${type}|${t}`) ?? []),
      );
      return pageOf(pages.length - 1, 0, limit);
    },
  } as any;
}

async function main() {
  const entities = syntheticCatalog(COMPONENTS);
  entities.push({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'tribe', namespace: 'default' },
    spec: { type: 'tribe', children: [] },
    relations: TRIBE.map(targetRef => ({ type: 'parentOf', targetRef })),
  });
  for (let i = 0; i < 40; i++) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: `team-${i}`, namespace: 'default' },
      spec: { type: 'team', children: [] },
      relations: [],
    });
  }
  const engine = sqliteEngine();
  const knex = await engine.open();
  try {
    const stores = await migratedStores(knex);
    const catalog = relationCatalog(entities);
    const refresh = await benchRefresher({
      catalog,
      stores,
      auth: { getOwnServiceCredentials: async () => credentials } as any,
    }).run();
    if (refresh.outcome !== 'completed') throw new Error(refresh.message);
    const index = createKnowledgeIndex(knowledgeBase);
    const rollups = new RollupService({
      catalog,
      store: stores.assessments,
      userInfo: {} as any,
      index,
      mapper: createServiceMapper(index),
      targets: ['ionos', 'stackit'],
    });
    for (const [label, ref] of [
      ['team', 'group:default/team-0'],
      ['tribe of 8', 'group:default/tribe'],
    ]) {
      const times: number[] = [];
      let size = 0;
      for (let run = 0; run < RUNS; run++) {
        const start = process.hrtime.bigint();
        const rollup = await rollups.rollup(ref, credentials);
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
        size = rollup.assessedEntities;
      }
      const median = [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)];
      console.log(
        `${label.padEnd(11)} ${String(size).padStart(5)} entities of ${
          refresh.entities
        }: median ${median.toFixed(0)} ms (first ${times[0].toFixed(0)} ms), ${(
          size / median
        ).toFixed(1)} entities/ms`,
      );
    }
  } finally {
    await engine.close(knex);
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
