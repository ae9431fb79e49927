import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ANNOTATIONS,
  DISCOVERY_ANNOTATIONS,
  parseAnnotations,
  type Assessment,
  type Assessor,
  type KnowledgeIndex,
  type Readiness,
  type ServiceId,
} from '@portolan/plugin-sovereignty-common';
import type { AssessmentSettings } from '@portolan/plugin-sovereignty-node';
import type { ChecklistStore } from '../database/SovereigntyStore';
import { catalogLookup, relatedEntities } from '../service/relatedEntities';
import { resolveService } from './resolveService';
import {
  READ_ONLY_ATTRIBUTES,
  assessedEntityRef,
  effortSchema,
  entityRefSchema,
  serviceIdSchema,
  targetSchema,
} from './shared';

const MAX_REPLACEMENTS = 20;

interface Replacement {
  from: string;
  to: string;
}

/**
 * The entity (or a related one) as it would read with its services
 * replaced: each `from` it brings in (declared here, or, per the baseline,
 * inherited from it) leaves its declared services and its `to` joins them;
 * `from` is also ignored for discovery, so a repository that still shows it
 * does not bring it back. What-if lines go first: the ignore list is read up
 * to a bounded number of lines.
 */
function withReplacements(
  entity: Entity,
  replacements: Replacement[],
  bringsIn: (service: string, entityRef: string) => boolean,
  index: KnowledgeIndex,
  now: string,
): Entity {
  const ref = stringifyEntityRef(entity);
  const declared = parseAnnotations(entity, index, now).annotations.services;
  const own = replacements.filter(
    r => declared.includes(r.from as ServiceId) || bringsIn(r.from, ref),
  );
  if (own.length === 0) return entity;
  const services = new Set<string>(declared);
  for (const { from, to } of own) {
    services.delete(from);
    services.add(to);
  }
  const annotations = entity.metadata.annotations ?? {};
  const ignored = own
    .map(({ from, to }) => `${from}: what-if, replaced by ${to}`)
    .join('\n');
  const existingIgnores = annotations[DISCOVERY_ANNOTATIONS.ignoreServices];
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      annotations: {
        ...annotations,
        [ANNOTATIONS.services]: [...services].join(', '),
        [DISCOVERY_ANNOTATIONS.ignoreServices]: existingIgnores
          ? `${ignored}\n${existingIgnores}`
          : ignored,
      },
    },
  };
}

/**
 * Whether the baseline says this entity brings the service in: a service
 * declared or found on the assessed entity itself carries no inheritedFrom.
 */
function broughtInBy(baseline: Assessment, assessedRef: string) {
  return (service: string, entityRef: string) => {
    const row = baseline.mappings.find(m => m.service === service);
    if (!row) return false;
    return row.inheritedFrom
      ? row.inheritedFrom.includes(entityRef)
      : entityRef === assessedRef;
  };
}

function readinessOutput(readiness: Readiness | undefined) {
  return {
    readyShare: readiness?.readyShare ?? 1,
    effort: readiness?.effort ?? 'S',
    effortPoints: readiness?.effortPoints ?? 0,
    blockers: readiness?.blockers ?? [],
  };
}

/**
 * `what-if-services-replaced`: an entity's score and readiness if some of
 * its services were replaced, computed now from the caller's view of the
 * catalog and the entity's recorded checklist; nothing is stored.
 */
export function registerWhatIfAction(options: {
  actionsRegistry: ActionsRegistryService;
  catalog: CatalogService;
  checklists: Pick<ChecklistStore, 'getChecklistState'>;
  assess: Assessor;
  settings: AssessmentSettings;
  index: KnowledgeIndex;
  clock: () => Date;
}) {
  const {
    actionsRegistry,
    catalog,
    checklists,
    assess,
    settings,
    index,
    clock,
  } = options;
  actionsRegistry.register({
    name: 'what-if-services-replaced',
    title: 'What if an entity replaced some cloud services',
    description: `Assesses a catalog entity as if some of the cloud services it uses (declared, discovered in its repository, or inherited from the Resources it depends on) were replaced by others, e.g. azure:key-vault by stackit:secrets-manager, and returns the score, grade and per-target readiness before and after. Nothing is stored or changed: use it to compare exit options. Entities the caller may not read in the catalog are answered as not found.`,
    attributes: READ_ONLY_ATTRIBUTES,
    schema: {
      input: z =>
        z.object({
          entityRef: entityRefSchema(z),
          replace: z
            .array(
              z.object({
                from: serviceIdSchema(z).describe(
                  'A service the entity uses now',
                ),
                to: serviceIdSchema(z).describe(
                  'The service that would replace it',
                ),
              }),
            )
            .min(1)
            .max(MAX_REPLACEMENTS),
        }),
      output: z => {
        const figures = z.object({
          score: z.number(),
          grade: z.enum(['A', 'B', 'C', 'D', 'E']),
        });
        const readiness = z.object({
          readyShare: z.number(),
          effort: effortSchema(z),
          effortPoints: z.number(),
          blockers: z.array(z.string()),
        });
        return z.object({
          entityRef: z.string(),
          replaced: z.array(z.object({ from: z.string(), to: z.string() })),
          before: figures,
          after: figures,
          scoreChange: z.number(),
          readiness: z.array(
            z.object({
              target: targetSchema(z),
              before: readiness,
              after: readiness,
            }),
          ),
          stillUsed: z
            .array(z.object({ service: z.string(), reason: z.string() }))
            .describe('Replaced services the entity would still use, and why'),
          stored: z.literal(false),
        });
      },
    },
    action: async ({ input, credentials }) => {
      const entityRef = assessedEntityRef(input.entityRef);
      const entity = await catalog.getEntityByRef(entityRef, { credentials });
      if (!entity) {
        throw new NotFoundError(`No entity ${entityRef} in the catalog`);
      }
      const now = clock().toISOString();
      const replacements = input.replace.map(({ from, to }) => ({
        from: resolveService(index, from, now).id as string,
        to: resolveService(index, to, now).id as string,
      }));
      const related = await relatedEntities(
        entity,
        catalogLookup(catalog, credentials),
      );
      const checklistState = await checklists.getChecklistState(
        stringifyEntityRef(entity),
      );
      const assessOptions = { now, ...settings };
      const baseline = assess(
        { entity, related, checklistState },
        assessOptions,
      );
      const used = baseline.mappings.map(m => m.service as string);
      const unused = replacements.filter(r => !used.includes(r.from));
      if (unused.length > 0) {
        throw new InputError(
          `${entityRef} does not use ${unused
            .map(r => r.from)
            .join(', ')}; it uses ${used.join(', ') || 'no known service'}`,
        );
      }
      const bringsIn = broughtInBy(baseline, entityRef);
      const rewrite = (e: Entity) =>
        withReplacements(e, replacements, bringsIn, index, now);
      const after = assess(
        {
          entity: rewrite(entity),
          related: related.map(rewrite),
          checklistState,
        },
        assessOptions,
      );
      const stillUsed = replacements
        .filter(r => after.mappings.some(m => m.service === r.from))
        .map(r => ({
          service: r.from,
          reason:
            'it comes from something annotations cannot change, such as the cloud resource id of a Resource the catalog provider created',
        }));
      return {
        output: {
          entityRef,
          replaced: replacements,
          before: { score: baseline.score, grade: baseline.grade },
          after: { score: after.score, grade: after.grade },
          scoreChange: after.score - baseline.score,
          readiness: baseline.targetProviders.map(target => ({
            target,
            before: readinessOutput(baseline.readiness[target]),
            after: readinessOutput(after.readiness[target]),
          })),
          stillUsed,
          stored: false as const,
        },
      };
    },
  });
}
