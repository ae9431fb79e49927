import type { ProviderId, ServiceId, Source } from '../types';

/**
 * Lookup tables that turn what a repository holds into services. They are
 * knowledge like the services themselves: every entry has a source that
 * proves the mapping (the resource's or package's own documentation page).
 *
 * Matching is by exact key or by prefix/suffix on a literal, never by
 * regular expression, so detectors stay linear in their input.
 */

/**
 * `neutral`: recognised and deliberately ignored (IAM bindings, random
 * values, provider plumbing). Never reported as unknown, never a service.
 * @public
 */
export type DiscoveryTarget = ServiceId | 'neutral';

/** @public */
export interface DiscoveryRule {
  target: DiscoveryTarget;
  /** Why it maps there; required for `neutral`, so ignoring stays explained. */
  reason?: string;
  sources: Source[];
}

/** Terraform types beyond each service's own `terraformResources`. @public */
export interface TerraformTypeRule extends DiscoveryRule {
  /** `exact`: the whole type; `prefix`: every type starting with it (sub-resources, IAM glue). */
  match: 'exact' | 'prefix';
  type: string;
}

/**
 * One resource type that spans several services, decided by an attribute:
 * `engine` on `aws_db_instance`, `database_version` on
 * `google_sql_database_instance`, `kind` on `azurerm_cognitive_account`.
 * @public
 */
export interface TerraformAttributeRule {
  type: string;
  attribute: string;
  /** Matched against the attribute's literal value, lower case, by prefix. */
  values: Array<{ prefix: string; target: DiscoveryTarget }>;
  /** Used when the value is not a literal (a variable), and for unmatched literals unless `unmatched` says otherwise. */
  fallback: DiscoveryTarget;
  /**
   * `unknown`: a literal that matches no value is reported as an unknown
   * type (an Oracle `engine` is not PostgreSQL), instead of the fallback.
   */
  unmatched?: 'fallback' | 'unknown';
  sources: Source[];
}

/**
 * A registry module mapped to the service it creates. `source` is matched
 * by prefix against the module's `source` without host or version, so
 * `terraform-aws-modules/s3-bucket/aws` also covers its submodules.
 * @public
 */
export interface TerraformModuleRule extends DiscoveryRule {
  source: string;
}

/** A Terraform provider (by local name) and the attribute naming its region. @public */
export interface TerraformProviderRule {
  /** Local name in `provider "aws" {}` and the prefix of its resource types. */
  name: string;
  provider: ProviderId;
  /** Attribute holding the region in a provider block or resource, e.g. `region`, `location`. */
  regionAttributes: string[];
  /**
   * The control-plane service the provider's API is, when using the
   * provider at all means using it: `azure:resource-manager` for azurerm.
   */
  drives?: ServiceId;
  sources: Source[];
}

/**
 * ARM / Bicep resource types (`Microsoft.KeyVault/vaults`) and CloudFormation
 * types (`AWS::S3::Bucket`), case-insensitive. `prefix` covers child
 * resources (`Microsoft.KeyVault/vaults/secrets`) and whole namespaces.
 * @public
 */
export interface TemplateTypeRule extends DiscoveryRule {
  match: 'exact' | 'prefix';
  type: string;
}

/** @public */
export type PackageEcosystem = 'npm' | 'pypi' | 'go' | 'maven' | 'nuget';

/**
 * A cloud SDK package mapped to the service it calls. `match: prefix`
 * covers families such as `github.com/aws/aws-sdk-go-v2/service/s3`.
 * @public
 */
export interface SdkPackageRule extends DiscoveryRule {
  ecosystem: PackageEcosystem;
  match: 'exact' | 'prefix';
  /** Lower case; Maven as `groupId:artifactId`. */
  name: string;
}

/** @public */
export type KubernetesSignalKind =
  /** An annotation key (or key prefix) on any object. */
  | 'annotation'
  /** A StorageClass provisioner or CSI driver name. */
  | 'storage-provisioner'
  /** An IngressClass controller or `ingressClassName`. */
  | 'ingress-class'
  /** A key under an External Secrets SecretStore's `spec.provider`, or a CSI secrets-store provider. */
  | 'secret-store-provider'
  /** An image registry host, matched by suffix (`.azurecr.io`) or exactly (`gcr.io`). */
  | 'image-registry'
  /**
   * A custom resource's API group (`s3.services.k8s.aws`), or group and kind
   * (`elbv2.k8s.aws/TargetGroupBinding`), for the controllers that create
   * cloud resources from Kubernetes objects.
   */
  | 'api-group';

/** @public */
export interface KubernetesSignalRule extends DiscoveryRule {
  kind: KubernetesSignalKind;
  match: 'exact' | 'prefix' | 'suffix';
  value: string;
}

/**
 * An AWS ARN's service namespace (`arn:aws:s3:::bucket` -> `s3`), for
 * Resource entities the AWS catalog provider creates with
 * `amazonaws.com/arn`. Azure resource ids are mapped through `armTypes`.
 * @public
 */
export interface ArnNamespaceRule extends DiscoveryRule {
  namespace: string;
}

/**
 * A provider's build service, recognised by the name of its pipeline
 * definition (`cloudbuild.yaml`, `buildspec.yml`, `azure-pipelines.yml`):
 * the file only runs on that service. `suffix` covers prefixed names such
 * as `deploy.cloudbuild.yaml`.
 * @public
 */
export interface PipelineFileRule extends DiscoveryRule {
  match: 'exact' | 'suffix';
  /** Lower case. */
  fileName: string;
}

/** Every discovery lookup table. @public */
export interface DiscoveryKnowledge {
  terraformTypes: TerraformTypeRule[];
  terraformAttributes: TerraformAttributeRule[];
  terraformModules: TerraformModuleRule[];
  terraformProviders: TerraformProviderRule[];
  armTypes: TemplateTypeRule[];
  cloudFormationTypes: TemplateTypeRule[];
  sdkPackages: SdkPackageRule[];
  kubernetesSignals: KubernetesSignalRule[];
  arnNamespaces: ArnNamespaceRule[];
  pipelineFiles: PipelineFileRule[];
}
