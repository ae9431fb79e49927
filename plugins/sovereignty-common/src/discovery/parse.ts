import type { Entity } from '@backstage/catalog-model';
import { ANNOTATION_LIMITS, DISCOVERY_ANNOTATIONS } from '../annotations/keys';
import { splitList } from '../annotations/parse';
import type { KnowledgeIndex } from '../assessment/knowledgeIndex';
import { BoundedCache } from '../annotations/boundedCache';
import type { Finding } from '../assessment/types';
import type { ProviderId, ServiceId } from '@portolan/plugin-sovereignty-knowledge';
import {
  DISCOVERY_LIMITS,
  type DiscoveredHosting,
  type DiscoveredService,
  type DiscoveryFinding,
  type DiscoveryReport,
  type Evidence,
} from './types';

/** Longest `ignore-services` or `discovery-paths` value read, as for other lists; longer is cut with a finding. */
const STEERING_VALUE_LIMIT = ANNOTATION_LIMITS.listLength;
/** Folders or ignores per entity: fewer than a service list's items, as each costs a scan filter or a lookup. */
const STEERING_ITEM_LIMIT = 100;

/** What an entity's discovery annotations say, validated. @public */
export interface ParsedDiscovery {
  /** Absent when the entity was never scanned (or discovery is off). */
  report?: DiscoveryReport;
  /** Discovered services silenced by people, with their reason. */
  ignored: Map<ServiceId, string>;
  paths: string[];
  /** `portolan.dev/discovery: off`. */
  disabled: boolean;
  findings: Finding[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max: number = DISCOVERY_LIMITS.matchLength) =>
  typeof v === 'string' ? v.slice(0, max) : undefined;

function readEvidence(raw: unknown): Evidence | undefined {
  if (!isRecord(raw)) return undefined;
  const path = text(raw.path, 1024);
  const detector = text(raw.detector, 64);
  const match = text(raw.match);
  if (!path || !detector || match === undefined) return undefined;
  const line =
    typeof raw.line === 'number' && Number.isInteger(raw.line) && raw.line > 0
      ? raw.line
      : undefined;
  return {
    path,
    ...(line ? { line } : {}),
    detector,
    match,
    ...(raw.code === true ? { code: true } : {}),
  };
}

const evidenceList = (raw: unknown): Evidence[] =>
  (Array.isArray(raw) ? raw : [])
    .slice(0, DISCOVERY_LIMITS.evidencePerService)
    .map(readEvidence)
    .filter((e): e is Evidence => !!e);

/**
 * Reads the report the catalog module stored. Anything malformed is dropped
 * with a finding: the annotation is machine-written, but an entity file can
 * carry anything under that key.
 */
function readReport(
  value: string,
  index: KnowledgeIndex,
  findings: Finding[],
): DiscoveryReport | undefined {
  const key = DISCOVERY_ANNOTATIONS.discovered;
  const invalid = (why: string) => {
    findings.push({
      code: 'invalid-discovery-report',
      severity: 'warning',
      annotation: key,
      message: `${key} is not a discovery report (${why}); discovered services are left out.`,
    });
    return undefined;
  };
  if (value.length > DISCOVERY_LIMITS.reportLength) {
    return invalid(
      `${value.length} characters, at most ${DISCOVERY_LIMITS.reportLength}`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    return invalid('not JSON');
  }
  if (!isRecord(raw) || raw.version !== 1 || !Array.isArray(raw.services)) {
    return invalid('unknown format');
  }
  const services: DiscoveredService[] = [];
  let unknownIds = 0;
  for (const entry of raw.services.slice(0, DISCOVERY_LIMITS.services)) {
    if (!isRecord(entry) || typeof entry.id !== 'string') continue;
    const service = index.service(entry.id);
    if (!service || service.id !== entry.id) {
      unknownIds += 1;
      continue;
    }
    const evidence = evidenceList(entry.evidence);
    services.push({
      id: service.id,
      evidence,
      evidenceCount:
        typeof entry.evidenceCount === 'number' &&
        entry.evidenceCount >= evidence.length
          ? Math.floor(entry.evidenceCount)
          : evidence.length,
      codeLevel: entry.codeLevel === true || evidence.some(e => e.code),
    });
  }
  if (unknownIds > 0) {
    findings.push({
      code: 'discovered-service-unknown',
      severity: 'info',
      annotation: key,
      message: `${unknownIds} discovered service id(s) are not in this knowledge base (${index.kb.version}); the next scan will map them again.`,
    });
  }
  const hosting: DiscoveredHosting[] = [];
  for (const entry of (Array.isArray(raw.hosting) ? raw.hosting : []).slice(
    0,
    DISCOVERY_LIMITS.hosting,
  )) {
    if (!isRecord(entry) || typeof entry.provider !== 'string') continue;
    const provider = index.provider(entry.provider);
    if (!provider) continue;
    const region = text(entry.region, 64)?.toLowerCase();
    hosting.push({
      provider: provider.id as ProviderId,
      ...(region ? { region } : {}),
      evidence: evidenceList(entry.evidence),
    });
  }
  const discoveryFindings: DiscoveryFinding[] = [];
  for (const entry of (Array.isArray(raw.findings) ? raw.findings : []).slice(
    0,
    DISCOVERY_LIMITS.findings + 2,
  )) {
    if (!isRecord(entry)) continue;
    const code = text(entry.code, 64);
    const message = text(entry.message, 400);
    if (!code || !message) continue;
    discoveryFindings.push({
      code: code as DiscoveryFinding['code'],
      message,
      ...(text(entry.path, 1024) ? { path: text(entry.path, 1024) } : {}),
      ...(typeof entry.line === 'number' && entry.line > 0
        ? { line: Math.floor(entry.line) }
        : {}),
      ...(text(entry.value) ? { value: text(entry.value) } : {}),
    });
  }
  const scan = isRecord(raw.scan) ? raw.scan : {};
  const count = (v: unknown) =>
    typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : 0;
  return {
    version: 1,
    scannedAt: text(raw.scannedAt, 40) ?? '',
    ...(text(raw.source, 2048) ? { source: text(raw.source, 2048) } : {}),
    services,
    hosting,
    findings: discoveryFindings,
    scan: {
      files: count(scan.files),
      bytes: count(scan.bytes),
      skipped: count(scan.skipped),
      paths: (Array.isArray(scan.paths) ? scan.paths : [])
        .slice(0, STEERING_ITEM_LIMIT)
        .map(p => text(p, 1024))
        .filter((p): p is string => p !== undefined),
      formats: (Array.isArray(scan.formats) ? scan.formats : [])
        .slice(0, 32)
        .map(f => text(f, 64))
        .filter((f): f is string => !!f),
      durationMs: count(scan.durationMs),
    },
    ...(raw.stale === true ? { stale: true } : {}),
  };
}

/*
 * A Resource's report is read for itself and again for every component and
 * System that depends on it, in the same refresh: parsed reports are kept per
 * knowledge index by their text, bounded like the annotation parse cache.
 * Results are shared and never mutated.
 */
const REPORT_CACHE_ENTRIES = 2_000;
/** About 16 MB of UTF-16 keys per knowledge index. */
const REPORT_CACHE_CHARACTERS = 8_000_000;
const reportCaches = new WeakMap<
  KnowledgeIndex,
  BoundedCache<{ report?: DiscoveryReport; findings: Finding[] }>
>();

function cachedReport(
  value: string,
  index: KnowledgeIndex,
  findings: Finding[],
): DiscoveryReport | undefined {
  let cache = reportCaches.get(index);
  if (!cache) {
    cache = new BoundedCache(REPORT_CACHE_ENTRIES, REPORT_CACHE_CHARACTERS);
    reportCaches.set(index, cache);
  }
  let entry = cache.get(value);
  if (!entry) {
    const out: Finding[] = [];
    entry = { report: readReport(value, index, out), findings: out };
    cache.set(value, entry);
  }
  findings.push(...entry.findings);
  return entry.report;
}

/** `azure:key-vault: only the sample under docs/`, one per line. */
function readIgnored(
  value: string,
  index: KnowledgeIndex,
  findings: Finding[],
): Map<ServiceId, string> {
  const key = DISCOVERY_ANNOTATIONS.ignoreServices;
  const ignored = new Map<ServiceId, string>();
  const lines = value.slice(0, STEERING_VALUE_LIMIT).split('\n');
  for (const rawLine of lines.slice(0, STEERING_ITEM_LIMIT)) {
    const line = rawLine.trim();
    if (!line) continue;
    // The id has one colon (provider:product); the reason follows the next.
    const first = line.indexOf(':');
    const second = first < 0 ? -1 : line.indexOf(':', first + 1);
    const id = (second < 0 ? line : line.slice(0, second)).trim().toLowerCase();
    const reason = second < 0 ? '' : line.slice(second + 1).trim();
    const service = index.service(id);
    if (!service) {
      findings.push({
        code: 'unknown-service',
        severity: 'warning',
        annotation: key,
        value: id.slice(0, 80),
        message: `${key} names ${id.slice(
          0,
          80,
        )}, which is not a known service id.`,
      });
      continue;
    }
    if (!reason) {
      findings.push({
        code: 'ignore-without-reason',
        severity: 'warning',
        annotation: key,
        service: service.id,
        message: `${key}: say why ${service.id} is ignored ("${service.id}: reason"); it stays ignored, and the missing reason is shown.`,
      });
    }
    ignored.set(service.id, reason.slice(0, 400));
  }
  if (
    value.length > STEERING_VALUE_LIMIT ||
    lines.length > STEERING_ITEM_LIMIT
  ) {
    findings.push({
      code: 'value-too-long',
      severity: 'warning',
      annotation: key,
      message: `${key} is longer than ${STEERING_ITEM_LIMIT} lines or ${STEERING_VALUE_LIMIT} characters; the rest is not read.`,
    });
  }
  return ignored;
}

/**
 * What people said about discovery for an entity: whether it is switched
 * off, and which folders belong to it. One reading for the catalog module,
 * the CLI and the engine. Linear in the annotations' length.
 * @public
 */
export function readDiscoverySteering(entity: Entity): {
  disabled: boolean;
  paths: string[];
} {
  const raw = entity?.metadata?.annotations ?? {};
  const switchValue = raw[DISCOVERY_ANNOTATIONS.discovery];
  const switched =
    typeof switchValue === 'string' ? switchValue.trim().toLowerCase() : '';
  const pathsValue = raw[DISCOVERY_ANNOTATIONS.discoveryPaths];
  return {
    disabled:
      switched === 'off' || switched === 'false' || switched === 'disabled',
    paths:
      typeof pathsValue === 'string'
        ? splitList(pathsValue.slice(0, STEERING_VALUE_LIMIT)).slice(
            0,
            STEERING_ITEM_LIMIT,
          )
        : [],
  };
}

/**
 * The entity with a discovery report stored as the catalog module stores
 * it (`portolan.dev/discovered`), for the module, the CLI and tests.
 * @public
 */
export function withDiscoveryReport(
  entity: Entity,
  report: DiscoveryReport,
): Entity {
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      annotations: {
        ...entity.metadata.annotations,
        [DISCOVERY_ANNOTATIONS.discovered]: JSON.stringify(report),
      },
    },
  };
}

/**
 * Reads an entity's discovery annotations. Linear in their length, never
 * throws.
 * @public
 */
export function parseDiscovery(
  entity: Entity,
  index: KnowledgeIndex,
): ParsedDiscovery {
  const raw = entity?.metadata?.annotations ?? {};
  const findings: Finding[] = [];
  const value = (key: string) =>
    typeof raw[key] === 'string' ? (raw[key] as string) : undefined;
  const { disabled, paths } = readDiscoverySteering(entity);
  const reportValue = value(DISCOVERY_ANNOTATIONS.discovered);
  const ignoredValue = value(DISCOVERY_ANNOTATIONS.ignoreServices);
  return {
    report:
      !disabled && reportValue
        ? cachedReport(reportValue, index, findings)
        : undefined,
    ignored: ignoredValue
      ? readIgnored(ignoredValue, index, findings)
      : new Map(),
    paths,
    disabled,
    findings,
  };
}
