import type {
  AutoCheckId,
  CategoryId,
  ChecklistItemDefinition,
  CloudService,
  Effort,
  Equivalent,
  Fit,
  KnowledgeBase,
  OpenInterface,
  PortableFormat,
  Provider,
  ProviderId,
  ServiceModel,
  SovereignVariant,
} from './types';
import { DIMENSION_IDS, PROVIDER_IDS, TARGET_PROVIDER_IDS } from './types';

/*
 * One set of rules for every knowledge-base entry, built-in or an adopter's
 * (config or the -node extension point). Values arrive as `unknown`: config
 * is untyped and a JavaScript module bypasses the compiler. Each problem
 * names the entry and the field, e.g.
 * `sovereignty.knowledgeBase.services[0] (kubernetes:acme-bus).category: "queues" is not a category; ...`.
 */

// Records over the unions make the compiler fail when a member is added to
// types.ts without being added here, so runtime checks stay complete.
const OPEN_INTERFACES: Record<OpenInterface, true> = {
  kubernetes: true,
  'oci-distribution': true,
  s3: true,
  posix: true,
  nfs: true,
  smb: true,
  iscsi: true,
  postgresql: true,
  mysql: true,
  tds: true,
  mongodb: true,
  cassandra: true,
  redis: true,
  memcached: true,
  'amqp-0-9-1': true,
  'amqp-1.0': true,
  mqtt: true,
  kafka: true,
  nats: true,
  oidc: true,
  saml: true,
  kmip: true,
  pkcs11: true,
  openai: true,
  opensearch: true,
  elasticsearch: true,
  prometheus: true,
  otlp: true,
  loki: true,
  dns: true,
  http: true,
  ssh: true,
  'vm-image': true,
  terraform: true,
  graphql: true,
  smtp: true,
  git: true,
};
const PORTABLE_FORMATS: Record<PortableFormat, true> = {
  'oci-image': true,
  cloudevents: true,
  openapi: true,
};
const AUTO_CHECKS: Record<AutoCheckId, true> = {
  'criticality-declared': true,
  'data-classification-declared': true,
  'exit-plan-linked': true,
  'alternatives-identified': true,
  'portable-runtime': true,
  'portable-iac': true,
  'identity-open-standard': true,
  'customer-managed-keys': true,
  'eu-jurisdiction': true,
  'data-export-open-formats': true,
  'registry-under-control': true,
};
// The fields each entry may have: a misspelt field is refused, not ignored.
const PROVIDER_FIELDS: Record<keyof Provider, true> = {
  id: true,
  name: true,
  kind: true,
  headquarters: true,
  nonEuLawReach: true,
  regions: true,
  sovereignVariants: true,
  terraformProvider: true,
  notes: true,
  sources: true,
};
const REGION_FIELDS: Record<keyof Provider['regions'][number], true> = {
  id: true,
  country: true,
  name: true,
};
const VARIANT_FIELDS: Record<keyof SovereignVariant, true> = {
  name: true,
  rationale: true,
  jurisdictionLevel: true,
  regions: true,
  sources: true,
};
const SERVICE_FIELDS: Record<keyof CloudService, true> = {
  id: true,
  provider: true,
  name: true,
  category: true,
  model: true,
  interfaces: true,
  formats: true,
  terraformResources: true,
  aliases: true,
  preferredGapFiller: true,
  notes: true,
  sources: true,
};
const EQUIVALENT_FIELDS: Record<keyof Equivalent, true> = {
  category: true,
  provider: true,
  offering: true,
  fit: true,
  effort: true,
  interfaces: true,
  formats: true,
  terraformResources: true,
  notes: true,
  sources: true,
};
const CHECKLIST_FIELDS: Record<keyof ChecklistItemDefinition, true> = {
  id: true,
  title: true,
  description: true,
  requiredFrom: true,
  autoCheck: true,
  retestIntervalDays: true,
  dimension: true,
  sources: true,
};

const FITS: Fit[] = ['direct', 'partial', 're-architect', 'none'];
const EFFORTS: Effort[] = ['S', 'M', 'L', 'XL'];
const MODELS: ServiceModel[] = ['IaaS', 'PaaS', 'SaaS'];
const PROVIDER_KINDS = ['hyperscaler', 'eu-cloud', 'self-operated'];
const CRITICALITIES = ['standard', 'important', 'critical'];
const SOURCE_KINDS = ['docs', 'terraform', 'regulation', 'report'];

/**
 * Terraform resource-type prefixes per provider. Self-operated Kubernetes
 * has none: it is not provisioned through a cloud's Terraform provider.
 * @public
 */
export const TERRAFORM_PREFIXES: Record<ProviderId, string[]> = {
  azure: ['azurerm_', 'azuread_'],
  aws: ['aws_'],
  gcp: ['google_'],
  ionos: ['ionoscloud_'],
  stackit: ['stackit_'],
  ovhcloud: ['ovh_'],
  scaleway: ['scaleway_'],
  otc: ['opentelekomcloud_'],
  hetzner: ['hcloud_'],
  kubernetes: [],
};

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SERVICE_ID = /^([a-z0-9]+):([a-z0-9]+(-[a-z0-9]+)*)$/;
const TERRAFORM_TYPE = /^[a-z0-9]+_[a-z0-9_]+$/;
const HTTP_URL = /^https?:\/\/[^\s/]+\S*$/;
const COUNTRY = /^[A-Z]{2}$/;

/** What entries may refer to: the knowledge base they join. @public */
export interface KnowledgeReferences {
  categories: ReadonlySet<string>;
  gapFillers: ReadonlySet<string>;
  services: ReadonlySet<string>;
}

/** @public */
export function knowledgeReferences(kb: KnowledgeBase): KnowledgeReferences {
  return {
    categories: new Set(kb.categories.map(c => c.id)),
    gapFillers: new Set(kb.gapFillers.map(g => g.id)),
    services: new Set(kb.services.map(s => s.id)),
  };
}

/** Thrown when entries are refused; `problems` lists every one, each naming entry and field. @public */
export class KnowledgeValidationError extends Error {
  readonly problems: string[];
  constructor(summary: string, problems: string[]) {
    super(`${summary}:\n${problems.map(p => `  - ${p}`).join('\n')}`);
    this.name = 'KnowledgeValidationError';
    this.problems = problems;
  }
}

type Fields = Record<string, unknown>;

/** Collects problems for one entry, prefixed with where the entry is. */
class Checker {
  readonly problems: string[] = [];
  constructor(private readonly at: string, readonly value: Fields) {}

  problem(field: string, message: string) {
    this.problems.push(`${this.at}${field ? `.${field}` : ''}: ${message}`);
  }

  /** Refuses fields the entry type does not have. */
  fields(known: Record<string, true>) {
    for (const field of Object.keys(this.value)) {
      if (!(field in known)) {
        this.problem(
          field,
          `is not a field of this entry; use ${Object.keys(known).join(', ')}`,
        );
      }
    }
  }

  text(field: string, options: { optional?: boolean } = {}) {
    const value = this.value[field];
    if (value === undefined && options.optional) return undefined;
    if (typeof value !== 'string' || value.trim() === '') {
      this.problem(field, 'must be a non-empty string');
      return undefined;
    }
    return value;
  }

  oneOf(field: string, allowed: readonly string[], optional = false) {
    const value = this.value[field];
    if (value === undefined && optional) return;
    if (typeof value !== 'string' || !allowed.includes(value)) {
      this.problem(
        field,
        `${describe(value)} is not allowed; use one of ${allowed.join(', ')}`,
      );
    }
  }

  list(field: string, optional = false): unknown[] {
    const value = this.value[field];
    if (value === undefined && optional) return [];
    if (!Array.isArray(value)) {
      this.problem(field, 'must be a list');
      return [];
    }
    return value;
  }

  /** A list whose every member is one of `allowed`. */
  listOf(
    field: string,
    allowed: readonly string[],
    what: string,
    optional = false,
  ) {
    this.list(field, optional).forEach((item, i) => {
      if (typeof item !== 'string' || !allowed.includes(item)) {
        this.problem(
          `${field}[${i}]`,
          `${describe(item)} is not ${what}; use one of ${allowed.join(', ')}`,
        );
      }
    });
  }

  terraformTypes(field: string, provider: unknown) {
    const prefixes =
      typeof provider === 'string' && provider in TERRAFORM_PREFIXES
        ? TERRAFORM_PREFIXES[provider as ProviderId]
        : undefined;
    this.list(field).forEach((type, i) => {
      if (typeof type !== 'string' || !TERRAFORM_TYPE.test(type)) {
        this.problem(
          `${field}[${i}]`,
          `${describe(type)} is not a Terraform resource type`,
        );
      } else if (prefixes && !prefixes.some(p => type.startsWith(p))) {
        this.problem(
          `${field}[${i}]`,
          prefixes.length === 0
            ? `${provider} entries claim no Terraform provider types`
            : `"${type}" lacks the ${provider} prefix (${prefixes.join(
                ' or ',
              )})`,
        );
      }
    });
  }

  sources(field = 'sources') {
    const sources = this.list(field);
    if (sources.length === 0 && Array.isArray(this.value[field])) {
      this.problem(
        field,
        'must name at least one source that proves the entry',
      );
    }
    sources.forEach((source, i) =>
      this.problems.push(
        ...validateSource(source, `${this.at}.${field}[${i}]`),
      ),
    );
  }
}

function describe(value: unknown): string {
  return value === undefined ? 'a missing value' : JSON.stringify(value);
}

function asFields(value: unknown): Fields | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Fields)
    : undefined;
}

/** Starts checking an entry, or reports that it is no object at all. */
function check(
  value: unknown,
  at: string,
): Checker | { problems: string[]; value?: undefined } {
  const fields = asFields(value);
  return fields
    ? new Checker(at, fields)
    : { problems: [`${at}: must be an object, got ${describe(value)}`] };
}

/** One source: a page (http(s)), a Terraform type, a regulation or a report. @public */
export function validateSource(value: unknown, at: string): string[] {
  const c = check(value, at);
  if (!(c instanceof Checker)) return c.problems;
  c.oneOf('kind', SOURCE_KINDS);
  const url = (optional: boolean) => {
    const link = c.value.url;
    if (link === undefined && optional) return;
    if (typeof link !== 'string' || !HTTP_URL.test(link)) {
      c.problem('url', `${describe(link)} is not an http(s) URL`);
    }
  };
  switch (c.value.kind) {
    case 'docs':
      c.text('title');
      url(false);
      break;
    case 'terraform':
      if (
        typeof c.value.provider !== 'string' ||
        !/^[\w-]+\/[\w-]+$/.test(c.value.provider)
      ) {
        c.problem(
          'provider',
          'must be a registry address such as ionos-cloud/ionoscloud',
        );
      }
      if (
        typeof c.value.resourceType !== 'string' ||
        !TERRAFORM_TYPE.test(c.value.resourceType)
      ) {
        c.problem('resourceType', 'must be a Terraform resource type');
      }
      break;
    case 'regulation':
      c.text('title');
      c.text('reference');
      url(true);
      break;
    case 'report':
      c.text('title');
      url(true);
      break;
    default:
  }
  return c.problems;
}

/** A provider: the whole entry, as built in or after an override is merged onto it. @public */
export function validateProvider(value: unknown, at: string): string[] {
  const c = check(value, at);
  if (!(c instanceof Checker)) return c.problems;
  c.fields(PROVIDER_FIELDS);
  c.oneOf('id', PROVIDER_IDS);
  c.text('name');
  c.oneOf('kind', PROVIDER_KINDS);
  if (c.value.headquarters !== undefined) {
    if (
      typeof c.value.headquarters !== 'string' ||
      !COUNTRY.test(c.value.headquarters)
    ) {
      c.problem(
        'headquarters',
        'must be an ISO 3166-1 alpha-2 country code such as DE',
      );
    }
  }
  if (typeof c.value.nonEuLawReach !== 'boolean') {
    c.problem('nonEuLawReach', 'must be true or false');
  }
  const regionIds = new Set<string>();
  c.list('regions').forEach((region, i) => {
    const r = check(region, `${at}.regions[${i}]`);
    if (!(r instanceof Checker)) {
      c.problems.push(...r.problems);
      return;
    }
    r.fields(REGION_FIELDS);
    const id = r.text('id');
    if (id !== undefined) {
      if (id !== id.toLowerCase())
        r.problem('id', `"${id}" must be lower case`);
      if (regionIds.has(id)) r.problem('id', `"${id}" is listed twice`);
      regionIds.add(id);
    }
    if (typeof r.value.country !== 'string' || !COUNTRY.test(r.value.country)) {
      r.problem(
        'country',
        'must be an ISO 3166-1 alpha-2 country code such as DE',
      );
    }
    r.text('name', { optional: true });
    c.problems.push(...r.problems);
  });
  c.list('sovereignVariants', true).forEach((variant, i) => {
    const v = check(variant, `${at}.sovereignVariants[${i}]`);
    if (!(v instanceof Checker)) {
      c.problems.push(...v.problems);
      return;
    }
    v.fields(VARIANT_FIELDS);
    v.text('name');
    v.text('rationale');
    if (![0, 1, 2, 3, 4].includes(v.value.jurisdictionLevel as number)) {
      v.problem('jurisdictionLevel', 'must be a whole number from 0 to 4');
    }
    v.list('regions', true).forEach((region, j) => {
      if (typeof region !== 'string' || !regionIds.has(region)) {
        v.problem(
          `regions[${j}]`,
          `${describe(region)} is not one of the provider's regions`,
        );
      }
    });
    v.sources();
    c.problems.push(...v.problems);
  });
  if (c.value.terraformProvider !== undefined) {
    if (
      typeof c.value.terraformProvider !== 'string' ||
      !/^[\w-]+\/[\w-]+$/.test(c.value.terraformProvider)
    ) {
      c.problem(
        'terraformProvider',
        'must be a registry address such as ionos-cloud/ionoscloud',
      );
    }
  }
  c.text('notes');
  c.sources();
  return c.problems;
}

/** A declarable service, complete (new, or an override merged onto the built-in one). @public */
export function validateService(
  value: unknown,
  at: string,
  refs: KnowledgeReferences,
): string[] {
  const c = check(value, at);
  if (!(c instanceof Checker)) return c.problems;
  c.fields(SERVICE_FIELDS);
  const id = c.value.id;
  const match = typeof id === 'string' ? SERVICE_ID.exec(id) : null;
  if (!match || !(PROVIDER_IDS as readonly string[]).includes(match[1])) {
    c.problem(
      'id',
      `${describe(
        id,
      )} must be provider:product-in-kebab-case with provider one of ${PROVIDER_IDS.join(
        ', ',
      )}`,
    );
  } else if (c.value.provider !== match[1]) {
    c.problem('provider', `must be "${match[1]}", the prefix of the id`);
  }
  c.text('name');
  categoryOf(c, refs);
  c.oneOf('model', MODELS);
  c.listOf('interfaces', Object.keys(OPEN_INTERFACES), 'an open interface');
  c.listOf('formats', Object.keys(PORTABLE_FORMATS), 'a portable format', true);
  c.terraformTypes('terraformResources', c.value.provider);
  c.list('aliases', true).forEach((alias, i) => {
    if (typeof alias !== 'string' || !KEBAB.test(alias)) {
      c.problem(`aliases[${i}]`, `${describe(alias)} must be lower kebab case`);
    }
  });
  const filler = c.value.preferredGapFiller;
  if (
    filler !== undefined &&
    (typeof filler !== 'string' || !refs.gapFillers.has(filler))
  ) {
    c.problem(
      'preferredGapFiller',
      `${describe(filler)} is not a gap filler of the knowledge base`,
    );
  }
  c.text('notes', { optional: true });
  c.sources();
  return c.problems;
}

/** What a target provider offers for a category, complete. @public */
export function validateEquivalent(
  value: unknown,
  at: string,
  refs: KnowledgeReferences,
): string[] {
  const c = check(value, at);
  if (!(c instanceof Checker)) return c.problems;
  c.fields(EQUIVALENT_FIELDS);
  categoryOf(c, refs);
  c.oneOf('provider', TARGET_PROVIDER_IDS);
  c.text('offering');
  c.oneOf('fit', FITS);
  c.oneOf('effort', EFFORTS);
  c.listOf('interfaces', Object.keys(OPEN_INTERFACES), 'an open interface');
  c.listOf('formats', Object.keys(PORTABLE_FORMATS), 'a portable format', true);
  c.terraformTypes('terraformResources', c.value.provider);
  c.text('notes');
  c.sources();
  return c.problems;
}

/** An exit-plan checklist item, complete. @public */
export function validateChecklistItem(value: unknown, at: string): string[] {
  const c = check(value, at);
  if (!(c instanceof Checker)) return c.problems;
  c.fields(CHECKLIST_FIELDS);
  const id = c.value.id;
  if (typeof id !== 'string' || !KEBAB.test(id)) {
    c.problem('id', `${describe(id)} must be kebab case`);
  }
  c.text('title');
  c.text('description');
  c.oneOf('requiredFrom', CRITICALITIES, true);
  c.oneOf('autoCheck', Object.keys(AUTO_CHECKS), true);
  const days = c.value.retestIntervalDays;
  if (
    days !== undefined &&
    (!Number.isInteger(days) || (days as number) <= 0)
  ) {
    c.problem('retestIntervalDays', 'must be a whole number of days above 0');
  }
  c.oneOf('dimension', DIMENSION_IDS);
  c.sources();
  return c.problems;
}

function categoryOf(c: Checker, refs: KnowledgeReferences) {
  const category = c.value.category;
  if (
    typeof category !== 'string' ||
    !refs.categories.has(category as CategoryId)
  ) {
    c.problem(
      'category',
      `${describe(category)} is not a category; use one of ${[
        ...refs.categories,
      ].join(', ')}`,
    );
  }
}

/** Where an entry is, for messages: its list, position and key. @public */
export function entryLabel(list: string, index: number, key: unknown): string {
  return `${list}[${index}]${typeof key === 'string' ? ` (${key})` : ''}`;
}

/**
 * Every rule over a whole knowledge base: each entry as above, unique keys
 * per extensible list, and references that resolve. The built-in knowledge
 * base must pass it exactly as adopters' entries do. (Overrides and gap
 * fillers are not extensible; the knowledge-base test owns their finer
 * rules.)
 * @public
 */
export function validateKnowledgeBase(kb: KnowledgeBase): string[] {
  const refs = knowledgeReferences(kb);
  const problems: string[] = [];
  const unique = (list: string, keys: string[]) => {
    const seen = new Map<string, number>();
    keys.forEach((key, i) => {
      if (seen.has(key)) {
        problems.push(
          `${entryLabel(list, i, key)}: is listed twice (also at [${seen.get(
            key,
          )}])`,
        );
      } else seen.set(key, i);
    });
  };
  kb.providers.forEach((p, i) =>
    problems.push(...validateProvider(p, entryLabel('providers', i, p.id))),
  );
  kb.services.forEach((s, i) =>
    problems.push(...validateService(s, entryLabel('services', i, s.id), refs)),
  );
  kb.equivalents.forEach((e, i) =>
    problems.push(
      ...validateEquivalent(
        e,
        entryLabel('equivalents', i, `${e.category}@${e.provider}`),
        refs,
      ),
    ),
  );
  kb.checklist.forEach((item, i) =>
    problems.push(
      ...validateChecklistItem(item, entryLabel('checklist', i, item.id)),
    ),
  );
  kb.overrides.forEach((o, i) => {
    const at = entryLabel('overrides', i, `${o.service}@${o.provider}`);
    if (!refs.services.has(o.service))
      problems.push(`${at}.service: "${o.service}" is not a service`);
    if (!(TARGET_PROVIDER_IDS as readonly string[]).includes(o.provider)) {
      problems.push(`${at}.provider: "${o.provider}" is not a target provider`);
    }
    if (o.gapFiller && !refs.gapFillers.has(o.gapFiller)) {
      problems.push(`${at}.gapFiller: "${o.gapFiller}" is not a gap filler`);
    }
    if (o.sources.length === 0)
      problems.push(`${at}.sources: must name at least one source`);
    o.sources.forEach((s, j) =>
      problems.push(...validateSource(s, `${at}.sources[${j}]`)),
    );
  });
  kb.gapFillers.forEach((g, i) => {
    const at = entryLabel('gapFillers', i, g.id);
    if (!KEBAB.test(g.id)) problems.push(`${at}.id: must be kebab case`);
    g.categories.forEach((category, j) => {
      if (!refs.categories.has(category)) {
        problems.push(
          `${at}.categories[${j}]: "${category}" is not a category`,
        );
      }
    });
    if (g.sources.length === 0)
      problems.push(`${at}.sources: must name at least one source`);
    g.sources.forEach((s, j) =>
      problems.push(...validateSource(s, `${at}.sources[${j}]`)),
    );
  });
  unique(
    'providers',
    kb.providers.map(p => p.id),
  );
  unique(
    'categories',
    kb.categories.map(c => c.id),
  );
  unique(
    'services',
    kb.services.map(s => s.id),
  );
  unique(
    'equivalents',
    kb.equivalents.map(e => `${e.category}@${e.provider}`),
  );
  unique(
    'gapFillers',
    kb.gapFillers.map(g => g.id),
  );
  unique(
    'checklist',
    kb.checklist.map(c => c.id),
  );
  return problems;
}
