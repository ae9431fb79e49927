import type {
  DetectorId,
  DiscoveryFinding,
  Evidence,
  ProviderId,
  ServiceId,
} from '@portolan/plugin-sovereignty-common';
import type { DiscoveryLookup } from './lookup';

/** One text file of a repository, decoded as UTF-8, within the scan limits. @public */
export interface RepositoryFile {
  /** Relative to the scanned root, `/`-separated, no leading slash. */
  path: string;
  text: string;
}

/**
 * Where detectors report. The collector behind it deduplicates, caps and
 * shortens, so a detector never needs to.
 * @public
 */
export interface DiscoverySink {
  /** A service this file creates or calls. */
  service(id: ServiceId, evidence: Evidence): void;
  /** A provider (and region) this file deploys to. */
  hosting(
    provider: ProviderId,
    region: string | undefined,
    evidence: Evidence,
  ): void;
  /** A type of a known cloud provider that no table maps: reported once per type. */
  unknownType(type: string, evidence: Evidence): void;
  /** A file of this detector's format that is broken, or anything else worth telling. */
  finding(finding: DiscoveryFinding): void;
  /** The file is of this detector's format (so an empty result can say what was scanned). */
  recognised(detector: DetectorId): void;
}

/** @public */
export interface DetectorContext {
  lookup: DiscoveryLookup;
}

/**
 * A detector: a pure function over one file. It must not throw (the scanner
 * still catches and reports the file as unparsable), must not use the
 * network or run code, and must run in time linear in the file's size: no
 * regular expression that can backtrack.
 * @public
 */
export interface Detector {
  id: DetectorId;
  /** Cheap test on the path before the file is read, e.g. by extension. */
  accepts(path: string): boolean;
  detect(
    file: RepositoryFile,
    sink: DiscoverySink,
    context: DetectorContext,
  ): void;
}
