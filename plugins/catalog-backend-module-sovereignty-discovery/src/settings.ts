import type { Config } from '@backstage/config';
import type { ScanLimits } from '@portolan/plugin-sovereignty-discovery';

/** `sovereignty.discovery.*`, validated. */
export interface DiscoverySettings {
  enabled: boolean;
  kinds: Set<string>;
  minIntervalMs: number;
  concurrency: number;
  limits: Partial<ScanLimits>;
}

const positive = (config: Config, key: string, fallback: number) => {
  const value = config.getOptionalNumber(key);
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${key} must be a number greater than 0, got ${value}`);
  }
  return value;
};

export function readDiscoverySettings(config: Config): DiscoverySettings {
  const at = 'sovereignty.discovery';
  const limitsAt = `${at}.limits`;
  const limits: Partial<ScanLimits> = {};
  for (const key of [
    'maxFiles',
    'maxTotalBytes',
    'maxFileBytes',
    'maxDepth',
  ] as const) {
    if (config.has(`${limitsAt}.${key}`)) {
      limits[key] = Math.floor(positive(config, `${limitsAt}.${key}`, 1));
    }
  }
  if (config.has(`${limitsAt}.timeBudgetSeconds`)) {
    limits.timeBudgetMs =
      positive(config, `${limitsAt}.timeBudgetSeconds`, 1) * 1000;
  }
  return {
    enabled: config.getOptionalBoolean(`${at}.enabled`) ?? true,
    kinds: new Set(
      (
        config.getOptionalStringArray(`${at}.kinds`) ?? [
          'component',
          'resource',
        ]
      ).map(k => k.toLowerCase()),
    ),
    minIntervalMs: positive(config, `${at}.minIntervalMinutes`, 60) * 60_000,
    concurrency: Math.floor(positive(config, `${at}.concurrency`, 2)),
    limits,
  };
}
