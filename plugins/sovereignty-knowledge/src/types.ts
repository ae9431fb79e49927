/**
 * Types of the knowledge base: which providers exist, which services they
 * sell, what replaces each service at each EU provider, and what an exit
 * plan must cover. Every fact carries at least one {@link Source}.
 */

/** @public */
export const HYPERSCALER_IDS = ['azure', 'aws', 'gcp'] as const;
/** @public */
export const TARGET_PROVIDER_IDS = [
  'ionos',
  'stackit',
  'ovhcloud',
  'scaleway',
  'otc',
  'hetzner',
  'kubernetes',
] as const;
/** @public */
export const PROVIDER_IDS = [
  ...HYPERSCALER_IDS,
  ...TARGET_PROVIDER_IDS,
] as const;

/** @public */
export type HyperscalerId = (typeof HYPERSCALER_IDS)[number];
/** A provider an entity can migrate to: the EU clouds and self-operated Kubernetes. @public */
export type TargetProviderId = (typeof TARGET_PROVIDER_IDS)[number];
/** @public */
export type ProviderId = (typeof PROVIDER_IDS)[number];

/** `provider:product`, product in kebab case, e.g. `azure:key-vault`. @public */
export type ServiceId = `${ProviderId}:${string}`;

/** @public */
export type Fit = 'direct' | 'partial' | 're-architect' | 'none';
/** Konveyor-style effort sizes; weights 1/2/4/8. @public */
export type Effort = 'S' | 'M' | 'L' | 'XL';
/** @public */
export type ServiceModel = 'IaaS' | 'PaaS' | 'SaaS';

/**
 * Open, multi-vendor interfaces, each exact enough that "same interface"
 * means the client code keeps working against another implementation: one
 * wire protocol or API per entry (AMQP 0-9-1 and 1.0 are different
 * protocols). Artefact and description formats are {@link PortableFormat}s.
 * `vm-image` stays here for compute only: there the whole machine is the
 * workload and the same image boots unchanged.
 * @public
 */
export type OpenInterface =
  | 'kubernetes'
  | 'oci-distribution'
  | 's3'
  | 'posix'
  | 'nfs'
  | 'smb'
  | 'iscsi'
  | 'postgresql'
  | 'mysql'
  | 'tds'
  | 'mongodb'
  | 'cassandra'
  | 'redis'
  | 'memcached'
  | 'amqp-0-9-1'
  | 'amqp-1.0'
  | 'mqtt'
  | 'kafka'
  | 'nats'
  | 'oidc'
  | 'saml'
  | 'kmip'
  | 'pkcs11'
  | 'openai'
  | 'opensearch'
  | 'elasticsearch'
  | 'prometheus'
  | 'otlp'
  | 'loki'
  | 'dns'
  | 'http'
  | 'ssh'
  | 'vm-image'
  | 'terraform'
  | 'graphql'
  | 'smtp'
  | 'git';

/**
 * Open formats a service consumes or emits: a workload or event packaged in
 * one moves unchanged, but the platform around it (triggers, secrets,
 * domains, scaling, routing) is rebuilt. Sharing a format therefore makes a
 * move partial at best, never direct.
 * @public
 */
export type PortableFormat = 'oci-image' | 'cloudevents' | 'openapi';

/**
 * Whether a category's state survives a move through its interface.
 * `none`: nothing to carry over (or it is rebuilt by redeploying);
 * `portable`: data moves with open tools (dump and restore, replication,
 * copy), which is never a small job; `locked`: the provider does not let the
 * state out (password hashes, non-exportable key material), so it is
 * rebuilt whatever interface the target speaks.
 * @public
 */
export type StateMobility = 'none' | 'portable' | 'locked';

/** @public */
export type CategoryId =
  | 'compute'
  | 'autoscaling'
  | 'kubernetes'
  | 'container-platform'
  | 'functions'
  | 'object-storage'
  | 'block-storage'
  | 'file-storage'
  | 'postgresql'
  | 'mysql'
  | 'sql-server'
  | 'document-db'
  | 'key-value'
  | 'cache'
  | 'queue'
  | 'pubsub'
  | 'streaming'
  | 'secrets'
  | 'kms'
  | 'identity'
  | 'managed-identity'
  | 'registry'
  | 'logging'
  | 'metrics'
  | 'tracing'
  | 'cdn'
  | 'dns'
  | 'load-balancer'
  | 'waf'
  | 'api-gateway'
  | 'search'
  | 'llm'
  | 'iac'
  | 'resource-grouping'
  | 'data-warehouse'
  | 'email'
  | 'ci-cd'
  | 'networking'
  | 'certificates'
  | 'app-configuration'
  | 'backup'
  | 'workflow'
  | 'data-integration'
  | 'ml-platform'
  | 'security-posture';

/**
 * Where a fact comes from. `docs`: a provider's or project's page;
 * `terraform`: the resource type in the provider's Terraform provider proves
 * the offering exists; `regulation`: a legal text; `report`: a published
 * migration report or practitioner guidance.
 * @public
 */
export type Source =
  | { kind: 'docs'; title: string; url: string }
  | { kind: 'terraform'; provider: string; resourceType: string }
  | { kind: 'regulation'; title: string; reference: string; url?: string }
  | { kind: 'report'; title: string; url?: string };

/** @public */
export interface SovereignVariant {
  name: string;
  /** What the variant changes (residency, operations) and what it does not (parent jurisdiction). */
  rationale: string;
  /** SEAL-style level 0-4 the variant reaches for jurisdiction. */
  jurisdictionLevel: 0 | 1 | 2 | 3 | 4;
  /**
   * Region ids (of the provider's `regions`) that belong to the variant:
   * hosting there scores by the variant's level. Absent when the variant is
   * a contract or control layer over ordinary regions.
   */
  regions?: string[];
  sources: Source[];
}

/** @public */
export interface Provider {
  id: ProviderId;
  name: string;
  kind: 'hyperscaler' | 'eu-cloud' | 'self-operated';
  /** ISO 3166-1 alpha-2 country of the ultimate parent's headquarters; absent for self-operated. */
  headquarters?: string;
  /** True when a non-EU parent's law (e.g. the US CLOUD Act) can compel access to data. */
  nonEuLawReach: boolean;
  /** Known region ids, lower case, for validating `portolan.dev/hosting`. */
  regions: Array<{ id: string; country: string; name?: string }>;
  sovereignVariants?: SovereignVariant[];
  /** Terraform provider source address, e.g. `ionos-cloud/ionoscloud`. */
  terraformProvider?: string;
  notes: string;
  sources: Source[];
}

/** @public */
export interface Category {
  id: CategoryId;
  name: string;
  description: string;
  /** What happens to the category's data on a move; absent means `none`. */
  state?: StateMobility;
  /** Why the state is locked or what moving it takes, with its sources. */
  stateNote?: { text: string; sources: Source[] };
}

/** A hyperscaler (or EU) service an entity can declare in `portolan.dev/services`. @public */
export interface CloudService {
  id: ServiceId;
  provider: ProviderId;
  name: string;
  category: CategoryId;
  model: ServiceModel;
  /** The open interfaces it speaks; empty when only a proprietary API exists. */
  interfaces: OpenInterface[];
  /** Open formats its workloads or events come in (e.g. OCI images); see {@link PortableFormat}. */
  formats?: PortableFormat[];
  /** Terraform resource types (with prefix) that identify the service in IaC. */
  terraformResources: string[];
  /** Other spellings people type, normalised to lower kebab case, e.g. `blob-storage`. */
  aliases?: string[];
  /** Gap filler that best fits this particular service, overriding the category's default. */
  preferredGapFiller?: string;
  notes?: string;
  sources: Source[];
}

/**
 * What a target provider offers for a category. The engine derives the fit
 * for a concrete source service: `direct` when both speak a shared open
 * interface listed in `interfaces`, otherwise `fit` from here, unless a
 * {@link ServiceTargetOverride} says otherwise.
 * @public
 */
export interface Equivalent {
  category: CategoryId;
  provider: TargetProviderId;
  offering: string;
  fit: Fit;
  effort: Effort;
  interfaces: OpenInterface[];
  formats?: PortableFormat[];
  terraformResources: string[];
  notes: string;
  sources: Source[];
}

/**
 * A fit that differs from the category rule for one source service at one
 * target. With `system`, it is evidence from that system's own migration
 * (e.g. a published report) and applies only when assessing the system and
 * its parts: one team's context is not everyone's.
 * @public
 */
export interface ServiceTargetOverride {
  service: ServiceId;
  provider: TargetProviderId;
  /** Entity ref of the System the evidence is about, e.g. `system:default/ai-assistant`. */
  system?: string;
  fit: Fit;
  effort: Effort;
  offering?: string;
  gapFiller?: string;
  notes: string;
  sources: Source[];
}

/** An open-source, Kubernetes-native replacement a team can run itself. @public */
export interface GapFiller {
  id: string;
  name: string;
  categories: CategoryId[];
  interfaces: OpenInterface[];
  formats?: PortableFormat[];
  license: string;
  /** What running it moves onto the team: upgrades, backups, on-call. */
  operatingBurden: string;
  effort: Effort;
  notes?: string;
  /** What a team must know before choosing it (e.g. a licence), repeated in every mapping cell that names it. */
  caveat?: string;
  sources: Source[];
}

/** Checks the engine can evaluate from entity metadata alone. @public */
export type AutoCheckId =
  | 'criticality-declared'
  | 'data-classification-declared'
  | 'exit-plan-linked'
  | 'alternatives-identified'
  | 'portable-runtime'
  | 'portable-iac'
  | 'identity-open-standard'
  | 'customer-managed-keys'
  | 'eu-jurisdiction'
  | 'data-export-open-formats'
  | 'registry-under-control';

/** @public */
export interface ChecklistItemDefinition {
  id: string;
  title: string;
  description: string;
  /** Only required when the entity's criticality is at least this. */
  requiredFrom?: 'standard' | 'important' | 'critical';
  autoCheck?: AutoCheckId;
  /** People must re-confirm the item after this many days (e.g. a yearly exit test). */
  retestIntervalDays?: number;
  /** Which assessment dimension the item counts towards. */
  dimension: DimensionId;
  sources: Source[];
}

/**
 * Dimensions follow the EU Cloud Sovereignty Framework objectives that entity
 * metadata can evidence.
 * @public
 */
export type DimensionId = (typeof DIMENSION_IDS)[number];

/**
 * The dimension ids, in the engine's order; the engine defines their names
 * and weights.
 * @public
 */
export const DIMENSION_IDS = [
  'strategic',
  'legal',
  'data',
  'operational',
  'supply-chain',
  'technology',
  'security',
] as const;

/** @public */
export interface KnowledgeBase {
  version: string;
  providers: Provider[];
  categories: Category[];
  services: CloudService[];
  equivalents: Equivalent[];
  overrides: ServiceTargetOverride[];
  gapFillers: GapFiller[];
  checklist: ChecklistItemDefinition[];
}
