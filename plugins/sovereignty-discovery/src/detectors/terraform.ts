import type {
  DiscoveryTarget,
  Evidence,
  ServiceId,
  TerraformAttributeRule,
  TerraformProviderRule,
} from '@portolan/plugin-sovereignty-common';
import type { HclAttribute } from '../hcl/parser';
import type { DiscoveryLookup } from '../lookup';
import type { Detector, DiscoverySink, RepositoryFile } from '../types';
import {
  readHclFile,
  readJsonFile,
  type TerraformBlock,
  type TerraformFile,
} from './terraform/blocks';
import { moduleAddress, normaliseModuleSource } from './terraform/moduleSource';

const DETECTOR_ID = 'terraform';

/**
 * Resources whose service is what they hold: an Azure storage account with
 * tables in the same file is table storage, not blob storage. The account
 * counts as each service its contents map to (types starting with
 * `contentPrefix`, apart from the account's own settings), and as its own
 * mapping only when it holds nothing else.
 */
const CONTAINERS: Array<{
  type: string;
  contentPrefix: string;
  settingsPrefix: string;
}> = [
  {
    type: 'azurerm_storage_account',
    contentPrefix: 'azurerm_storage_',
    settingsPrefix: 'azurerm_storage_account',
  },
];

const TERRAGRUNT_FILE = 'terragrunt.hcl';

const baseName = (path: string) =>
  path.slice(path.lastIndexOf('/') + 1).toLowerCase();

const isJson = (path: string) => {
  const name = baseName(path);
  return name.endsWith('.tf.json') || name.endsWith('.tofu.json');
};

function accepts(path: string): boolean {
  const name = baseName(path);
  return (
    name.endsWith('.tf') ||
    name.endsWith('.tofu') ||
    isJson(path) ||
    name === TERRAGRUNT_FILE
  );
}

/** Region literals are ids: lower case, no spaces (`West Europe` is azurerm's `westeurope`). */
const normaliseRegion = (value: string) =>
  value.toLowerCase().split(' ').join('').trim();

/** The rule's decision for this block, and whether a literal value made it. */
function decideByAttribute(
  rule: TerraformAttributeRule,
  attributes: Map<string, HclAttribute>,
): { target: DiscoveryTarget | undefined; decided: boolean; literal?: string } {
  const literal = attributes.get(rule.attribute)?.literal?.toLowerCase();
  if (literal !== undefined) {
    for (const value of rule.values) {
      if (literal.startsWith(value.prefix.toLowerCase())) {
        return { target: value.target, decided: true };
      }
    }
    if (rule.unmatched === 'unknown') {
      return { target: undefined, decided: true, literal };
    }
  }
  return { target: rule.fallback, decided: false };
}

class TerraformFileAnalysis {
  /** Types of every resource and data block in the file, for containers. */
  private readonly typesInFile: string[];

  constructor(
    private readonly file: RepositoryFile,
    private readonly parsed: TerraformFile,
    private readonly sink: DiscoverySink,
    private readonly lookup: DiscoveryLookup,
  ) {
    this.typesInFile = parsed.blocks
      .filter(block => block.kind === 'resource' || block.kind === 'data')
      .map(block => block.labels[0]);
  }

  run() {
    for (const block of this.parsed.blocks) {
      switch (block.kind) {
        case 'resource':
        case 'data':
          this.typedBlock(block);
          break;
        case 'module':
          this.moduleSource(block, block.attributes.get('source'));
          break;
        case 'terraform':
          // Terragrunt: `terraform { source = "tfr:///terraform-aws-modules/vpc/aws" }`.
          if (baseName(this.file.path) === TERRAGRUNT_FILE) {
            this.moduleSource(block, block.attributes.get('source'));
          }
          break;
        case 'provider':
          this.providerBlock(block);
          break;
        default:
          break;
      }
    }
  }

  private evidence(line: number | undefined, match: string): Evidence {
    return {
      path: this.file.path,
      ...(line ? { line } : {}),
      detector: DETECTOR_ID,
      match,
    };
  }

  private typedBlock(block: TerraformBlock) {
    const type = block.labels[0];
    const evidence = this.evidence(block.line, type);
    const attributeRule = this.lookup.terraformAttribute(type);
    const decision = attributeRule
      ? decideByAttribute(attributeRule, block.attributes)
      : undefined;
    const target = decision
      ? decision.target
      : this.lookup.terraformType(type)?.target;
    const provider = this.lookup.terraformProviderOfType(type);

    if (decision?.literal !== undefined && attributeRule) {
      // A value the table does not know (an Oracle engine): unknown, not a guess.
      this.sink.unknownType(
        `${type} ${attributeRule.attribute} = "${decision.literal}"`,
        evidence,
      );
    } else if (target === undefined) {
      if (provider) this.sink.unknownType(type, evidence);
    } else if (target !== 'neutral') {
      const contents = decision?.decided ? [] : this.containerContents(type);
      const services = contents.length > 0 ? contents : [target];
      for (const service of services) this.sink.service(service, evidence);
    }
    if (provider && block.kind === 'resource')
      this.regionOf(block, provider, type);
  }

  /** Services of what a container type holds in this file; empty when it is no container or holds nothing. */
  private containerContents(type: string): ServiceId[] {
    const container = CONTAINERS.find(c => c.type === type.toLowerCase());
    if (!container) return [];
    const services = new Set<ServiceId>();
    for (const other of this.typesInFile) {
      const lower = other.toLowerCase();
      if (
        !lower.startsWith(container.contentPrefix) ||
        lower.startsWith(container.settingsPrefix)
      ) {
        continue;
      }
      const target = this.lookup.terraformType(other)?.target;
      if (target && target !== 'neutral') services.add(target);
    }
    return [...services];
  }

  private regionOf(
    block: TerraformBlock,
    provider: TerraformProviderRule,
    match: string,
  ) {
    for (const attribute of provider.regionAttributes) {
      const value = block.attributes.get(attribute);
      if (!value) continue;
      const region =
        value.literal !== undefined ? normaliseRegion(value.literal) : '';
      this.sink.hosting(
        provider.provider,
        region === '' ? undefined : region,
        this.evidence(value.line || block.line, `${match}.${attribute}`),
      );
      return;
    }
  }

  private providerBlock(block: TerraformBlock) {
    const rule = this.lookup.terraformProvider(block.labels[0]);
    if (!rule) return;
    const match = `provider "${block.labels[0]}"`;
    if (rule.drives) {
      this.sink.service(rule.drives, this.evidence(block.line, match));
    }
    const statesRegion = rule.regionAttributes.some(attribute =>
      block.attributes.has(attribute),
    );
    if (statesRegion) {
      this.regionOf(block, rule, match);
    } else {
      this.sink.hosting(
        rule.provider,
        undefined,
        this.evidence(block.line, match),
      );
    }
  }

  private moduleSource(
    block: TerraformBlock,
    source: HclAttribute | undefined,
  ) {
    if (source?.literal === undefined) return;
    const normalised = normaliseModuleSource(source.literal);
    if (!normalised) return;
    const hit = this.lookup.terraformModule(normalised);
    if (!hit) return;
    const attributeRule = this.lookup.terraformAttribute(
      moduleAddress(normalised),
    );
    const decision = attributeRule
      ? decideByAttribute(attributeRule, block.attributes)
      : undefined;
    const target = decision ? decision.target : hit.target;
    if (decision?.literal !== undefined && attributeRule) {
      this.sink.unknownType(
        `${normalised} ${attributeRule.attribute} = "${decision.literal}"`,
        this.evidence(block.line, normalised),
      );
    } else if (target !== undefined && target !== 'neutral') {
      this.sink.service(target, this.evidence(block.line, normalised));
    }
  }
}

/**
 * Terraform and OpenTofu: `resource`/`data` types through the lookup
 * tables (attributes decide multi-service types), registry modules,
 * provider blocks and region attributes as hosting. Native syntax goes
 * through a linear HCL lexer, JSON syntax through JSON.parse; a broken file
 * gives one `unparsable-file` finding and whatever could still be read.
 * @public
 */
export const terraformDetector: Detector = {
  id: DETECTOR_ID,
  accepts,
  detect(file, sink, context) {
    sink.recognised(DETECTOR_ID);
    const parsed = isJson(file.path)
      ? readJsonFile(file.text)
      : readHclFile(file.text);
    if (parsed.problem) {
      const { line, message, count } = parsed.problem;
      sink.finding({
        code: 'unparsable-file',
        message: `${file.path}${line ? `:${line}` : ''}: ${message}${
          count > 1 ? ` (and ${count - 1} more problems)` : ''
        }; results from this file may be partial`,
        path: file.path,
        ...(line ? { line } : {}),
      });
    }
    new TerraformFileAnalysis(file, parsed, sink, context.lookup).run();
  },
};
