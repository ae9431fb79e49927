import {
  discoveryKnowledge,
  knowledgeBase,
} from '@portolan/plugin-sovereignty-knowledge';
import { createDiscoveryLookup } from '../discovery/lookup';
import type { Source } from '@portolan/plugin-sovereignty-knowledge';
import type {
  DiscoveryRule,
  PackageEcosystem,
} from '@portolan/plugin-sovereignty-knowledge';

const { kubernetesSignals, pipelineFiles, sdkPackages } = discoveryKnowledge;
const serviceIds = new Set(knowledgeBase.services.map(s => s.id));
const urlOf = (source: Source) => ('url' in source ? source.url : undefined);

const tables: Record<string, Array<DiscoveryRule & { key: string }>> = {
  kubernetesSignals: kubernetesSignals.map(r => ({
    ...r,
    key: `${r.kind} ${r.match} ${r.value.toLowerCase()}`,
  })),
  sdkPackages: sdkPackages.map(r => ({
    ...r,
    key: `${r.ecosystem} ${r.match} ${r.name.toLowerCase()}`,
  })),
  pipelineFiles: pipelineFiles.map(r => ({
    ...r,
    key: `${r.match} ${r.fileName}`,
  })),
};

describe.each(Object.entries(tables))('%s', (_name, rules) => {
  it('points every rule at a service of the knowledge base or at neutral', () => {
    const dangling = rules.filter(
      r => r.target !== 'neutral' && !serviceIds.has(r.target),
    );
    expect(dangling.map(r => `${r.key} -> ${r.target}`)).toEqual([]);
  });

  it('explains every neutral rule', () => {
    expect(
      rules
        .filter(r => r.target === 'neutral' && !r.reason?.trim())
        .map(r => r.key),
    ).toEqual([]);
  });

  it('proves every rule with a documentation page', () => {
    const unsourced = rules.filter(
      r =>
        r.sources.length === 0 ||
        r.sources.some(s => !urlOf(s)?.startsWith('https://')),
    );
    expect(unsourced.map(r => r.key)).toEqual([]);
  });

  it('has no key twice', () => {
    const keys = rules.map(r => r.key);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});

describe('sdkPackages', () => {
  const REGISTRY: Record<PackageEcosystem, string> = {
    npm: 'https://www.npmjs.com/package/',
    pypi: 'https://pypi.org/project/',
    go: 'https://pkg.go.dev/',
    maven: 'https://central.sonatype.com/artifact/',
    nuget: 'https://www.nuget.org/packages/',
  };

  it("cites each package's own registry page", () => {
    const elsewhere = sdkPackages.filter(
      r => !urlOf(r.sources[0])?.startsWith(REGISTRY[r.ecosystem]),
    );
    expect(elsewhere.map(r => r.name)).toEqual([]);
  });

  it('writes names in lower case, PyPI names normalised per PEP 503', () => {
    const badNames = sdkPackages.filter(
      r =>
        r.name !== r.name.toLowerCase() ||
        (r.ecosystem === 'pypi' &&
          (r.name.includes('_') || r.name.includes('.'))) ||
        (r.ecosystem === 'maven' && r.name.split(':').length !== 2),
    );
    expect(badNames.map(r => r.name)).toEqual([]);
  });

  it.each([
    ['npm', '@azure/service-bus', 'azure:service-bus'],
    ['npm', '@azure/cosmos', 'azure:cosmos-db'],
    ['npm', '@azure/data-tables', 'azure:table-storage'],
    ['npm', '@azure/storage-blob', 'azure:blob-storage'],
    ['npm', '@azure/keyvault-secrets', 'azure:key-vault'],
    ['npm', '@azure/arm-storage', 'azure:resource-manager'],
    ['npm', '@aws-sdk/client-dynamodb', 'aws:dynamodb'],
    ['npm', '@aws-sdk/client-s3', 'aws:s3'],
    ['npm', '@google-cloud/pubsub', 'gcp:pubsub'],
    ['npm', '@google-cloud/storage', 'gcp:cloud-storage'],
    ['pypi', 'azure-servicebus', 'azure:service-bus'],
    ['pypi', 'azure-cosmos', 'azure:cosmos-db'],
    ['pypi', 'azure-data-tables', 'azure:table-storage'],
    ['pypi', 'google-cloud-secret-manager', 'gcp:secret-manager'],
    ['pypi', 'google-cloud-bigquery', 'gcp:bigquery'],
    ['maven', 'com.azure:azure-messaging-servicebus', 'azure:service-bus'],
    ['maven', 'software.amazon.awssdk:dynamodb', 'aws:dynamodb'],
    ['maven', 'com.google.cloud:google-cloud-pubsub', 'gcp:pubsub'],
    ['nuget', 'Azure.Messaging.ServiceBus', 'azure:service-bus'],
    ['nuget', 'AWSSDK.DynamoDBv2', 'aws:dynamodb'],
    ['nuget', 'Google.Cloud.PubSub.V1', 'gcp:pubsub'],
    [
      'go',
      'github.com/Azure/azure-sdk-for-go/sdk/data/azcosmos',
      'azure:cosmos-db',
    ],
    ['go', 'github.com/aws/aws-sdk-go-v2/service/dynamodb', 'aws:dynamodb'],
    [
      'go',
      'github.com/aws/aws-sdk-go-v2/feature/dynamodb/expression',
      'aws:dynamodb',
    ],
    ['go', 'cloud.google.com/go/pubsub', 'gcp:pubsub'],
    ['go', 'cloud.google.com/go/secretmanager', 'gcp:secret-manager'],
    ['go', 'cloud.google.com/go/compute/metadata', 'neutral'],
    ['npm', '@azure/identity', 'neutral'],
    ['npm', 'aws-sdk', 'neutral'],
    ['pypi', 'boto3', 'neutral'],
  ] as const)('maps %s %s to %s', (ecosystem, name, target) => {
    expect(createDiscoveryLookup().sdkPackage(ecosystem, name)?.target).toBe(
      target,
    );
  });
});

describe('kubernetesSignals', () => {
  it.each([
    [
      'annotation',
      'service.beta.kubernetes.io/aws-load-balancer-type',
      'aws:elb',
    ],
    ['annotation', 'eks.amazonaws.com/role-arn', 'aws:iam-roles'],
    ['annotation', 'eks.amazonaws.com/nodegroup', 'aws:eks'],
    [
      'annotation',
      'azure.workload.identity/client-id',
      'azure:managed-identity',
    ],
    ['storage-provisioner', 'file.csi.azure.com', 'azure:files'],
    ['ingress-class', 'gce-internal', 'gcp:cloud-load-balancing'],
    ['secret-store-provider', 'aws/ParameterStore', 'aws:ssm-parameter-store'],
    ['image-registry', 'myacr.azurecr.io', 'azure:container-registry'],
    ['image-registry', 'dkr.ecr.eu-west-1.amazonaws.com', 'aws:ecr'],
    ['image-registry', 'eu.gcr.io', 'gcp:artifact-registry'],
    ['image-registry', 'k8s.gcr.io', 'neutral'],
    [
      'api-group',
      'compute.cnrm.cloud.google.com/ComputeInstanceGroupManager',
      'gcp:managed-instance-groups',
    ],
    [
      'api-group',
      'compute.cnrm.cloud.google.com/ComputeInstance',
      'gcp:compute-engine',
    ],
    [
      'api-group',
      'cache.azure.com/RedisEnterpriseDatabase',
      'azure:managed-redis',
    ],
  ] as const)('maps %s %s to %s', (kind, value, target) => {
    expect(createDiscoveryLookup().kubernetesSignal(kind, value)?.target).toBe(
      target,
    );
  });
});

describe('pipelineFiles', () => {
  it('names pipeline files exactly or by their conventional suffix, in lower case', () => {
    const lookup = createDiscoveryLookup();
    expect(
      pipelineFiles.every(r => r.fileName === r.fileName.toLowerCase()),
    ).toBe(true);
    expect(lookup.pipelineFile('cloudbuild.yaml')?.target).toBe(
      'gcp:cloud-build',
    );
    expect(lookup.pipelineFile('deploy.cloudbuild.yml')?.target).toBe(
      'gcp:cloud-build',
    );
    expect(lookup.pipelineFile('Buildspec.yml')?.target).toBe('aws:codebuild');
    expect(lookup.pipelineFile('azure-pipelines.yaml')?.target).toBe(
      'azure:devops',
    );
    expect(lookup.pipelineFile('pipelines.yml')).toBeUndefined();
  });
});
