import { docs } from '../sources';
import type { ServiceId, Source } from '../types';
import type {
  ArnNamespaceRule,
  DiscoveryRule,
  DiscoveryTarget,
  TemplateTypeRule,
} from './types';

/*
 * Template types decided by a property.
 *
 * Some resource types stand for several services, told apart by one
 * property: `Microsoft.Web/sites` is a function app when its `kind` starts
 * with `functionapp`, `AWS::RDS::DBInstance` is PostgreSQL or MySQL by its
 * `Engine`. Such a rule's `type` is the variant key
 * `<type>?<property>=<value>`, matched by prefix on the value, so
 * `Microsoft.Web/sites?kind=functionapp` also covers `functionapp,linux`.
 * A detector asks for the variant key first (only rules that are variants
 * answer it) and falls back to the plain type. The same keys name a
 * function's event sources: `AWS::Serverless::Function?Events.Type=SQS`.
 */

/** The key of a type decided by a property's literal value, e.g. `Microsoft.Web/sites?kind=functionapp`. @public */
export const templateTypeVariant = (
  type: string,
  property: string,
  value: string,
): string => `${type}?${property}=${value}`;

/** True for rules keyed by {@link templateTypeVariant}, which only variant lookups may use. @public */
export const isTemplateTypeVariant = (rule: DiscoveryRule): boolean => {
  const type = (rule as Partial<TemplateTypeRule>).type;
  return typeof type === 'string' && type.includes('?');
};

// ARM and Bicep -------------------------------------------------------------

/** The Microsoft Learn template reference of one ARM type (child types nest as path segments). */
const armReference = (type: string): Source =>
  docs(
    `ARM template reference: ${type}`,
    `https://learn.microsoft.com/en-us/azure/templates/${type.toLowerCase()}`,
  );

/** A type and its child types (`Microsoft.KeyVault/vaults` and `.../vaults/secrets`). */
const armResource = (
  type: string,
  target: DiscoveryTarget,
  reason?: string,
): TemplateTypeRule[] => {
  const sources = [armReference(type)];
  const base = { target, sources, ...(reason ? { reason } : {}) };
  return [
    { ...base, match: 'exact', type },
    { ...base, match: 'prefix', type: `${type}/` },
  ];
};

/** Every type of a resource provider namespace, proven by its main types' references. */
const armNamespace = (
  namespace: string,
  target: DiscoveryTarget,
  mainTypes: string[],
  reason?: string,
): TemplateTypeRule => ({
  match: 'prefix',
  type: `${namespace}/`,
  target,
  ...(reason ? { reason } : {}),
  sources: mainTypes.map(t => armReference(`${namespace}/${t}`)),
});

/** A type whose `kind` decides the service, matched by prefix on the kind. */
const armKind = (
  type: string,
  kind: string,
  target: ServiceId,
): TemplateTypeRule => ({
  match: 'prefix',
  type: templateTypeVariant(type, 'kind', kind),
  target,
  sources: [armReference(type)],
});

/**
 * ARM / Bicep resource types. Bicep registry modules
 * (`br/public:avm/res/key-vault/vault`) are mapped through these too: the
 * detector turns the module path into the ARM type it deploys.
 */
export const armTypes: TemplateTypeRule[] = [
  // Compute and runtimes
  armNamespace('Microsoft.Compute', 'azure:virtual-machines', [
    'virtualMachines',
    'availabilitySets',
    'galleries',
  ]),
  ...armResource(
    'Microsoft.Compute/virtualMachineScaleSets',
    'azure:vm-scale-sets',
  ),
  ...armResource('Microsoft.Compute/disks', 'azure:managed-disks'),
  ...armResource('Microsoft.Compute/snapshots', 'azure:managed-disks'),
  armNamespace('Microsoft.NetApp', 'azure:netapp-files', [
    'netAppAccounts',
    'netAppAccounts/capacityPools/volumes',
  ]),
  ...armResource('Microsoft.ContainerService/managedClusters', 'azure:aks'),
  armNamespace('Microsoft.App', 'azure:container-apps', [
    'containerApps',
    'managedEnvironments',
    'jobs',
  ]),
  ...armResource('Microsoft.Web/sites', 'azure:app-service'),
  armKind('Microsoft.Web/sites', 'functionapp', 'azure:functions'),
  ...armResource('Microsoft.Web/serverfarms', 'azure:app-service'),
  ...armResource('Microsoft.Web/certificates', 'azure:app-service'),
  // Logic Apps Standard runs on the Functions runtime: kind functionapp,workflowapp.
  armKind('Microsoft.Web/sites', 'functionapp,workflowapp', 'azure:logic-apps'),
  ...armResource('Microsoft.Web/connections', 'azure:logic-apps'),
  ...armResource('Microsoft.Web/staticSites', 'azure:static-web-apps'),
  armNamespace('Microsoft.ContainerInstance', 'azure:container-instances', [
    'containerGroups',
  ]),
  armNamespace('Microsoft.Batch', 'azure:batch', ['batchAccounts']),

  // Storage: one account type, its services told apart by child type
  ...armResource('Microsoft.Storage/storageAccounts', 'azure:blob-storage'),
  armKind('Microsoft.Storage/storageAccounts', 'FileStorage', 'azure:files'),
  ...armResource(
    'Microsoft.Storage/storageAccounts/blobServices',
    'azure:blob-storage',
  ),
  ...armResource(
    'Microsoft.Storage/storageAccounts/fileServices',
    'azure:files',
  ),
  ...armResource(
    'Microsoft.Storage/storageAccounts/tableServices',
    'azure:table-storage',
  ),
  ...armResource(
    'Microsoft.Storage/storageAccounts/queueServices',
    'azure:storage-queues',
  ),

  // Databases
  ...armResource(
    'Microsoft.DBforPostgreSQL/flexibleServers',
    'azure:postgresql-flexible-server',
  ),
  ...armResource(
    'Microsoft.DBforMySQL/flexibleServers',
    'azure:mysql-flexible-server',
  ),
  ...armResource('Microsoft.Sql/servers', 'azure:sql-database'),
  ...armResource('Microsoft.DocumentDB/databaseAccounts', 'azure:cosmos-db'),
  armKind(
    'Microsoft.DocumentDB/databaseAccounts',
    'MongoDB',
    'azure:cosmos-db-mongodb',
  ),
  ...armResource(
    'Microsoft.DocumentDB/databaseAccounts/mongodbDatabases',
    'azure:cosmos-db-mongodb',
  ),
  ...armResource(
    'Microsoft.DocumentDB/mongoClusters',
    'azure:cosmos-db-mongodb',
  ),
  ...armResource('Microsoft.Cache/redis', 'azure:cache-for-redis'),
  ...armResource('Microsoft.Cache/redisEnterprise', 'azure:managed-redis'),

  // Messaging
  armNamespace('Microsoft.ServiceBus', 'azure:service-bus', ['namespaces']),
  armNamespace('Microsoft.EventGrid', 'azure:event-grid', [
    'topics',
    'systemTopics',
    'domains',
    'namespaces',
  ]),
  armNamespace('Microsoft.EventHub', 'azure:event-hubs', ['namespaces']),

  // Security and identity
  ...armResource('Microsoft.KeyVault/vaults', 'azure:key-vault'),
  ...armResource('Microsoft.KeyVault/vaults/keys', 'azure:key-vault-keys'),
  ...armResource('Microsoft.KeyVault/managedHSMs', 'azure:managed-hsm'),
  armNamespace('Microsoft.ManagedIdentity', 'azure:managed-identity', [
    'userAssignedIdentities',
    'userAssignedIdentities/federatedIdentityCredentials',
  ]),
  // The knowledge base counts role assignments as part of workload identity
  // (azurerm_role_assignment belongs to azure:managed-identity).
  ...armResource(
    'Microsoft.Authorization/roleAssignments',
    'azure:managed-identity',
  ),
  ...[
    'policyDefinitions',
    'policySetDefinitions',
    'policyAssignments',
    'policyExemptions',
  ].flatMap(type =>
    armResource(`Microsoft.Authorization/${type}`, 'azure:policy'),
  ),
  armNamespace(
    'Microsoft.Authorization',
    'neutral',
    ['roleDefinitions', 'locks'],
    'Role definitions and locks govern access to the subscription; they are not a service the workload depends on.',
  ),
  armNamespace('Microsoft.Security', 'azure:defender-for-cloud', [
    'pricings',
    'securityContacts',
  ]),
  // Bicep's Microsoft Graph extension declares Entra ID objects.
  {
    match: 'prefix',
    type: 'Microsoft.Graph/',
    target: 'azure:entra-id',
    sources: [
      docs(
        'Microsoft Graph Bicep reference: applications',
        'https://learn.microsoft.com/en-us/graph/templates/bicep/reference/applications',
      ),
    ],
  },
  {
    match: 'prefix',
    type: 'Microsoft.Graph/servicePrincipals',
    target: 'azure:service-principal',
    sources: [
      docs(
        'Microsoft Graph Bicep reference: servicePrincipals',
        'https://learn.microsoft.com/en-us/graph/templates/bicep/reference/serviceprincipals',
      ),
    ],
  },
  {
    match: 'prefix',
    type: 'Microsoft.Graph/applications/federatedIdentityCredentials',
    target: 'azure:service-principal',
    sources: [
      docs(
        'Microsoft Graph Bicep reference: federatedIdentityCredentials',
        'https://learn.microsoft.com/en-us/graph/templates/bicep/reference/applications/federatedidentitycredentials',
      ),
    ],
  },

  // Delivery and governance
  armNamespace('Microsoft.ContainerRegistry', 'azure:container-registry', [
    'registries',
  ]),
  ...armResource('Microsoft.Resources/resourceGroups', 'azure:resource-groups'),
  // Deploying a template creates a deployment; detectors cite this type for
  // every ARM or Bicep template, which only Azure Resource Manager runs.
  ...armResource('Microsoft.Resources/deployments', 'azure:resource-manager'),
  ...armResource(
    'Microsoft.Resources/deploymentScripts',
    'azure:resource-manager',
  ),
  ...armResource('Microsoft.Resources/templateSpecs', 'azure:resource-manager'),
  armNamespace(
    'Microsoft.Resources',
    'neutral',
    ['tags'],
    'Tags and other resource-manager metadata describe resources; they are not a service of their own.',
  ),
  armNamespace('Microsoft.DevOpsInfrastructure', 'azure:devops', ['pools']),
  armNamespace('Microsoft.AppConfiguration', 'azure:app-configuration', [
    'configurationStores',
  ]),
  armNamespace('Microsoft.RecoveryServices', 'azure:backup', ['vaults']),
  armNamespace('Microsoft.DataProtection', 'azure:backup', ['backupVaults']),
  armNamespace('Microsoft.Logic', 'azure:logic-apps', ['workflows']),
  armNamespace('Microsoft.Automation', 'azure:automation', [
    'automationAccounts',
  ]),

  // Observability
  armNamespace('Microsoft.OperationalInsights', 'azure:log-analytics', [
    'workspaces',
  ]),
  armNamespace('Microsoft.Insights', 'azure:monitor', [
    'metricAlerts',
    'actionGroups',
    'diagnosticSettings',
    'scheduledQueryRules',
  ]),
  ...armResource('Microsoft.Insights/components', 'azure:application-insights'),
  ...armResource('Microsoft.Monitor/accounts', 'azure:monitor-prometheus'),
  ...armResource(
    'Microsoft.AlertsManagement/prometheusRuleGroups',
    'azure:monitor-prometheus',
  ),

  // Networking and edge
  ...armResource('Microsoft.Cdn/profiles', 'azure:front-door'),
  ...armResource('Microsoft.Network/frontDoors', 'azure:front-door'),
  ...armResource('Microsoft.Network/dnsZones', 'azure:dns'),
  ...armResource('Microsoft.Network/privateDnsZones', 'azure:dns'),
  ...armResource('Microsoft.Network/loadBalancers', 'azure:load-balancer'),
  ...armResource(
    'Microsoft.Network/applicationGateways',
    'azure:application-gateway',
  ),
  ...armResource(
    'Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies',
    'azure:web-application-firewall',
  ),
  ...armResource(
    'Microsoft.Network/FrontDoorWebApplicationFirewallPolicies',
    'azure:web-application-firewall',
  ),
  ...[
    'virtualNetworks',
    'networkSecurityGroups',
    'applicationSecurityGroups',
    'networkInterfaces',
    'publicIPAddresses',
    'publicIPPrefixes',
    'routeTables',
    'networkWatchers',
  ].flatMap(type =>
    armResource(`Microsoft.Network/${type}`, 'azure:virtual-network'),
  ),
  ...armResource('Microsoft.Network/natGateways', 'azure:nat-gateway'),
  ...armResource('Microsoft.Network/privateEndpoints', 'azure:private-link'),
  ...armResource('Microsoft.Network/privateLinkServices', 'azure:private-link'),
  ...['azureFirewalls', 'firewallPolicies', 'ipGroups'].flatMap(type =>
    armResource(`Microsoft.Network/${type}`, 'azure:firewall'),
  ),
  ...armResource('Microsoft.Network/bastionHosts', 'azure:bastion'),
  ...['virtualNetworkGateways', 'connections', 'localNetworkGateways'].flatMap(
    type => armResource(`Microsoft.Network/${type}`, 'azure:vpn-gateway'),
  ),
  armNamespace('Microsoft.ApiManagement', 'azure:api-management', ['service']),

  // Data and AI
  ...armResource('Microsoft.Search/searchServices', 'azure:ai-search'),
  // Only OpenAI and the multi-service AIServices kinds serve OpenAI models;
  // other kinds (Speech, Vision, ...) are services no table maps yet.
  armKind('Microsoft.CognitiveServices/accounts', 'OpenAI', 'azure:openai'),
  armKind('Microsoft.CognitiveServices/accounts', 'AIServices', 'azure:openai'),
  ...armResource(
    'Microsoft.CognitiveServices/accounts/deployments',
    'azure:openai',
  ),
  armNamespace('Microsoft.Synapse', 'azure:synapse', ['workspaces']),
  armNamespace('Microsoft.DataFactory', 'azure:data-factory', ['factories']),
  armNamespace('Microsoft.Databricks', 'azure:databricks', ['workspaces']),
  armNamespace('Microsoft.StreamAnalytics', 'azure:stream-analytics', [
    'streamingjobs',
  ]),
  armNamespace('Microsoft.Kusto', 'azure:data-explorer', ['clusters']),
  armNamespace('Microsoft.MachineLearningServices', 'azure:machine-learning', [
    'workspaces',
  ]),
  ...armResource('Microsoft.SignalRService/signalR', 'azure:signalr'),
  ...armResource('Microsoft.SignalRService/webPubSub', 'azure:web-pubsub'),
  armNamespace('Microsoft.NotificationHubs', 'azure:notification-hubs', [
    'namespaces',
  ]),
  armNamespace(
    'Microsoft.Communication',
    'azure:communication-services-email',
    ['communicationServices', 'emailServices'],
  ),
];

// CloudFormation and SAM -------------------------------------------------------

const CFN_REFERENCE =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference';

/** `AWS::S3::Bucket` -> the reference page aws-resource-s3-bucket.html. */
const cfnReference = (type: string): Source => {
  const [, service, resource] = type.split('::');
  return docs(
    `CloudFormation reference: ${type}`,
    `${CFN_REFERENCE}/aws-resource-${service.toLowerCase()}-${resource.toLowerCase()}.html`,
  );
};

/** `AWS::S3` -> the service's resource type index AWS_S3.html. */
const cfnServiceReference = (namespace: string): Source =>
  docs(
    `CloudFormation reference: ${namespace} resource types`,
    `${CFN_REFERENCE}/${namespace.replace('::', '_')}.html`,
  );

const cfnType = (
  type: string,
  target: DiscoveryTarget,
  reason?: string,
): TemplateTypeRule => ({
  match: 'exact',
  type,
  target,
  ...(reason ? { reason } : {}),
  sources: [cfnReference(type)],
});

/** Every type of one service namespace, e.g. `AWS::SQS::`. */
const cfnService = (
  namespace: string,
  target: DiscoveryTarget,
  reason?: string,
): TemplateTypeRule => ({
  match: 'prefix',
  type: `${namespace}::`,
  target,
  ...(reason ? { reason } : {}),
  sources: [cfnServiceReference(namespace)],
});

/** RDS and ElastiCache engines by the `Engine` value's prefix. */
const rdsEngine = (
  type: string,
  engine: string,
  target: ServiceId,
): TemplateTypeRule => ({
  match: 'prefix',
  type: templateTypeVariant(type, 'Engine', engine),
  target,
  sources: [cfnReference(type)],
});

const SAM_GUIDE =
  'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide';

const samReference = (type: string): Source =>
  docs(
    `AWS SAM resource: ${type}`,
    `${SAM_GUIDE}/sam-resource-${type.split('::')[2].toLowerCase()}.html`,
  );

const samResource = (
  type: string,
  target: DiscoveryTarget,
  reason?: string,
): TemplateTypeRule => ({
  match: 'exact',
  type,
  target,
  ...(reason ? { reason } : {}),
  sources: [samReference(type)],
});

/** A SAM function's event source (`Events: {X: {Type: SQS}}`). */
const samEvent = (
  eventType: string,
  target: DiscoveryTarget,
  reason?: string,
): TemplateTypeRule => ({
  match: 'exact',
  type: templateTypeVariant(
    'AWS::Serverless::Function',
    'Events.Type',
    eventType,
  ),
  target,
  ...(reason ? { reason } : {}),
  sources: [
    docs(
      `AWS SAM event source: ${eventType}`,
      `${SAM_GUIDE}/sam-property-function-${eventType.toLowerCase()}.html`,
    ),
  ],
});

/**
 * A property that switches on a second service beside the resource's own
 * (`Tracing: Active` on a function sends its traces to X-Ray); the detector
 * reads the properties it names and asks for these variant keys.
 */
const cfnFeature = (
  type: string,
  property: string,
  value: string,
  target: ServiceId,
  source: Source,
): TemplateTypeRule => ({
  match: 'exact',
  type: templateTypeVariant(type, property, value),
  target,
  sources: [source],
});

/** Lambda pulls container-image functions from ECR, the only registry it reads. */
const LAMBDA_IMAGES = docs(
  'AWS Lambda: create a function from a container image (images are stored in Amazon ECR)',
  'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html',
);

const SERVERLESS_DOCS = 'https://www.serverless.com/framework/docs/providers';

/**
 * Serverless Framework functions by `provider.name`, keyed as the pseudo
 * type `Serverless::<provider>::Function`.
 */
const serverlessFunction = (
  provider: string,
  target: ServiceId,
): TemplateTypeRule => ({
  match: 'exact',
  type: `Serverless::${provider}::Function`,
  target,
  sources: [
    docs(
      `Serverless Framework: ${provider} functions`,
      `${SERVERLESS_DOCS}/${provider}/guide/functions`,
    ),
  ],
});

/** An AWS function event of the Serverless Framework (`events: [{sqs: ...}]`). */
const serverlessEvent = (
  event: string,
  page: string,
  target: DiscoveryTarget,
  reason?: string,
): TemplateTypeRule => ({
  match: 'exact',
  type: templateTypeVariant('Serverless::aws::Function', 'events', event),
  target,
  ...(reason ? { reason } : {}),
  sources: [
    docs(
      `Serverless Framework AWS event: ${event}`,
      `${SERVERLESS_DOCS}/aws/events/${page}`,
    ),
  ],
});

/**
 * CloudFormation and SAM resource types, SAM event sources and the
 * Serverless Framework's functions and events (which compile to
 * CloudFormation).
 */
export const cloudFormationTypes: TemplateTypeRule[] = [
  // Compute and runtimes
  cfnType('AWS::EC2::Instance', 'aws:ec2'),
  cfnType('AWS::EC2::LaunchTemplate', 'aws:ec2'),
  cfnType('AWS::EC2::KeyPair', 'aws:ec2'),
  cfnType('AWS::EC2::Volume', 'aws:ebs'),
  cfnType('AWS::EC2::VolumeAttachment', 'aws:ebs'),
  // The rest of the EC2 namespace is compute (fleets, hosts, placement) ...
  cfnService('AWS::EC2', 'aws:ec2'),
  // ... except networking: every type starting AWS::EC2::VPC (endpoints,
  // peering, gateway attachments) and the types listed here.
  { ...cfnType('AWS::EC2::VPC', 'aws:vpc'), match: 'prefix' },
  ...[
    'AWS::EC2::Subnet',
    'AWS::EC2::SubnetRouteTableAssociation',
    'AWS::EC2::SubnetNetworkAclAssociation',
    'AWS::EC2::SubnetCidrBlock',
    'AWS::EC2::RouteTable',
    'AWS::EC2::Route',
    'AWS::EC2::InternetGateway',
    'AWS::EC2::EgressOnlyInternetGateway',
    'AWS::EC2::NatGateway',
    'AWS::EC2::EIP',
    'AWS::EC2::EIPAssociation',
    'AWS::EC2::SecurityGroup',
    'AWS::EC2::SecurityGroupIngress',
    'AWS::EC2::SecurityGroupEgress',
    'AWS::EC2::NetworkAcl',
    'AWS::EC2::NetworkAclEntry',
    'AWS::EC2::NetworkInterface',
    'AWS::EC2::NetworkInterfaceAttachment',
    'AWS::EC2::FlowLog',
    'AWS::EC2::PrefixList',
    'AWS::EC2::DHCPOptions',
  ].map(type => cfnType(type, 'aws:vpc')),
  {
    ...cfnType('AWS::EC2::TransitGateway', 'aws:transit-gateway'),
    match: 'prefix',
  },
  {
    ...cfnType('AWS::EC2::VPNConnection', 'aws:site-to-site-vpn'),
    match: 'prefix',
  },
  {
    ...cfnType('AWS::EC2::VPNGateway', 'aws:site-to-site-vpn'),
    match: 'prefix',
  },
  cfnType('AWS::EC2::CustomerGateway', 'aws:site-to-site-vpn'),
  cfnService('AWS::DirectConnect', 'aws:direct-connect'),
  cfnService('AWS::ServiceDiscovery', 'aws:cloud-map'),
  cfnService('AWS::ElasticBeanstalk', 'aws:elastic-beanstalk'),
  cfnService('AWS::Amplify', 'aws:amplify'),
  cfnService('AWS::Batch', 'aws:batch'),
  cfnService('AWS::AutoScaling', 'aws:auto-scaling'),
  cfnService(
    'AWS::ApplicationAutoScaling',
    'neutral',
    'Scales another service (ECS, DynamoDB, Lambda), which is reported itself.',
  ),
  cfnService('AWS::EKS', 'aws:eks'),
  cfnService('AWS::ECS', 'aws:ecs'),
  cfnService('AWS::AppRunner', 'aws:app-runner'),
  cfnService('AWS::Lambda', 'aws:lambda'),
  samResource('AWS::Serverless::Function', 'aws:lambda'),
  samResource('AWS::Serverless::LayerVersion', 'aws:lambda'),

  // Storage
  cfnService('AWS::S3', 'aws:s3'),
  cfnService('AWS::S3Express', 'aws:s3'),
  cfnService('AWS::EFS', 'aws:efs'),
  // FSx has one file system type for four products, told apart by FileSystemType.
  {
    match: 'exact',
    type: templateTypeVariant(
      'AWS::FSx::FileSystem',
      'FileSystemType',
      'WINDOWS',
    ),
    target: 'aws:fsx-windows',
    sources: [cfnReference('AWS::FSx::FileSystem')],
  },
  cfnService('AWS::Transfer', 'aws:transfer-family'),
  cfnService('AWS::Backup', 'aws:backup'),

  // Databases: RDS engines by `Engine`; undecided engines stay unknown
  rdsEngine('AWS::RDS::DBInstance', 'postgres', 'aws:rds-postgresql'),
  rdsEngine('AWS::RDS::DBInstance', 'mysql', 'aws:rds-mysql'),
  rdsEngine('AWS::RDS::DBInstance', 'mariadb', 'aws:rds-mysql'),
  rdsEngine('AWS::RDS::DBInstance', 'sqlserver', 'aws:rds-sqlserver'),
  rdsEngine('AWS::RDS::DBInstance', 'custom-sqlserver', 'aws:rds-sqlserver'),
  // Aurora PostgreSQL first; `aurora-mysql` and the legacy `aurora` (MySQL 5.6) are MySQL.
  rdsEngine('AWS::RDS::DBInstance', 'aurora-postgresql', 'aws:aurora'),
  rdsEngine('AWS::RDS::DBInstance', 'aurora', 'aws:aurora-mysql'),
  // A cluster is Aurora unless it is a Multi-AZ DB cluster of plain engines.
  cfnType('AWS::RDS::DBCluster', 'aws:aurora'),
  rdsEngine('AWS::RDS::DBCluster', 'aurora-postgresql', 'aws:aurora'),
  rdsEngine('AWS::RDS::DBCluster', 'aurora', 'aws:aurora-mysql'),
  rdsEngine('AWS::RDS::DBCluster', 'postgres', 'aws:rds-postgresql'),
  rdsEngine('AWS::RDS::DBCluster', 'mysql', 'aws:rds-mysql'),
  cfnType('AWS::RDS::GlobalCluster', 'aws:aurora'),
  ...[
    'AWS::RDS::DBSubnetGroup',
    'AWS::RDS::DBParameterGroup',
    'AWS::RDS::DBClusterParameterGroup',
    'AWS::RDS::OptionGroup',
    'AWS::RDS::EventSubscription',
    'AWS::RDS::DBProxy',
    'AWS::RDS::DBProxyTargetGroup',
  ].map(type =>
    cfnType(
      type,
      'neutral',
      'Configuration of an RDS instance or cluster, which is reported through its own resource.',
    ),
  ),
  cfnService('AWS::DocDB', 'aws:documentdb'),
  cfnService('AWS::DocDBElastic', 'aws:documentdb'),
  cfnService('AWS::DynamoDB', 'aws:dynamodb'),
  cfnService('AWS::DAX', 'aws:dynamodb'),
  samResource('AWS::Serverless::SimpleTable', 'aws:dynamodb'),
  cfnService('AWS::ElastiCache', 'aws:elasticache'),
  rdsEngine(
    'AWS::ElastiCache::CacheCluster',
    'memcached',
    'aws:elasticache-memcached',
  ),
  cfnService('AWS::MemoryDB', 'aws:memorydb'),

  // Messaging
  cfnService('AWS::SQS', 'aws:sqs'),
  cfnService('AWS::AmazonMQ', 'aws:mq'),
  cfnService('AWS::SNS', 'aws:sns'),
  cfnService('AWS::Events', 'aws:eventbridge'),
  cfnService('AWS::Scheduler', 'aws:eventbridge-scheduler'),
  cfnService('AWS::Pipes', 'aws:eventbridge'),
  cfnService('AWS::Kinesis', 'aws:kinesis'),
  cfnService('AWS::MSK', 'aws:msk'),
  cfnService('AWS::KinesisFirehose', 'aws:data-firehose'),
  cfnService('AWS::StepFunctions', 'aws:step-functions'),
  samResource('AWS::Serverless::StateMachine', 'aws:step-functions'),
  cfnService('AWS::MWAA', 'aws:mwaa'),
  cfnService('AWS::AppSync', 'aws:appsync'),
  samResource('AWS::Serverless::GraphQLApi', 'aws:appsync'),

  // Security and identity
  cfnService('AWS::SecretsManager', 'aws:secrets-manager'),
  cfnService('AWS::KMS', 'aws:kms'),
  cfnService('AWS::Cognito', 'aws:cognito'),
  cfnType('AWS::IAM::Role', 'aws:iam-roles'),
  cfnType('AWS::IAM::RolePolicy', 'aws:iam-roles'),
  cfnType('AWS::IAM::InstanceProfile', 'aws:iam-roles'),
  cfnService(
    'AWS::IAM',
    'neutral',
    'Users, groups and permission policies control access to the account; the workload dependency is the role, reported itself.',
  ),
  samResource(
    'AWS::Serverless::Connector',
    'neutral',
    'Generates IAM policies between two resources that are reported themselves.',
  ),
  cfnService('AWS::WAFv2', 'aws:waf'),
  cfnService('AWS::WAF', 'aws:waf'),
  cfnService('AWS::WAFRegional', 'aws:waf'),
  cfnService('AWS::CertificateManager', 'aws:acm'),
  cfnType('AWS::SSM::Parameter', 'aws:ssm-parameter-store'),
  cfnService('AWS::AppConfig', 'aws:appconfig'),
  cfnService('AWS::CloudTrail', 'aws:cloudtrail'),
  cfnService('AWS::GuardDuty', 'aws:guardduty'),
  cfnService('AWS::SecurityHub', 'aws:security-hub'),
  cfnService('AWS::Config', 'aws:config'),

  // Delivery and governance
  cfnService('AWS::ECR', 'aws:ecr'),
  // Detectors cite AWS::CloudFormation::Stack for every template: deploying
  // one creates a stack.
  cfnService('AWS::CloudFormation', 'aws:cloudformation'),
  samResource('AWS::Serverless::Application', 'aws:cloudformation'),
  cfnService('AWS::Organizations', 'aws:organizations'),
  cfnService('AWS::CodeBuild', 'aws:codebuild'),
  cfnService('AWS::CodePipeline', 'aws:codebuild'),

  // Observability
  cfnService('AWS::Logs', 'aws:cloudwatch-logs'),
  cfnService('AWS::CloudWatch', 'aws:cloudwatch'),
  cfnService('AWS::APS', 'aws:managed-prometheus'),
  cfnService('AWS::XRay', 'aws:x-ray'),

  // Networking and edge
  cfnService('AWS::CloudFront', 'aws:cloudfront'),
  cfnService('AWS::Route53', 'aws:route53'),
  cfnService('AWS::Route53Resolver', 'aws:route53'),
  cfnService('AWS::ElasticLoadBalancingV2', 'aws:elb'),
  cfnService('AWS::ElasticLoadBalancing', 'aws:elb'),
  cfnService('AWS::ApiGateway', 'aws:api-gateway'),
  cfnService('AWS::ApiGatewayV2', 'aws:api-gateway'),
  samResource('AWS::Serverless::Api', 'aws:api-gateway'),
  samResource('AWS::Serverless::HttpApi', 'aws:api-gateway'),

  // Data and AI
  cfnService('AWS::OpenSearchService', 'aws:opensearch'),
  cfnService('AWS::Elasticsearch', 'aws:opensearch'),
  cfnService('AWS::OpenSearchServerless', 'aws:opensearch'),
  cfnService('AWS::Bedrock', 'aws:bedrock'),
  cfnService('AWS::Redshift', 'aws:redshift'),
  cfnService('AWS::RedshiftServerless', 'aws:redshift'),
  cfnService('AWS::SES', 'aws:ses'),
  cfnService('AWS::Glue', 'aws:glue'),
  cfnService('AWS::DMS', 'aws:dms'),
  cfnService('AWS::EMR', 'aws:emr'),
  cfnService('AWS::EMRServerless', 'aws:emr'),
  cfnService('AWS::Athena', 'aws:athena'),
  cfnService('AWS::SageMaker', 'aws:sagemaker'),

  // SAM function event sources
  samEvent('S3', 'aws:s3'),
  samEvent('SNS', 'aws:sns'),
  samEvent('SQS', 'aws:sqs'),
  samEvent('Kinesis', 'aws:kinesis'),
  samEvent('DynamoDB', 'aws:dynamodb'),
  samEvent('DocumentDB', 'aws:documentdb'),
  samEvent('MSK', 'aws:msk'),
  samEvent('MQ', 'aws:mq'),
  samEvent(
    'SelfManagedKafka',
    'neutral',
    'A Kafka cluster the team runs itself: Kafka is portable.',
  ),
  samEvent('Api', 'aws:api-gateway'),
  samEvent('HttpApi', 'aws:api-gateway'),
  samEvent('Schedule', 'aws:eventbridge'),
  samEvent('ScheduleV2', 'aws:eventbridge-scheduler'),
  samEvent('CloudWatchEvent', 'aws:eventbridge'),
  samEvent('EventBridgeRule', 'aws:eventbridge'),
  samEvent('CloudWatchLogs', 'aws:cloudwatch-logs'),
  samEvent('Cognito', 'aws:cognito'),

  // Feature properties: tracing sends traces to X-Ray, images come from ECR
  cfnFeature(
    'AWS::Serverless::Function',
    'Tracing',
    'Active',
    'aws:x-ray',
    samReference('AWS::Serverless::Function'),
  ),
  cfnFeature(
    'AWS::Serverless::Api',
    'TracingEnabled',
    'true',
    'aws:x-ray',
    samReference('AWS::Serverless::Api'),
  ),
  cfnFeature(
    'AWS::Lambda::Function',
    'TracingConfig.Mode',
    'Active',
    'aws:x-ray',
    docs(
      'CloudFormation reference: AWS::Lambda::Function TracingConfig',
      `${CFN_REFERENCE}/aws-properties-lambda-function-tracingconfig.html`,
    ),
  ),
  cfnFeature(
    'AWS::ApiGateway::Stage',
    'TracingEnabled',
    'true',
    'aws:x-ray',
    cfnReference('AWS::ApiGateway::Stage'),
  ),
  cfnFeature(
    'AWS::Serverless::Function',
    'PackageType',
    'Image',
    'aws:ecr',
    LAMBDA_IMAGES,
  ),
  cfnFeature(
    'AWS::Lambda::Function',
    'PackageType',
    'Image',
    'aws:ecr',
    LAMBDA_IMAGES,
  ),

  // Serverless Framework
  serverlessFunction('aws', 'aws:lambda'),
  serverlessFunction('azure', 'azure:functions'),
  serverlessFunction('google', 'gcp:cloud-functions'),
  {
    match: 'exact',
    type: 'Serverless::aws::Service',
    target: 'aws:cloudformation',
    sources: [
      docs(
        'Serverless Framework: deploying to AWS (one CloudFormation stack per service)',
        `${SERVERLESS_DOCS}/aws/guide/deploying`,
      ),
    ],
  },
  serverlessEvent('http', 'apigateway', 'aws:api-gateway'),
  serverlessEvent('httpApi', 'http-api', 'aws:api-gateway'),
  serverlessEvent('websocket', 'websocket', 'aws:api-gateway'),
  serverlessEvent('sqs', 'sqs', 'aws:sqs'),
  serverlessEvent('sns', 'sns', 'aws:sns'),
  serverlessEvent('s3', 's3', 'aws:s3'),
  serverlessEvent('schedule', 'schedule', 'aws:eventbridge'),
  serverlessEvent('eventBridge', 'event-bridge', 'aws:eventbridge'),
  serverlessEvent('cloudwatchEvent', 'cloudwatch-event', 'aws:eventbridge'),
  serverlessEvent('cloudwatchLog', 'cloudwatch-log', 'aws:cloudwatch-logs'),
  serverlessEvent('alb', 'alb', 'aws:elb'),
  serverlessEvent('cognitoUserPool', 'cognito-user-pool', 'aws:cognito'),
  serverlessEvent('msk', 'msk', 'aws:msk'),
  serverlessEvent('activemq', 'activemq', 'aws:mq'),
  serverlessEvent('rabbitmq', 'rabbitmq', 'aws:mq-rabbitmq'),
  serverlessEvent('cloudFront', 'cloudfront', 'aws:cloudfront'),
  serverlessEvent(
    'kafka',
    'kafka',
    'neutral',
    'A Kafka cluster the team runs itself: Kafka is portable.',
  ),
];

// ARN service namespaces ------------------------------------------------------

/** One namespace, proven by its page in the AWS Service Authorization Reference. */
const arn = (
  namespace: string,
  page: string,
  target: DiscoveryTarget,
  reason?: string,
): ArnNamespaceRule => ({
  namespace,
  target,
  ...(reason ? { reason } : {}),
  sources: [
    docs(
      `AWS Service Authorization Reference: service prefix ${namespace}`,
      `https://docs.aws.amazon.com/service-authorization/latest/reference/list_${page}.html`,
    ),
  ],
});

/** ARN service namespaces, for Resource entities with `amazonaws.com/arn`. */
export const arnNamespaces: ArnNamespaceRule[] = [
  arn('ec2', 'amazonec2', 'aws:ec2'),
  arn('autoscaling', 'amazonec2autoscaling', 'aws:auto-scaling'),
  arn('eks', 'amazonelastickubernetesservice', 'aws:eks'),
  arn('ecs', 'amazonelasticcontainerservice', 'aws:ecs'),
  arn('apprunner', 'awsapprunner', 'aws:app-runner'),
  arn('lambda', 'awslambda', 'aws:lambda'),
  arn('s3', 'amazons3', 'aws:s3'),
  arn('elasticfilesystem', 'amazonelasticfilesystem', 'aws:efs'),
  arn(
    'rds',
    'amazonrds',
    'aws:rds-postgresql',
    'An RDS ARN does not carry the engine; PostgreSQL stands for the RDS engines, whose EU equivalents and effort are alike.',
  ),
  arn('dynamodb', 'amazondynamodb', 'aws:dynamodb'),
  arn('elasticache', 'amazonelasticache', 'aws:elasticache'),
  arn('sqs', 'amazonsqs', 'aws:sqs'),
  arn('mq', 'amazonmq', 'aws:mq'),
  arn('sns', 'amazonsns', 'aws:sns'),
  arn('events', 'amazoneventbridge', 'aws:eventbridge'),
  arn('scheduler', 'amazoneventbridgescheduler', 'aws:eventbridge-scheduler'),
  arn('states', 'awsstepfunctions', 'aws:step-functions'),
  arn('airflow', 'amazonmanagedworkflowsforapacheairflow', 'aws:mwaa'),
  arn('firehose', 'amazonkinesisfirehose', 'aws:data-firehose'),
  arn('kinesis', 'amazonkinesis', 'aws:kinesis'),
  arn('kafka', 'amazonmanagedstreamingforapachekafka', 'aws:msk'),
  arn('secretsmanager', 'awssecretsmanager', 'aws:secrets-manager'),
  arn('kms', 'awskeymanagementservice', 'aws:kms'),
  arn('cognito-idp', 'amazoncognitouserpools', 'aws:cognito'),
  arn('cognito-identity', 'amazoncognitoidentity', 'aws:cognito'),
  arn(
    'iam',
    'awsidentityandaccessmanagementiam',
    'aws:iam-roles',
    'Cloud catalog providers create Resources for IAM roles; users and policies are not catalogued as workloads.',
  ),
  arn(
    'sts',
    'awssecuritytokenservice',
    'neutral',
    'Temporary session identities, not a resource the workload depends on.',
  ),
  arn('wafv2', 'awswafv2', 'aws:waf'),
  arn('ecr', 'amazonelasticcontainerregistry', 'aws:ecr'),
  arn('cloudformation', 'awscloudformation', 'aws:cloudformation'),
  arn('organizations', 'awsorganizations', 'aws:organizations'),
  arn('codebuild', 'awscodebuild', 'aws:codebuild'),
  arn('codepipeline', 'awscodepipeline', 'aws:codebuild'),
  arn('logs', 'amazoncloudwatchlogs', 'aws:cloudwatch-logs'),
  arn('cloudwatch', 'amazoncloudwatch', 'aws:cloudwatch'),
  arn('aps', 'amazonmanagedserviceforprometheus', 'aws:managed-prometheus'),
  arn('xray', 'awsx-ray', 'aws:x-ray'),
  arn('cloudfront', 'amazoncloudfront', 'aws:cloudfront'),
  arn('route53', 'amazonroute53', 'aws:route53'),
  arn('elasticloadbalancing', 'awselasticloadbalancingv2', 'aws:elb'),
  arn('apigateway', 'amazonapigatewaymanagement', 'aws:api-gateway'),
  arn('execute-api', 'amazonapigateway', 'aws:api-gateway'),
  arn('es', 'amazonopensearchservice', 'aws:opensearch'),
  arn('aoss', 'amazonopensearchserverless', 'aws:opensearch'),
  arn('bedrock', 'amazonbedrock', 'aws:bedrock'),
  arn('redshift', 'amazonredshift', 'aws:redshift'),
  arn('ses', 'amazonses', 'aws:ses'),
  arn('acm', 'awscertificatemanager', 'aws:acm'),
  arn('ssm', 'awssystemsmanager', 'aws:ssm-parameter-store'),
  arn('appconfig', 'awsappconfig', 'aws:appconfig'),
  arn('backup', 'awsbackup', 'aws:backup'),
  arn('batch', 'awsbatch', 'aws:batch'),
  arn('glue', 'awsglue', 'aws:glue'),
  arn('dms', 'awsdatabasemigrationservice', 'aws:dms'),
  arn('elasticmapreduce', 'amazonelasticmapreduce', 'aws:emr'),
  arn('transfer', 'awstransferfamily', 'aws:transfer-family'),
  arn('athena', 'amazonathena', 'aws:athena'),
  arn('sagemaker', 'amazonsagemaker', 'aws:sagemaker'),
  arn('cloudtrail', 'awscloudtrail', 'aws:cloudtrail'),
  arn('guardduty', 'amazonguardduty', 'aws:guardduty'),
  arn('securityhub', 'awssecurityhub', 'aws:security-hub'),
  arn('config', 'awsconfig', 'aws:config'),
  arn('elasticbeanstalk', 'awselasticbeanstalk', 'aws:elastic-beanstalk'),
  arn('amplify', 'awsamplify', 'aws:amplify'),
  arn('appsync', 'awsappsync', 'aws:appsync'),
  arn('memorydb', 'amazonmemorydb', 'aws:memorydb'),
  arn('servicediscovery', 'awscloudmap', 'aws:cloud-map'),
  arn('directconnect', 'awsdirectconnect', 'aws:direct-connect'),
];
