/*
 * What a platform team would run instead of Portolan: Tech Insights with a
 * fact retriever that reads the same annotations (and the services of the
 * Resources an entity depends on, as Portolan does), and json-rules-engine
 * checks equivalent to Portolan's blockers:
 *   data-outside-eu, exit-plan-missing, proprietary-non-eu, no-equivalent.
 * The retriever uses Portolan's own parser and knowledge base, so both sides
 * do the same lookups and the comparison is about the platform around them.
 */
import { createBackendModule } from '@backstage/backend-plugin-api';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import { CatalogClient } from '@backstage/catalog-client';
import {
  techInsightsFactRetrieversExtensionPoint,
  type FactRetriever,
} from '@backstage-community/plugin-tech-insights-node';
import {
  createKnowledgeIndex,
  createServiceMapper,
  isEuResident,
  knowledgeBase,
  parseAnnotations,
  type TargetProviderId,
} from '@portolan/plugin-sovereignty-common';

export const PEER_RETRIEVER_ID = 'portolanPeerRetriever';
const TARGETS: TargetProviderId[] = ['ionos', 'stackit'];
const PAGE_SIZE = 1000;

const retriever: FactRetriever = {
  id: PEER_RETRIEVER_ID,
  version: '0.1.0',
  entityFilter: [{ kind: ['component', 'resource', 'system'] }],
  schema: {
    hostedOutsideEu: {
      type: 'boolean',
      description: 'hosting outside the EU/EEA',
    },
    exitPlanMissing: {
      type: 'boolean',
      description: 'critical or important without an exit plan',
    },
    proprietaryNonEu: {
      type: 'integer',
      description: 'proprietary services under non-EU law, not accepted',
    },
    withoutEquivalent: {
      type: 'integer',
      description: 'services with no replacement at a target, not accepted',
    },
  },
  async handler({ discovery, auth }) {
    const index = createKnowledgeIndex(knowledgeBase);
    const map = createServiceMapper(index);
    const now = new Date().toISOString();
    const catalog = new CatalogClient({ discoveryApi: discovery });
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: 'catalog',
    });
    const entities: Entity[] = [];
    let cursor: string | undefined;
    do {
      const page = await catalog.queryEntities(
        cursor
          ? { cursor, limit: PAGE_SIZE }
          : {
              filter: [
                { kind: 'component' },
                { kind: 'resource' },
                { kind: 'system' },
              ],
              fields: ['kind', 'metadata', 'relations'],
              limit: PAGE_SIZE,
            },
        { token },
      );
      entities.push(...page.items);
      cursor = page.pageInfo.nextCursor;
    } while (cursor);
    const parsed = new Map(
      entities.map(e => [
        stringifyEntityRef(e),
        parseAnnotations(e, index, now).annotations,
      ]),
    );
    return entities.map(entity => {
      const own = parsed.get(stringifyEntityRef(entity))!;
      const accepted = new Set(own.acceptedDependencies.map(a => a.service));
      const services = new Set(own.services);
      for (const relation of entity.relations ?? []) {
        if (relation.type !== 'dependsOn') continue;
        for (const id of parsed.get(relation.targetRef)?.services ?? []) {
          services.add(id);
        }
      }
      let proprietaryNonEu = 0;
      let withoutEquivalent = 0;
      for (const id of services) {
        if (accepted.has(id)) continue;
        const service = index.service(id);
        if (!service) continue;
        const open =
          service.interfaces.length > 0 || (service.formats?.length ?? 0) > 0;
        if (index.provider(service.provider)?.nonEuLawReach && !open) {
          proprietaryNonEu++;
        }
        if (TARGETS.some(target => map(id, target)?.fit === 'none')) {
          withoutEquivalent++;
        }
      }
      return {
        entity: {
          namespace: entity.metadata.namespace ?? 'default',
          kind: entity.kind,
          name: entity.metadata.name,
        },
        facts: {
          hostedOutsideEu: !!own.hosting?.country && !isEuResident(own.hosting),
          exitPlanMissing:
            !own.exitPlan &&
            (own.criticality === 'critical' || own.criticality === 'important'),
          proprietaryNonEu,
          withoutEquivalent,
        },
      };
    });
  },
};

export const peerRetrieverModule = createBackendModule({
  pluginId: 'tech-insights',
  moduleId: 'portolan-peer-retriever',
  register(env) {
    env.registerInit({
      deps: { retrievers: techInsightsFactRetrieversExtensionPoint },
      async init({ retrievers }) {
        retrievers.addFactRetrievers({ [PEER_RETRIEVER_ID]: retriever });
      },
    });
  },
});

const check = (id: string, fact: string, operator: string, value: unknown) => ({
  id,
  name: id,
  type: 'json-rules-engine',
  description: `Portolan's ${id} blocker as a check`,
  factIds: [PEER_RETRIEVER_ID],
  rule: { conditions: { all: [{ fact, operator, value }] } },
});

/** Tech Insights config: the retriever runs when triggered, facts kept a month. */
export const peerTechInsightsConfig = {
  factRetrievers: {
    [PEER_RETRIEVER_ID]: {
      cadence: '0 0 1 1 *',
      initialDelay: { seconds: 5 },
      timeout: { hours: 2 },
      lifecycle: { timeToLive: { days: 31 } },
    },
  },
  factChecker: {
    checks: {
      'data-outside-eu': check(
        'data-outside-eu',
        'hostedOutsideEu',
        'equal',
        false,
      ),
      'exit-plan-missing': check(
        'exit-plan-missing',
        'exitPlanMissing',
        'equal',
        false,
      ),
      'proprietary-non-eu': check(
        'proprietary-non-eu',
        'proprietaryNonEu',
        'equal',
        0,
      ),
      'no-equivalent': check('no-equivalent', 'withoutEquivalent', 'equal', 0),
    },
  },
};
