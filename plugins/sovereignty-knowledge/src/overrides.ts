import type {
  ServiceId,
  ServiceTargetOverride,
  TargetProviderId,
} from './types';
import {
  AI_ASSISTANT_REPORT,
  DOMAIN_REPORT,
  SERVICE_MAPPING_EVIDENCE,
  docs,
} from './sources';
import { equivalents } from './equivalents';

/*
 * Facts about one (source service, target) pair that the category rule gets
 * wrong. The first block is evidence, not a rule: the published Azure-to-IONOS
 * report (domain.md 1A) of one system, the AI assistant, row by row. It
 * applies to that system and its parts only, so the team's own context
 * (e.g. keeping Entra ID on purpose) does not rate anyone else's services.
 */

/** The System the published report is about, as the example catalog names it. */
export const AI_ASSISTANT_SYSTEM = 'system:default/ai-assistant';

const ionosReport = (
  service: ServiceId,
  fit: ServiceTargetOverride['fit'],
  effort: ServiceTargetOverride['effort'],
  notes: string,
  extra: Pick<ServiceTargetOverride, 'offering' | 'gapFiller'> = {},
): ServiceTargetOverride => ({
  service,
  provider: 'ionos',
  system: AI_ASSISTANT_SYSTEM,
  fit,
  effort,
  ...extra,
  notes,
  sources: [AI_ASSISTANT_REPORT],
});

export const ionosReportOverrides: ServiceTargetOverride[] = [
  ionosReport(
    'azure:resource-manager',
    'partial',
    'M',
    'The IONOS Terraform provider works, but not every resource is provisionable (e.g. AI Model Hub).',
    {
      offering: 'IONOS Cloud Terraform provider (ionos-cloud/ionoscloud)',
    },
  ),
  ionosReport(
    'azure:service-principal',
    'partial',
    'S',
    'The pipeline identity for Terraform in CI must be created by hand in the IONOS UI, then stored as a CI secret.',
    {
      offering: 'IONOS IAM user with API token',
    },
  ),
  ionosReport(
    'azure:resource-groups',
    'partial',
    'S',
    'A Data Center groups compute and network resources; storage cannot be grouped in it.',
    {
      offering: 'IONOS Virtual Data Center',
    },
  ),
  ionosReport(
    'azure:container-apps',
    'direct',
    'M',
    'Replaced by IONOS Managed Kubernetes, provisioned with Terraform; the apps run as Deployments.',
    {
      offering: 'IONOS Managed Kubernetes',
    },
  ),
  ionosReport(
    'azure:log-analytics',
    'direct',
    'S',
    'IONOS Logging Service (Loki-based) took over log collection.',
    {
      offering: 'IONOS Logging Service',
    },
  ),
  ionosReport(
    'azure:container-registry',
    'direct',
    'S',
    'IONOS Container Registry, including CVE scanning and retention policies.',
    {
      offering: 'IONOS Container Registry',
    },
  ),
  ionosReport(
    'azure:blob-storage',
    'direct',
    'M',
    'IONOS Object Storage over the S3 API; CI authenticates with access keys.',
    {
      offering: 'IONOS Object Storage',
    },
  ),
  ionosReport(
    'azure:files',
    'direct',
    'M',
    'Persistent volumes come from storage classes in IONOS Managed Kubernetes.',
    {
      offering: 'Storage classes in IONOS Managed Kubernetes',
    },
  ),
  ionosReport(
    'azure:openai',
    'direct',
    'S',
    'IONOS AI Model Hub offers an OpenAI-compatible API; the team accepted its model set.',
    {
      offering: 'IONOS AI Model Hub',
    },
  ),
  ionosReport(
    'azure:key-vault',
    're-architect',
    'L',
    'No managed secret store at IONOS: OpenBao runs as a StatefulSet, External Secrets Operator syncs secrets into pods, and the Vault Terraform provider manages it.',
    { gapFiller: 'openbao' },
  ),
  ionosReport(
    'azure:table-storage',
    're-architect',
    'L',
    'No key-value service at IONOS: a Redis-compatible store runs with a PVC in Kubernetes, which required code changes in several components.',
    { gapFiller: 'valkey' },
  ),
  ionosReport(
    'azure:entra-id',
    'none',
    'XL',
    'IONOS IAM is not an end-user identity provider. Keycloak would be possible, but federation with Entra ID is needed anyway, so SSO deliberately stays on Entra ID (hybrid).',
  ),
  ionosReport(
    'azure:managed-identity',
    'partial',
    'M',
    'No service-level RBAC: workloads authenticate with tokens against the registry, logging and object storage.',
    { offering: 'IONOS tokens and access keys' },
  ),
];

// --- Other well-known facts --------------------------------------------------

const openAiNote =
  'The API is OpenAI-compatible, so clients only change base URL and key, but GPT models are not offered: open-weight models differ in quality and behaviour, so prompts and evaluations are redone.';

// Every target with an LLM offering, derived, so that no target rates better
// than its peers for the same OpenAI-compatible offering.
const llmOverrides: ServiceTargetOverride[] = equivalents
  .filter(e => e.category === 'llm' && e.interfaces.includes('openai'))
  .map(e => ({
    service: 'azure:openai',
    provider: e.provider,
    fit: 'partial',
    effort: 'M',
    offering: e.offering,
    notes: openAiNote,
    sources: [DOMAIN_REPORT, SERVICE_MAPPING_EVIDENCE, ...e.sources],
  }));

const PG_TARGETS: Array<[TargetProviderId, string]> = [
  ['ionos', 'IONOS DBaaS PostgreSQL'],
  ['stackit', 'STACKIT PostgreSQL Flex'],
  ['ovhcloud', 'OVHcloud Managed Databases for PostgreSQL'],
  ['scaleway', 'Scaleway Managed Database for PostgreSQL'],
  ['otc', 'OTC RDS for PostgreSQL'],
];

// Aurora and AlloyDB speak PostgreSQL, so the interface rule alone would say
// "direct"; their storage-engine features do not come along.
const postgresCompatibleOverrides: ServiceTargetOverride[] = PG_TARGETS.flatMap(
  ([provider, offering]): ServiceTargetOverride[] => [
    {
      service: 'aws:aurora',
      provider,
      fit: 'partial',
      effort: 'M',
      offering,
      notes:
        'Wire-compatible, but Aurora-only features (fast clones, global databases, Serverless v2 scaling, Babelfish) are lost; Aurora MySQL is aws:aurora-mysql and maps to the MySQL offering.',
      sources: [
        docs(
          'Amazon Aurora PostgreSQL user guide',
          'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.AuroraPostgreSQL.html',
        ),
        SERVICE_MAPPING_EVIDENCE,
      ],
    },
    {
      service: 'gcp:alloydb',
      provider,
      fit: 'partial',
      effort: 'M',
      offering,
      notes:
        'PostgreSQL-compatible, but the columnar engine and AlloyDB AI features are lost; check performance assumptions.',
      sources: [
        docs(
          'AlloyDB for PostgreSQL documentation',
          'https://cloud.google.com/alloydb/docs',
        ),
        SERVICE_MAPPING_EVIDENCE,
      ],
    },
  ],
);

// Aurora MySQL speaks MySQL, so the interface rule alone would say "direct";
// its storage-engine features do not come along.
const mysqlCompatibleOverrides: ServiceTargetOverride[] = equivalents
  .filter(e => e.category === 'mysql' && e.interfaces.includes('mysql'))
  .map(e => ({
    service: 'aws:aurora-mysql',
    provider: e.provider,
    fit: 'partial',
    effort: 'M',
    offering: e.offering,
    notes:
      'Wire-compatible, but Aurora-only features (fast clones, backtrack, global databases, Serverless v2 scaling) are lost; check MariaDB targets for MySQL 8 features the application uses.',
    sources: [
      docs(
        'Amazon Aurora MySQL user guide',
        'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.AuroraMySQL.html',
      ),
      SERVICE_MAPPING_EVIDENCE,
    ],
  }));

const MONGO_TARGETS: Array<[TargetProviderId, string]> = [
  ['ionos', 'IONOS DBaaS MongoDB'],
  ['stackit', 'STACKIT MongoDB Flex'],
  ['ovhcloud', 'OVHcloud Managed Databases for MongoDB'],
  ['scaleway', 'Scaleway Managed MongoDB'],
  ['otc', 'OTC Document Database Service'],
];

const documentOverrides: ServiceTargetOverride[] = MONGO_TARGETS.flatMap(
  ([provider, offering]): ServiceTargetOverride[] => [
    {
      service: 'gcp:firestore',
      provider,
      fit: 're-architect',
      effort: 'XL',
      offering,
      notes:
        'Firestore\u2019s realtime listeners, security rules and client SDKs have no counterpart: the data layer and often the client apps are rebuilt on MongoDB plus an API.',
      sources: [
        docs(
          'Firestore documentation',
          'https://cloud.google.com/firestore/docs',
        ),
        SERVICE_MAPPING_EVIDENCE,
      ],
    },
    {
      service: 'azure:cosmos-db',
      provider,
      fit: 're-architect',
      effort: 'L',
      offering,
      notes:
        'Depends on the API: this entry is the NoSQL (SQL) API, whose queries and SDK are proprietary, so data access is rewritten. Accounts on the MongoDB API port directly (declare azure:cosmos-db-mongodb).',
      sources: [
        docs(
          'Azure Cosmos DB documentation',
          'https://learn.microsoft.com/en-us/azure/cosmos-db/',
        ),
        SERVICE_MAPPING_EVIDENCE,
      ],
    },
  ],
);

const messagingOverrides: ServiceTargetOverride[] = [
  {
    service: 'aws:sqs',
    provider: 'scaleway',
    fit: 'direct',
    effort: 'S',
    offering: 'Scaleway Queues (SQS-compatible)',
    notes:
      'Scaleway Queues implements the SQS API: the AWS SDK keeps working with a new endpoint and credentials.',
    sources: [
      {
        kind: 'terraform',
        provider: 'scaleway/scaleway',
        resourceType: 'scaleway_mnq_sqs_queue',
      },
      SERVICE_MAPPING_EVIDENCE,
    ],
  },
  {
    service: 'aws:sns',
    provider: 'scaleway',
    fit: 'direct',
    effort: 'S',
    offering: 'Scaleway Topics and Events (SNS-compatible)',
    notes:
      'Topics and Events implements the SNS API: publishers keep the AWS SDK with a new endpoint; subscription types may differ.',
    sources: [
      {
        kind: 'terraform',
        provider: 'scaleway/scaleway',
        resourceType: 'scaleway_mnq_sns_topic',
      },
      SERVICE_MAPPING_EVIDENCE,
    ],
  },
];

export const overrides: ServiceTargetOverride[] = [
  ...ionosReportOverrides,
  ...llmOverrides,
  ...postgresCompatibleOverrides,
  ...mysqlCompatibleOverrides,
  ...documentOverrides,
  ...messagingOverrides,
];
