import type { Config } from '@backstage/config';
import {
  DIMENSIONS,
  PROVIDER_IDS,
  TARGET_PROVIDER_IDS,
  knowledgeBase as builtInKnowledgeBase,
  type CategoryId,
  type CloudService,
  type DimensionId,
  type KnowledgeBase,
  type OpenInterface,
  type ServiceId,
  type ServiceModel,
  type TargetProviderId,
} from '@portolan/plugin-sovereignty-common';

const DEFAULT_TARGETS: TargetProviderId[] = ['ionos', 'stackit'];
/** A refresh may remove at most half the stored assessments by default. */
const DEFAULT_MAX_REMOVAL_SHARE = 0.5;
const MODELS: ServiceModel[] = ['IaaS', 'PaaS', 'SaaS'];

/** What every assessment in the portal is computed with. @public */
export interface AssessmentSettings {
  defaultTargetProviders: TargetProviderId[];
  weights?: Partial<Record<DimensionId, number>>;
}

/** `sovereignty.*` config, validated. @public */
export interface SovereigntySettings {
  assessment: AssessmentSettings;
  /** The built-in knowledge base plus a company's own services from config. */
  knowledgeBase: KnowledgeBase;
  refresh: { maxRemovalShare: number };
}

/**
 * Reads `sovereignty.*` config.
 * @public
 * A typo here would silently change every
 * score, so unknown values stop the backend with a message naming them.
 */
export function readSovereigntySettings(config: Config): SovereigntySettings {
  const targets =
    config.getOptionalStringArray('sovereignty.targetProviders') ??
    DEFAULT_TARGETS;
  const unknown = targets.filter(
    t => !(TARGET_PROVIDER_IDS as readonly string[]).includes(t),
  );
  if (unknown.length > 0) {
    throw new Error(
      `sovereignty.targetProviders: unknown provider ${unknown.join(
        ', ',
      )}; use ${TARGET_PROVIDER_IDS.join(', ')}`,
    );
  }
  return {
    assessment: {
      defaultTargetProviders: targets as TargetProviderId[],
      weights: readWeights(config),
    },
    knowledgeBase: withConfiguredServices(config),
    refresh: { maxRemovalShare: readMaxRemovalShare(config) },
  };
}

function readMaxRemovalShare(config: Config): number {
  const key = 'sovereignty.refresh.maxRemovalShare';
  const value = config.getOptionalNumber(key) ?? DEFAULT_MAX_REMOVAL_SHARE;
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new Error(`${key} must be a number from 0 to 1`);
  }
  return value;
}

function readWeights(
  config: Config,
): Partial<Record<DimensionId, number>> | undefined {
  const weightsConfig = config.getOptionalConfig('sovereignty.weights');
  if (!weightsConfig) return undefined;
  const weights: Partial<Record<DimensionId, number>> = {};
  const known = DIMENSIONS.map(d => d.id as string);
  for (const key of weightsConfig.keys()) {
    if (!known.includes(key)) {
      throw new Error(
        `sovereignty.weights.${key}: unknown dimension; use ${known.join(
          ', ',
        )}`,
      );
    }
    const value = weightsConfig.getNumber(key);
    if (!Number.isFinite(value) || value < 0) {
      throw new Error(`sovereignty.weights.${key} must be a number >= 0`);
    }
    weights[key as DimensionId] = value;
  }
  return weights;
}

/** Adds `sovereignty.knowledgeBase.services` (a company's internal services). */
function withConfiguredServices(config: Config): KnowledgeBase {
  const entries =
    config.getOptionalConfigArray('sovereignty.knowledgeBase.services') ?? [];
  if (entries.length === 0) return builtInKnowledgeBase;
  const categories = new Set(builtInKnowledgeBase.categories.map(c => c.id));
  const ids = new Set(builtInKnowledgeBase.services.map(s => s.id as string));
  const services: CloudService[] = entries.map((entry, i) => {
    const at = `sovereignty.knowledgeBase.services[${i}]`;
    const id = entry.getString('id');
    const [provider, product] = id.split(':');
    if (
      !product ||
      !(PROVIDER_IDS as readonly string[]).includes(provider) ||
      !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(product)
    ) {
      throw new Error(
        `${at}.id "${id}" must be provider:product-in-kebab-case with provider one of ${PROVIDER_IDS.join(
          ', ',
        )}`,
      );
    }
    if (ids.has(id)) {
      throw new Error(`${at}.id "${id}" is already in the knowledge base`);
    }
    ids.add(id);
    const category = entry.getString('category');
    if (!categories.has(category as CategoryId)) {
      throw new Error(
        `${at}.category "${category}" is unknown; use one of ${[
          ...categories,
        ].join(', ')}`,
      );
    }
    const model = entry.getOptionalString('model') ?? 'PaaS';
    if (!MODELS.includes(model as ServiceModel)) {
      throw new Error(`${at}.model must be one of ${MODELS.join(', ')}`);
    }
    const sourceUrl = entry.getString('source');
    if (!/^https?:\/\//.test(sourceUrl)) {
      throw new Error(`${at}.source must be an http(s) URL documenting it`);
    }
    return {
      id: id as ServiceId,
      provider: provider as CloudService['provider'],
      name: entry.getString('name'),
      category: category as CategoryId,
      model: model as ServiceModel,
      interfaces: (entry.getOptionalStringArray('interfaces') ??
        []) as OpenInterface[],
      terraformResources:
        entry.getOptionalStringArray('terraformResources') ?? [],
      notes: entry.getOptionalString('notes'),
      sources: [
        {
          kind: 'docs',
          title: `${entry.getString('name')} (configured)`,
          url: sourceUrl,
        },
      ],
    };
  });
  return {
    ...builtInKnowledgeBase,
    version: `${builtInKnowledgeBase.version}+config`,
    services: [...builtInKnowledgeBase.services, ...services],
  };
}
