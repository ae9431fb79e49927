import type { ProviderId, ServiceId } from '@portolan/plugin-sovereignty-knowledge';

/**
 * What discovery found in an entity's repository. The catalog module stores
 * it on the entity (annotation `portolan.dev/discovered`, JSON), the CLI
 * prints it, and the engine merges it with what the entity declares.
 */

/** Which detector family produced a piece of evidence. @public */
export type DetectorId = string;

/** Where a service was found: a file, a line, and the text that matched. @public */
export interface Evidence {
  /** Path relative to the scanned root, `/`-separated. */
  path: string;
  /** 1-based line of the match; absent when the format has no lines (e.g. minified JSON). */
  line?: number;
  detector: DetectorId;
  /** The resource type, package, annotation or image that matched, shortened. */
  match: string;
  /** True when the evidence is code calling the service (an SDK), not infrastructure. */
  code?: boolean;
}

/** @public */
export interface DiscoveredService {
  id: ServiceId;
  /** At most {@link DISCOVERY_LIMITS.evidencePerService} entries; `evidenceCount` has the total. */
  evidence: Evidence[];
  evidenceCount: number;
  /** True when application code uses the service's SDK: moving it is a code change. */
  codeLevel: boolean;
}

/** A provider (and region, where stated) the repository deploys to. @public */
export interface DiscoveredHosting {
  provider: ProviderId;
  region?: string;
  evidence: Evidence[];
}

/** @public */
export type DiscoveryFindingCode =
  /** A file could not be parsed; the rest of the repository was still scanned. */
  | 'unparsable-file'
  /** A cloud resource type that no lookup table knows (neither a service nor glue). */
  | 'unknown-resource-type'
  /** A scan limit (bytes, files, file size, depth, time) cut the scan short. */
  | 'scan-limit'
  /** The repository could not be read; the last result is kept and marked stale. */
  | 'read-failed'
  /** More findings of one kind than the report keeps; the rest counted here. */
  | 'findings-truncated';

/** @public */
export interface DiscoveryFinding {
  code: DiscoveryFindingCode;
  message: string;
  path?: string;
  line?: number;
  /** The resource type or value concerned, shortened. */
  value?: string;
}

/** What was looked at, so an empty result can say why nothing matched. @public */
export interface DiscoveryScan {
  /** Files read and handed to detectors. */
  files: number;
  bytes: number;
  /** Files left out: binary, too large, outside the discovery paths, past a limit. */
  skipped: number;
  /** The folders scanned, relative to the repository root; `['']` for all of it. */
  paths: string[];
  /** Detectors that recognised at least one file of their format. */
  formats: DetectorId[];
  durationMs: number;
}

/** @public */
export interface DiscoveryReport {
  /** Format version of this document. */
  version: 1;
  /** ISO timestamp of the scan that produced the services (kept when a later read fails). */
  scannedAt: string;
  /** The repository location that was read, e.g. a `url:` source location. */
  source?: string;
  services: DiscoveredService[];
  hosting: DiscoveredHosting[];
  findings: DiscoveryFinding[];
  scan: DiscoveryScan;
  /** True when the last attempt to read the repository failed and this is an older result. */
  stale?: boolean;
}

/**
 * Bounds on one report, so a hostile repository cannot grow an entity
 * without limit. One definition, used by the scanner, the catalog module
 * and the annotation parser.
 * @public
 */
export const DISCOVERY_LIMITS = {
  /** Distinct services kept per report. */
  services: 200,
  evidencePerService: 5,
  /** Findings kept; the rest are summarised in one `findings-truncated`. */
  findings: 50,
  hosting: 20,
  /** Characters of a `match` or `value` kept. */
  matchLength: 200,
  /** Characters of the serialised report the parser accepts. */
  reportLength: 256 * 1024,
} as const;
