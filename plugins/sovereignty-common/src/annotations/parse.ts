import type { Entity } from '@backstage/catalog-model';
import type { ServiceId, TargetProviderId } from '../knowledge/types';
import type { KnowledgeIndex } from '../assessment/knowledgeIndex';
import type {
  AcceptedDependency,
  Finding,
  HostingLocation,
  ParseResult,
  ParsedAnnotations,
} from '../assessment/types';
import {
  ANNOTATIONS,
  DISCOVERY_ANNOTATIONS,
  ANNOTATION_PREFIX,
  CRITICALITIES,
  Criticality,
  DATA_CLASSIFICATIONS,
  DataClassification,
  KUBERNETES_ANNOTATIONS,
} from './keys';
import { nearest } from './suggest';
import { isEuCountry } from './countries';

const KNOWN_KEYS: string[] = [
  ...Object.values(ANNOTATIONS),
  ...Object.values(DISCOVERY_ANNOTATIONS),
];
const DISCOVERY_KEYS = new Set<string>(Object.values(DISCOVERY_ANNOTATIONS));

/*
 * Catalogs repeat annotation values (the same hosting, the same service list
 * on sibling resources), so parsed values are kept per knowledge index. The
 * results are shared between assessments and never mutated.
 */
const MEMO_LIMIT = 20_000;
const MEMO_MAX_VALUE = 2_000;
type MemoEntry = { result: unknown; findings: Finding[] };
const memos = new WeakMap<
  KnowledgeIndex,
  Map<string, Map<string, MemoEntry>>
>();

function memoised<T>(
  index: KnowledgeIndex,
  key: string,
  value: string,
  findings: Finding[],
  parse: (out: Finding[]) => T,
): T {
  if (value.length > MEMO_MAX_VALUE) return parse(findings);
  let byKey = memos.get(index);
  if (!byKey) {
    byKey = new Map();
    memos.set(index, byKey);
  }
  let memo = byKey.get(key);
  if (!memo) {
    memo = new Map();
    byKey.set(key, memo);
  }
  let entry = memo.get(value);
  if (!entry) {
    const out: Finding[] = [];
    entry = { result: parse(out), findings: out };
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(value, entry);
  }
  for (const finding of entry.findings) findings.push(finding);
  return entry.result as T;
}
/** Long enough for any real value; longer ones are cut in messages. */
const MAX_SHOWN = 80;

function shorten(value: string): string {
  return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
}

/** Lower case, trimmed, inner spaces and underscores as hyphens. */
export function normaliseToken(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-');
}

/** `Azure : Key Vault` -> `azure:key-vault`. */
export function normaliseId(raw: string): string {
  const colon = raw.indexOf(':');
  if (colon < 0) return normaliseToken(raw);
  return `${normaliseToken(raw.slice(0, colon))}:${normaliseToken(
    raw.slice(colon + 1),
  )}`;
}

/** Splits a comma- or newline-separated list, dropping empty entries. */
export function splitList(value: string): string[] {
  return value
    .split(/[,\n\r]+/)
    .map(part => part.trim())
    .filter(part => part.length > 0);
}

function parseServices(
  value: string,
  index: KnowledgeIndex,
  findings: Finding[],
): ServiceId[] {
  const key = ANNOTATIONS.services;
  const result: ServiceId[] = [];
  const seen = new Set<string>();
  for (const raw of splitList(value)) {
    // "aws:s3 aws:sqs" is a list with a missing comma, not one id.
    const parts = /^\S+:\S+(\s+\S+:\S+)+$/.test(raw) ? raw.split(/\s+/) : [raw];
    if (parts.length > 1) {
      findings.push({
        code: 'list-separator',
        severity: 'warning',
        annotation: key,
        value: shorten(raw),
        message: `"${shorten(
          raw,
        )}" looks like several ids; separate them with commas or new lines.`,
      });
    }
    for (const part of parts) {
      const service = resolveServiceToken(part, index);
      if (typeof service !== 'string') {
        findings.push(service);
      } else if (!seen.has(service)) {
        seen.add(service);
        result.push(service);
      }
    }
  }
  return result;
}

const tokenMemos = new WeakMap<
  KnowledgeIndex,
  Map<string, ServiceId | Finding>
>();

/**
 * The service id a typed token names, or the finding that says it names
 * none; memoised per token, since the suggestion search is the costliest
 * step of parsing.
 */
function resolveServiceToken(
  token: string,
  index: KnowledgeIndex,
): ServiceId | Finding {
  if (token.length > 200) return lookUpServiceToken(token, index);
  let memo = tokenMemos.get(index);
  if (!memo) {
    memo = new Map();
    tokenMemos.set(index, memo);
  }
  let resolved = memo.get(token);
  if (resolved === undefined) {
    resolved = lookUpServiceToken(token, index);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(token, resolved);
  }
  return resolved;
}

function lookUpServiceToken(
  token: string,
  index: KnowledgeIndex,
): ServiceId | Finding {
  const id = normaliseId(token);
  return (
    index.service(id)?.id ??
    resolveProviderAlias(id, index) ??
    unknownServiceFinding(token, id, index)
  );
}

/** `amazon:s3` is `aws:s3`. */
function resolveProviderAlias(
  id: string,
  index: KnowledgeIndex,
): ServiceId | undefined {
  const colon = id.indexOf(':');
  if (colon < 0) return undefined;
  const provider = index.providerId(id.slice(0, colon));
  if (!provider) return undefined;
  return index.service(`${provider}:${id.slice(colon + 1)}`)?.id;
}

function unknownServiceFinding(
  raw: string,
  id: string,
  index: KnowledgeIndex,
): Finding {
  const suggestion = nearest(id, index.serviceSpellings());
  const resolved = suggestion ? index.service(suggestion)?.id : undefined;
  const shown = shorten(raw.trim());
  const missingProvider = !id.includes(':');
  return {
    code: 'unknown-service',
    severity: 'warning',
    annotation: ANNOTATIONS.services,
    value: shown,
    suggestion: resolved,
    message: missingProvider
      ? `"${shown}" is not a service id: write provider:service, e.g. azure:key-vault.`
      : `Unknown service "${shown}"${
          resolved ? `: did you mean ${resolved}?` : '.'
        } It is left out of the assessment.`,
  };
}

function parseHosting(
  value: string,
  index: KnowledgeIndex,
  findings: Finding[],
): HostingLocation | undefined {
  const key = ANNOTATIONS.hosting;
  const id = normaliseId(value);
  const colon = id.indexOf(':');
  const providerName = colon < 0 ? id : id.slice(0, colon);
  const region = colon < 0 ? '' : id.slice(colon + 1);
  if (providerName === 'self-hosted' || providerName === 'on-premises') {
    const country = region.toUpperCase();
    if (!/^[A-Z]{2}$/.test(country)) {
      findings.push({
        code: 'invalid-hosting',
        severity: 'warning',
        annotation: key,
        value: shorten(value),
        message: `Self-hosted locations name a country code, e.g. self-hosted:de; got "${shorten(
          value,
        )}".`,
      });
      return { provider: 'self-hosted' };
    }
    return { provider: 'self-hosted', country };
  }
  const provider = index.providerId(providerName);
  if (!provider) {
    const suggestion = nearest(providerName, index.providerSpellings());
    findings.push({
      code: 'invalid-hosting',
      severity: 'warning',
      annotation: key,
      value: shorten(value),
      suggestion: suggestion
        ? index.providerId(suggestion) ?? suggestion
        : undefined,
      message: `Unknown hosting provider "${shorten(providerName)}"${
        suggestion
          ? `: did you mean ${index.providerId(suggestion) ?? suggestion}?`
          : '.'
      } Write provider:region, e.g. stackit:eu01.`,
    });
    return undefined;
  }
  if (!region) {
    findings.push({
      code: 'hosting-without-region',
      severity: 'info',
      annotation: key,
      value: shorten(value),
      message: `Hosting names no region; add one (e.g. ${provider}:${
        index.regionIds(provider)[0] ?? 'region'
      }) so data residency can be assessed.`,
    });
    return { provider };
  }
  const regions = index.regionIds(provider);
  const known = index.provider(provider)?.regions.find(r => r.id === region);
  if (!known && regions.length > 0) {
    const suggestion = nearest(region, regions);
    findings.push({
      code: 'unknown-region',
      severity: 'warning',
      annotation: key,
      value: shorten(value),
      suggestion: suggestion ? `${provider}:${suggestion}` : undefined,
      message: `Unknown ${provider} region "${shorten(region)}"${
        suggestion ? `: did you mean ${provider}:${suggestion}?` : '.'
      } Data residency is treated as unknown.`,
    });
    return { provider };
  }
  return { provider, region, country: known?.country };
}

function parseEnum<T extends string>(
  key: string,
  value: string,
  allowed: readonly T[],
  findings: Finding[],
): T | undefined {
  const token = normaliseToken(value);
  if ((allowed as readonly string[]).includes(token)) return token as T;
  const suggestion = nearest(token, allowed);
  findings.push({
    code: 'invalid-value',
    severity: 'warning',
    annotation: key,
    value: shorten(value),
    suggestion,
    message: `"${shorten(value)}" is not one of ${allowed.join(', ')}${
      suggestion ? `: did you mean ${suggestion}?` : '.'
    }`,
  });
  return undefined;
}

function parseTargets(
  value: string,
  index: KnowledgeIndex,
  findings: Finding[],
): TargetProviderId[] {
  const targets: TargetProviderId[] = [];
  for (const raw of splitList(value)) {
    const provider = index.providerId(normaliseToken(raw));
    if (provider && index.isTargetProvider(provider)) {
      if (!targets.includes(provider)) targets.push(provider);
      continue;
    }
    const suggestion = provider
      ? undefined
      : nearest(normaliseToken(raw), index.providerSpellings());
    const suggested = suggestion ? index.providerId(suggestion) : undefined;
    findings.push({
      code: 'invalid-target',
      severity: 'warning',
      annotation: ANNOTATIONS.targetProviders,
      value: shorten(raw),
      suggestion:
        suggested && index.isTargetProvider(suggested) ? suggested : undefined,
      message: provider
        ? `${provider} is not a migration target; targets are the EU providers and kubernetes.`
        : `Unknown target provider "${shorten(raw)}"${
            suggested ? `: did you mean ${suggested}?` : '.'
          }`,
    });
  }
  return targets;
}

const REVIEW_DATE = /(\d{4})-(\d{2})(?:-(\d{2}))?/;

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseAcceptedDependencies(
  value: string,
  index: KnowledgeIndex,
  now: string,
  findings: Finding[],
): AcceptedDependency[] {
  const key = ANNOTATIONS.acceptedDependencies;
  const result: AcceptedDependency[] = [];
  // Reasons may contain commas, so entries are separated by lines only.
  for (const line of value
    .split(/[\n\r]+/)
    .map(l => l.trim())
    .filter(Boolean)) {
    const match = /^([^:\s]+:[^:\s]+)\s*:\s*(.*)$/.exec(line);
    if (!match) {
      findings.push({
        code: 'invalid-accepted-dependency',
        severity: 'warning',
        annotation: key,
        value: shorten(line),
        message:
          'Write one accepted dependency per line as "provider:service: reason, review YYYY-MM-DD".',
      });
      continue;
    }
    const service = resolveServiceToken(match[1], index);
    if (typeof service !== 'string') {
      findings.push(service);
      continue;
    }
    const reason = match[2].trim();
    if (!reason) {
      findings.push({
        code: 'accepted-without-reason',
        severity: 'warning',
        annotation: key,
        service,
        value: shorten(line),
        message: `Accepting ${service} needs a justification after the colon.`,
      });
      continue;
    }
    const date = REVIEW_DATE.exec(reason);
    let reviewBy: string | undefined;
    if (date) {
      const year = Number(date[1]);
      const month = Number(date[2]);
      const day = date[3] ? Number(date[3]) : lastDayOfMonth(year, month);
      if (
        month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= lastDayOfMonth(year, month)
      ) {
        reviewBy = `${date[1]}-${date[2]}-${String(day).padStart(2, '0')}`;
      }
    }
    const overdue = reviewBy !== undefined && reviewBy < now.slice(0, 10);
    if (!reviewBy) {
      findings.push({
        code: 'accepted-without-review',
        severity: 'warning',
        annotation: key,
        service,
        message: `The decision to keep ${service} has no review date; add "review YYYY-MM-DD".`,
      });
    } else if (overdue) {
      findings.push({
        code: 'accepted-review-overdue',
        severity: 'warning',
        annotation: key,
        service,
        message: `The decision to keep ${service} was due for review on ${reviewBy}.`,
      });
    }
    if (!result.some(r => r.service === service)) {
      result.push({ service, reason, reviewBy, overdue });
    }
  }
  return result;
}

function parseExitPlan(
  value: string,
  findings: Finding[],
): ParsedAnnotations['exitPlan'] {
  const trimmed = value.trim();
  if (/^https?:\/\/[^\s/]+\S*$/i.test(trimmed)) {
    return { kind: 'url', value: trimmed };
  }
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed);
  if (!hasScheme && /^[\w./ -]+$/.test(trimmed) && !trimmed.includes('..')) {
    return { kind: 'path', value: trimmed };
  }
  findings.push({
    code: 'invalid-exit-plan',
    severity: 'warning',
    annotation: ANNOTATIONS.exitPlan,
    value: shorten(trimmed),
    message:
      'The exit plan must be an http(s) URL or a path in the repository, e.g. docs/exit-plan.md.',
  });
  return undefined;
}

/**
 * Reads the `portolan.dev/*` annotations of an entity. Never throws: every
 * problem becomes a finding and the rest of the input is still used.
 * @public
 */
export function parseAnnotations(
  entity: Entity,
  index: KnowledgeIndex,
  now: string,
): ParseResult {
  const findings: Finding[] = [];
  const raw = entity.metadata?.annotations ?? {};
  const annotations: ParsedAnnotations = {
    services: [],
    acceptedDependencies: [],
    kubernetesRuntime: KUBERNETES_ANNOTATIONS.some(k => !!raw[k]),
    annotated: false,
  };
  for (const [key, value] of Object.entries(raw)) {
    if (!key.startsWith(ANNOTATION_PREFIX)) continue;
    // Discovery's keys are read by discovery/parse.ts; what the catalog
    // module wrote does not make an entity annotated by people.
    if (DISCOVERY_KEYS.has(key)) continue;
    annotations.annotated = true;
    if (typeof value !== 'string') {
      findings.push({
        code: 'invalid-value',
        severity: 'warning',
        annotation: key,
        message: `${key} must be a string.`,
      });
      continue;
    }
    switch (key) {
      case ANNOTATIONS.services:
        annotations.services = memoised(index, key, value, findings, out =>
          parseServices(value, index, out),
        );
        break;
      case ANNOTATIONS.hosting:
        annotations.hosting = memoised(index, key, value, findings, out =>
          parseHosting(value, index, out),
        );
        break;
      case ANNOTATIONS.dataClassification:
        annotations.dataClassification = memoised(
          index,
          key,
          value,
          findings,
          out =>
            parseEnum<DataClassification>(
              key,
              value,
              DATA_CLASSIFICATIONS,
              out,
            ),
        );
        break;
      case ANNOTATIONS.criticality:
        annotations.criticality = memoised(index, key, value, findings, out =>
          parseEnum<Criticality>(key, value, CRITICALITIES, out),
        );
        break;
      case ANNOTATIONS.targetProviders:
        annotations.targetProviders = memoised(
          index,
          key,
          value,
          findings,
          out => parseTargets(value, index, out),
        );
        break;
      case ANNOTATIONS.acceptedDependencies:
        annotations.acceptedDependencies = parseAcceptedDependencies(
          value,
          index,
          now,
          findings,
        );
        break;
      case ANNOTATIONS.exitPlan:
        annotations.exitPlan = memoised(index, key, value, findings, out =>
          parseExitPlan(value, out),
        );
        break;
      default: {
        const suggestion = nearest(key, KNOWN_KEYS);
        findings.push({
          code: 'unknown-annotation',
          severity: 'info',
          annotation: shorten(key),
          suggestion,
          message: `Unknown annotation ${shorten(key)}${
            suggestion ? `: did you mean ${suggestion}?` : ''
          }; it is ignored.`,
        });
      }
    }
  }
  return { annotations, findings };
}

/** Whether a hosting location keeps data inside the EU/EEA. @public */
export function isEuResident(hosting: HostingLocation | undefined): boolean {
  return !!hosting?.country && isEuCountry(hosting.country);
}
