import type { Entity } from '@backstage/catalog-model';
import { ANNOTATIONS, DISCOVERY_ANNOTATIONS } from '../annotations/keys';
import { normaliseId, splitList } from '../annotations/parse';
import type { KnowledgeIndex } from '../assessment/knowledgeIndex';
import {
  CLOUD_RESOURCE_ANNOTATIONS,
  cloudResourceServices,
} from '../assessment/discoveredServices';
import type { AssessmentInput } from '../assessment/types';
import type { DiscoveryLookup } from '../discovery/lookup';
import type { ServiceId, TargetProviderId } from '@portolan/plugin-sovereignty-knowledge';

/**
 * The entity as it is once some of its services have moved: every place a
 * replaced service comes from (declared, discovered, a cloud provider's
 * resource annotation, on the entity or a related one) names what replaces
 * it instead, declared in `portolan.dev/services`; the rest is untouched, so
 * what has not moved yet is assessed exactly as before.
 */
export interface MigrationState {
  target: TargetProviderId;
  /** Used service id -> the target's services that replace it. */
  replaced: ReadonlyMap<ServiceId, readonly ServiceId[]>;
  /** `provider:region` the entity runs at, once its hosting has moved. */
  hosting?: string;
  /** Lines to add to `portolan.dev/accepted-dependencies` of the entity. */
  accepted: readonly string[];
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];

function canonical(index: KnowledgeIndex, token: string): string | undefined {
  return index.service(normaliseId(token))?.id;
}

/** The declared list with replaced services swapped, plus further declarations. */
function rewriteServices(
  index: KnowledgeIndex,
  value: string | undefined,
  replaced: MigrationState['replaced'],
  extra: ServiceId[],
): string | undefined {
  const tokens = typeof value === 'string' ? splitList(value) : [];
  const out: string[] = [];
  let changed = extra.length > 0;
  for (const token of tokens) {
    const id = canonical(index, token) as ServiceId | undefined;
    const replacement = id ? replaced.get(id) : undefined;
    if (replacement) {
      out.push(...replacement);
      changed = true;
    } else out.push(token);
  }
  if (!changed) return value;
  return unique([...out, ...extra]).join(', ');
}

/** The stored discovery report without replaced services, and what it lost. */
function rewriteReport(
  value: string,
  replaced: MigrationState['replaced'],
): { value: string; removed: ServiceId[] } {
  let report: { services?: unknown };
  try {
    report = JSON.parse(value);
  } catch {
    // Unreadable: the engine reports it, and it names no service.
    return { value, removed: [] };
  }
  if (!report || !Array.isArray(report.services)) return { value, removed: [] };
  const removed: ServiceId[] = [];
  const services = report.services.filter((entry: { id?: unknown }) => {
    const id = typeof entry?.id === 'string' ? (entry.id as ServiceId) : '';
    if (id && replaced.has(id as ServiceId)) {
      removed.push(id as ServiceId);
      return false;
    }
    return true;
  });
  if (removed.length === 0) return { value, removed };
  return { value: JSON.stringify({ ...report, services }), removed };
}

function migrateEntity(
  index: KnowledgeIndex,
  lookup: DiscoveryLookup,
  entity: Entity,
  replaced: MigrationState['replaced'],
): Entity {
  if (!entity?.metadata || replaced.size === 0) return entity;
  const annotations: Record<string, string> = {
    ...(entity.metadata.annotations ?? {}),
  };
  let spec = entity.spec;
  const declareToo: ServiceId[] = [];
  const replacementsOf = (ids: ServiceId[]) =>
    ids.flatMap(id => replaced.get(id) ?? []);

  const reportValue = annotations[DISCOVERY_ANNOTATIONS.discovered];
  if (typeof reportValue === 'string') {
    const { value, removed } = rewriteReport(reportValue, replaced);
    annotations[DISCOVERY_ANNOTATIONS.discovered] = value;
    declareToo.push(...replacementsOf(removed));
  }
  // Resources created by the AWS and Azure catalog providers stand for their
  // service through one annotation or spec.type: each source is read alone.
  const sourcesOfCloudResource: Array<{ key: string; drop: () => void }> = [
    {
      key: CLOUD_RESOURCE_ANNOTATIONS.awsArn,
      drop: () => delete annotations[CLOUD_RESOURCE_ANNOTATIONS.awsArn],
    },
    {
      key: CLOUD_RESOURCE_ANNOTATIONS.azureResourceId,
      drop: () =>
        delete annotations[CLOUD_RESOURCE_ANNOTATIONS.azureResourceId],
    },
  ];
  for (const { key, drop } of sourcesOfCloudResource) {
    const value = annotations[key];
    if (typeof value !== 'string') continue;
    const ids = cloudResourceServices(
      {
        ...entity,
        metadata: { name: entity.metadata.name, annotations: { [key]: value } },
        spec: {},
      },
      lookup,
    ).map(hit => hit.id);
    const moved = ids.filter(id => replaced.has(id));
    if (moved.length > 0) {
      drop();
      declareToo.push(...replacementsOf(moved));
    }
  }
  const specType = (spec as { type?: unknown } | undefined)?.type;
  if (typeof specType === 'string') {
    const moved = cloudResourceServices(
      {
        ...entity,
        metadata: { name: entity.metadata.name },
        spec: { type: specType },
      },
      lookup,
    )
      .map(hit => hit.id)
      .filter(id => replaced.has(id));
    if (moved.length > 0) {
      // The ARM type no longer describes it; its category does.
      spec = { ...spec, type: index.service(moved[0])?.category ?? 'resource' };
      declareToo.push(...replacementsOf(moved));
    }
  }
  const services = rewriteServices(
    index,
    annotations[ANNOTATIONS.services],
    replaced,
    unique(declareToo),
  );
  if (services !== undefined) annotations[ANNOTATIONS.services] = services;
  return { ...entity, metadata: { ...entity.metadata, annotations }, spec };
}

/**
 * The assessment input after the moves in `state`: the entity and each
 * related entity rewritten; the entity assessed against the target alone,
 * with its new hosting and the decisions to keep.
 */
export function migrateInput(
  index: KnowledgeIndex,
  lookup: DiscoveryLookup,
  input: AssessmentInput,
  state: MigrationState,
): AssessmentInput {
  const entity = migrateEntity(index, lookup, input.entity, state.replaced);
  const annotations: Record<string, string> = {
    ...(entity.metadata?.annotations ?? {}),
    [ANNOTATIONS.targetProviders]: state.target,
  };
  if (state.hosting) annotations[ANNOTATIONS.hosting] = state.hosting;
  if (state.accepted.length > 0) {
    const existing = annotations[ANNOTATIONS.acceptedDependencies];
    annotations[ANNOTATIONS.acceptedDependencies] = [
      ...(typeof existing === 'string' && existing.trim()
        ? [existing.trim()]
        : []),
      ...state.accepted,
    ].join('\n');
  }
  return {
    ...input,
    entity: { ...entity, metadata: { ...entity.metadata, annotations } },
    related: input.related?.map(related =>
      migrateEntity(index, lookup, related, state.replaced),
    ),
  };
}

/**
 * The catalog entity after the whole plan, standing alone: its own
 * annotations, with the services, hosting, accepted dependencies and target
 * the plan ends with, declared. What a generated migration repository's
 * catalog-info.yaml says; assessed alone, it scores what the last step does.
 * @public
 */
export function migratedEntity(
  entity: Entity,
  migrated: {
    services: readonly string[];
    hosting?: string;
    acceptedDependencies: readonly string[];
    targetProviders: readonly string[];
  },
): Entity {
  const annotations: Record<string, string> = {};
  for (const [key, value] of Object.entries(
    entity.metadata?.annotations ?? {},
  )) {
    // What discovery found is now declared; the steering stays with the repository.
    if (key === DISCOVERY_ANNOTATIONS.discovered) continue;
    annotations[key] = value;
  }
  annotations[ANNOTATIONS.services] = migrated.services.join(', ');
  annotations[ANNOTATIONS.targetProviders] =
    migrated.targetProviders.join(', ');
  if (migrated.hosting) annotations[ANNOTATIONS.hosting] = migrated.hosting;
  if (migrated.acceptedDependencies.length > 0) {
    annotations[ANNOTATIONS.acceptedDependencies] =
      migrated.acceptedDependencies.join('\n');
  } else delete annotations[ANNOTATIONS.acceptedDependencies];
  return { ...entity, metadata: { ...entity.metadata, annotations } };
}
