import { createKnowledgeIndex } from '../assessment/knowledgeIndex';
import { knowledgeBase as defaultKnowledgeBase } from '@portolan/plugin-sovereignty-knowledge';
import {
  discoveryKnowledge as defaultDiscoveryKnowledge,
  type DiscoveryKnowledge,
  type DiscoveryRule,
  type DiscoveryTarget,
  type KubernetesSignalKind,
  type PackageEcosystem,
  type TerraformAttributeRule,
  type TerraformProviderRule,
} from '@portolan/plugin-sovereignty-knowledge';
import type { KnowledgeBase, ServiceId } from '@portolan/plugin-sovereignty-knowledge';

/** A rule's decision, with the rule that made it (for its sources and reason). @public */
export interface LookupHit {
  target: DiscoveryTarget;
  rule: DiscoveryRule;
}

/**
 * Exact keys in a map, prefixes and suffixes tried longest first. Tables
 * hold a few hundred literals, so a lookup costs at most one pass over them
 * with `startsWith`/`endsWith`: linear in the key, no regular expressions.
 */
class LiteralTable {
  private readonly exact = new Map<string, LookupHit>();
  private readonly prefixes: Array<[string, LookupHit]> = [];
  private readonly suffixes: Array<[string, LookupHit]> = [];

  add(match: 'exact' | 'prefix' | 'suffix', key: string, hit: LookupHit) {
    const k = key.toLowerCase();
    if (match === 'exact') {
      if (!this.exact.has(k)) this.exact.set(k, hit);
    } else {
      (match === 'prefix' ? this.prefixes : this.suffixes).push([k, hit]);
    }
  }

  seal(): this {
    const longestFirst = (a: [string, LookupHit], b: [string, LookupHit]) =>
      b[0].length - a[0].length;
    this.prefixes.sort(longestFirst);
    this.suffixes.sort(longestFirst);
    return this;
  }

  find(key: string): LookupHit | undefined {
    const k = key.toLowerCase();
    const exact = this.exact.get(k);
    if (exact) return exact;
    for (const [prefix, hit] of this.prefixes) {
      if (k.startsWith(prefix)) return hit;
    }
    for (const [suffix, hit] of this.suffixes) {
      if (k.endsWith(suffix)) return hit;
    }
    return undefined;
  }
}

/**
 * The discovery tables compiled for lookups, built once per knowledge base.
 * Every method returns `undefined` for what no table knows.
 * @public
 */
export interface DiscoveryLookup {
  /** A Terraform resource or data source type: a service's own type, a sub-resource or glue. */
  terraformType(type: string): LookupHit | undefined;
  /** The rule that decides a multi-service type by attribute, if any. */
  terraformAttribute(type: string): TerraformAttributeRule | undefined;
  /** A module `source` without host and version, e.g. `terraform-aws-modules/s3-bucket/aws`. */
  terraformModule(source: string): LookupHit | undefined;
  /** A provider's local name (`aws`, `azurerm`, `google`, `ionoscloud`). */
  terraformProvider(name: string): TerraformProviderRule | undefined;
  /** The provider whose resource types start with this type's first segment. */
  terraformProviderOfType(type: string): TerraformProviderRule | undefined;
  armType(type: string): LookupHit | undefined;
  cloudFormationType(type: string): LookupHit | undefined;
  sdkPackage(ecosystem: PackageEcosystem, name: string): LookupHit | undefined;
  kubernetesSignal(
    kind: KubernetesSignalKind,
    value: string,
  ): LookupHit | undefined;
  arnNamespace(namespace: string): LookupHit | undefined;
  /** A pipeline definition's file name (`cloudbuild.yaml`), without folders. */
  pipelineFile(fileName: string): LookupHit | undefined;
  /** True when the id names a service of the knowledge base. */
  isService(id: string): id is ServiceId;
}

/** @public */
export function createDiscoveryLookup(
  options: { knowledgeBase?: KnowledgeBase; tables?: DiscoveryKnowledge } = {},
): DiscoveryLookup {
  const kb = options.knowledgeBase ?? defaultKnowledgeBase;
  const tables = options.tables ?? defaultDiscoveryKnowledge;
  const index = createKnowledgeIndex(kb);

  const terraform = new LiteralTable();
  for (const service of kb.services) {
    for (const type of service.terraformResources) {
      terraform.add('exact', type, {
        target: service.id,
        rule: { target: service.id, sources: service.sources },
      });
    }
  }
  for (const rule of tables.terraformTypes) {
    terraform.add(rule.match, rule.type, { target: rule.target, rule });
  }
  terraform.seal();

  const attributes = new Map(
    tables.terraformAttributes.map(rule => [rule.type.toLowerCase(), rule]),
  );
  const modules = new LiteralTable();
  for (const rule of tables.terraformModules) {
    modules.add('prefix', rule.source, { target: rule.target, rule });
  }
  modules.seal();
  const providers = new Map(
    tables.terraformProviders.map(rule => [rule.name.toLowerCase(), rule]),
  );

  const templateTable = (rules: DiscoveryKnowledge['armTypes']) => {
    const table = new LiteralTable();
    for (const rule of rules) {
      table.add(rule.match, rule.type, { target: rule.target, rule });
    }
    return table.seal();
  };
  const arm = templateTable(tables.armTypes);
  const cloudFormation = templateTable(tables.cloudFormationTypes);

  const sdk = new Map<PackageEcosystem, LiteralTable>();
  for (const rule of tables.sdkPackages) {
    let table = sdk.get(rule.ecosystem);
    if (!table) sdk.set(rule.ecosystem, (table = new LiteralTable()));
    table.add(rule.match, rule.name, { target: rule.target, rule });
  }
  for (const table of sdk.values()) table.seal();

  const signals = new Map<KubernetesSignalKind, LiteralTable>();
  for (const rule of tables.kubernetesSignals) {
    let table = signals.get(rule.kind);
    if (!table) signals.set(rule.kind, (table = new LiteralTable()));
    table.add(rule.match, rule.value, { target: rule.target, rule });
  }
  for (const table of signals.values()) table.seal();

  const arns = new Map(
    tables.arnNamespaces.map(rule => [
      rule.namespace.toLowerCase(),
      { target: rule.target, rule },
    ]),
  );

  const pipelines = new LiteralTable();
  for (const rule of tables.pipelineFiles) {
    pipelines.add(rule.match, rule.fileName, { target: rule.target, rule });
  }
  pipelines.seal();

  return {
    terraformType: type => terraform.find(type),
    terraformAttribute: type => attributes.get(type.toLowerCase()),
    terraformModule: source => modules.find(source),
    terraformProvider: name => providers.get(name.toLowerCase()),
    terraformProviderOfType: type => {
      const cut = type.indexOf('_');
      return cut > 0
        ? providers.get(type.slice(0, cut).toLowerCase())
        : undefined;
    },
    armType: type => arm.find(type),
    cloudFormationType: type => cloudFormation.find(type),
    sdkPackage: (ecosystem, name) => sdk.get(ecosystem)?.find(name),
    kubernetesSignal: (kind, value) => signals.get(kind)?.find(value),
    arnNamespace: namespace => arns.get(namespace.toLowerCase()),
    pipelineFile: fileName => pipelines.find(fileName),
    isService: (id: string): id is ServiceId => index.service(id)?.id === id,
  };
}
