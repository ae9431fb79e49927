import type { Entity } from '@backstage/catalog-model';
import type {
  ServiceId,
  TargetProviderId,
} from '@portolan/plugin-sovereignty-knowledge';
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
  ANNOTATION_LIMITS,
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
import { BoundedCache } from './boundedCache';

/** What an unknown key may have meant. */
const KNOWN_KEY_LIST: string[] = [
  ...Object.values(ANNOTATIONS),
  ...Object.values(DISCOVERY_ANNOTATIONS),
];
const KNOWN_KEYS = new Set<string>(Object.values(ANNOTATIONS));
const DISCOVERY_KEYS = new Set<string>(Object.values(DISCOVERY_ANNOTATIONS));

/*
 * Catalogs repeat annotation values (the same hosting, the same service list
 * on sibling resources), so parsed values are kept per knowledge index. The
 * results are shared between assessments and never mutated. The key is the
 * value itself: values are capped (ANNOTATION_LIMITS) before they get here,
 * and the cache is bounded by the characters it holds, so a long value
 * posted again and again costs one parse, and many long values cost memory
 * only up to the bound.
 */
const MEMO_ENTRIES = 20_000;
/** About 8 MB of UTF-16 keys per knowledge index. */
const MEMO_CHARACTERS = 4_000_000;
type MemoEntry = { result: unknown; findings: Finding[] };
const memos = new WeakMap<KnowledgeIndex, BoundedCache<MemoEntry>>();

function memoised<T>(
  index: KnowledgeIndex,
  memoKey: string,
  findings: FindingCollector,
  parse: (out: Finding[]) => T,
): T {
  let memo = memos.get(index);
  if (!memo) {
    memo = new BoundedCache(MEMO_ENTRIES, MEMO_CHARACTERS);
    memos.set(index, memo);
  }
  let entry = memo.get(memoKey);
  if (!entry) {
    const out: Finding[] = [];
    entry = { result: parse(out), findings: out };
    memo.set(memoKey, entry);
  }
  for (const finding of entry.findings) findings.add(finding);
  return entry.result as T;
}

/**
 * The findings of one entity's parse: the first ANNOTATION_LIMITS.findings
 * are kept, the rest only counted, so a value full of mistakes yields a
 * response of bounded size.
 */
class FindingCollector {
  readonly kept: Finding[] = [];
  private dropped = 0;

  get full(): boolean {
    return this.kept.length >= ANNOTATION_LIMITS.findings;
  }

  add(finding: Finding): void {
    if (this.full) this.dropped += 1;
    else this.kept.push(finding);
  }

  /** Counts a finding without building it. */
  skip(): void {
    this.dropped += 1;
  }

  /** The kept findings, and one that counts the others. */
  result(): Finding[] {
    if (this.dropped > 0) {
      this.kept.push({
        code: 'findings-truncated',
        severity: 'warning',
        message: `${this.dropped} more problem(s) in this entity's portolan.dev annotations are not listed; fix the ones above first.`,
      });
    }
    return this.kept;
  }
}

/** Unknown values that may still get a "did you mean", per annotation value. */
class SuggestionBudget {
  private left: number = ANNOTATION_LIMITS.suggestions;

  /** Whether one more suggestion may be searched for; counts it. */
  take(): boolean {
    if (this.left <= 0) return false;
    this.left -= 1;
    return true;
  }
}

/** Long enough for any real value; longer ones are cut in messages. */
const MAX_SHOWN = 80;

function shorten(value: string): string {
  return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
}

/** The characters `\s` matches in JavaScript regular expressions. */
function isWhitespace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const isListSeparator = (code: number) =>
  code === 0x2c /* , */ || code === 0x0a || code === 0x0d;
const isLineSeparator = (code: number) => code === 0x0a || code === 0x0d;

/** Lower case, trimmed, inner runs of spaces, underscores and hyphens as one hyphen. */
export function normaliseToken(raw: string): string {
  const lower = raw.trim().toLowerCase();
  let result = '';
  let runStart = -1;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : -1;
    const joiner =
      code === 0x2d /* - */ || code === 0x5f /* _ */ || isWhitespace(code);
    if (joiner) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0) {
      result += '-';
      runStart = -1;
    }
    if (code >= 0) result += lower[i];
  }
  return result;
}

/** `Azure : Key Vault` -> `azure:key-vault`. */
export function normaliseId(raw: string): string {
  const colon = raw.indexOf(':');
  if (colon < 0) return normaliseToken(raw);
  return `${normaliseToken(raw.slice(0, colon))}:${normaliseToken(
    raw.slice(colon + 1),
  )}`;
}

/**
 * The trimmed, non-empty items between separators, at most `maxItems`;
 * `more` tells whether the value held further items.
 */
function splitItems(
  value: string,
  isSeparator: (code: number) => boolean,
  maxItems: number,
): { items: string[]; more: boolean } {
  const items: string[] = [];
  let start = 0;
  for (let i = 0; i <= value.length; i++) {
    if (i < value.length && !isSeparator(value.charCodeAt(i))) continue;
    if (i > start) {
      const item = value.slice(start, i).trim();
      if (item) {
        if (items.length === maxItems) return { items, more: true };
        items.push(item);
      }
    }
    start = i + 1;
  }
  return { items, more: false };
}

/** Splits a comma- or newline-separated list, dropping empty entries. */
export function splitList(value: string): string[] {
  return splitItems(value, isListSeparator, Infinity).items;
}

/** The runs of non-space characters of a trimmed string. */
function splitOnWhitespace(value: string): string[] {
  const parts: string[] = [];
  let start = -1;
  for (let i = 0; i <= value.length; i++) {
    const space = i === value.length || isWhitespace(value.charCodeAt(i));
    if (!space && start < 0) start = i;
    else if (space && start >= 0) {
      parts.push(value.slice(start, i));
      start = -1;
    }
  }
  return parts;
}

/** `provider:service`-shaped: a colon with something on both sides. */
function looksLikeId(part: string): boolean {
  const colon = part.indexOf(':', 1);
  return colon > 0 && colon < part.length - 1;
}

function tooManyItems(key: string, found: string): Finding {
  return {
    code: 'too-many-items',
    severity: 'warning',
    annotation: key,
    message: `${key} lists more than ${ANNOTATION_LIMITS.listItems} ${found}; the rest are not read.`,
  };
}

function parseServices(
  value: string,
  index: KnowledgeIndex,
  findings: Finding[],
): ServiceId[] {
  const key = ANNOTATIONS.services;
  const result: ServiceId[] = [];
  const seen = new Set<string>();
  const budget = new SuggestionBudget();
  const { items, more } = splitItems(
    value,
    isListSeparator,
    ANNOTATION_LIMITS.listItems,
  );
  let cut = more;
  const tokens: string[] = [];
  for (const raw of items) {
    if (tokens.length === ANNOTATION_LIMITS.listItems) {
      cut = true;
      break;
    }
    // "aws:s3 aws:sqs" is a list with a missing comma, not one id.
    const words = splitOnWhitespace(raw);
    const parts = words.length > 1 && words.every(looksLikeId) ? words : [raw];
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
      if (tokens.length === ANNOTATION_LIMITS.listItems) {
        cut = true;
        break;
      }
      tokens.push(part);
    }
  }
  for (const token of tokens) {
    const service = resolveServiceToken(token, key, index, budget);
    if (typeof service !== 'string') {
      findings.push(service);
    } else if (!seen.has(service)) {
      seen.add(service);
      result.push(service);
    }
  }
  if (cut) findings.push(tooManyItems(key, 'services'));
  return result;
}

/** What a typed token names: a service, or an unknown id and the nearest known one. */
type ResolvedToken =
  | ServiceId
  | { unknown: string; suggestion: ServiceId | undefined };

const TOKEN_MEMO_ENTRIES = 20_000;
const TOKEN_MEMO_CHARACTERS = 1_000_000;
/** Longer tokens are no id anyone typed: not worth a cache entry. */
const MAX_MEMOISED_TOKEN = 200;
const tokenMemos = new WeakMap<KnowledgeIndex, BoundedCache<ResolvedToken>>();

/**
 * The service id a typed token names, or the finding that says it names
 * none. Resolutions with their suggestion are memoised per token, since the
 * suggestion search is the costliest step of parsing; once the budget is
 * spent, unknown tokens get no suggestion, whether or not one is cached, so
 * the output does not depend on what was parsed before.
 */
function resolveServiceToken(
  token: string,
  annotation: string,
  index: KnowledgeIndex,
  budget: SuggestionBudget,
): ServiceId | Finding {
  let memo = tokenMemos.get(index);
  if (!memo) {
    memo = new BoundedCache(TOKEN_MEMO_ENTRIES, TOKEN_MEMO_CHARACTERS);
    tokenMemos.set(index, memo);
  }
  const cached =
    token.length <= MAX_MEMOISED_TOKEN ? memo.get(token) : undefined;
  const resolved = cached ?? lookUpServiceToken(token, index);
  if (typeof resolved === 'string') {
    if (!cached && token.length <= MAX_MEMOISED_TOKEN)
      memo.set(token, resolved);
    return resolved;
  }
  if (!budget.take()) {
    return unknownServiceFinding(
      token,
      resolved.unknown,
      annotation,
      undefined,
    );
  }
  let suggested = cached;
  if (!suggested || typeof suggested === 'string') {
    suggested = {
      unknown: resolved.unknown,
      suggestion: suggestService(resolved.unknown, index),
    };
    if (token.length <= MAX_MEMOISED_TOKEN) memo.set(token, suggested);
  }
  return unknownServiceFinding(
    token,
    suggested.unknown,
    annotation,
    suggested.suggestion,
  );
}

/** A known service, or the normalised id with no suggestion searched yet. */
function lookUpServiceToken(
  token: string,
  index: KnowledgeIndex,
): ResolvedToken {
  const id = normaliseId(token);
  return (
    index.service(id)?.id ??
    resolveProviderAlias(id, index) ?? { unknown: id, suggestion: undefined }
  );
}

/** Per knowledge index: each provider's service spellings, without the `provider:`. */
const spellingsByProvider = new WeakMap<
  KnowledgeIndex,
  Map<string, string[]>
>();

function serviceSpellingsOf(index: KnowledgeIndex, provider: string): string[] {
  let byProvider = spellingsByProvider.get(index);
  if (!byProvider) {
    byProvider = new Map();
    for (const spelling of index.serviceSpellings()) {
      const colon = spelling.indexOf(':');
      const owner = spelling.slice(0, colon);
      let list = byProvider.get(owner);
      if (!list) {
        list = [];
        byProvider.set(owner, list);
      }
      list.push(spelling.slice(colon + 1));
    }
    spellingsByProvider.set(index, byProvider);
  }
  return byProvider.get(provider) ?? [];
}

/**
 * The service an unknown `provider:service` id most likely meant: the
 * provider as typed or nearest, then the nearest service of that provider.
 * Two searches over short lists instead of one over every spelling; ids
 * without a provider get none (their finding asks for one).
 */
function suggestService(
  id: string,
  index: KnowledgeIndex,
): ServiceId | undefined {
  const colon = id.indexOf(':');
  if (colon < 0) return undefined;
  const typedProvider = id.slice(0, colon);
  const providerSpelling =
    index.providerId(typedProvider) ??
    nearest(typedProvider, index.providerSpellings());
  const provider = providerSpelling && index.providerId(providerSpelling);
  if (!provider) return undefined;
  const service = nearest(
    id.slice(colon + 1),
    serviceSpellingsOf(index, provider),
  );
  return service ? index.service(`${provider}:${service}`)?.id : undefined;
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
  annotation: string,
  suggestion: ServiceId | undefined,
): Finding {
  const shown = shorten(raw.trim());
  const missingProvider = !id.includes(':');
  return {
    code: 'unknown-service',
    severity: 'warning',
    annotation,
    value: shown,
    suggestion,
    message: missingProvider
      ? `"${shown}" is not a service id: write provider:service, e.g. azure:key-vault.`
      : `Unknown service "${shown}"${
          suggestion ? `: did you mean ${suggestion}?` : '.'
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
  const key = ANNOTATIONS.targetProviders;
  const targets: TargetProviderId[] = [];
  const budget = new SuggestionBudget();
  const { items, more } = splitItems(
    value,
    isListSeparator,
    ANNOTATION_LIMITS.listItems,
  );
  for (const raw of items) {
    const token = normaliseToken(raw);
    const provider = index.providerId(token);
    if (provider && index.isTargetProvider(provider)) {
      if (!targets.includes(provider)) targets.push(provider);
      continue;
    }
    const suggestion =
      provider || !budget.take()
        ? undefined
        : nearest(token, index.providerSpellings());
    const suggested = suggestion ? index.providerId(suggestion) : undefined;
    findings.push({
      code: 'invalid-target',
      severity: 'warning',
      annotation: key,
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
  if (more) findings.push(tooManyItems(key, 'providers'));
  return targets;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

function digitsAt(text: string, at: number, count: number): boolean {
  if (at + count > text.length) return false;
  for (let i = at; i < at + count; i++) {
    if (!isDigit(text.charCodeAt(i))) return false;
  }
  return true;
}

/**
 * The first `YYYY-MM` or `YYYY-MM-DD` in a reason, as written (not yet
 * checked as a date).
 */
function findReviewDate(
  text: string,
): { year: string; month: string; day?: string } | undefined {
  for (let at = 0; at + 7 <= text.length; at++) {
    if (!digitsAt(text, at, 4) || text[at + 4] !== '-') continue;
    if (!digitsAt(text, at + 5, 2)) continue;
    const day =
      text[at + 7] === '-' && digitsAt(text, at + 8, 2)
        ? text.slice(at + 8, at + 10)
        : undefined;
    return {
      year: text.slice(at, at + 4),
      month: text.slice(at + 5, at + 7),
      day,
    };
  }
  return undefined;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * `provider:service: reason` (a trimmed line) as id and reason: the id is two
 * runs of characters other than colons and spaces joined by a colon, then
 * the colon that starts the reason, spaces allowed before it.
 */
function splitAcceptedLine(
  line: string,
): { id: string; reason: string } | undefined {
  const idPart = (from: number) => {
    let at = from;
    while (
      at < line.length &&
      line[at] !== ':' &&
      !isWhitespace(line.charCodeAt(at))
    ) {
      at += 1;
    }
    return at;
  };
  const colon = idPart(0);
  if (colon === 0 || line[colon] !== ':') return undefined;
  const idEnd = idPart(colon + 1);
  if (idEnd === colon + 1) return undefined;
  let reasonColon = idEnd;
  while (
    reasonColon < line.length &&
    isWhitespace(line.charCodeAt(reasonColon))
  ) {
    reasonColon += 1;
  }
  if (line[reasonColon] !== ':') return undefined;
  return {
    id: line.slice(0, idEnd),
    reason: line.slice(reasonColon + 1).trim(),
  };
}

function parseAcceptedDependencies(
  value: string,
  index: KnowledgeIndex,
  now: string,
  findings: Finding[],
): AcceptedDependency[] {
  const key = ANNOTATIONS.acceptedDependencies;
  const result: AcceptedDependency[] = [];
  const budget = new SuggestionBudget();
  // Reasons may contain commas, so entries are separated by lines only.
  const { items, more } = splitItems(
    value,
    isLineSeparator,
    ANNOTATION_LIMITS.listItems,
  );
  for (const line of items) {
    const entry = splitAcceptedLine(line);
    if (!entry) {
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
    const service = resolveServiceToken(entry.id, key, index, budget);
    if (typeof service !== 'string') {
      findings.push(service);
      continue;
    }
    const { reason } = entry;
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
    const date = findReviewDate(reason);
    let reviewBy: string | undefined;
    if (date) {
      const year = Number(date.year);
      const month = Number(date.month);
      const day = date.day ? Number(date.day) : lastDayOfMonth(year, month);
      if (
        month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= lastDayOfMonth(year, month)
      ) {
        reviewBy = `${date.year}-${date.month}-${String(day).padStart(2, '0')}`;
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
  if (more) findings.push(tooManyItems(key, 'lines'));
  return result;
}

const isAsciiLetter = (code: number) =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

const HTTP_SCHEMES = ['https://', 'http://'];

/** `http://` or `https://`, any case, then a host and no spaces. */
function isHttpUrl(value: string): boolean {
  const lower = value.slice(0, 8).toLowerCase();
  const scheme = HTTP_SCHEMES.find(prefix => lower.startsWith(prefix));
  if (!scheme) return false;
  const start = scheme.length;
  if (start >= value.length || value[start] === '/') return false;
  for (let i = start; i < value.length; i++) {
    if (isWhitespace(value.charCodeAt(i))) return false;
  }
  return true;
}

/** Starts like a URL scheme (`mailto:`, `javascript:`, `C:`). */
function hasScheme(value: string): boolean {
  if (!isAsciiLetter(value.charCodeAt(0))) return false;
  for (let i = 1; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x3a /* : */) return true;
    const schemeChar =
      isAsciiLetter(code) ||
      isDigit(code) ||
      code === 0x2b /* + */ ||
      code === 0x2e /* . */ ||
      code === 0x2d; /* - */
    if (!schemeChar) return false;
  }
  return false;
}

/** Letters, digits, `_`, `.`, `/`, `-` and spaces only, and no `..`. */
function isRepositoryPath(value: string): boolean {
  if (value.length === 0 || value.includes('..')) return false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const allowed =
      isAsciiLetter(code) ||
      isDigit(code) ||
      code === 0x5f /* _ */ ||
      code === 0x2e /* . */ ||
      code === 0x2f /* / */ ||
      code === 0x20 ||
      code === 0x2d; /* - */
    if (!allowed) return false;
  }
  return true;
}

function parseExitPlan(
  value: string,
  findings: Finding[],
): ParsedAnnotations['exitPlan'] {
  const trimmed = value.trim();
  if (isHttpUrl(trimmed)) return { kind: 'url', value: trimmed };
  if (!hasScheme(trimmed) && isRepositoryPath(trimmed)) {
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

const LIST_KEYS = new Set<string>([
  ANNOTATIONS.services,
  ANNOTATIONS.targetProviders,
  ANNOTATIONS.acceptedDependencies,
]);

function lengthCap(key: string): number {
  if (LIST_KEYS.has(key)) return ANNOTATION_LIMITS.listLength;
  if (key === ANNOTATIONS.exitPlan) return ANNOTATION_LIMITS.urlLength;
  return ANNOTATION_LIMITS.valueLength;
}

/**
 * The part of an over-long list that is read: up to the last separator
 * within the cap, so no item is read half (a separator-free prefix is read
 * whole, as the one over-long item it is).
 */
function cutList(key: string, value: string, cap: number): string {
  const isSeparator =
    key === ANNOTATIONS.acceptedDependencies
      ? isLineSeparator
      : isListSeparator;
  for (let at = cap; at > 0; at--) {
    if (isSeparator(value.charCodeAt(at))) return value.slice(0, at);
  }
  return value.slice(0, cap);
}

/**
 * A value within its cap, cut (lists) or undefined (refused), with a
 * finding when it was over.
 */
function withinCap(
  key: string,
  value: string,
  findings: FindingCollector,
): string | undefined {
  const cap = lengthCap(key);
  if (value.length <= cap) return value;
  const list = LIST_KEYS.has(key);
  findings.add({
    code: 'value-too-long',
    severity: 'warning',
    annotation: key,
    value: shorten(value),
    message: `${key} is ${value.length} characters long, more than ${cap}; ${
      list
        ? `only the first ${cap} are read.`
        : 'it is not read. Shorten it to a real value.'
    }`,
  });
  return list ? cutList(key, value, cap) : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the `portolan.dev/*` annotations of an entity. Never throws: every
 * problem becomes a finding and the rest of the input is still used. Linear
 * in the size of the annotations, with the caps of ANNOTATION_LIMITS.
 * @public
 */
export function parseAnnotations(
  entity: Entity,
  index: KnowledgeIndex,
  now: string,
): ParseResult {
  const findings = new FindingCollector();
  const given: unknown = entity?.metadata?.annotations;
  const raw: Record<string, unknown> = isRecord(given) ? given : {};
  const annotations: ParsedAnnotations = {
    services: [],
    acceptedDependencies: [],
    kubernetesRuntime: KUBERNETES_ANNOTATIONS.some(k => !!raw[k]),
    annotated: false,
  };
  let keySuggestions = ANNOTATION_LIMITS.suggestions;
  for (const [key, rawValue] of Object.entries(raw)) {
    if (!key.startsWith(ANNOTATION_PREFIX)) continue;
    // Discovery's keys are read by discovery/parse.ts; what the catalog
    // module wrote does not make an entity annotated by people.
    if (DISCOVERY_KEYS.has(key)) continue;
    annotations.annotated = true;
    if (!KNOWN_KEYS.has(key)) {
      if (findings.full) {
        findings.skip();
        continue;
      }
      const suggestion =
        keySuggestions-- > 0 ? nearest(key, KNOWN_KEY_LIST) : undefined;
      findings.add({
        code: 'unknown-annotation',
        severity: 'info',
        annotation: shorten(key),
        suggestion,
        message: `Unknown annotation ${shorten(key)}${
          suggestion ? `: did you mean ${suggestion}?` : ''
        }; it is ignored.`,
      });
      continue;
    }
    if (typeof rawValue !== 'string') {
      findings.add({
        code: 'invalid-value',
        severity: 'warning',
        annotation: key,
        message: `${key} must be a string.`,
      });
      continue;
    }
    const value = withinCap(key, rawValue, findings);
    if (value === undefined) continue;
    const memoKey = `${key}\u0000${value}`;
    switch (key) {
      case ANNOTATIONS.services:
        annotations.services = memoised(index, memoKey, findings, out =>
          parseServices(value, index, out),
        );
        break;
      case ANNOTATIONS.hosting:
        annotations.hosting = memoised(index, memoKey, findings, out =>
          parseHosting(value, index, out),
        );
        break;
      case ANNOTATIONS.dataClassification:
        annotations.dataClassification = memoised(
          index,
          memoKey,
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
        annotations.criticality = memoised(index, memoKey, findings, out =>
          parseEnum<Criticality>(key, value, CRITICALITIES, out),
        );
        break;
      case ANNOTATIONS.targetProviders:
        annotations.targetProviders = memoised(index, memoKey, findings, out =>
          parseTargets(value, index, out),
        );
        break;
      case ANNOTATIONS.acceptedDependencies:
        // Whether a review is overdue depends on the day.
        annotations.acceptedDependencies = memoised(
          index,
          `${now.slice(0, 10)}\u0000${memoKey}`,
          findings,
          out => parseAcceptedDependencies(value, index, now, out),
        );
        break;
      case ANNOTATIONS.exitPlan:
        annotations.exitPlan = memoised(index, memoKey, findings, out =>
          parseExitPlan(value, out),
        );
        break;
      default:
        // Unreachable: KNOWN_KEYS holds exactly the keys of the cases above.
        break;
    }
  }
  return { annotations, findings: findings.result() };
}

/** Whether a hosting location keeps data inside the EU/EEA. @public */
export function isEuResident(hosting: HostingLocation | undefined): boolean {
  return !!hosting?.country && isEuCountry(hosting.country);
}
