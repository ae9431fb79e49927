import type { Config } from '@backstage/config';
import {
  DIMENSIONS,
  TARGET_PROVIDER_IDS,
  knowledgeBase as builtInKnowledgeBase,
  type DimensionId,
  type KnowledgeBase,
  type TargetProviderId,
} from '@portolan/plugin-sovereignty-common';
import { extendKnowledgeBase, type KnowledgeAdditions } from './knowledge';

const DEFAULT_TARGETS: TargetProviderId[] = ['ionos', 'stackit'];
/** A refresh may remove at most half the stored assessments by default. */
const DEFAULT_MAX_REMOVAL_SHARE = 0.5;

/** What every assessment in the portal is computed with. @public */
export interface AssessmentSettings {
  defaultTargetProviders: TargetProviderId[];
  weights?: Partial<Record<DimensionId, number>>;
}

/** `sovereignty.*` config, validated. @public */
export interface SovereigntySettings {
  assessment: AssessmentSettings;
  /** The built-in knowledge base with `sovereignty.knowledgeBase.*` applied. */
  knowledgeBase: KnowledgeBase;
  /** What `sovereignty.knowledgeBase.*` adds or changes, applied after the extension point's entries. */
  knowledgeAdditions: KnowledgeAdditions;
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
  const configured = readConfiguredKnowledge(config);
  return {
    assessment: {
      defaultTargetProviders: targets as TargetProviderId[],
      weights: readWeights(config),
    },
    knowledgeBase: extendKnowledgeBase(builtInKnowledgeBase, [configured]),
    knowledgeAdditions: configured,
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

const KNOWLEDGE_KEY = 'sovereignty.knowledgeBase';
const KNOWLEDGE_LISTS = [
  'providers',
  'services',
  'equivalents',
  'checklist',
] as const;

/**
 * Reads `sovereignty.knowledgeBase.*`: a company's own services and its
 * changes to providers, equivalents and checklist items. An entry may give
 * `source` (one http(s) URL documenting it) instead of `sources`.
 */
function readConfiguredKnowledge(config: Config): KnowledgeAdditions {
  const section = config.getOptionalConfig(KNOWLEDGE_KEY);
  const additions: KnowledgeAdditions = { origin: KNOWLEDGE_KEY };
  if (!section) return additions;
  for (const key of section.keys()) {
    if (!(KNOWLEDGE_LISTS as readonly string[]).includes(key)) {
      throw new Error(
        `${KNOWLEDGE_KEY}.${key}: unknown list; use ${KNOWLEDGE_LISTS.join(
          ', ',
        )}`,
      );
    }
  }
  for (const list of KNOWLEDGE_LISTS) {
    const entries = section.getOptional(list);
    if (entries === undefined) continue;
    if (!Array.isArray(entries)) {
      throw new Error(`${KNOWLEDGE_KEY}.${list} must be a list of entries`);
    }
    additions[list] = entries.map((entry, i) =>
      withSources(entry, `${KNOWLEDGE_KEY}.${list}[${i}]`),
    ) as any[];
  }
  return additions;
}

/** Turns the config shorthand `source: <url>` into a docs source. */
function withSources(entry: unknown, at: string): Record<string, unknown> {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
    throw new Error(`${at} must be an object`);
  }
  const { source, ...fields } = entry as Record<string, unknown>;
  if (source === undefined) return fields;
  if (fields.sources !== undefined) {
    throw new Error(`${at}: give either source or sources, not both`);
  }
  if (typeof source !== 'string' || !/^https?:\/\/\S+$/.test(source)) {
    throw new Error(`${at}.source must be an http(s) URL documenting it`);
  }
  const name = fields.name ?? fields.offering ?? fields.title ?? fields.id;
  return {
    ...fields,
    sources: [
      {
        kind: 'docs',
        title: `${typeof name === 'string' ? name : 'Entry'} (configured)`,
        url: source,
      },
    ],
  };
}
