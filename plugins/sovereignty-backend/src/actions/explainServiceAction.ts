import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type {
  Effort,
  KnowledgeIndex,
  ServiceMapper,
  TargetProviderId,
} from '@portolan/plugin-sovereignty-common';
import { resolveService } from './resolveService';
import {
  READ_ONLY_ATTRIBUTES,
  effortSchema,
  fitSchema,
  serviceIdSchema,
  sourceOutput,
  sourceSchema,
  targetSchema,
} from './shared';

/**
 * `explain-cloud-service`: what a cloud service is and what replaces it at
 * each target, from the knowledge base, with the sources that prove it.
 */
export function registerExplainServiceAction(options: {
  actionsRegistry: ActionsRegistryService;
  index: KnowledgeIndex;
  mapper: ServiceMapper;
  defaultTargets: TargetProviderId[];
  clock: () => Date;
}) {
  const { actionsRegistry, index, mapper, defaultTargets, clock } = options;
  actionsRegistry.register({
    name: 'explain-cloud-service',
    title: 'Explain a cloud service and what replaces it',
    description: `Explains a hyperscaler or EU cloud service from Portolan's knowledge base: what it is (provider, category, model, open interfaces it speaks, whether non-EU law reaches it) and, for each migration target, the equivalent offering with its fit (direct, partial, re-architect, none), effort (S-XL), the open-source gap filler where no managed offering fits, and the documentation that proves each fact. Service ids are provider:service, e.g. azure:cosmos-db, aws:s3, gcp:bigquery; common aliases are accepted.`,
    attributes: READ_ONLY_ATTRIBUTES,
    schema: {
      input: z =>
        z.object({
          service: serviceIdSchema(z),
          targets: z
            .array(targetSchema(z))
            .min(1)
            .max(7)
            .optional()
            .describe(
              "Targets to map to; default: the portal's default targets",
            ),
        }),
      output: z =>
        z.object({
          service: z.string(),
          name: z.string(),
          provider: z.string(),
          providerName: z.string(),
          nonEuLawReach: z
            .boolean()
            .describe(
              "A non-EU parent's law (e.g. the US CLOUD Act) can compel access to data",
            ),
          category: z.string(),
          categoryName: z.string(),
          model: z.enum(['IaaS', 'PaaS', 'SaaS']),
          interfaces: z
            .array(z.string())
            .describe(
              'Open interfaces it speaks; empty when only a proprietary API exists',
            ),
          notes: z.string().optional(),
          sources: z.array(sourceSchema(z)),
          equivalents: z.array(
            z.object({
              target: targetSchema(z),
              offering: z.string(),
              fit: fitSchema(z),
              effort: effortSchema(z),
              notes: z.string(),
              gapFiller: z
                .object({
                  id: z.string(),
                  name: z.string(),
                  license: z.string(),
                  operatingBurden: z.string(),
                  sources: z.array(sourceSchema(z)),
                })
                .optional(),
              sources: z.array(sourceSchema(z)),
            }),
          ),
        }),
    },
    action: async ({ input }) => {
      const service = resolveService(
        index,
        input.service,
        clock().toISOString(),
      );
      const provider = index.provider(service.provider);
      const targets = [...new Set(input.targets ?? defaultTargets)];
      return {
        output: {
          service: service.id,
          name: service.name,
          provider: service.provider,
          providerName: provider?.name ?? service.provider,
          nonEuLawReach: provider?.nonEuLawReach ?? false,
          category: service.category,
          categoryName:
            index.category(service.category)?.name ?? service.category,
          model: service.model,
          interfaces: service.interfaces,
          ...(service.notes ? { notes: service.notes } : {}),
          sources: service.sources.map(sourceOutput),
          equivalents: targets.map(target => {
            const cell = mapper(service.id, target)!;
            const filler = cell.gapFiller
              ? index.gapFiller(cell.gapFiller.id)
              : undefined;
            return {
              target,
              offering: cell.offering,
              fit: cell.fit,
              effort: cell.effort as Effort,
              notes: cell.notes,
              ...(filler
                ? {
                    gapFiller: {
                      id: filler.id,
                      name: filler.name,
                      license: filler.license,
                      operatingBurden: filler.operatingBurden,
                      sources: filler.sources.map(sourceOutput),
                    },
                  }
                : {}),
              sources: cell.sources.map(sourceOutput),
            };
          }),
        },
      };
    },
  });
}
