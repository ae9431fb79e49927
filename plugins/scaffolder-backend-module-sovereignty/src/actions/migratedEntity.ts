import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import {
  ANNOTATIONS,
  DISCOVERY_ANNOTATIONS,
  migratedEntity,
  splitList,
  type ExitPlan,
} from '@portolan/plugin-sovereignty-common';
import { stringify } from 'yaml';
import type { Platform } from './platforms';

/** Gap fillers the generated chart and Argo CD Applications set up. */
export interface GapFillerSetup {
  /** `openbao`: OpenBao in the cluster; `managed`: the target's Vault-compatible secrets manager; `none`: no secrets service moves. */
  secrets: 'openbao' | 'managed' | 'none';
  /** A Redis-compatible store (Valkey) with a persistent volume. */
  keyValueStore: boolean;
}

/** Every service of the plan, step by step. */
export function plannedServices(plan: ExitPlan) {
  return plan.waves.flatMap(w => w.steps).flatMap(s => s.services);
}

/** Which gap fillers the repository sets up, from what the plan moves. */
export function gapFillerSetup(plan: ExitPlan): GapFillerSetup {
  const moved = plannedServices(plan).filter(s => s.action === 'move');
  const targets = new Set(moved.flatMap(s => s.targetServices));
  const secretsMove = moved.find(s => s.category === 'secrets');
  let secrets: GapFillerSetup['secrets'] = 'none';
  if (targets.has('kubernetes:openbao')) secrets = 'openbao';
  else if (secretsMove && secretsMove.targetServices.length > 0)
    secrets = 'managed';
  return { secrets, keyValueStore: targets.has('kubernetes:valkey') };
}

/** Source categories whose workloads run on the skeleton's cluster once moved. */
const RUNS_ON_THE_CLUSTER: ReadonlySet<string> = new Set([
  'container-platform',
  'kubernetes',
]);

/**
 * The migrated entity's services: what the plan's last step declares, with
 * two corrections so the catalog entry stays true to this repository. The
 * workloads run on the cluster the Portable skeleton provisions, whatever
 * runtime the plan names (at STACKIT it maps Container Apps to Cloud
 * Foundry; infra/ creates SKE). And what the repository sets up besides is
 * added: the skeleton's registry and OpenTofu, External Secrets in front of
 * the secrets store, Argo CD.
 */
export function repositoryServices(
  plan: ExitPlan,
  platform: Platform,
  setup: GapFillerSetup,
): string[] {
  const replacedByCluster = new Set(
    plan.target === 'kubernetes'
      ? []
      : plannedServices(plan)
          .filter(
            s => s.action === 'move' && RUNS_ON_THE_CLUSTER.has(s.category),
          )
          .flatMap(s => s.targetServices as string[])
          .filter(id => id !== platform.cluster),
  );
  // A target service another moved service still needs stays.
  for (const s of plannedServices(plan)) {
    if (s.action === 'move' && !RUNS_ON_THE_CLUSTER.has(s.category)) {
      for (const id of s.targetServices) replacedByCluster.delete(id);
    }
  }
  const services: string[] = plan.migrated.services.filter(
    id => !replacedByCluster.has(id),
  );
  const add = (id: string) => {
    if (!services.includes(id)) services.push(id);
  };
  if (plan.target !== 'kubernetes') {
    add(platform.cluster);
    add(platform.registry);
    add('kubernetes:opentofu');
  }
  if (setup.secrets !== 'none') add('kubernetes:external-secrets');
  add('kubernetes:argo-cd');
  return services;
}

/** Annotations that describe the source's repository, not the new one. */
const SOURCE_ONLY: ReadonlySet<string> = new Set(
  Object.values(DISCOVERY_ANNOTATIONS),
);

/**
 * The catalog-info.yaml of the entity as it is at the target: the planner's
 * migrated entity (its portolan.dev annotations), under its new name, with
 * this repository's exit plan and without what only described the source's
 * repository (source location, discovery steering, catalog bookkeeping).
 */
export function migratedEntityYaml(options: {
  source: Entity;
  name: string;
  plan: ExitPlan;
  platform: Platform;
  services: string[];
}): { yaml: string; entityRef: string; description: string } {
  const { source, name, plan, platform } = options;
  const sourceRef = stringifyEntityRef(source);
  const planned = migratedEntity(source, {
    ...plan.migrated,
    services: options.services,
    // Where it could go next: the Portable skeleton's exit targets from here.
    targetProviders: splitList(platform.exitTargets),
    hosting: plan.migrated.hosting ?? platform.hosting,
  });
  const annotations = Object.fromEntries(
    Object.entries(planned.metadata.annotations ?? {}).filter(
      ([key]) => key.startsWith('portolan.dev/') && !SOURCE_ONLY.has(key),
    ),
  );
  annotations[ANNOTATIONS.exitPlan] = 'docs/exit-plan.md';
  const title = `${source.metadata.title ?? source.metadata.name} at ${
    plan.targetName
  }`;
  const description = `${title}: the target of the exit plan for ${sourceRef}.`;
  const kind = source.kind;
  const namespace = source.metadata.namespace ?? 'default';
  const spec: Record<string, unknown> =
    kind.toLocaleLowerCase('en-US') === 'system'
      ? {
          owner: source.spec?.owner,
          ...(source.spec?.domain ? { domain: source.spec.domain } : {}),
        }
      : {
          type: source.spec?.type ?? 'service',
          lifecycle: 'experimental',
          owner: source.spec?.owner,
        };
  const entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: {
      name,
      ...(namespace !== 'default' ? { namespace } : {}),
      title,
      description,
      tags: ['migration', plan.target],
      annotations,
    },
    spec,
  };
  const header = [
    `# Generated by the "Exit to a provider" template from ${sourceRef}:`,
    '# the entity as it is once the exit plan (docs/exit-plan.md) is done.',
    '# Keep the portolan.dev annotations true as the migration goes on.',
  ].join('\n');
  return {
    yaml: `${header}\n${stringify(entity, { lineWidth: 0 })}`,
    entityRef: stringifyEntityRef({ kind, namespace, name }),
    description,
  };
}
