import type { Entity } from '@backstage/catalog-model';
import type { ParsedDiscovery } from '../discovery/parse';
import type { DiscoveryLookup } from '../discovery/lookup';
import type { DiscoveredService, Evidence } from '../discovery/types';
import type { ServiceId } from '@portolan/plugin-sovereignty-knowledge';
import type { KnowledgeIndex } from './knowledgeIndex';
import type { AssessmentDiscovery, Finding, HostingLocation } from './types';

/** Annotations the AWS and Azure catalog providers put on the Resources they create. */
export const CLOUD_RESOURCE_ANNOTATIONS = {
  awsArn: 'amazonaws.com/arn',
  azureResourceId: 'management.azure.com/resourceId',
} as const;

const where = (e: Evidence) => `${e.path}${e.line ? `:${e.line}` : ''}`;

/** `arn:partition:service:region:account:resource` -> `service`, without regular expressions. */
function arnNamespace(arn: string): string | undefined {
  if (!arn.startsWith('arn:')) return undefined;
  const start = arn.indexOf(':', 4);
  if (start < 0) return undefined;
  const end = arn.indexOf(':', start + 1);
  return end < 0 ? undefined : arn.slice(start + 1, end);
}

/** `/subscriptions/../providers/Microsoft.KeyVault/vaults/name[/child/name]` -> `Microsoft.KeyVault/vaults[/child]`. */
function armTypeOfResourceId(id: string): string | undefined {
  const lower = id.toLowerCase();
  const marker = '/providers/';
  const at = lower.lastIndexOf(marker);
  if (at < 0) return undefined;
  const parts = id.slice(at + marker.length).split('/');
  if (parts.length < 3) return undefined;
  // namespace, then alternating type/name segments.
  const types = [parts[0]];
  for (let i = 1; i < parts.length; i += 2) types.push(parts[i]);
  return types.join('/');
}

/**
 * Services a Resource entity stands for when a cloud catalog provider
 * created it: the ARN's service namespace, the Azure resource id's type, or
 * a `spec.type` naming an ARM type.
 */
export function cloudResourceServices(
  entity: Entity,
  lookup: DiscoveryLookup,
): Array<{ id: ServiceId; match: string }> {
  const annotations = entity?.metadata?.annotations ?? {};
  const out: Array<{ id: ServiceId; match: string }> = [];
  const add = (hit: { target: string } | undefined, match: string) => {
    if (hit && hit.target !== 'neutral' && lookup.isService(hit.target)) {
      out.push({ id: hit.target, match: match.slice(0, 200) });
    }
  };
  const arn = annotations[CLOUD_RESOURCE_ANNOTATIONS.awsArn];
  if (typeof arn === 'string') {
    const namespace = arnNamespace(arn.slice(0, 2048));
    if (namespace) add(lookup.arnNamespace(namespace), arn);
  }
  const resourceId = annotations[CLOUD_RESOURCE_ANNOTATIONS.azureResourceId];
  if (typeof resourceId === 'string') {
    const type = armTypeOfResourceId(resourceId.slice(0, 2048));
    if (type) add(lookup.armType(type), resourceId);
  }
  const specType = (entity?.spec as { type?: unknown } | undefined)?.type;
  if (
    typeof specType === 'string' &&
    specType.includes('/') &&
    specType.length < 200
  ) {
    add(lookup.armType(specType), specType);
  }
  return out;
}

/**
 * Where discovery says the entity runs, when it does not say so itself: the
 * hosting evidence with a region the knowledge base knows, else the first.
 */
export function discoveredHosting(
  index: KnowledgeIndex,
  discovery: ParsedDiscovery,
): { hosting: HostingLocation; evidence: Evidence[] } | undefined {
  const candidates = discovery.report?.hosting ?? [];
  let chosen: { hosting: HostingLocation; evidence: Evidence[] } | undefined;
  for (const entry of candidates) {
    const provider = index.provider(entry.provider);
    if (!provider) continue;
    const region = entry.region
      ? provider.regions.find(r => r.id === entry.region)
      : undefined;
    const hosting: HostingLocation = {
      provider: provider.id,
      ...(region ? { region: region.id, country: region.country } : {}),
    };
    if (region) return { hosting, evidence: entry.evidence };
    chosen ??= { hosting, evidence: entry.evidence };
  }
  return chosen;
}

/**
 * The discovered services that count, after people's ignores; an ignored
 * service stays visible as a finding with its reason.
 */
export function discoveredServicesOf(
  discovery: ParsedDiscovery,
  findings: Finding[],
): DiscoveredService[] {
  const kept: DiscoveredService[] = [];
  for (const service of discovery.report?.services ?? []) {
    const reason = discovery.ignored.get(service.id);
    if (reason === undefined) {
      kept.push(service);
      continue;
    }
    const first = service.evidence[0];
    findings.push({
      code: 'discovered-service-ignored',
      severity: 'info',
      service: service.id,
      message: `${service.id}${first ? ` (${where(first)})` : ''} is ignored: ${
        reason || 'no reason given'
      }.`,
    });
  }
  return kept;
}

/** "infra/cosmos.tf:3 creates azurerm_cosmosdb_account (azure:cosmos-db) ..." */
export function undeclaredFinding(service: DiscoveredService): Finding {
  const first = service.evidence[0];
  return {
    code: 'discovered-not-declared',
    severity: 'info',
    service: service.id,
    value: first?.match,
    message: `${
      first
        ? `${where(first)} ${first.code ? 'uses' : 'creates'} ${first.match}`
        : 'The repository uses'
    } (${
      service.id
    }), which neither portolan.dev/services nor a dependency declares; it is counted.`,
  };
}

/** The assessment's account of discovery, or undefined when nothing was scanned. */
export function discoverySummary(
  discovery: ParsedDiscovery,
  kept: DiscoveredService[],
  declared: ReadonlySet<string>,
): AssessmentDiscovery | undefined {
  const report = discovery.report;
  if (!report) return undefined;
  return {
    scannedAt: report.scannedAt,
    ...(report.source ? { source: report.source } : {}),
    stale: report.stale === true,
    services: kept.length,
    undeclared: kept.filter(s => !declared.has(s.id)).length,
    ignored: [...discovery.ignored].map(([service, reason]) => ({
      service,
      reason,
    })),
    scan: report.scan,
    findings: report.findings,
  };
}
