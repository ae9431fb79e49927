import type { Source } from '../types';
import { docs } from '../sources';
import type {
  DiscoveryTarget,
  PackageEcosystem,
  SdkPackageRule,
} from './types';

/*
 * Cloud SDK packages and the service each one calls. Found in a manifest
 * (package.json, requirements.txt, pyproject.toml, go.mod, pom.xml, Gradle,
 * .csproj), such a package means application code talks to the service:
 * moving off it is a code change, not only new infrastructure.
 *
 * Names are written as the registry spells them; lookups are case-blind.
 * A trailing `*` makes a prefix rule (a family of modules). Go modules are
 * looked up without a trailing major version (`/v2`), so one rule covers
 * every major version of a module.
 *
 * Decisions:
 * - Credential libraries (`@azure/identity`, `azure-identity`, `Azure.Identity`,
 *   `azidentity`, `google-auth-library`, AWS credential providers and STS) are
 *   neutral: they only obtain tokens for the SDKs of the services that carry
 *   the lock-in. Entra ID as the identity provider of users is evidenced by
 *   MSAL, which is mapped to `azure:entra-id`.
 * - Monolithic SDKs that reach every service of a provider (`aws-sdk` v2,
 *   `boto3`, `botocore`, `github.com/aws/aws-sdk-go` v1, the Java v1 bundle,
 *   `googleapis`, `google-api-python-client`, `google.golang.org/api`) are
 *   neutral: the dependency alone does not tell which service is called, and
 *   naming one would be a guess. The services come from the repository's
 *   infrastructure code or from service-specific packages.
 * - Management-plane libraries of Azure (`@azure/arm-*`, `azure-mgmt-*`,
 *   `com.azure.resourcemanager`, `Azure.ResourceManager*`, Go
 *   `sdk/resourcemanager/*`) map to `azure:resource-manager`: code that
 *   provisions through ARM is tied to ARM whatever it creates.
 * - One API for several services (AWS RDS, the Cloud SQL connectors) is
 *   neutral; the engine comes from the infrastructure code.
 */

interface ServiceSdks {
  target: DiscoveryTarget;
  reason?: string;
  npm?: string[];
  pypi?: string[];
  go?: string[];
  maven?: string[];
  nuget?: string[];
}

const ECOSYSTEMS: PackageEcosystem[] = ['npm', 'pypi', 'go', 'maven', 'nuget'];

/**
 * The registry page of a package, or of an example member of a prefix family,
 * per ecosystem: a Record, so a new ecosystem does not compile without one.
 */
const REGISTRY_PAGES: Record<PackageEcosystem, (name: string) => Source> = {
  npm: name => docs(`npm: ${name}`, `https://www.npmjs.com/package/${name}`),
  pypi: name => docs(`PyPI: ${name}`, `https://pypi.org/project/${name}/`),
  go: name => docs(`pkg.go.dev: ${name}`, `https://pkg.go.dev/${name}`),
  maven: name => {
    const [group, artifact] = name.split(':');
    return docs(
      `Maven Central: ${name}`,
      `https://central.sonatype.com/artifact/${group}/${artifact}`,
    );
  },
  nuget: name =>
    docs(`NuGet: ${name}`, `https://www.nuget.org/packages/${name}`),
};

/**
 * A prefix family is written `family*=example`: the rule matches the family,
 * its source is the registry page of the named example member.
 */
function rulesOf(entry: ServiceSdks): SdkPackageRule[] {
  const rules: SdkPackageRule[] = [];
  for (const ecosystem of ECOSYSTEMS) {
    for (const written of entry[ecosystem] ?? []) {
      const [pattern, example] = written.split('=');
      const prefix = pattern.endsWith('*');
      const name = prefix ? pattern.slice(0, -1) : pattern;
      rules.push({
        ecosystem,
        match: prefix ? 'prefix' : 'exact',
        name: name.toLowerCase(),
        target: entry.target,
        ...(entry.reason ? { reason: entry.reason } : {}),
        sources: [REGISTRY_PAGES[ecosystem](example ?? name)],
      });
    }
  }
  return rules;
}

const AZURE_GO = 'github.com/Azure/azure-sdk-for-go/sdk';
const AWS_GO = 'github.com/aws/aws-sdk-go-v2/service';

/** An AWS service's clients in the v3 JS, Go v2, Java v2 and .NET SDKs. */
const aws = (
  target: DiscoveryTarget,
  ids: { js: string[]; go: string[]; java: string[]; dotnet: string[] },
  extra: Omit<ServiceSdks, 'target'> = {},
): ServiceSdks => ({
  target,
  reason: extra.reason,
  npm: [...ids.js.map(id => `@aws-sdk/client-${id}`), ...(extra.npm ?? [])],
  pypi: extra.pypi,
  go: [...ids.go.map(id => `${AWS_GO}/${id}`), ...(extra.go ?? [])],
  maven: [
    ...ids.java.map(id => `software.amazon.awssdk:${id}`),
    ...(extra.maven ?? []),
  ],
  nuget: [...ids.dotnet.map(id => `AWSSDK.${id}`), ...(extra.nuget ?? [])],
});

/** A Google Cloud client library in the usual spelling of each ecosystem. */
const gcp = (
  target: DiscoveryTarget,
  ids: {
    js?: string[];
    py?: string[];
    go?: string[];
    java?: string[];
    dotnet?: string[];
  },
  extra: Omit<ServiceSdks, 'target'> = {},
): ServiceSdks => ({
  target,
  reason: extra.reason,
  npm: [
    ...(ids.js ?? []).map(id => `@google-cloud/${id}`),
    ...(extra.npm ?? []),
  ],
  pypi: [
    ...(ids.py ?? []).map(id => `google-cloud-${id}`),
    ...(extra.pypi ?? []),
  ],
  go: [
    ...(ids.go ?? []).map(id => `cloud.google.com/go/${id}`),
    ...(extra.go ?? []),
  ],
  maven: [
    ...(ids.java ?? []).map(id => `com.google.cloud:google-cloud-${id}`),
    ...(extra.maven ?? []),
  ],
  nuget: [
    ...(ids.dotnet ?? []).map(id => `Google.Cloud.${id}`),
    ...(extra.nuget ?? []),
  ],
});

const azureSdks: ServiceSdks[] = [
  {
    target: 'azure:blob-storage',
    npm: ['@azure/storage-blob', '@azure/storage-file-datalake'],
    pypi: ['azure-storage-blob', 'azure-storage-file-datalake'],
    go: [`${AZURE_GO}/storage/azblob`, `${AZURE_GO}/storage/azdatalake`],
    maven: [
      'com.azure:azure-storage-blob',
      'com.azure:azure-storage-file-datalake',
    ],
    nuget: ['Azure.Storage.Blobs', 'Azure.Storage.Files.DataLake'],
  },
  {
    target: 'azure:files',
    npm: ['@azure/storage-file-share'],
    pypi: ['azure-storage-file-share'],
    go: [`${AZURE_GO}/storage/azfile`],
    maven: ['com.azure:azure-storage-file-share'],
    nuget: ['Azure.Storage.Files.Shares'],
  },
  {
    target: 'azure:storage-queues',
    npm: ['@azure/storage-queue'],
    pypi: ['azure-storage-queue'],
    go: [`${AZURE_GO}/storage/azqueue`],
    maven: ['com.azure:azure-storage-queue'],
    nuget: ['Azure.Storage.Queues'],
  },
  {
    target: 'azure:table-storage',
    npm: ['@azure/data-tables'],
    pypi: ['azure-data-tables'],
    go: [`${AZURE_GO}/data/aztables`],
    maven: ['com.azure:azure-data-tables'],
    nuget: ['Azure.Data.Tables'],
  },
  {
    target: 'azure:cosmos-db',
    npm: ['@azure/cosmos'],
    pypi: ['azure-cosmos'],
    go: [`${AZURE_GO}/data/azcosmos`],
    maven: ['com.azure:azure-cosmos', 'com.azure:azure-spring-data-cosmos'],
    nuget: ['Microsoft.Azure.Cosmos'],
  },
  {
    target: 'azure:service-bus',
    npm: ['@azure/service-bus'],
    pypi: ['azure-servicebus'],
    go: [`${AZURE_GO}/messaging/azservicebus`],
    maven: ['com.azure:azure-messaging-servicebus'],
    nuget: ['Azure.Messaging.ServiceBus', 'Microsoft.Azure.ServiceBus'],
  },
  {
    target: 'azure:event-hubs',
    npm: ['@azure/event-hubs', '@azure/eventhubs-checkpointstore-blob'],
    pypi: ['azure-eventhub', 'azure-eventhub-checkpointstoreblob-aio'],
    go: [`${AZURE_GO}/messaging/azeventhubs`],
    maven: [
      'com.azure:azure-messaging-eventhubs',
      'com.azure:azure-messaging-eventhubs-checkpointstore-blob',
    ],
    nuget: ['Azure.Messaging.EventHubs', 'Azure.Messaging.EventHubs.Processor'],
  },
  {
    target: 'azure:event-grid',
    npm: ['@azure/eventgrid'],
    pypi: ['azure-eventgrid'],
    go: [`${AZURE_GO}/messaging/azeventgrid`],
    maven: ['com.azure:azure-messaging-eventgrid'],
    nuget: ['Azure.Messaging.EventGrid'],
  },
  {
    target: 'azure:key-vault',
    npm: ['@azure/keyvault-secrets'],
    pypi: ['azure-keyvault-secrets'],
    go: [`${AZURE_GO}/security/keyvault/azsecrets`],
    maven: ['com.azure:azure-security-keyvault-secrets'],
    nuget: [
      'Azure.Security.KeyVault.Secrets',
      'Azure.Extensions.AspNetCore.Configuration.Secrets',
    ],
  },
  {
    target: 'azure:key-vault-certificates',
    npm: ['@azure/keyvault-certificates'],
    pypi: ['azure-keyvault-certificates'],
    go: [`${AZURE_GO}/security/keyvault/azcertificates`],
    maven: ['com.azure:azure-security-keyvault-certificates'],
    nuget: ['Azure.Security.KeyVault.Certificates'],
  },
  {
    target: 'azure:app-configuration',
    npm: ['@azure/app-configuration'],
    pypi: ['azure-appconfiguration'],
    go: [`${AZURE_GO}/data/azappconfig`],
    maven: ['com.azure:azure-data-appconfiguration'],
    nuget: [
      'Azure.Data.AppConfiguration',
      'Microsoft.Extensions.Configuration.AzureAppConfiguration',
    ],
  },
  {
    target: 'azure:batch',
    npm: ['@azure/batch'],
    pypi: ['azure-batch'],
    maven: ['com.azure:azure-compute-batch'],
    nuget: ['Microsoft.Azure.Batch'],
  },
  {
    target: 'azure:data-explorer',
    npm: ['azure-kusto-data'],
    pypi: ['azure-kusto-data'],
    go: ['github.com/Azure/azure-kusto-go'],
    maven: ['com.microsoft.azure.kusto:kusto-data'],
    nuget: ['Microsoft.Azure.Kusto.Data'],
  },
  {
    target: 'azure:machine-learning',
    pypi: ['azure-ai-ml', 'azureml-core'],
  },
  {
    target: 'azure:signalr',
    nuget: ['Microsoft.Azure.SignalR', 'Microsoft.Azure.SignalR.Management'],
  },
  {
    target: 'azure:web-pubsub',
    npm: ['@azure/web-pubsub'],
    pypi: ['azure-messaging-webpubsubservice'],
    maven: ['com.azure:azure-messaging-webpubsub'],
    nuget: ['Azure.Messaging.WebPubSub'],
  },
  {
    target: 'azure:notification-hubs',
    npm: ['@azure/notification-hubs'],
    nuget: ['Microsoft.Azure.NotificationHubs'],
  },
  {
    target: 'azure:key-vault-keys',
    npm: ['@azure/keyvault-keys'],
    pypi: ['azure-keyvault-keys'],
    go: [`${AZURE_GO}/security/keyvault/azkeys`],
    maven: ['com.azure:azure-security-keyvault-keys'],
    nuget: ['Azure.Security.KeyVault.Keys'],
  },
  {
    target: 'azure:container-registry',
    npm: ['@azure/container-registry'],
    pypi: ['azure-containerregistry'],
    go: [`${AZURE_GO}/containers/azcontainerregistry`],
    maven: ['com.azure:azure-containers-containerregistry'],
    nuget: ['Azure.Containers.ContainerRegistry'],
  },
  {
    target: 'azure:log-analytics',
    npm: ['@azure/monitor-query', '@azure/monitor-ingestion'],
    pypi: ['azure-monitor-query', 'azure-monitor-ingestion'],
    go: [
      `${AZURE_GO}/monitor/azquery`,
      `${AZURE_GO}/monitor/query/azlogs`,
      `${AZURE_GO}/monitor/ingestion/azlogs`,
    ],
    maven: [
      'com.azure:azure-monitor-query',
      'com.azure:azure-monitor-ingestion',
    ],
    nuget: ['Azure.Monitor.Query', 'Azure.Monitor.Ingestion'],
  },
  {
    target: 'azure:application-insights',
    npm: [
      'applicationinsights',
      '@azure/monitor-opentelemetry',
      '@azure/monitor-opentelemetry-exporter',
    ],
    pypi: [
      'azure-monitor-opentelemetry',
      'azure-monitor-opentelemetry-exporter',
      'opencensus-ext-azure',
    ],
    maven: [
      'com.azure:azure-monitor-opentelemetry-exporter',
      'com.microsoft.azure:applicationinsights-runtime-attach',
    ],
    nuget: [
      'Microsoft.ApplicationInsights',
      'Microsoft.ApplicationInsights.AspNetCore',
      'Azure.Monitor.OpenTelemetry.AspNetCore',
      'Azure.Monitor.OpenTelemetry.Exporter',
    ],
  },
  {
    target: 'azure:ai-search',
    npm: ['@azure/search-documents'],
    pypi: ['azure-search-documents'],
    maven: ['com.azure:azure-search-documents'],
    nuget: ['Azure.Search.Documents'],
  },
  {
    target: 'azure:openai',
    npm: ['@azure/openai'],
    go: [`${AZURE_GO}/ai/azopenai`],
    maven: ['com.azure:azure-ai-openai'],
    nuget: ['Azure.AI.OpenAI'],
  },
  {
    target: 'azure:communication-services-email',
    npm: ['@azure/communication-email'],
    pypi: ['azure-communication-email'],
    maven: ['com.azure:azure-communication-email'],
    nuget: ['Azure.Communication.Email'],
  },
  {
    target: 'azure:functions',
    npm: ['@azure/functions'],
    pypi: ['azure-functions'],
    maven: ['com.microsoft.azure.functions:azure-functions-java-library'],
    nuget: [
      'Microsoft.Azure.Functions.Worker*=Microsoft.Azure.Functions.Worker',
      'Microsoft.NET.Sdk.Functions',
    ],
  },
  {
    target: 'azure:entra-id',
    npm: ['@azure/msal-node', '@azure/msal-browser', '@azure/msal-react'],
    pypi: ['msal'],
    go: ['github.com/AzureAD/microsoft-authentication-library-for-go'],
    maven: ['com.microsoft.azure:msal4j'],
    nuget: ['Microsoft.Identity.Client', 'Microsoft.Identity.Web'],
  },
  {
    target: 'azure:devops',
    npm: ['azure-devops-node-api'],
    pypi: ['azure-devops'],
    go: ['github.com/microsoft/azure-devops-go-api/azuredevops'],
    nuget: ['Microsoft.TeamFoundationServer.Client'],
  },
  {
    target: 'azure:resource-manager',
    npm: ['@azure/arm-*=@azure/arm-resources'],
    pypi: ['azure-mgmt-*=azure-mgmt-resource'],
    go: [
      `${AZURE_GO}/resourcemanager/*=${AZURE_GO}/resourcemanager/resources/armresources`,
    ],
    maven: [
      'com.azure.resourcemanager:*=com.azure.resourcemanager:azure-resourcemanager',
    ],
    nuget: ['Azure.ResourceManager*=Azure.ResourceManager'],
  },
  {
    target: 'neutral',
    reason:
      'Credential library: obtains Entra ID tokens for the other Azure SDKs; the services those SDKs call carry the lock-in.',
    npm: ['@azure/identity'],
    pypi: ['azure-identity'],
    go: [`${AZURE_GO}/azidentity`],
    maven: ['com.azure:azure-identity'],
    nuget: ['Azure.Identity'],
  },
];

const awsSdks: ServiceSdks[] = [
  aws('aws:ec2', { js: ['ec2'], go: ['ec2'], java: ['ec2'], dotnet: ['EC2'] }),
  aws('aws:auto-scaling', {
    js: ['auto-scaling'],
    go: ['autoscaling'],
    java: ['autoscaling'],
    dotnet: ['AutoScaling'],
  }),
  aws('aws:eks', { js: ['eks'], go: ['eks'], java: ['eks'], dotnet: ['EKS'] }),
  aws('aws:ecs', { js: ['ecs'], go: ['ecs'], java: ['ecs'], dotnet: ['ECS'] }),
  aws('aws:app-runner', {
    js: ['apprunner'],
    go: ['apprunner'],
    java: ['apprunner'],
    dotnet: ['AppRunner'],
  }),
  aws(
    'aws:lambda',
    { js: ['lambda'], go: ['lambda'], java: ['lambda'], dotnet: ['Lambda'] },
    {
      npm: ['@aws-lambda-powertools/*=@aws-lambda-powertools/logger'],
      pypi: ['aws-lambda-powertools'],
      go: ['github.com/aws/aws-lambda-go'],
      maven: [
        'com.amazonaws:aws-lambda-java-core',
        'com.amazonaws:aws-lambda-java-events',
      ],
      nuget: ['Amazon.Lambda.Core', 'Amazon.Lambda.AspNetCoreServer'],
    },
  ),
  aws(
    'aws:s3',
    {
      js: ['s3'],
      go: ['s3'],
      java: ['s3', 's3-transfer-manager'],
      dotnet: ['S3'],
    },
    {
      npm: ['@aws-sdk/lib-storage', '@aws-sdk/s3-request-presigner'],
      go: [
        'github.com/aws/aws-sdk-go-v2/feature/s3/*=github.com/aws/aws-sdk-go-v2/feature/s3/manager',
      ],
      maven: ['com.amazonaws:aws-java-sdk-s3'],
    },
  ),
  aws('aws:ebs', { js: ['ebs'], go: ['ebs'], java: ['ebs'], dotnet: ['EBS'] }),
  aws('aws:efs', {
    js: ['efs'],
    go: ['efs'],
    java: ['efs'],
    dotnet: ['ElasticFileSystem'],
  }),
  aws('aws:aurora', {
    js: ['rds-data'],
    go: ['rdsdata'],
    java: ['rdsdata'],
    dotnet: ['RDSDataService'],
  }),
  aws('aws:documentdb', {
    js: ['docdb'],
    go: ['docdb'],
    java: ['docdb'],
    dotnet: ['DocDB'],
  }),
  aws(
    'aws:dynamodb',
    {
      js: ['dynamodb'],
      go: ['dynamodb', 'dynamodbstreams'],
      java: ['dynamodb', 'dynamodb-enhanced'],
      dotnet: ['DynamoDBv2'],
    },
    {
      npm: ['@aws-sdk/lib-dynamodb', '@aws-sdk/util-dynamodb'],
      go: [
        'github.com/aws/aws-sdk-go-v2/feature/dynamodb/*=github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue',
      ],
      maven: ['com.amazonaws:aws-java-sdk-dynamodb'],
    },
  ),
  aws('aws:elasticache', {
    js: ['elasticache'],
    go: ['elasticache'],
    java: ['elasticache'],
    dotnet: ['ElastiCache'],
  }),
  aws(
    'aws:sqs',
    { js: ['sqs'], go: ['sqs'], java: ['sqs'], dotnet: ['SQS'] },
    { maven: ['com.amazonaws:aws-java-sdk-sqs'] },
  ),
  aws('aws:mq', { js: ['mq'], go: ['mq'], java: ['mq'], dotnet: ['MQ'] }),
  aws(
    'aws:sns',
    {
      js: ['sns'],
      go: ['sns'],
      java: ['sns'],
      dotnet: ['SimpleNotificationService'],
    },
    { maven: ['com.amazonaws:aws-java-sdk-sns'] },
  ),
  aws('aws:eventbridge', {
    js: ['eventbridge'],
    go: ['eventbridge'],
    java: ['eventbridge'],
    dotnet: ['EventBridge'],
  }),
  aws(
    'aws:kinesis',
    {
      js: ['kinesis'],
      go: ['kinesis'],
      java: ['kinesis'],
      dotnet: ['Kinesis'],
    },
    { maven: ['software.amazon.kinesis:amazon-kinesis-client'] },
  ),
  aws(
    'aws:msk',
    { js: ['kafka'], go: ['kafka'], java: ['kafka'], dotnet: ['Kafka'] },
    {
      go: ['github.com/aws/aws-msk-iam-sasl-signer-go'],
      maven: ['software.amazon.msk:aws-msk-iam-auth'],
    },
  ),
  aws(
    'aws:secrets-manager',
    {
      js: ['secrets-manager'],
      go: ['secretsmanager'],
      java: ['secretsmanager'],
      dotnet: ['SecretsManager'],
    },
    {
      pypi: ['aws-secretsmanager-caching'],
      maven: ['com.amazonaws.secretsmanager:aws-secretsmanager-caching-java'],
    },
  ),
  aws(
    'aws:kms',
    {
      js: ['kms'],
      go: ['kms'],
      java: ['kms'],
      dotnet: ['KeyManagementService'],
    },
    {
      pypi: ['aws-encryption-sdk'],
      maven: ['com.amazonaws:aws-encryption-sdk-java'],
    },
  ),
  aws(
    'aws:cognito',
    {
      js: ['cognito-identity-provider'],
      go: ['cognitoidentityprovider'],
      java: ['cognitoidentityprovider'],
      dotnet: ['CognitoIdentityProvider'],
    },
    { npm: ['amazon-cognito-identity-js'] },
  ),
  aws('aws:iam-roles', {
    js: ['iam'],
    go: ['iam'],
    java: ['iam'],
    dotnet: ['IdentityManagement'],
  }),
  aws('aws:waf', {
    js: ['wafv2'],
    go: ['wafv2'],
    java: ['wafv2'],
    dotnet: ['WAFV2'],
  }),
  aws('aws:ecr', { js: ['ecr'], go: ['ecr'], java: ['ecr'], dotnet: ['ECR'] }),
  aws(
    'aws:cloudformation',
    {
      js: ['cloudformation'],
      go: ['cloudformation'],
      java: ['cloudformation'],
      dotnet: ['CloudFormation'],
    },
    {
      // The CDK synthesises CloudFormation templates: its constructs only deploy there.
      npm: ['aws-cdk-lib'],
      pypi: ['aws-cdk-lib'],
      go: ['github.com/aws/aws-cdk-go/awscdk'],
      maven: ['software.amazon.awscdk:aws-cdk-lib'],
      nuget: ['Amazon.CDK.Lib'],
    },
  ),
  aws('aws:organizations', {
    js: ['organizations'],
    go: ['organizations'],
    java: ['organizations'],
    dotnet: ['Organizations'],
  }),
  aws('aws:codebuild', {
    js: ['codebuild'],
    go: ['codebuild'],
    java: ['codebuild'],
    dotnet: ['CodeBuild'],
  }),
  aws('aws:cloudwatch-logs', {
    js: ['cloudwatch-logs'],
    go: ['cloudwatchlogs'],
    java: ['cloudwatchlogs'],
    dotnet: ['CloudWatchLogs'],
  }),
  aws('aws:cloudwatch', {
    js: ['cloudwatch'],
    go: ['cloudwatch'],
    java: ['cloudwatch'],
    dotnet: ['CloudWatch'],
  }),
  aws('aws:managed-prometheus', {
    js: ['amp'],
    go: ['amp'],
    java: ['amp'],
    dotnet: ['PrometheusService'],
  }),
  aws(
    'aws:x-ray',
    { js: ['xray'], go: ['xray'], java: ['xray'], dotnet: ['XRay'] },
    {
      npm: ['aws-xray-sdk-core', 'aws-xray-sdk'],
      pypi: ['aws-xray-sdk'],
      go: ['github.com/aws/aws-xray-sdk-go'],
      maven: ['com.amazonaws:aws-xray-recorder-sdk-core'],
      nuget: ['AWSXRayRecorder.Core'],
    },
  ),
  aws(
    'aws:cloudfront',
    {
      js: ['cloudfront'],
      go: ['cloudfront'],
      java: ['cloudfront'],
      dotnet: ['CloudFront'],
    },
    { npm: ['@aws-sdk/cloudfront-signer'] },
  ),
  aws('aws:route53', {
    js: ['route-53'],
    go: ['route53'],
    java: ['route53'],
    dotnet: ['Route53'],
  }),
  aws('aws:elb', {
    js: ['elastic-load-balancing-v2'],
    go: ['elasticloadbalancingv2'],
    java: ['elasticloadbalancingv2'],
    dotnet: ['ElasticLoadBalancingV2'],
  }),
  aws('aws:api-gateway', {
    js: ['api-gateway', 'apigatewayv2', 'apigatewaymanagementapi'],
    go: ['apigateway', 'apigatewayv2', 'apigatewaymanagementapi'],
    java: ['apigateway', 'apigatewayv2', 'apigatewaymanagementapi'],
    dotnet: ['APIGateway', 'ApiGatewayV2', 'ApiGatewayManagementApi'],
  }),
  aws('aws:opensearch', {
    js: ['opensearch', 'opensearchserverless'],
    go: ['opensearch', 'opensearchserverless'],
    java: ['opensearch', 'opensearchserverless'],
    dotnet: ['OpenSearchService', 'OpenSearchServerless'],
  }),
  aws('aws:bedrock', {
    js: ['bedrock-runtime', 'bedrock', 'bedrock-agent-runtime'],
    go: ['bedrockruntime', 'bedrock', 'bedrockagentruntime'],
    java: ['bedrockruntime', 'bedrock', 'bedrockagentruntime'],
    dotnet: ['BedrockRuntime', 'Bedrock', 'BedrockAgentRuntime'],
  }),
  {
    target: 'aws:bedrock',
    reason:
      "LangChain's AWS integration: its chat models and embeddings (ChatBedrock, BedrockEmbeddings) call Bedrock.",
    pypi: ['langchain-aws'],
    npm: ['@langchain/aws'],
  },
  aws(
    'aws:redshift',
    {
      js: ['redshift-data', 'redshift'],
      go: ['redshiftdata', 'redshift'],
      java: ['redshiftdata', 'redshift'],
      dotnet: ['RedshiftDataAPIService', 'Redshift'],
    },
    { pypi: ['redshift-connector'] },
  ),
  aws(
    'aws:ses',
    {
      js: ['ses', 'sesv2'],
      go: ['ses', 'sesv2'],
      java: ['ses', 'sesv2'],
      dotnet: ['SimpleEmail', 'SimpleEmailV2'],
    },
    { maven: ['com.amazonaws:aws-java-sdk-ses'] },
  ),
  aws('aws:ssm-parameter-store', {
    js: ['ssm'],
    go: ['ssm'],
    java: ['ssm'],
    dotnet: ['SimpleSystemsManagement'],
  }),
  aws('aws:acm', {
    js: ['acm'],
    go: ['acm'],
    java: ['acm'],
    dotnet: ['CertificateManager'],
  }),
  aws('aws:appconfig', {
    js: ['appconfigdata', 'appconfig'],
    go: ['appconfigdata', 'appconfig'],
    java: ['appconfigdata', 'appconfig'],
    dotnet: ['AppConfigData', 'AppConfig'],
  }),
  aws('aws:backup', {
    js: ['backup'],
    go: ['backup'],
    java: ['backup'],
    dotnet: ['Backup'],
  }),
  aws('aws:step-functions', {
    js: ['sfn'],
    go: ['sfn'],
    java: ['sfn'],
    dotnet: ['StepFunctions'],
  }),
  aws('aws:eventbridge-scheduler', {
    js: ['scheduler'],
    go: ['scheduler'],
    java: ['scheduler'],
    dotnet: ['Scheduler'],
  }),
  aws('aws:mwaa', {
    js: ['mwaa'],
    go: ['mwaa'],
    java: ['mwaa'],
    dotnet: ['MWAA'],
  }),
  aws('aws:batch', {
    js: ['batch'],
    go: ['batch'],
    java: ['batch'],
    dotnet: ['Batch'],
  }),
  aws('aws:glue', {
    js: ['glue'],
    go: ['glue'],
    java: ['glue'],
    dotnet: ['Glue'],
  }),
  aws('aws:data-firehose', {
    js: ['firehose'],
    go: ['firehose'],
    java: ['firehose'],
    dotnet: ['KinesisFirehose'],
  }),
  aws('aws:dms', {
    js: ['database-migration-service'],
    go: ['databasemigrationservice'],
    java: ['databasemigration'],
    dotnet: ['DatabaseMigrationService'],
  }),
  aws('aws:emr', {
    js: ['emr'],
    go: ['emr'],
    java: ['emr'],
    dotnet: ['ElasticMapReduce'],
  }),
  aws('aws:transfer-family', {
    js: ['transfer'],
    go: ['transfer'],
    java: ['transfer'],
    dotnet: ['Transfer'],
  }),
  aws('aws:athena', {
    js: ['athena'],
    go: ['athena'],
    java: ['athena'],
    dotnet: ['Athena'],
  }),
  aws(
    'aws:sagemaker',
    {
      js: ['sagemaker', 'sagemaker-runtime'],
      go: ['sagemaker', 'sagemakerruntime'],
      java: ['sagemaker', 'sagemakerruntime'],
      dotnet: ['SageMaker', 'SageMakerRuntime'],
    },
    { pypi: ['sagemaker'] },
  ),
  aws('aws:cloudtrail', {
    js: ['cloudtrail'],
    go: ['cloudtrail'],
    java: ['cloudtrail'],
    dotnet: ['CloudTrail'],
  }),
  aws('aws:guardduty', {
    js: ['guardduty'],
    go: ['guardduty'],
    java: ['guardduty'],
    dotnet: ['GuardDuty'],
  }),
  aws('aws:security-hub', {
    js: ['securityhub'],
    go: ['securityhub'],
    java: ['securityhub'],
    dotnet: ['SecurityHub'],
  }),
  aws('aws:config', {
    js: ['config-service'],
    go: ['configservice'],
    java: ['config'],
    dotnet: ['ConfigService'],
  }),
  aws('aws:elastic-beanstalk', {
    js: ['elastic-beanstalk'],
    go: ['elasticbeanstalk'],
    java: ['elasticbeanstalk'],
    dotnet: ['ElasticBeanstalk'],
  }),
  aws(
    'aws:amplify',
    {
      js: ['amplify'],
      go: ['amplify'],
      java: ['amplify'],
      dotnet: ['Amplify'],
    },
    { npm: ['aws-amplify'] },
  ),
  aws('aws:appsync', {
    js: ['appsync'],
    go: ['appsync'],
    java: ['appsync'],
    dotnet: ['AppSync'],
  }),
  aws('aws:memorydb', {
    js: ['memorydb'],
    go: ['memorydb'],
    java: ['memorydb'],
    dotnet: ['MemoryDB'],
  }),
  aws('aws:cloud-map', {
    js: ['servicediscovery'],
    go: ['servicediscovery'],
    java: ['servicediscovery'],
    dotnet: ['ServiceDiscovery'],
  }),
  aws(
    'neutral',
    { js: ['rds'], go: ['rds'], java: ['rds'], dotnet: ['RDS'] },
    {
      reason:
        'One RDS API for every engine; the engine comes from the infrastructure code.',
    },
  ),
  {
    target: 'neutral',
    reason:
      'Credential plumbing (credential chains, STS role assumption) that the service clients use; the services called carry the lock-in.',
    npm: ['@aws-sdk/credential-providers', '@aws-sdk/client-sts'],
    go: ['github.com/aws/aws-sdk-go-v2/config', `${AWS_GO}/sts`],
    maven: ['software.amazon.awssdk:sts', 'software.amazon.awssdk:auth'],
    nuget: ['AWSSDK.SecurityToken', 'AWSSDK.Core'],
  },
  {
    target: 'neutral',
    reason:
      'Monolithic AWS SDK covering every service: the dependency does not tell which service the code calls.',
    npm: ['aws-sdk'],
    pypi: ['boto3', 'botocore', 'aioboto3'],
    go: ['github.com/aws/aws-sdk-go'],
    maven: ['com.amazonaws:aws-java-sdk'],
  },
];

const gcpSdks: ServiceSdks[] = [
  gcp('gcp:compute-engine', {
    js: ['compute'],
    py: ['compute'],
    go: ['compute'],
    java: ['compute'],
    dotnet: ['Compute.V1'],
  }),
  gcp('gcp:gke', {
    js: ['container'],
    py: ['container'],
    go: ['container'],
    java: ['container'],
    dotnet: ['Container.V1'],
  }),
  gcp('gcp:cloud-run', {
    js: ['run'],
    py: ['run'],
    go: ['run'],
    java: ['run'],
    dotnet: ['Run.V2'],
  }),
  gcp(
    'gcp:cloud-functions',
    {
      js: ['functions', 'functions-framework'],
      py: ['functions'],
      go: ['functions'],
      java: ['functions'],
      dotnet: ['Functions.V2', 'Functions.Framework'],
    },
    {
      pypi: ['functions-framework'],
      go: ['github.com/GoogleCloudPlatform/functions-framework-go'],
      maven: ['com.google.cloud.functions:functions-framework-api'],
    },
  ),
  gcp(
    'gcp:cloud-storage',
    {
      js: ['storage'],
      py: ['storage'],
      go: ['storage'],
      java: ['storage'],
      dotnet: ['Storage.V1'],
    },
    { maven: ['com.google.cloud:spring-cloud-gcp-starter-storage'] },
  ),
  gcp('gcp:filestore', {
    js: ['filestore'],
    py: ['filestore'],
    go: ['filestore'],
    java: ['filestore'],
    dotnet: ['Filestore.V1'],
  }),
  gcp(
    'gcp:cloud-sql-postgresql',
    {},
    { maven: ['com.google.cloud.sql:postgres-socket-factory'] },
  ),
  gcp(
    'gcp:cloud-sql-mysql',
    {},
    { maven: ['com.google.cloud.sql:mysql-socket-factory-connector-j-8'] },
  ),
  gcp(
    'neutral',
    {},
    {
      reason:
        'Cloud SQL connector for every engine; the engine comes from the infrastructure code.',
      npm: ['@google-cloud/cloud-sql-connector'],
      pypi: ['cloud-sql-python-connector'],
      go: ['cloud.google.com/go/cloudsqlconn'],
    },
  ),
  gcp(
    'gcp:alloydb',
    { js: ['alloydb'], py: ['alloydb-connector'], go: ['alloydbconn'] },
    { maven: ['com.google.cloud:alloydb-jdbc-connector'] },
  ),
  {
    target: 'gcp:alloydb',
    reason:
      "LangChain's AlloyDB for PostgreSQL integration (vector store, chat history) connects through the AlloyDB connector.",
    pypi: ['langchain-google-alloydb-pg'],
  },
  gcp(
    'gcp:firestore',
    {
      js: ['firestore', 'datastore'],
      py: ['firestore', 'datastore'],
      go: ['firestore', 'datastore'],
      java: ['firestore', 'datastore'],
      dotnet: ['Firestore', 'Datastore.V1'],
    },
    { maven: ['com.google.cloud:spring-cloud-gcp-starter-data-firestore'] },
  ),
  gcp('gcp:bigtable', {
    js: ['bigtable'],
    py: ['bigtable'],
    go: ['bigtable'],
    java: ['bigtable'],
    dotnet: ['Bigtable.V2'],
  }),
  gcp('gcp:memorystore', {
    js: ['redis'],
    py: ['redis'],
    go: ['redis'],
    java: ['redis'],
    dotnet: ['Redis.V1'],
  }),
  gcp(
    'gcp:pubsub',
    {
      js: ['pubsub'],
      py: ['pubsub'],
      go: ['pubsub'],
      java: ['pubsub'],
      dotnet: ['PubSub.V1'],
    },
    { maven: ['com.google.cloud:spring-cloud-gcp-starter-pubsub'] },
  ),
  gcp('gcp:managed-kafka', {
    js: ['managedkafka'],
    py: ['managedkafka'],
    go: ['managedkafka'],
    java: ['managedkafka'],
    dotnet: ['ManagedKafka.V1'],
  }),
  gcp(
    'gcp:secret-manager',
    {
      js: ['secret-manager'],
      py: ['secret-manager'],
      go: ['secretmanager'],
      java: ['secretmanager'],
      dotnet: ['SecretManager.V1'],
    },
    { maven: ['com.google.cloud:spring-cloud-gcp-starter-secretmanager'] },
  ),
  gcp('gcp:cloud-kms', {
    js: ['kms'],
    py: ['kms'],
    go: ['kms'],
    java: ['kms'],
    dotnet: ['Kms.V1'],
  }),
  gcp('gcp:artifact-registry', {
    js: ['artifact-registry'],
    py: ['artifact-registry'],
    go: ['artifactregistry'],
    java: ['artifact-registry'],
    dotnet: ['ArtifactRegistry.V1'],
  }),
  gcp('gcp:resource-manager', {
    js: ['resource-manager'],
    py: ['resource-manager'],
    go: ['resourcemanager'],
    java: ['resourcemanager'],
    dotnet: ['ResourceManager.V3'],
  }),
  gcp('gcp:cloud-build', {
    js: ['cloudbuild'],
    py: ['build'],
    go: ['cloudbuild'],
    java: ['build'],
    dotnet: ['CloudBuild.V1'],
  }),
  gcp('gcp:cloud-logging', {
    js: ['logging', 'logging-winston', 'logging-bunyan'],
    py: ['logging'],
    go: ['logging'],
    java: ['logging', 'logging-logback'],
    dotnet: ['Logging.V2'],
  }),
  gcp('gcp:cloud-monitoring', {
    js: ['monitoring'],
    py: ['monitoring'],
    go: ['monitoring'],
    java: ['monitoring'],
    dotnet: ['Monitoring.V3'],
  }),
  gcp(
    'gcp:cloud-trace',
    {
      js: ['trace-agent', 'opentelemetry-cloud-trace-exporter'],
      py: ['trace'],
      go: ['trace'],
      java: ['trace'],
      dotnet: ['Trace.V2'],
    },
    {
      pypi: ['opentelemetry-exporter-gcp-trace'],
      go: [
        'github.com/GoogleCloudPlatform/opentelemetry-operations-go/exporter/trace',
      ],
    },
  ),
  gcp('gcp:cloud-dns', {
    js: ['dns'],
    py: ['dns'],
    java: ['dns'],
  }),
  gcp('gcp:api-gateway', {
    js: ['api-gateway'],
    py: ['api-gateway'],
    go: ['apigateway'],
    java: ['api-gateway'],
    dotnet: ['ApiGateway.V1'],
  }),
  gcp('gcp:vertex-ai', {
    js: ['aiplatform', 'vertexai'],
    py: ['aiplatform'],
    go: ['aiplatform', 'vertexai'],
    java: ['aiplatform', 'vertexai'],
    dotnet: ['AIPlatform.V1'],
  }),
  {
    target: 'gcp:vertex-ai',
    reason:
      "LangChain's Vertex AI integration: its chat models and embeddings call the Vertex AI API.",
    pypi: ['langchain-google-vertexai'],
    npm: ['@langchain/google-vertexai'],
  },
  gcp('gcp:bigquery', {
    js: ['bigquery', 'bigquery-storage'],
    py: ['bigquery', 'bigquery-storage'],
    go: ['bigquery'],
    java: ['bigquery', 'bigquerystorage'],
    dotnet: ['BigQuery.V2'],
  }),
  gcp('gcp:certificate-manager', {
    js: ['certificate-manager'],
    py: ['certificate-manager'],
    go: ['certificatemanager'],
    java: ['certificate-manager'],
    dotnet: ['CertificateManager.V1'],
  }),
  gcp('gcp:cloud-scheduler', {
    js: ['scheduler'],
    py: ['scheduler'],
    go: ['scheduler'],
    java: ['scheduler'],
    dotnet: ['Scheduler.V1'],
  }),
  gcp('gcp:workflows', {
    js: ['workflows'],
    py: ['workflows'],
    go: ['workflows'],
    java: ['workflows'],
    dotnet: ['Workflows.V1'],
  }),
  gcp('gcp:cloud-composer', {
    js: ['orchestration-airflow'],
    py: ['orchestration-airflow'],
  }),
  gcp('gcp:cloud-tasks', {
    js: ['tasks'],
    py: ['tasks'],
    go: ['cloudtasks'],
    java: ['tasks'],
    dotnet: ['Tasks.V2'],
  }),
  gcp('gcp:eventarc', {
    js: ['eventarc'],
    py: ['eventarc'],
    go: ['eventarc'],
    java: ['eventarc'],
    dotnet: ['Eventarc.V1'],
  }),
  gcp('gcp:dataproc', {
    js: ['dataproc'],
    py: ['dataproc'],
    go: ['dataproc'],
    java: ['dataproc'],
    dotnet: ['Dataproc.V1'],
  }),
  gcp('gcp:security-command-center', {
    js: ['security-center'],
    py: ['securitycenter'],
    go: ['securitycenter'],
    java: ['securitycenter'],
    dotnet: ['SecurityCenter.V2'],
  }),
  gcp('gcp:cloud-deploy', {
    js: ['deploy'],
    py: ['deploy'],
    go: ['deploy'],
    java: ['deploy'],
    dotnet: ['Deploy.V1'],
  }),
  {
    target: 'neutral',
    reason:
      'Plumbing every Google Cloud client uses (credentials, metadata server); the clients of the services carry the lock-in.',
    npm: ['google-auth-library'],
    pypi: ['google-auth', 'google-cloud-core'],
    go: ['cloud.google.com/go/compute/metadata', 'cloud.google.com/go/iam'],
    maven: ['com.google.auth:google-auth-library-oauth2-http'],
    nuget: ['Google.Apis.Auth'],
  },
  {
    target: 'neutral',
    reason:
      'Generated clients for every Google API in one package: the dependency does not tell which service the code calls.',
    npm: ['googleapis'],
    pypi: ['google-api-python-client'],
    go: ['google.golang.org/api', 'cloud.google.com/go'],
  },
];

/** @public */
export const sdkPackages: SdkPackageRule[] = [
  ...azureSdks,
  ...awsSdks,
  ...gcpSdks,
].flatMap(rulesOf);
