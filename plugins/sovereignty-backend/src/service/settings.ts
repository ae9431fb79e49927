import type { Config } from '@backstage/config';
import {
  DIMENSIONS,
  TARGET_PROVIDER_IDS,
  type DimensionId,
  type TargetProviderId,
} from '@portolan/plugin-sovereignty-common';
import type { AssessmentSettings } from './AssessmentService';

const DEFAULT_TARGETS: TargetProviderId[] = ['ionos', 'stackit'];

/**
 * Reads `sovereignty.*` config. A typo here would silently change every
 * score, so unknown values stop the backend with a message naming them.
 */
export function readSettings(config: Config): AssessmentSettings {
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
  const weightsConfig = config.getOptionalConfig('sovereignty.weights');
  let weights: Partial<Record<DimensionId, number>> | undefined;
  if (weightsConfig) {
    weights = {};
    const known = DIMENSIONS.map(d => d.id as string);
    for (const key of weightsConfig.keys()) {
      if (!known.includes(key)) {
        throw new Error(
          `sovereignty.weights.${key}: unknown dimension; use ${known.join(', ')}`,
        );
      }
      const value = weightsConfig.getNumber(key);
      if (!Number.isFinite(value) || value < 0) {
        throw new Error(`sovereignty.weights.${key} must be a number >= 0`);
      }
      weights[key as DimensionId] = value;
    }
  }
  return { defaultTargetProviders: targets as TargetProviderId[], weights };
}
