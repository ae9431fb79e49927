import { promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import {
  resolveSafeChildPath,
  type BackstageCredentials,
} from '@backstage/backend-plugin-api';
import {
  parseEntityRef,
  stringifyEntityRef,
  type CompoundEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  ExitPlanRequestError,
  planExit,
  renderExitPlanMarkdown,
  TARGET_PROVIDER_IDS,
  type ExitPlan,
  type TargetProviderId,
} from '@portolan/plugin-sovereignty-common';
import {
  catalogLookup,
  createSovereigntyAssessor,
  readSovereigntySettings,
  relatedEntities,
  type SovereigntyAssessorService,
} from '@portolan/plugin-sovereignty-node';
import {
  gapFillerSetup,
  migratedEntityYaml,
  plannedServices,
  repositoryServices,
  type GapFillerSetup,
} from './migratedEntity';
import { NEED_OF_FIELD, readPlatforms, type Platform } from './platforms';

/** Where the exit template's previous step puts the Portable service template's template.yaml. */
export const DEFAULT_PLATFORMS_PATH = '.portable-service-template.yaml';

const EXIT_KINDS = ['component', 'system'];

/** What an entity name may be: the catalog's own rule, 63 characters. */
const NAME_PATTERN = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

/** One service of the migrated entity and where the repository sets it up. */
export interface RepositoryRow {
  service: string;
  where: string;
}

/** The Portable skeleton's needs that the migrated entity's services call for. */
function needsOf(platform: Platform, services: string[]): string[] {
  const used = new Set(services);
  return Object.entries(NEED_OF_FIELD)
    .filter(([field]) => used.has(platform[field as keyof Platform]))
    .map(([, need]) => need);
}

function whereInRepository(
  service: string,
  platform: Platform,
  target: TargetProviderId,
  setup: GapFillerSetup,
  terraformTypes: (service: string) => string[],
): string {
  // The skeleton provisions the cluster (k3s on servers at Hetzner) and the
  // target's managed services that have an OpenTofu resource; in-cluster
  // ones are not its job.
  if (target !== 'kubernetes' && service === platform.cluster)
    return '`infra/` (OpenTofu, the Portable service skeleton)';
  const managed = [
    platform.registry,
    platform.postgresql,
    platform.cache,
    platform.objectStorage,
    platform.queue,
  ].filter(id => !id.startsWith('kubernetes:'));
  if (target !== 'kubernetes' && managed.includes(service)) {
    return terraformTypes(service).length > 0
      ? '`infra/` (OpenTofu, the Portable service skeleton)'
      : "no OpenTofu resource exists for it: create it in the provider's console";
  }
  if (service === 'kubernetes:openbao')
    return '`deploy/argocd/openbao.yaml` (OpenBao chart), read through the SecretStores in `chart/`';
  if (service === 'kubernetes:external-secrets')
    return '`deploy/argocd/external-secrets.yaml` (External Secrets Operator chart)';
  if (service === 'kubernetes:valkey' && setup.keyValueStore)
    return '`chart/` (Valkey StatefulSet with a persistent volume)';
  if (service === 'kubernetes:argo-cd') return '`deploy/argocd/`';
  if (service === 'kubernetes:opentofu' && target !== 'kubernetes')
    return '`infra/` is OpenTofu';
  const types = terraformTypes(service);
  return types.length > 0
    ? `not generated: add ${types
        .map(t => `\`${t}\``)
        .join(', ')} to \`infra/\``
    : 'not generated, and no OpenTofu resource is known: set it up as its plan step says';
}

function componentsOf(entity: Entity, related: Entity[]): string[] {
  if (entity.kind.toLocaleLowerCase('en-US') === 'component')
    return [entity.metadata.name];
  return related
    .filter(e => e.kind.toLocaleLowerCase('en-US') === 'component')
    .map(e => e.metadata.name)
    .sort();
}

async function readEntity(
  catalog: CatalogService,
  ref: CompoundEntityRef,
  credentials: BackstageCredentials,
): Promise<Entity> {
  const refText = stringifyEntityRef(ref);
  let entity: Entity | undefined;
  try {
    entity = await catalog.getEntityByRef(refText, { credentials });
  } catch (error) {
    if ((error as Error)?.name === 'NotAllowedError') {
      throw new NotAllowedError(
        `You may not read ${refText} in the catalog, so it cannot be planned`,
      );
    }
    throw error;
  }
  // The catalog answers "not found" for entities the caller may not read.
  if (!entity) {
    throw new NotFoundError(
      `No ${refText} in the catalog, or you may not read it`,
    );
  }
  return entity;
}

/**
 * Reads a catalog entity with the user's credentials, plans its exit to a
 * target with the shared planning function and writes what the migration
 * repository starts from: the migrated entity's catalog-info.yaml and
 * docs/exit-plan.md. Outputs the values the template's next steps render
 * the Portable service template's infra and CI skeletons and the exit
 * template's own chart with.
 * @public
 */
export function createExitSkeletonAction(options: {
  catalog: CatalogService;
  /** The portal's assessor (configured weights, company services); built-in defaults when absent. */
  assessor?: SovereigntyAssessorService;
  clock?: () => Date;
}) {
  const { catalog } = options;
  const clock = options.clock ?? (() => new Date());
  const assessor =
    options.assessor ??
    createSovereigntyAssessor(readSovereigntySettings(new ConfigReader({})));
  return createTemplateAction({
    id: 'portolan:exit-skeleton',
    description:
      'Plans the exit of a catalog entity to a target provider and writes the migrated entity and its exit plan.',
    supportsDryRun: true,
    schema: {
      input: {
        entityRef: z =>
          z
            .string()
            .describe('The Component or System to move, as an entity ref'),
        target: z =>
          z
            .string()
            .describe(`Target provider: ${TARGET_PROVIDER_IDS.join(', ')}`),
        name: z =>
          z
            .string()
            .optional()
            .describe('Name of the migrated entity (default <name>-<target>)'),
        gitUrl: z =>
          z
            .string()
            .optional()
            .describe(
              'Git URL of the repository, for the Argo CD Applications',
            ),
        platformsPath: z =>
          z
            .string()
            .optional()
            .describe(
              `Workspace path of the Portable service template's template.yaml (default ${DEFAULT_PLATFORMS_PATH})`,
            ),
      },
      output: {
        entityRef: z => z.string().describe('Ref of the migrated entity'),
        name: z => z.string().describe('Name of the migrated entity'),
        summary: z => z.string().describe('One line: steps, effort, score'),
        values: z =>
          z
            .record(z.string(), z.unknown())
            .describe('Values for the skeletons rendered next'),
      },
    },
    async handler(ctx) {
      // The scaffolder validates input with JSON schema: zod defaults do not apply.
      const { target: targetInput, entityRef } = ctx.input;
      if (!(TARGET_PROVIDER_IDS as readonly string[]).includes(targetInput)) {
        throw new InputError(
          `Unknown target provider "${String(targetInput).slice(
            0,
            40,
          )}": choose one of ${TARGET_PROVIDER_IDS.join(', ')}`,
        );
      }
      const target = targetInput as TargetProviderId;
      let ref: CompoundEntityRef;
      try {
        ref = parseEntityRef(entityRef, { defaultNamespace: 'default' });
      } catch {
        throw new InputError(
          `"${String(entityRef).slice(
            0,
            80,
          )}" is not an entity ref (kind:namespace/name)`,
        );
      }
      if (!EXIT_KINDS.includes(ref.kind.toLocaleLowerCase('en-US'))) {
        throw new InputError(
          `${stringifyEntityRef(ref)} is a ${
            ref.kind
          }: only a Component or a System can be planned`,
        );
      }
      const name = ctx.input.name || `${ref.name}-${target}`.slice(0, 63);
      if (!NAME_PATTERN.test(name) || name.length > 63) {
        throw new InputError(
          `"${name.slice(
            0,
            80,
          )}" is no entity name: letters, digits and - _ . between them, at most 63 characters`,
        );
      }
      const credentials = await ctx.getInitiatorCredentials();
      const entity = await readEntity(catalog, ref, credentials);
      const related = await relatedEntities(
        entity,
        catalogLookup(catalog, credentials),
      );
      const platforms = await readPlatforms(
        ctx.workspacePath,
        ctx.input.platformsPath ?? DEFAULT_PLATFORMS_PATH,
      );
      const platform = platforms[target];
      if (!platform) {
        throw new InputError(
          `The Portable service template has no platform for ${target}`,
        );
      }

      const now = clock();
      let plan: ExitPlan;
      try {
        plan = planExit(
          assessor.knowledgeBase,
          { entity, related },
          { target },
          {
            now: now.toISOString(),
            weights: assessor.settings.assessment.weights,
          },
        );
      } catch (error) {
        if (error instanceof ExitPlanRequestError)
          throw new InputError(error.message);
        throw error;
      }
      const setup = gapFillerSetup(plan);
      const terraformResources = new Map(
        assessor.knowledgeBase.services.map(svc => [
          svc.id as string,
          svc.terraformResources,
        ]),
      );
      const services = repositoryServices(plan, platform, setup);
      const kept = new Set(
        plannedServices(plan)
          .filter(s => s.action === 'keep')
          .map(s => s.service as string),
      );
      const rows: RepositoryRow[] = services.map(service => ({
        service,
        where: kept.has(service)
          ? 'stays where it is: kept by the plan (see its last wave)'
          : whereInRepository(service, platform, target, setup, id =>
              (terraformResources.get(id) ?? []).slice(0, 3),
            ),
      }));
      const migrated = migratedEntityYaml({
        source: entity,
        name,
        plan,
        platform,
        services,
      });
      const planMarkdown = renderExitPlanMarkdown(plan);
      await writeFile(ctx.workspacePath, 'catalog-info.yaml', migrated.yaml);
      await writeFile(
        ctx.workspacePath,
        'docs/exit-plan.md',
        `${planMarkdown.trimEnd()}\n\n${repositoryMarkdown(
          plan,
          platform.cluster,
          rows,
        )}`,
      );

      const summary = `${stringifyEntityRef(entity)} to ${plan.targetName}: ${
        plan.totals.steps
      } steps, ${plan.totals.effortPoints} effort points, score ${
        plan.before.score
      } -> ${plan.after.score}`;
      ctx.logger.info(`Exit plan ${summary}`);
      ctx.output('entityRef', migrated.entityRef);
      ctx.output('name', name);
      ctx.output('summary', summary);
      ctx.output('values', {
        name,
        description: migrated.description,
        provider: target,
        targetTitle: plan.targetName,
        needs: needsOf(platform, services),
        platforms,
        source: stringifyEntityRef(entity),
        components: componentsOf(entity, related),
        secrets: setup.secrets,
        keyValueStore: setup.keyValueStore,
        gitUrl: ctx.input.gitUrl ?? '',
        rows,
      });
    },
  });
}

async function writeFile(workspace: string, path: string, content: string) {
  const file = resolveSafeChildPath(workspace, path);
  await fs.mkdir(dirname(file), { recursive: true });
  await fs.writeFile(file, content);
}

/** What the repository sets up for each service of the migrated entity. */
function repositoryMarkdown(
  plan: ExitPlan,
  cluster: string,
  rows: RepositoryRow[],
): string {
  return [
    '## This repository',
    '',
    `What the migrated entity declares in \`catalog-info.yaml\` and where this repository sets it up for ${
      plan.targetName
    }.${
      plan.target === 'kubernetes'
        ? ''
        : ` The workloads run on ${cluster}, which \`infra/\` provisions, whatever runtime the mapping above names.`
    }`,
    '',
    '| service | where |',
    '|---|---|',
    ...rows.map(row => `| ${row.service} | ${row.where} |`),
    '',
  ].join('\n');
}
