import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type {
  Effort,
  TargetProviderId,
} from '@portolan/plugin-sovereignty-common';
import type { CatalogVisibility } from '../service/CatalogVisibility';
import type { SummaryService } from '../service/SummaryService';
import {
  READ_ONLY_ATTRIBUTES,
  effortSchema,
  fitSchema,
  targetSchema,
} from './shared';

const DEFAULT_HOTSPOTS = 10;
/** The summary keeps this many hotspots. */
const MAX_HOTSPOTS = 20;

/**
 * `list-lock-in-hotspots`: the non-EU services most of the caller's visible
 * catalog depends on, the dashboard's hotspots.
 */
export function registerListHotspotsAction(options: {
  actionsRegistry: ActionsRegistryService;
  summary: SummaryService;
  visibility: CatalogVisibility;
}) {
  const { actionsRegistry, summary, visibility } = options;
  actionsRegistry.register({
    name: 'list-lock-in-hotspots',
    title: 'List the cloud lock-in hotspots of the catalog',
    description: `Lists the cloud services under non-EU law that the most catalog entities depend on, most used first, each with how many entities use it and what replaces it at each default migration target (offering, fit, effort, gap filler). One change to a hotspot removes a dependency from many places: use it to answer "where is lock-in concentrated?". Counts only entities the caller may read in the catalog; restricted says some were left out.`,
    attributes: READ_ONLY_ATTRIBUTES,
    schema: {
      input: z =>
        z.object({
          limit: z
            .number()
            .int()
            .min(1)
            .max(MAX_HOTSPOTS)
            .optional()
            .describe(`How many hotspots; default ${DEFAULT_HOTSPOTS}`),
        }),
      output: z =>
        z.object({
          totalEntities: z.number().describe('Assessed entities counted'),
          restricted: z
            .boolean()
            .describe(
              'The caller may not read every entity: only those they may are counted',
            ),
          hotspots: z.array(
            z.object({
              service: z.string(),
              serviceName: z.string(),
              provider: z.string(),
              category: z.string(),
              dependents: z.number().describe('Entities that use it'),
              targets: z.array(
                z.object({
                  target: targetSchema(z),
                  offering: z.string(),
                  fit: fitSchema(z),
                  effort: effortSchema(z),
                  gapFiller: z.string().optional(),
                }),
              ),
            }),
          ),
        }),
    },
    action: async ({ input, credentials }) => {
      const figures = await summary.get(
        await visibility.forCaller(credentials),
      );
      return {
        output: {
          totalEntities: figures.totalEntities,
          restricted: figures.restricted === true,
          hotspots: figures.hotspots
            .slice(0, input.limit ?? DEFAULT_HOTSPOTS)
            .map(hotspot => ({
              service: hotspot.service,
              serviceName: hotspot.serviceName,
              provider: hotspot.provider,
              category: hotspot.category,
              dependents: hotspot.dependents,
              targets: Object.entries(hotspot.targets).map(
                ([target, cell]) => ({
                  target: target as TargetProviderId,
                  offering: cell!.offering,
                  fit: cell!.fit,
                  effort: cell!.effort as Effort,
                  ...(cell!.gapFiller ? { gapFiller: cell!.gapFiller } : {}),
                }),
              ),
            })),
        },
      };
    },
  });
}
