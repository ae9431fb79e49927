import type { Category } from './types';
import {
  AWS_KMS_KEY_MATERIAL,
  AZURE_KEY_VAULT_KEYS,
  COGNITO_USER_IMPORT,
  KEYCLOAK_USER_STORAGE,
} from './ruleSources';

/**
 * One entry per CategoryId; the order is the order the UI lists them in.
 * `state` says what a move does with the category's data: `portable` data is
 * copied, dumped or replicated (never a small job), `locked` state stays
 * behind and is rebuilt.
 */
export const categories: Category[] = [
  {
    id: 'compute',
    name: 'Virtual machines',
    description:
      'Virtual servers the team manages from the operating system up.',
  },
  {
    id: 'autoscaling',
    name: 'VM autoscaling',
    description: 'Groups of virtual machines that grow and shrink with load.',
  },
  {
    id: 'kubernetes',
    name: 'Managed Kubernetes',
    description:
      'A Kubernetes control plane run by the provider, with worker node pools.',
  },
  {
    id: 'container-platform',
    name: 'Container platform',
    description:
      'Runs container images without exposing a cluster, scaling them on requests.',
  },
  {
    id: 'functions',
    name: 'Functions (FaaS)',
    description: 'Event-triggered code run and billed per invocation.',
  },
  {
    id: 'object-storage',
    state: 'portable',
    name: 'Object storage',
    description:
      'Buckets of objects reached over HTTP, usually through the S3 API.',
  },
  {
    id: 'block-storage',
    state: 'portable',
    name: 'Block storage',
    description: 'Network disks attached to one server or pod at a time.',
  },
  {
    id: 'file-storage',
    state: 'portable',
    name: 'File storage',
    description: 'Shared file systems mounted by many clients over NFS or SMB.',
  },
  {
    id: 'postgresql',
    state: 'portable',
    name: 'PostgreSQL',
    description:
      'Managed PostgreSQL or PostgreSQL-compatible relational databases.',
  },
  {
    id: 'mysql',
    state: 'portable',
    name: 'MySQL / MariaDB',
    description: 'Managed MySQL or MariaDB relational databases.',
  },
  {
    id: 'sql-server',
    state: 'portable',
    name: 'SQL Server',
    description: 'Managed Microsoft SQL Server databases reached over TDS.',
  },
  {
    id: 'document-db',
    state: 'portable',
    name: 'Document database',
    description: 'Stores JSON-like documents, often through the MongoDB API.',
  },
  {
    id: 'key-value',
    state: 'portable',
    name: 'Key-value / wide-column',
    description:
      'Tables addressed by key with a proprietary API, such as DynamoDB or Table Storage.',
  },
  {
    id: 'cache',
    name: 'In-memory cache',
    description:
      'Redis-, Valkey- or Memcached-compatible in-memory data stores.',
  },
  {
    id: 'queue',
    name: 'Message queue',
    description: 'Point-to-point queues that decouple producers from workers.',
  },
  {
    id: 'pubsub',
    name: 'Pub/sub and events',
    description:
      'Topics that fan out notifications or events to many subscribers.',
  },
  {
    id: 'streaming',
    state: 'portable',
    name: 'Event streaming',
    description:
      'Partitioned, replayable logs of events such as Kafka or Kinesis.',
  },
  {
    id: 'secrets',
    state: 'portable',
    name: 'Secrets management',
    description:
      'Stores and hands out credentials, tokens and certificates to workloads.',
  },
  {
    id: 'kms',
    state: 'locked',
    stateNote: {
      text: 'Key material in a cloud KMS or HSM cannot be exported: new keys are created at the target and data is re-encrypted (or its data keys re-wrapped) under them.',
      sources: [AWS_KMS_KEY_MATERIAL, AZURE_KEY_VAULT_KEYS],
    },
    name: 'Key management',
    description:
      'Creates and guards encryption keys and performs cryptographic operations.',
  },
  {
    id: 'identity',
    state: 'locked',
    stateNote: {
      text: 'User directories do not export password hashes or MFA secrets: users are re-enrolled or migrated on their next login, and app registrations (clients), roles and federation trusts are rebuilt, whatever protocol the target speaks.',
      sources: [COGNITO_USER_IMPORT, KEYCLOAK_USER_STORAGE],
    },
    name: 'End-user identity (SSO)',
    description: 'Signs in people to applications via OIDC or SAML.',
  },
  {
    id: 'managed-identity',
    name: 'Workload identity',
    description:
      'Gives services and pipelines an identity without static credentials.',
  },
  {
    id: 'registry',
    name: 'Container registry',
    description: 'Stores and serves OCI images and artefacts.',
  },
  {
    id: 'logging',
    name: 'Logging',
    description: 'Collects, stores and queries application and platform logs.',
  },
  {
    id: 'metrics',
    name: 'Metrics and alerting',
    description: 'Collects time series, shows dashboards and raises alerts.',
  },
  {
    id: 'tracing',
    name: 'Tracing and APM',
    description: 'Records distributed traces and application performance data.',
  },
  {
    id: 'cdn',
    name: 'CDN',
    description:
      'Caches and serves content from edge locations close to users.',
  },
  {
    id: 'dns',
    name: 'DNS',
    description: 'Hosts authoritative DNS zones and records.',
  },
  {
    id: 'load-balancer',
    name: 'Load balancer',
    description: 'Distributes L4 or L7 traffic across backends.',
  },
  {
    id: 'waf',
    name: 'Web application firewall',
    description:
      'Filters malicious HTTP requests before they reach the application.',
  },
  {
    id: 'api-gateway',
    name: 'API gateway',
    description:
      'Publishes APIs with routing, authentication, quotas and keys.',
  },
  {
    id: 'search',
    state: 'portable',
    name: 'Search',
    description: 'Full-text and vector search engines.',
  },
  {
    id: 'llm',
    name: 'LLM inference',
    description: 'Hosted large language models behind an inference API.',
  },
  {
    id: 'iac',
    name: 'Infrastructure as code',
    description:
      'The provider API and tooling that infrastructure code drives.',
  },
  {
    id: 'resource-grouping',
    name: 'Resource grouping',
    description:
      'Containers for resources that scope access, billing and lifecycle.',
  },
  {
    id: 'data-warehouse',
    state: 'portable',
    name: 'Data warehouse',
    description: 'Analytical SQL over large data sets.',
  },
  {
    id: 'email',
    name: 'Transactional e-mail',
    description: 'Sends application e-mail over an API or SMTP.',
  },
  {
    id: 'ci-cd',
    name: 'CI/CD',
    description: 'Source hosting, build pipelines and delivery automation.',
  },
  {
    id: 'networking',
    name: 'Virtual networks',
    description:
      'Private networks, subnets, routes, security groups, NAT, public IPs, peering and VPN.',
  },
  {
    id: 'certificates',
    name: 'TLS certificates',
    description:
      'Issues, stores and renews TLS certificates for load balancers and endpoints.',
  },
  {
    id: 'app-configuration',
    name: 'Parameters and app configuration',
    description:
      'Central key-value settings, parameters and feature flags that applications read at run time.',
  },
  {
    id: 'backup',
    name: 'Backup',
    description:
      'Scheduled, policy-driven backups of servers, disks and databases into vaults, with restore.',
  },
  {
    id: 'workflow',
    name: 'Workflow and scheduling',
    description:
      'State machines, orchestrated multi-step workflows, scheduled jobs and batch job queues.',
  },
  {
    id: 'data-integration',
    name: 'Data integration and processing',
    description:
      'ETL pipelines, data catalogs, replication and delivery streams, and Spark or Hadoop clusters.',
  },
  {
    id: 'ml-platform',
    name: 'ML platform',
    description:
      'Notebooks, training, experiment tracking, model registries and model endpoints for machine learning.',
  },
  {
    id: 'security-posture',
    name: 'Audit and security posture',
    description:
      'Audit trails of control-plane actions, threat detection, configuration compliance and policy guardrails.',
  },
];

/** Categories whose moves carry data: never sized S. */
export const holdsState = (category: Category | undefined): boolean =>
  category?.state === 'portable' || category?.state === 'locked';

/** Categories whose state no interface carries over. */
export const stateLocked = (category: Category | undefined): boolean =>
  category?.state === 'locked';
