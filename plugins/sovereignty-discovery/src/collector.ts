import {
  DISCOVERY_LIMITS,
  type DetectorId,
  type DiscoveredHosting,
  type DiscoveredService,
  type DiscoveryFinding,
  type Evidence,
  type ProviderId,
  type ServiceId,
} from '@portolan/plugin-sovereignty-common';
import type { DiscoverySink } from './types';

const shorten = (text: string) =>
  text.length > DISCOVERY_LIMITS.matchLength
    ? `${text.slice(0, DISCOVERY_LIMITS.matchLength - 1)}\u2026`
    : text;

const sameEvidence = (a: Evidence, b: Evidence) =>
  a.path === b.path && a.line === b.line && a.match === b.match;

/** What a scan gathered, ready to become a report. */
export interface CollectedDiscovery {
  services: DiscoveredService[];
  hosting: DiscoveredHosting[];
  findings: DiscoveryFinding[];
  formats: DetectorId[];
}

/**
 * The sink every detector writes to: deduplicates, keeps evidence in the
 * order found, and bounds everything by {@link DISCOVERY_LIMITS} so a
 * hostile repository cannot make a report grow without limit.
 */
export class DiscoveryCollector implements DiscoverySink {
  private readonly services = new Map<ServiceId, DiscoveredService>();
  private readonly hostingByKey = new Map<string, DiscoveredHosting>();
  private readonly unknownTypes = new Set<string>();
  private readonly findings: DiscoveryFinding[] = [];
  private droppedFindings = 0;
  private droppedServices = 0;
  private readonly formats = new Set<DetectorId>();

  service(id: ServiceId, evidence: Evidence): void {
    const kept = { ...evidence, match: shorten(evidence.match) };
    let entry = this.services.get(id);
    if (!entry) {
      if (this.services.size >= DISCOVERY_LIMITS.services) {
        this.droppedServices += 1;
        return;
      }
      entry = { id, evidence: [], evidenceCount: 0, codeLevel: false };
      this.services.set(id, entry);
    }
    if (entry.evidence.some(e => sameEvidence(e, kept))) return;
    entry.evidenceCount += 1;
    if (kept.code) entry.codeLevel = true;
    if (entry.evidence.length < DISCOVERY_LIMITS.evidencePerService) {
      entry.evidence.push(kept);
    } else if (kept.code && !entry.evidence.some(e => e.code)) {
      // Keep one piece of code evidence visible: it is what makes the move a code change.
      entry.evidence[entry.evidence.length - 1] = kept;
    }
  }

  hosting(
    provider: ProviderId,
    region: string | undefined,
    evidence: Evidence,
  ): void {
    const key = `${provider}|${region ?? ''}`;
    let entry = this.hostingByKey.get(key);
    if (!entry) {
      if (this.hostingByKey.size >= DISCOVERY_LIMITS.hosting) return;
      entry = {
        provider,
        ...(region ? { region: shorten(region) } : {}),
        evidence: [],
      };
      this.hostingByKey.set(key, entry);
    }
    if (entry.evidence.length < DISCOVERY_LIMITS.evidencePerService) {
      entry.evidence.push({ ...evidence, match: shorten(evidence.match) });
    }
  }

  unknownType(type: string, evidence: Evidence): void {
    if (this.unknownTypes.has(type)) return;
    this.unknownTypes.add(type);
    this.finding({
      code: 'unknown-resource-type',
      message: `${evidence.path}${
        evidence.line ? `:${evidence.line}` : ''
      } uses ${type}, which no discovery table maps to a service or marks as glue`,
      path: evidence.path,
      line: evidence.line,
      value: type,
    });
  }

  finding(finding: DiscoveryFinding): void {
    if (this.findings.length >= DISCOVERY_LIMITS.findings) {
      this.droppedFindings += 1;
      return;
    }
    this.findings.push({
      ...finding,
      message: shorten(finding.message),
      ...(finding.value !== undefined ? { value: shorten(finding.value) } : {}),
    });
  }

  recognised(detector: DetectorId): void {
    this.formats.add(detector);
  }

  result(): CollectedDiscovery {
    const findings = [...this.findings];
    if (this.droppedServices > 0) {
      findings.push({
        code: 'findings-truncated',
        message: `${this.droppedServices} further services were found; a report keeps ${DISCOVERY_LIMITS.services}`,
      });
    }
    if (this.droppedFindings > 0) {
      findings.push({
        code: 'findings-truncated',
        message: `${this.droppedFindings} further findings were left out; a report keeps ${DISCOVERY_LIMITS.findings}`,
      });
    }
    return {
      services: [...this.services.values()].sort((a, b) =>
        a.id.localeCompare(b.id),
      ),
      hosting: [...this.hostingByKey.values()],
      findings,
      formats: [...this.formats].sort(),
    };
  }
}
