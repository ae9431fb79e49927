import {
  discoveryKnowledge,
  knowledgeBase,
} from '@portolan/plugin-sovereignty-knowledge';
import { createDiscoveryLookup } from '../discovery/lookup';
import type { DiscoveryRule } from '@portolan/plugin-sovereignty-knowledge';

const { armTypes, arnNamespaces, cloudFormationTypes } = discoveryKnowledge;

const serviceIds = new Set(knowledgeBase.services.map(s => s.id));
const tables: Record<
  string,
  Array<DiscoveryRule & { type?: string; namespace?: string }>
> = {
  armTypes,
  cloudFormationTypes,
  arnNamespaces,
};

describe.each(Object.entries(tables))('%s', (_name, rules) => {
  const key = (rule: (typeof rules)[number]) => rule.type ?? rule.namespace;

  it('points every rule at a service of the knowledge base or at neutral', () => {
    const dangling = rules.filter(
      r => r.target !== 'neutral' && !serviceIds.has(r.target),
    );
    expect(dangling.map(key)).toEqual([]);
  });

  it('explains every neutral rule', () => {
    const unexplained = rules.filter(
      r => r.target === 'neutral' && !r.reason?.trim(),
    );
    expect(unexplained.map(key)).toEqual([]);
  });

  it('proves every rule with a documentation page', () => {
    const unsourced = rules.filter(
      r =>
        r.sources.length === 0 ||
        r.sources.some(s => s.kind !== 'docs' || !s.url.startsWith('https://')),
    );
    expect(unsourced.map(key)).toEqual([]);
  });

  it('has no key twice', () => {
    const keys = rules.map(
      r => `${(r as { match?: string }).match ?? ''} ${key(r)?.toLowerCase()}`,
    );
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});

/**
 * Services no ARM or CloudFormation type creates, with the reason. Key
 * Vault certificates are issued through the vault's data plane; ARM has
 * no certificate type under Microsoft.KeyVault/vaults.
 */
const WITHOUT_TEMPLATE_TYPE = new Set([
  'azure:key-vault-certificates',
  // A share's protocol and a client's use of the Kafka endpoint are settings
  // and client choices, not ARM types: they are declared.
  'azure:files-nfs',
  'azure:event-hubs-kafka',
]);

describe('coverage', () => {
  const reachable = (rules: DiscoveryRule[]) =>
    new Set(rules.map(r => r.target));

  it('reaches every Azure service from an ARM or Bicep type', () => {
    const arm = reachable(armTypes);
    const missing = knowledgeBase.services
      .filter(
        s =>
          s.provider === 'azure' &&
          !arm.has(s.id) &&
          !WITHOUT_TEMPLATE_TYPE.has(s.id),
      )
      .map(s => s.id);
    expect(missing).toEqual([]);
  });

  it('reaches every AWS service from a CloudFormation type', () => {
    const cfn = reachable(cloudFormationTypes);
    const missing = knowledgeBase.services
      .filter(s => s.provider === 'aws' && !cfn.has(s.id))
      .map(s => s.id);
    expect(missing).toEqual([]);
  });
});

describe('lookups through the compiled tables', () => {
  const lookup = createDiscoveryLookup();

  it.each([
    ['Microsoft.KeyVault/vaults', 'azure:key-vault'],
    ['microsoft.keyvault/VAULTS/secrets', 'azure:key-vault'],
    ['Microsoft.KeyVault/vaults/keys', 'azure:key-vault-keys'],
    ['Microsoft.Storage/storageAccounts', 'azure:blob-storage'],
    [
      'Microsoft.Storage/storageAccounts/tableServices/tables',
      'azure:table-storage',
    ],
    ['Microsoft.Web/sites?kind=functionapp,linux', 'azure:functions'],
    ['Microsoft.Web/sites', 'azure:app-service'],
    ['Microsoft.Network/virtualNetworks/subnets', 'azure:virtual-network'],
    ['Microsoft.Authorization/roleDefinitions', 'neutral'],
  ])('ARM %s -> %s', (type, target) => {
    expect(lookup.armType(type)?.target).toBe(target);
  });

  it.each([
    ['AWS::S3::Bucket', 'aws:s3'],
    ['AWS::RDS::DBInstance?Engine=postgres', 'aws:rds-postgresql'],
    ['AWS::RDS::DBInstance?Engine=aurora-postgresql', 'aws:aurora'],
    ['AWS::RDS::DBInstance?Engine=sqlserver-ex', 'aws:rds-sqlserver'],
    ['AWS::RDS::DBCluster', 'aws:aurora'],
    ['AWS::RDS::DBCluster?Engine=mysql', 'aws:rds-mysql'],
    ['AWS::EC2::VPCEndpoint', 'aws:vpc'],
    ['AWS::EC2::SpotFleet', 'aws:ec2'],
    ['AWS::FSx::FileSystem?FileSystemType=WINDOWS', 'aws:fsx-windows'],
    ['AWS::Serverless::Function?Events.Type=SQS', 'aws:sqs'],
    ['AWS::IAM::User', 'neutral'],
    ['AWS::IAM::Role', 'aws:iam-roles'],
  ])('CloudFormation %s -> %s', (type, target) => {
    expect(lookup.cloudFormationType(type)?.target).toBe(target);
  });

  it('leaves an RDS instance of an engine no rule names undecided', () => {
    expect(
      lookup.cloudFormationType('AWS::RDS::DBInstance?Engine=oracle-ee'),
    ).toBeUndefined();
    expect(lookup.cloudFormationType('AWS::RDS::DBInstance')).toBeUndefined();
  });

  it('maps ARN namespaces', () => {
    expect(lookup.arnNamespace('events')?.target).toBe('aws:eventbridge');
    expect(lookup.arnNamespace('sts')?.target).toBe('neutral');
  });
});
