import type {
  CloudService,
  OpenInterface,
  PortableFormat,
  Source,
  CategoryId,
  ServiceModel,
} from '../types';
import {
  SERVICE_MAPPING_EVIDENCE,
  docs,
  terraformResourcePage,
  tfAll,
} from '../sources';

/**
 * The EU providers' own offerings. They are declarable services (an entity
 * already on STACKIT declares `stackit:postgres-flex`) and the building blocks
 * the equivalents table refers to.
 *
 * Terraform types are written here without prefix and checked (by the knowledge
 * base test) against the types each provider's Terraform provider registers,
 * managed resources or data sources; the builder adds the prefix.
 */

export type EuProviderId =
  | 'ionos'
  | 'stackit'
  | 'ovhcloud'
  | 'scaleway'
  | 'otc'
  | 'hetzner';

/** Resource-type prefix and registry address per EU provider. */
export const EU_TERRAFORM: Record<
  EuProviderId,
  { prefix: string; address: string }
> = {
  ionos: { prefix: 'ionoscloud_', address: 'ionos-cloud/ionoscloud' },
  stackit: { prefix: 'stackit_', address: 'stackitcloud/stackit' },
  ovhcloud: { prefix: 'ovh_', address: 'ovh/ovh' },
  scaleway: { prefix: 'scaleway_', address: 'scaleway/scaleway' },
  otc: {
    prefix: 'opentelekomcloud_',
    address: 'opentelekomcloud/opentelekomcloud',
  },
  hetzner: { prefix: 'hcloud_', address: 'hetznercloud/hcloud' },
};

/*
 * Product documentation per provider, by path below the site's entry page.
 * Every path was seen on the provider's own pages or in its own Terraform
 * provider's documentation; none is guessed from a naming pattern alone.
 */
const ionosDocs = (title: string, path: string) =>
  docs(
    `IONOS Cloud documentation: ${title}`,
    `https://docs.ionos.com/cloud/${path}`,
  );
const stackitDocs = (title: string, path: string) =>
  docs(`STACKIT documentation: ${title}`, `https://docs.stackit.cloud/${path}`);
const ovhHelp = (title: string, url: string) => docs(`OVHcloud: ${title}`, url);
const scalewayDocs = (title: string, path: string) =>
  docs(
    `Scaleway documentation: ${title}`,
    `https://www.scaleway.com/en/docs/${path}`,
  );
/** Open Telekom Cloud's API reference, as linked from its Terraform provider's resource pages. */
const otcDocs = (title: string, path: string) =>
  docs(
    `Open Telekom Cloud documentation: ${title}`,
    `https://docs.otc.t-systems.com/${path}`,
  );
const hetznerDocs = (title: string, url: string) =>
  docs(`Hetzner: ${title}`, url);

interface EuEntry {
  product: string;
  name: string;
  category: CategoryId;
  model: ServiceModel;
  interfaces: OpenInterface[];
  formats?: PortableFormat[];
  /** Resource types WITHOUT the provider prefix. */
  tf: string[];
  aliases?: string[];
  notes?: string;
  /** The product's documentation or API pages that prove the entry (offering, interfaces). */
  pages: Source[];
  /**
   * Which of `tf` (without prefix) has its Terraform registry page cited:
   * the first type by default; `data-sources` when the provider registers
   * the type only as a data source.
   */
  registryPage?: { type: string; kind: 'resources' | 'data-sources' };
  /** Further evidence, e.g. the project's mapping evidence for a beta resource. */
  extraSources?: Source[];
}

const build =
  (provider: EuProviderId) =>
  ({
    product,
    tf,
    pages,
    registryPage,
    extraSources = [],
    ...entry
  }: EuEntry): CloudService => {
    const { prefix, address } = EU_TERRAFORM[provider];
    const terraformResources = tf.map(t => `${prefix}${t}`);
    const registry =
      registryPage ??
      (tf.length > 0 ? { type: tf[0], kind: 'resources' as const } : undefined);
    return {
      id: `${provider}:${product}`,
      provider,
      ...entry,
      terraformResources,
      sources: [
        ...pages,
        ...(registry
          ? [terraformResourcePage(address, registry.type, registry.kind)]
          : []),
        ...tfAll(address, terraformResources),
        ...extraSources,
      ],
    };
  };

const ionos = build('ionos');
const stackit = build('stackit');
const ovh = build('ovhcloud');
const scw = build('scaleway');
const otc = build('otc');
const hetzner = build('hetzner');

/** IONOS's own page stating the Redis OSS API compatibility of In-Memory DB. */
const IONOS_IN_MEMORY_DB_DOCS: Source = docs(
  'IONOS DBaaS In-Memory DB: compatible with the Redis OSS API',
  'https://docs.ionos.com/cloud/databases/in-memory-db',
);

const OTC_STALE =
  'Open Telekom Cloud data is from Oct 2024 (Terraform provider snapshot) and may be stale.';

export const ionosServices: CloudService[] = [
  ionos({
    product: 'compute-engine',
    pages: [
      ionosDocs('vCPU servers', 'compute-services/compute-engine/vcpu-server'),
      ionosDocs('Cubes', 'compute-services/cubes/overview'),
      ionosDocs('GPU servers', 'compute-services/compute-engine/cloud-gpu-vm'),
    ],
    name: 'IONOS Compute Engine (vCPU, Cube and GPU servers)',
    category: 'compute',
    model: 'IaaS',
    interfaces: ['vm-image', 'ssh'],
    tf: ['server', 'vcpu_server', 'cube_server', 'gpu_server'],
    aliases: ['server', 'vm', 'cube'],
  }),
  ionos({
    product: 'vm-autoscaling',
    pages: [
      ionosDocs(
        'VM Auto Scaling overview',
        'compute-services/vm-auto-scaling/overview',
      ),
    ],
    name: 'IONOS VM Auto Scaling',
    category: 'autoscaling',
    model: 'IaaS',
    interfaces: [],
    tf: ['autoscaling_group'],
  }),
  ionos({
    product: 'block-storage',
    pages: [ionosDocs('Block Storage', 'storage-and-backup/block-storage')],
    name: 'IONOS Block Storage (HDD/SSD volumes)',
    category: 'block-storage',
    model: 'IaaS',
    interfaces: [],
    tf: ['volume'],
    aliases: ['volume'],
  }),
  ionos({
    product: 'managed-kubernetes',
    pages: [
      ionosDocs(
        'Managed Kubernetes overview',
        'containers/managed-kubernetes/overview',
      ),
    ],
    name: 'IONOS Managed Kubernetes',
    category: 'kubernetes',
    model: 'PaaS',
    interfaces: ['kubernetes'],
    tf: ['k8s_cluster', 'k8s_node_pool'],
    aliases: ['mk8s', 'kubernetes'],
  }),
  ionos({
    product: 'object-storage',
    pages: [
      ionosDocs(
        'IONOS Object Storage',
        'storage-and-backup/ionos-object-storage',
      ),
    ],
    name: 'IONOS Object Storage',
    category: 'object-storage',
    model: 'PaaS',
    interfaces: ['s3'],
    tf: ['s3_bucket', 'object_storage_accesskey'],
    aliases: ['s3'],
  }),
  ionos({
    product: 'network-file-storage',
    pages: [
      ionosDocs(
        'Network File Storage',
        'storage-and-backup/network-file-storage',
      ),
    ],
    name: 'IONOS Network File Storage',
    category: 'file-storage',
    model: 'PaaS',
    interfaces: ['nfs'],
    tf: ['nfs_cluster', 'nfs_share'],
    aliases: ['nfs'],
  }),
  ionos({
    product: 'postgresql',
    pages: [
      ionosDocs('DBaaS PostgreSQL overview', 'databases/postgresql/overview'),
    ],
    name: 'IONOS DBaaS PostgreSQL',
    category: 'postgresql',
    model: 'PaaS',
    interfaces: ['postgresql'],
    tf: ['pg_cluster_v2', 'pg_cluster'],
    aliases: ['dbaas-postgresql', 'postgres'],
  }),
  ionos({
    product: 'mariadb',
    pages: [ionosDocs('DBaaS MariaDB overview', 'databases/mariadb/overview')],
    name: 'IONOS DBaaS MariaDB',
    category: 'mysql',
    model: 'PaaS',
    interfaces: ['mysql'],
    tf: ['mariadb_cluster'],
    notes: 'MariaDB, not MySQL: check MySQL 8-only features.',
  }),
  ionos({
    product: 'mongodb',
    pages: [ionosDocs('DBaaS MongoDB overview', 'databases/mongodb/overview')],
    name: 'IONOS DBaaS MongoDB',
    category: 'document-db',
    model: 'PaaS',
    interfaces: ['mongodb'],
    tf: ['mongo_cluster'],
  }),
  ionos({
    product: 'in-memory-db',
    name: 'IONOS In-Memory DB',
    category: 'cache',
    model: 'PaaS',
    interfaces: ['redis'],
    tf: ['inmemorydb_cluster_v2', 'inmemorydb_replicaset'],
    notes:
      'Documented as compatible with the Redis OSS API: port 6379, the Redis data types, Lua scripts, RDB and AOF persistence.',
    pages: [IONOS_IN_MEMORY_DB_DOCS],
  }),
  ionos({
    product: 'kafka',
    pages: [
      ionosDocs(
        'Event Streams for Apache Kafka overview',
        'data-analytics/kafka/overview',
      ),
    ],
    name: 'IONOS Event Streams for Apache Kafka',
    category: 'streaming',
    model: 'PaaS',
    interfaces: ['kafka'],
    tf: ['kafka_cluster', 'kafka_cluster_topic'],
  }),
  ionos({
    product: 'container-registry',
    pages: [
      ionosDocs(
        'Private Container Registry overview',
        'containers/private-container-registry/overview',
      ),
    ],
    name: 'IONOS Container Registry',
    category: 'registry',
    model: 'PaaS',
    interfaces: ['oci-distribution'],
    tf: ['container_registry', 'container_registry_token'],
    notes: 'Includes vulnerability scanning and retention policies.',
  }),
  ionos({
    product: 'logging-service',
    pages: [
      ionosDocs(
        'Logging Service: log pipelines',
        'observability/logging-service/overview/log-pipelines',
      ),
    ],
    name: 'IONOS Logging Service',
    category: 'logging',
    model: 'PaaS',
    interfaces: ['loki'],
    tf: ['logging_pipeline'],
    notes: 'Loki-based; logs are shipped with Fluent Bit.',
  }),
  ionos({
    product: 'monitoring-service',
    pages: [
      ionosDocs('Monitoring Service', 'observability/monitoring-service'),
    ],
    name: 'IONOS Monitoring Service',
    category: 'metrics',
    model: 'PaaS',
    interfaces: ['prometheus'],
    tf: ['monitoring_pipeline'],
  }),
  ionos({
    product: 'cdn',
    pages: [ionosDocs('CDN overview', 'network-services/cdn/overview')],
    name: 'IONOS CDN',
    category: 'cdn',
    model: 'PaaS',
    interfaces: [],
    tf: ['cdn_distribution'],
  }),
  ionos({
    product: 'cloud-dns',
    pages: [
      ionosDocs('Cloud DNS overview', 'network-services/cloud-dns/overview'),
    ],
    name: 'IONOS Cloud DNS',
    category: 'dns',
    model: 'PaaS',
    interfaces: ['dns'],
    tf: ['dns_zone', 'dns_record'],
  }),
  ionos({
    product: 'application-load-balancer',
    pages: [
      ionosDocs(
        'Application Load Balancer overview',
        'network-services/application-load-balancer/overview',
      ),
    ],
    name: 'IONOS Application Load Balancer',
    category: 'load-balancer',
    model: 'PaaS',
    interfaces: ['http'],
    tf: [
      'application_loadbalancer',
      'application_loadbalancer_forwardingrule',
      'target_group',
    ],
  }),
  ionos({
    product: 'network-load-balancer',
    pages: [
      ionosDocs(
        'Network Load Balancer',
        'network-services/network-load-balancer/outline',
      ),
    ],
    name: 'IONOS Network Load Balancer',
    category: 'load-balancer',
    model: 'PaaS',
    interfaces: [],
    tf: ['networkloadbalancer', 'networkloadbalancer_forwardingrule'],
  }),
  ionos({
    product: 'ai-model-hub',
    name: 'IONOS AI Model Hub',
    category: 'llm',
    model: 'PaaS',
    interfaces: ['openai'],
    tf: [],
    aliases: ['model-hub', 'ionos-inference'],
    notes:
      'OpenAI-compatible inference API; not provisionable with Terraform. Model set differs from OpenAI\u2019s.',
    pages: [
      docs(
        'IONOS AI Model Hub: OpenAI-compatible inference API',
        'https://api.ionos.com/docs/inference-openai/v1/',
      ),
      ionosDocs('AI Model Hub', 'ai/ai-model-hub'),
    ],
  }),
  ionos({
    product: 'data-center',
    pages: [
      ionosDocs(
        'configure a data center',
        'set-up-ionos-cloud/get-started/configure-data-center',
      ),
    ],
    name: 'IONOS Virtual Data Center',
    category: 'resource-grouping',
    model: 'IaaS',
    interfaces: [],
    tf: ['datacenter'],
    aliases: ['vdc', 'datacenter'],
    notes:
      'Groups compute and network resources; object storage and several managed services sit outside it.',
  }),
  ionos({
    product: 'iam',
    pages: [],
    name: 'IONOS IAM users, groups and tokens',
    category: 'managed-identity',
    model: 'PaaS',
    interfaces: [],
    tf: ['user', 'group'],
    notes:
      'Identities for people and automation at contract level; no per-workload identity bound to a service.',
  }),
];

export const stackitServices: CloudService[] = [
  stackit({
    product: 'server',
    pages: [
      stackitDocs(
        'Compute Engine server machine types',
        'products/compute-engine/server/basics/machine-types/',
      ),
    ],
    name: 'STACKIT Compute Engine server',
    category: 'compute',
    model: 'IaaS',
    interfaces: ['vm-image', 'ssh'],
    tf: ['server'],
    aliases: ['vm', 'compute-engine'],
  }),
  stackit({
    product: 'block-storage',
    pages: [
      stackitDocs(
        'Block Storage service plans',
        'products/storage/block-storage/basics/service-plans/',
      ),
    ],
    name: 'STACKIT Block Storage volume',
    category: 'block-storage',
    model: 'IaaS',
    interfaces: [],
    tf: ['volume', 'server_volume_attach'],
    aliases: ['volume'],
  }),
  stackit({
    product: 'ske',
    pages: [
      stackitDocs(
        'Kubernetes Engine version updates',
        'products/runtime/kubernetes-engine/basics/version-updates/',
      ),
    ],
    name: 'STACKIT Kubernetes Engine (SKE)',
    category: 'kubernetes',
    model: 'PaaS',
    interfaces: ['kubernetes'],
    tf: ['ske_cluster', 'ske_kubeconfig'],
    aliases: ['kubernetes', 'stackit-kubernetes-engine'],
    notes: 'Gardener-based.',
  }),
  stackit({
    product: 'cloud-foundry',
    pages: [],
    name: 'STACKIT Cloud Foundry',
    category: 'container-platform',
    model: 'PaaS',
    interfaces: [],
    tf: ['scf_organization', 'scf_organization_manager'],
    aliases: ['scf', 'cf'],
  }),
  stackit({
    product: 'object-storage',
    pages: [
      stackitDocs(
        'Object Storage concepts',
        'products/storage/object-storage/basics/concepts/',
      ),
    ],
    name: 'STACKIT Object Storage',
    category: 'object-storage',
    model: 'PaaS',
    interfaces: ['s3'],
    tf: [
      'objectstorage_bucket',
      'objectstorage_credentials_group',
      'objectstorage_credential',
    ],
    aliases: ['s3'],
  }),
  stackit({
    product: 'sfs',
    pages: [],
    name: 'STACKIT File Storage (SFS)',
    category: 'file-storage',
    model: 'PaaS',
    interfaces: ['nfs'],
    tf: ['sfs_share', 'sfs_resource_pool', 'sfs_export_policy'],
    notes: 'The Terraform resources were in beta in mid-2026.',
    extraSources: [SERVICE_MAPPING_EVIDENCE],
  }),
  stackit({
    product: 'postgres-flex',
    pages: [
      stackitDocs('PostgreSQL Flex', 'products/databases/postgresql-flex/'),
    ],
    name: 'STACKIT PostgreSQL Flex',
    category: 'postgresql',
    model: 'PaaS',
    interfaces: ['postgresql'],
    tf: ['postgresflex_instance', 'postgresflex_database', 'postgresflex_user'],
    aliases: ['postgresflex', 'postgresql', 'postgres'],
  }),
  stackit({
    product: 'mariadb',
    pages: [],
    name: 'STACKIT MariaDB',
    category: 'mysql',
    model: 'PaaS',
    interfaces: ['mysql'],
    tf: ['mariadb_instance', 'mariadb_credential'],
  }),
  stackit({
    product: 'sqlserver-flex',
    pages: [
      stackitDocs(
        'introduction to SQLServer Flex',
        'products/databases/sqlserver-flex/basics/introduction-to-sqlserver-flex',
      ),
    ],
    name: 'STACKIT SQLServer Flex',
    category: 'sql-server',
    model: 'PaaS',
    interfaces: ['tds'],
    tf: [
      'sqlserverflex_instance',
      'sqlserverflex_database',
      'sqlserverflex_user',
    ],
  }),
  stackit({
    product: 'mongodb-flex',
    pages: [
      docs(
        'STACKIT MongoDB Flex service certificate',
        'https://www.stackit.de/de/agb/leistungsscheine/stackit-mongodb-flex/',
      ),
    ],
    name: 'STACKIT MongoDB Flex',
    category: 'document-db',
    model: 'PaaS',
    interfaces: ['mongodb'],
    tf: ['mongodbflex_instance', 'mongodbflex_user'],
  }),
  stackit({
    product: 'redis',
    pages: [
      stackitDocs(
        'architecture of Redis',
        'products/databases/redis/basics/architecture-of-redis',
      ),
    ],
    name: 'STACKIT Redis',
    category: 'cache',
    model: 'PaaS',
    interfaces: ['redis'],
    tf: ['redis_instance', 'redis_credential'],
  }),
  stackit({
    product: 'rabbitmq',
    pages: [
      stackitDocs(
        'RabbitMQ architecture',
        'de/products/messaging/rabbitmq/basics/architecture',
      ),
    ],
    name: 'STACKIT RabbitMQ',
    category: 'queue',
    model: 'PaaS',
    interfaces: ['amqp-0-9-1'],
    tf: ['rabbitmq_instance', 'rabbitmq_credential'],
  }),
  stackit({
    product: 'secrets-manager',
    pages: [
      stackitDocs('Secrets Manager', 'products/security/secrets-manager/'),
    ],
    name: 'STACKIT Secrets Manager',
    category: 'secrets',
    model: 'PaaS',
    interfaces: [],
    tf: ['secretsmanager_instance', 'secretsmanager_user'],
  }),
  stackit({
    product: 'kms',
    pages: [stackitDocs('Key Management Service', 'products/security/kms/')],
    name: 'STACKIT Key Management Service',
    category: 'kms',
    model: 'PaaS',
    interfaces: [],
    tf: ['kms_keyring', 'kms_key', 'kms_wrapping_key'],
  }),
  stackit({
    product: 'service-accounts',
    pages: [
      stackitDocs(
        'service accounts',
        'platform/access-and-identity/service-accounts/',
      ),
      stackitDocs(
        'manage service account federations',
        'platform/access-and-identity/service-accounts/how-tos/manage-service-account-federations/',
      ),
    ],
    name: 'STACKIT service accounts with identity federation',
    category: 'managed-identity',
    model: 'PaaS',
    interfaces: ['oidc'],
    tf: [
      'service_account',
      'service_account_key',
      'service_account_federated_identity_provider',
      'authorization_service_account_role_assignment',
    ],
    notes:
      'Federation lets workloads exchange external OIDC tokens instead of storing keys.',
  }),
  stackit({
    product: 'container-registry',
    name: 'STACKIT Container Registry',
    category: 'registry',
    model: 'PaaS',
    interfaces: ['oci-distribution'],
    tf: [],
    notes:
      'A documented product built on Harbor (projects, robot accounts, webhooks). The STACKIT Terraform provider has no Terraform resource for it (mid-2026), so registries and robot accounts are created in the portal or through the Harbor API, outside IaC.',
    pages: [
      docs(
        'STACKIT Container Registry: basic concepts',
        'https://docs.stackit.cloud/products/developer-platform/container-registry/basics/container-registry-basic-concepts',
      ),
      docs(
        'STACKIT Container Registry: robot accounts with Harbor permissions',
        'https://docs.stackit.cloud/products/developer-platform/container-registry/tutorials/integrate-service-accounts-withrobot-accounts/',
      ),
    ],
  }),
  stackit({
    product: 'logs',
    pages: [
      stackitDocs(
        'Logs FAQ (built on Loki)',
        'de/products/logging-and-monitoring/logs/faq',
      ),
    ],
    name: 'STACKIT Logs',
    category: 'logging',
    model: 'PaaS',
    interfaces: ['loki'],
    tf: ['logs_instance', 'logs_access_token'],
    notes:
      'Managed Loki: log agents such as Promtail push to it, streams are indexed by their labels as in a self-run Loki.',
  }),
  stackit({
    product: 'observability',
    pages: [
      stackitDocs(
        'architecture of Observability (Prometheus, Thanos, Loki, Tempo, Grafana)',
        'products/logging-and-monitoring/observability/basics/architecture-of-observability',
      ),
    ],
    name: 'STACKIT Observability',
    category: 'metrics',
    model: 'PaaS',
    interfaces: ['prometheus'],
    tf: [
      'observability_instance',
      'observability_scrapeconfig',
      'observability_alertgroup',
    ],
    notes: 'Managed Prometheus-compatible metrics with Grafana dashboards.',
  }),
  stackit({
    product: 'cdn',
    pages: [
      stackitDocs(
        'CDN basic concepts',
        'products/network/load-balancing-and-content-delivery/cdn/basics/basic-concepts',
      ),
    ],
    name: 'STACKIT CDN',
    category: 'cdn',
    model: 'PaaS',
    interfaces: [],
    tf: ['cdn_distribution', 'cdn_custom_domain'],
  }),
  stackit({
    product: 'dns',
    pages: [stackitDocs('DNS', 'products/network/core-networking/dns/')],
    name: 'STACKIT DNS',
    category: 'dns',
    model: 'PaaS',
    interfaces: ['dns'],
    tf: ['dns_zone', 'dns_record_set'],
  }),
  stackit({
    product: 'application-load-balancer',
    pages: [
      stackitDocs(
        'Application Load Balancer',
        'products/network/load-balancing-and-content-delivery/application-load-balancer/',
      ),
    ],
    name: 'STACKIT Application Load Balancer',
    category: 'load-balancer',
    model: 'PaaS',
    interfaces: ['http'],
    tf: ['application_load_balancer'],
  }),
  stackit({
    product: 'network-load-balancer',
    pages: [
      stackitDocs(
        'Network Load Balancer basic concepts',
        'products/network/load-balancing-and-content-delivery/load-balancer/nlb-basics/basic-concepts',
      ),
    ],
    name: 'STACKIT Network Load Balancer',
    category: 'load-balancer',
    model: 'PaaS',
    interfaces: [],
    tf: ['loadbalancer'],
  }),
  stackit({
    product: 'waf',
    pages: [
      stackitDocs(
        'ALB WAF features',
        'products/network/load-balancing-and-content-delivery/application-load-balancer/basics/features-alb-waf/',
      ),
    ],
    name: 'STACKIT ALB web application firewall',
    category: 'waf',
    model: 'PaaS',
    interfaces: [],
    tf: [
      'alb_waf_configuration',
      'alb_waf_managed_rule_set',
      'alb_waf_custom_rule_group',
    ],
  }),
  stackit({
    product: 'opensearch',
    pages: [],
    name: 'STACKIT OpenSearch',
    category: 'search',
    model: 'PaaS',
    interfaces: ['opensearch'],
    tf: ['opensearch_instance', 'opensearch_credential'],
  }),
  stackit({
    product: 'ai-model-serving',
    pages: [
      stackitDocs(
        'AI Model Serving shared models',
        'products/data-and-ai/ai-model-serving/basics/available-shared-models/',
      ),
    ],
    name: 'STACKIT AI Model Serving',
    category: 'llm',
    model: 'PaaS',
    interfaces: ['openai'],
    tf: ['modelserving_token'],
    notes:
      'OpenAI-compatible API on shared open-weight models; only access tokens are Terraform-managed.',
  }),
  stackit({
    product: 'dremio',
    pages: [],
    name: 'STACKIT Dremio',
    category: 'data-warehouse',
    model: 'PaaS',
    interfaces: [],
    tf: ['dremio_instance', 'dremio_user'],
    notes: 'A lakehouse query engine rather than a classic warehouse.',
  }),
  stackit({
    product: 'git',
    pages: [
      stackitDocs(
        'STACKIT Git pipelines with a custom runner',
        'products/developer-platform/git/how-tos/pipelines-custom-runner/',
      ),
    ],
    name: 'STACKIT Git',
    category: 'ci-cd',
    model: 'SaaS',
    interfaces: ['git'],
    tf: ['git'],
  }),
  stackit({
    product: 'resource-manager',
    pages: [],
    name: 'STACKIT projects and folders',
    category: 'resource-grouping',
    model: 'PaaS',
    interfaces: [],
    tf: ['resourcemanager_project', 'resourcemanager_folder'],
  }),
];

export const ovhcloudServices: CloudService[] = [
  ovh({
    product: 'instances',
    pages: [],
    name: 'OVHcloud Public Cloud instances',
    category: 'compute',
    model: 'IaaS',
    interfaces: ['vm-image', 'ssh'],
    tf: ['cloud_project_instance'],
    aliases: ['vm', 'public-cloud-instance'],
  }),
  ovh({
    product: 'block-storage',
    pages: [],
    name: 'OVHcloud Block Storage',
    category: 'block-storage',
    model: 'IaaS',
    interfaces: [],
    tf: ['cloud_project_volume', 'cloud_storage_block_volume'],
  }),
  ovh({
    product: 'managed-kubernetes',
    pages: [
      ovhHelp(
        'creating a Managed Kubernetes cluster through Terraform',
        'https://help.ovhcloud.com/csm/en-public-cloud-kubernetes-create-cluster-with-terraform?id=kb_article_view&sysparm_article=KB0049689',
      ),
    ],
    name: 'OVHcloud Managed Kubernetes Service',
    category: 'kubernetes',
    model: 'PaaS',
    interfaces: ['kubernetes'],
    tf: ['cloud_project_kube', 'cloud_project_kube_nodepool'],
    aliases: ['mks', 'kubernetes'],
  }),
  ovh({
    product: 'object-storage',
    pages: [
      ovhHelp(
        'Object Storage (S3-compatible)',
        'https://www.ovhcloud.com/en/public-cloud/object-storage/',
      ),
    ],
    name: 'OVHcloud Object Storage',
    category: 'object-storage',
    model: 'PaaS',
    interfaces: ['s3'],
    tf: ['cloud_project_storage', 'cloud_project_user_s3_credential'],
    aliases: ['s3'],
  }),
  ovh({
    product: 'file-storage',
    pages: [],
    name: 'OVHcloud File Storage',
    category: 'file-storage',
    model: 'PaaS',
    interfaces: ['nfs'],
    tf: [
      'cloud_storage_file_share',
      'cloud_project_file_storage_share',
      'storage_efs',
    ],
    notes:
      'Public Cloud File Storage and Enterprise File Storage are NFS shares.',
  }),
  ovh({
    product: 'managed-postgresql',
    pages: [
      ovhHelp(
        'Public Cloud Databases for PostgreSQL: capabilities and limitations',
        'https://help.ovhcloud.com/csm/en-public-cloud-databases-postgresql-capabilities?id=kb_article_view&sysparm_article=KB0049315',
      ),
    ],
    name: 'OVHcloud Managed Databases for PostgreSQL',
    category: 'postgresql',
    model: 'PaaS',
    interfaces: ['postgresql'],
    tf: ['cloud_project_database', 'cloud_project_database_postgresql_user'],
    notes: 'One resource type for all engines; engine = "postgresql".',
  }),
  ovh({
    product: 'managed-mysql',
    pages: [
      ovhHelp(
        'Public Cloud Databases documentation',
        'https://help.ovhcloud.com/csm/en-public-cloud-databases',
      ),
    ],
    name: 'OVHcloud Managed Databases for MySQL',
    category: 'mysql',
    model: 'PaaS',
    interfaces: ['mysql'],
    tf: ['cloud_project_database', 'cloud_project_database_user'],
    notes: 'engine = "mysql".',
  }),
  ovh({
    product: 'managed-mongodb',
    pages: [
      ovhHelp(
        'Public Cloud Databases documentation',
        'https://help.ovhcloud.com/csm/en-public-cloud-databases',
      ),
    ],
    name: 'OVHcloud Managed Databases for MongoDB',
    category: 'document-db',
    model: 'PaaS',
    interfaces: ['mongodb'],
    tf: ['cloud_project_database', 'cloud_project_database_mongodb_user'],
    notes: 'engine = "mongodb".',
  }),
  ovh({
    product: 'managed-valkey',
    pages: [
      ovhHelp(
        'Public Cloud Databases documentation',
        'https://help.ovhcloud.com/csm/en-public-cloud-databases',
      ),
    ],
    name: 'OVHcloud Managed Databases for Valkey',
    category: 'cache',
    model: 'PaaS',
    interfaces: ['redis'],
    tf: ['cloud_project_database', 'cloud_project_database_valkey_user'],
    notes: 'engine = "valkey"; Valkey speaks the Redis protocol.',
  }),
  ovh({
    product: 'managed-kafka',
    pages: [
      ovhHelp(
        'Public Cloud Databases documentation',
        'https://help.ovhcloud.com/csm/en-public-cloud-databases',
      ),
    ],
    name: 'OVHcloud Managed Databases for Kafka',
    category: 'streaming',
    model: 'PaaS',
    interfaces: ['kafka'],
    tf: [
      'cloud_project_database',
      'cloud_project_database_kafka_topic',
      'cloud_project_database_kafka_acl',
    ],
    notes: 'engine = "kafka".',
  }),
  ovh({
    product: 'managed-opensearch',
    pages: [
      ovhHelp(
        'Public Cloud Databases documentation',
        'https://help.ovhcloud.com/csm/en-public-cloud-databases',
      ),
    ],
    name: 'OVHcloud Managed Databases for OpenSearch',
    category: 'search',
    model: 'PaaS',
    interfaces: ['opensearch'],
    tf: ['cloud_project_database', 'cloud_project_database_opensearch_user'],
    notes: 'engine = "opensearch".',
  }),
  ovh({
    product: 'secret-manager',
    pages: [],
    name: 'OVHcloud Secret Manager (OKMS)',
    category: 'secrets',
    model: 'PaaS',
    interfaces: [],
    tf: ['okms', 'okms_secret'],
  }),
  ovh({
    product: 'kms',
    pages: [
      ovhHelp(
        'Key Management Service',
        'https://www.ovhcloud.com/en-gb/identity-security-operations/key-management-service/',
      ),
    ],
    name: 'OVHcloud Key Management Service (OKMS)',
    category: 'kms',
    model: 'PaaS',
    interfaces: [],
    tf: ['okms', 'okms_service_key', 'okms_credential'],
  }),
  ovh({
    product: 'iam',
    pages: [
      ovhHelp(
        'managing service accounts',
        'https://help.ovhcloud.com/csm/en-manage-service-account?id=kb_article_view&sysparm_article=KB0059343',
      ),
    ],
    name: 'OVHcloud IAM service accounts and policies',
    category: 'managed-identity',
    model: 'PaaS',
    interfaces: [],
    tf: ['me_api_oauth2_client', 'iam_policy'],
    notes: 'OAuth2 client-credential service accounts scoped by IAM policies.',
  }),
  ovh({
    product: 'managed-private-registry',
    pages: [
      ovhHelp(
        'Managed Private Registry',
        'https://www.ovhcloud.com/en/public-cloud/managed-private-registry/',
      ),
    ],
    name: 'OVHcloud Managed Private Registry',
    category: 'registry',
    model: 'PaaS',
    interfaces: ['oci-distribution'],
    tf: [
      'cloud_project_containerregistry',
      'cloud_project_containerregistry_user',
    ],
    notes: 'Harbor-based.',
  }),
  ovh({
    product: 'logs-data-platform',
    pages: [
      ovhHelp(
        'Logs Data Platform',
        'https://www.ovhcloud.com/en/identity-security-operations/logs-data-platform/',
      ),
    ],
    name: 'OVHcloud Logs Data Platform',
    category: 'logging',
    model: 'PaaS',
    interfaces: ['opensearch'],
    tf: [
      'dbaas_logs_input',
      'dbaas_logs_output_graylog_stream',
      'dbaas_logs_output_opensearch_index',
    ],
    notes: 'Graylog streams with OpenSearch indices and aliases.',
  }),
  ovh({
    product: 'dns',
    pages: [
      ovhHelp(
        'domain names and DNS zones through the API',
        'https://help.ovhcloud.com/csm/en-sg-domain-names-api-introduction?id=kb_article_view&sysparm_article=KB0051557',
      ),
    ],
    name: 'OVHcloud DNS zones',
    category: 'dns',
    model: 'PaaS',
    interfaces: ['dns'],
    tf: ['domain_zone', 'domain_zone_record'],
  }),
  ovh({
    product: 'load-balancer',
    pages: [
      ovhHelp(
        'Public Cloud Load Balancer',
        'https://www.ovhcloud.com/en/public-cloud/load-balancer/',
      ),
    ],
    name: 'OVHcloud Public Cloud Load Balancer',
    category: 'load-balancer',
    model: 'PaaS',
    interfaces: ['http'],
    tf: ['cloud_project_loadbalancer', 'iploadbalancing'],
    notes:
      'Octavia-based Public Cloud Load Balancer; IP Load Balancing is the older product.',
  }),
  ovh({
    product: 'ai-endpoints',
    name: 'OVHcloud AI Endpoints',
    category: 'llm',
    model: 'PaaS',
    interfaces: ['openai'],
    tf: [],
    notes:
      'OpenAI-compatible endpoints for open-weight models; no Terraform resource.',
    pages: [
      docs(
        'OVHcloud AI Endpoints',
        'https://www.ovhcloud.com/en/public-cloud/ai-endpoints/',
      ),
    ],
    extraSources: [SERVICE_MAPPING_EVIDENCE],
  }),
  ovh({
    product: 'iam-resource-groups',
    pages: [],
    name: 'OVHcloud IAM resource groups',
    category: 'resource-grouping',
    model: 'PaaS',
    interfaces: [],
    tf: ['iam_resource_group', 'cloud_project'],
  }),
];

export const scalewayServices: CloudService[] = [
  scw({
    product: 'instances',
    pages: [scalewayDocs('Instances', 'instances/')],
    name: 'Scaleway Instances',
    category: 'compute',
    model: 'IaaS',
    interfaces: ['vm-image', 'ssh'],
    tf: ['instance_server'],
    aliases: ['vm', 'instance'],
  }),
  scw({
    product: 'autoscaling',
    pages: [
      scalewayDocs(
        'creating and managing Instance groups',
        'instances/how-to/create-manage-instance-groups/',
      ),
    ],
    name: 'Scaleway Autoscaling',
    category: 'autoscaling',
    model: 'IaaS',
    interfaces: [],
    tf: [
      'autoscaling_instance_group',
      'autoscaling_instance_template',
      'autoscaling_instance_policy',
    ],
  }),
  scw({
    product: 'block-storage',
    pages: [scalewayDocs('Block Storage concepts', 'block-storage/concepts/')],
    name: 'Scaleway Block Storage',
    category: 'block-storage',
    model: 'IaaS',
    interfaces: [],
    tf: ['block_volume', 'block_snapshot'],
  }),
  scw({
    product: 'kapsule',
    pages: [scalewayDocs('Kubernetes', 'kubernetes/')],
    name: 'Scaleway Kubernetes Kapsule',
    category: 'kubernetes',
    model: 'PaaS',
    interfaces: ['kubernetes'],
    tf: ['k8s_cluster', 'k8s_pool'],
    aliases: ['kubernetes', 'kosmos'],
  }),
  scw({
    product: 'serverless-containers',
    pages: [
      scalewayDocs(
        'Serverless Containers concepts',
        'serverless-containers/concepts/',
      ),
    ],
    name: 'Scaleway Serverless Containers',
    category: 'container-platform',
    model: 'PaaS',
    interfaces: [],
    formats: ['oci-image'],
    tf: ['container_namespace', 'container'],
  }),
  scw({
    product: 'serverless-functions',
    pages: [scalewayDocs('Serverless Functions', 'serverless-functions/')],
    name: 'Scaleway Serverless Functions',
    category: 'functions',
    model: 'PaaS',
    interfaces: [],
    tf: ['function_namespace', 'function', 'function_trigger', 'function_cron'],
  }),
  scw({
    product: 'object-storage',
    pages: [
      scalewayDocs(
        'using Object Storage with the AWS CLI',
        'object-storage/api-cli/object-storage-aws-cli/',
      ),
    ],
    name: 'Scaleway Object Storage',
    category: 'object-storage',
    model: 'PaaS',
    interfaces: ['s3'],
    tf: ['object_bucket', 'object_bucket_policy'],
    aliases: ['s3'],
  }),
  scw({
    product: 'file-storage',
    pages: [scalewayDocs('File Storage', 'file-storage/')],
    name: 'Scaleway File Storage',
    category: 'file-storage',
    model: 'PaaS',
    interfaces: [],
    tf: ['file_filesystem'],
    notes:
      'Attached to Instances and Kapsule nodes; the access protocol is not confirmed by our evidence, so no open interface is claimed.',
  }),
  scw({
    product: 'managed-postgresql',
    pages: [
      scalewayDocs(
        'Managed Databases for PostgreSQL and MySQL',
        'managed-databases-for-postgresql-and-mysql/',
      ),
    ],
    name: 'Scaleway Managed Database for PostgreSQL',
    category: 'postgresql',
    model: 'PaaS',
    interfaces: ['postgresql'],
    tf: ['rdb_instance', 'rdb_database', 'rdb_user'],
    aliases: ['rdb-postgresql'],
  }),
  scw({
    product: 'managed-mysql',
    pages: [
      scalewayDocs(
        'Managed Databases for PostgreSQL and MySQL',
        'managed-databases-for-postgresql-and-mysql/',
      ),
    ],
    name: 'Scaleway Managed Database for MySQL',
    category: 'mysql',
    model: 'PaaS',
    interfaces: ['mysql'],
    tf: ['rdb_instance', 'rdb_database', 'rdb_user'],
    aliases: ['rdb-mysql'],
  }),
  scw({
    product: 'managed-mongodb',
    pages: [scalewayDocs('Managed MongoDB', 'managed-mongodb-databases/')],
    name: 'Scaleway Managed MongoDB',
    category: 'document-db',
    model: 'PaaS',
    interfaces: ['mongodb'],
    tf: ['mongodb_instance', 'mongodb_user'],
  }),
  scw({
    product: 'managed-redis',
    pages: [
      scalewayDocs(
        'Managed Database for Redis',
        'managed-databases-for-redis/',
      ),
    ],
    name: 'Scaleway Managed Database for Redis',
    category: 'cache',
    model: 'PaaS',
    interfaces: ['redis'],
    tf: ['redis_cluster'],
  }),
  scw({
    product: 'queues',
    pages: [scalewayDocs('Queues', 'queues/')],
    name: 'Scaleway Queues (SQS-compatible)',
    category: 'queue',
    model: 'PaaS',
    interfaces: [],
    tf: ['mnq_sqs', 'mnq_sqs_queue', 'mnq_sqs_credentials'],
    notes:
      'Implements the Amazon SQS API, which is not in our list of open interfaces.',
  }),
  scw({
    product: 'topics-and-events',
    pages: [scalewayDocs('Topics and Events', 'topics-and-events/')],
    name: 'Scaleway Topics and Events (SNS-compatible)',
    category: 'pubsub',
    model: 'PaaS',
    interfaces: [],
    tf: ['mnq_sns', 'mnq_sns_topic', 'mnq_sns_topic_subscription'],
    notes: 'Implements the Amazon SNS API.',
  }),
  scw({
    product: 'nats',
    pages: [scalewayDocs('NATS', 'nats/')],
    name: 'Scaleway NATS',
    category: 'pubsub',
    model: 'PaaS',
    interfaces: ['nats'],
    tf: ['mnq_nats_account', 'mnq_nats_credentials'],
  }),
  scw({
    product: 'kafka',
    pages: [],
    name: 'Scaleway Event Streams for Kafka',
    category: 'streaming',
    model: 'PaaS',
    interfaces: ['kafka'],
    tf: ['kafka_cluster'],
    notes: 'Public beta in mid-2026.',
    extraSources: [SERVICE_MAPPING_EVIDENCE],
  }),
  scw({
    product: 'secret-manager',
    pages: [
      scalewayDocs('Secret Manager concepts', 'secret-manager/concepts/'),
    ],
    name: 'Scaleway Secret Manager',
    category: 'secrets',
    model: 'PaaS',
    interfaces: [],
    tf: ['secret', 'secret_version'],
  }),
  scw({
    product: 'key-manager',
    pages: [scalewayDocs('Key Manager concepts', 'key-manager/concepts/')],
    name: 'Scaleway Key Manager',
    category: 'kms',
    model: 'PaaS',
    interfaces: [],
    tf: ['key_manager_key'],
  }),
  scw({
    product: 'iam-applications',
    pages: [scalewayDocs('IAM concepts: applications', 'iam/concepts/')],
    name: 'Scaleway IAM applications and API keys',
    category: 'managed-identity',
    model: 'PaaS',
    interfaces: [],
    tf: ['iam_application', 'iam_api_key', 'iam_policy'],
  }),
  scw({
    product: 'container-registry',
    pages: [scalewayDocs('Container Registry', 'container-registry/')],
    name: 'Scaleway Container Registry',
    category: 'registry',
    model: 'PaaS',
    interfaces: ['oci-distribution'],
    tf: ['registry_namespace'],
  }),
  scw({
    product: 'cockpit',
    pages: [scalewayDocs('Cockpit concepts', 'cockpit/concepts/')],
    name: 'Scaleway Cockpit',
    category: 'metrics',
    model: 'PaaS',
    interfaces: ['prometheus', 'loki', 'otlp'],
    tf: ['cockpit', 'cockpit_source', 'cockpit_alert_manager'],
    notes: 'Grafana-based: metrics, logs and traces in one product.',
  }),
  scw({
    product: 'domains-and-dns',
    pages: [scalewayDocs('Domains and DNS', 'domains-and-dns/')],
    name: 'Scaleway Domains and DNS',
    category: 'dns',
    model: 'PaaS',
    interfaces: ['dns'],
    tf: ['domain_zone', 'domain_record'],
  }),
  scw({
    product: 'load-balancer',
    pages: [scalewayDocs('Load Balancer concepts', 'load-balancer/concepts/')],
    name: 'Scaleway Load Balancer',
    category: 'load-balancer',
    model: 'PaaS',
    interfaces: ['http'],
    tf: ['lb', 'lb_frontend', 'lb_backend'],
  }),
  scw({
    product: 'edge-services',
    pages: [scalewayDocs('Edge Services', 'edge-services/')],
    name: 'Scaleway Edge Services',
    category: 'cdn',
    model: 'PaaS',
    interfaces: [],
    tf: ['edge_services_pipeline', 'edge_services_cache_stage'],
  }),
  scw({
    product: 'edge-services-waf',
    pages: [scalewayDocs('Edge Services', 'edge-services/')],
    name: 'Scaleway Edge Services WAF',
    category: 'waf',
    model: 'PaaS',
    interfaces: [],
    tf: ['edge_services_waf_stage'],
  }),
  scw({
    product: 'opensearch',
    pages: [scalewayDocs('Managed OpenSearch', 'opensearch/')],
    name: 'Scaleway Managed OpenSearch',
    category: 'search',
    model: 'PaaS',
    interfaces: ['opensearch'],
    tf: ['opensearch_deployment'],
  }),
  scw({
    product: 'managed-inference',
    pages: [scalewayDocs('Managed Inference', 'managed-inference/')],
    name: 'Scaleway Managed Inference',
    category: 'llm',
    model: 'PaaS',
    interfaces: ['openai'],
    tf: ['inference_deployment', 'inference_model'],
    notes:
      'Dedicated deployments of open-weight models behind an OpenAI-compatible API.',
  }),
  scw({
    product: 'generative-apis',
    name: 'Scaleway Generative APIs',
    category: 'llm',
    model: 'PaaS',
    interfaces: ['openai'],
    tf: [],
    aliases: ['genai', 'scaleway-genai'],
    notes:
      'Serverless endpoints of open-weight models, billed per token, behind an OpenAI-compatible API; no Terraform resource (API keys come from IAM).',
    pages: [
      docs(
        'Scaleway Generative APIs quickstart: serverless endpoints priced per token',
        'https://www.scaleway.com/en/docs/generative-apis/quickstart/',
      ),
      docs(
        'Scaleway Generative APIs: OpenAI API compatibility',
        'https://www.scaleway.com/en/docs/generative-apis/reference-content/openai-compatibility/',
      ),
    ],
  }),
  scw({
    product: 'data-warehouse',
    pages: [scalewayDocs('Data Warehouse for ClickHouse', 'data-warehouse/')],
    name: 'Scaleway Data Warehouse for ClickHouse',
    category: 'data-warehouse',
    model: 'PaaS',
    interfaces: [],
    tf: ['datawarehouse_deployment', 'datawarehouse_database'],
  }),
  scw({
    product: 'transactional-email',
    pages: [scalewayDocs('Transactional Email', 'transactional-email/')],
    name: 'Scaleway Transactional Email',
    category: 'email',
    model: 'SaaS',
    interfaces: ['smtp'],
    tf: ['tem_domain', 'tem_domain_validation'],
  }),
  scw({
    product: 'projects',
    pages: [
      scalewayDocs('Organizations and Projects', 'organizations-and-projects/'),
    ],
    name: 'Scaleway projects',
    category: 'resource-grouping',
    model: 'PaaS',
    interfaces: [],
    tf: ['account_project'],
  }),
];

export const otcServices: CloudService[] = [
  otc({
    product: 'ecs',
    pages: [
      otcDocs(
        'ECS API: lifecycle management',
        'elastic-cloud-server/api-ref/apis_recommended/lifecycle_management',
      ),
    ],
    name: 'OTC Elastic Cloud Server',
    category: 'compute',
    model: 'IaaS',
    interfaces: ['vm-image', 'ssh'],
    tf: ['ecs_instance_v1', 'compute_instance_v2'],
    aliases: ['vm', 'elastic-cloud-server'],
  }),
  otc({
    product: 'auto-scaling',
    pages: [
      otcDocs(
        'Auto Scaling API: AS groups',
        'auto-scaling/api-ref/apis/as_groups',
      ),
    ],
    name: 'OTC Auto Scaling',
    category: 'autoscaling',
    model: 'IaaS',
    interfaces: [],
    tf: ['as_group_v1', 'as_configuration_v1', 'as_policy_v2'],
  }),
  otc({
    product: 'evs',
    pages: [
      otcDocs(
        'Elastic Volume Service user guide',
        'elastic-volume-service/umn/index.html',
      ),
    ],
    name: 'OTC Elastic Volume Service',
    category: 'block-storage',
    model: 'IaaS',
    interfaces: [],
    tf: ['evs_volume_v3'],
  }),
  otc({
    product: 'cce',
    pages: [
      otcDocs(
        'CCE API: cluster management',
        'cloud-container-engine/api-ref/apis/cluster_management',
      ),
    ],
    name: 'OTC Cloud Container Engine',
    category: 'kubernetes',
    model: 'PaaS',
    interfaces: ['kubernetes'],
    tf: ['cce_cluster_v3', 'cce_node_pool_v3'],
    aliases: ['kubernetes'],
  }),
  otc({
    product: 'functiongraph',
    pages: [
      otcDocs('FunctionGraph API', 'function-graph/api-ref/apis/index.html'),
    ],
    name: 'OTC FunctionGraph',
    category: 'functions',
    model: 'PaaS',
    interfaces: [],
    tf: ['fgs_function_v2', 'fgs_trigger_v2'],
  }),
  otc({
    product: 'obs',
    pages: [
      otcDocs(
        'OBS API: operations on buckets',
        'object-storage-service/api-ref/apis/operations_on_buckets',
      ),
    ],
    name: 'OTC Object Storage Service',
    category: 'object-storage',
    model: 'PaaS',
    interfaces: ['s3'],
    tf: ['obs_bucket', 's3_bucket'],
    aliases: ['s3'],
  }),
  otc({
    product: 'sfs',
    pages: [
      otcDocs(
        'SFS API: file systems',
        'scalable-file-service/api-ref/sfs_capacity-oriented_apis/file_systems',
      ),
      otcDocs(
        'SFS Turbo API: lifecycle management',
        'scalable-file-service/api-ref/sfs_turbo_apis/lifecycle_management',
      ),
    ],
    name: 'OTC Scalable File Service (incl. SFS Turbo)',
    category: 'file-storage',
    model: 'PaaS',
    interfaces: ['nfs'],
    tf: ['sfs_file_system_v2', 'sfs_turbo_share_v1'],
  }),
  otc({
    product: 'rds-postgresql',
    pages: [
      otcDocs(
        'RDS API v3: DB instance management',
        'relational-database-service/api-ref/api_v3_recommended/db_instance_management',
      ),
    ],
    name: 'OTC RDS for PostgreSQL',
    category: 'postgresql',
    model: 'PaaS',
    interfaces: ['postgresql'],
    tf: ['rds_instance_v3'],
    notes: 'datastore type = PostgreSQL.',
  }),
  otc({
    product: 'rds-mysql',
    pages: [
      otcDocs(
        'RDS API v3: DB instance management',
        'relational-database-service/api-ref/api_v3_recommended/db_instance_management',
      ),
      otcDocs(
        'GaussDB for MySQL API: DB instances',
        'gaussdb-mysql/api-ref/apis_recommended/managing_db_instances/index.html',
      ),
    ],
    name: 'OTC RDS for MySQL (and GaussDB for MySQL)',
    category: 'mysql',
    model: 'PaaS',
    interfaces: ['mysql'],
    tf: ['rds_instance_v3', 'gaussdb_mysql_instance_v3'],
  }),
  otc({
    product: 'rds-sqlserver',
    pages: [
      otcDocs(
        'RDS API v3: DB instance management',
        'relational-database-service/api-ref/api_v3_recommended/db_instance_management',
      ),
    ],
    name: 'OTC RDS for SQL Server',
    category: 'sql-server',
    model: 'PaaS',
    interfaces: ['tds'],
    tf: ['rds_instance_v3'],
    notes: 'datastore type = SQLServer.',
  }),
  otc({
    product: 'dds',
    pages: [
      otcDocs(
        'DDS API: DB instance management',
        'document-database-service/api-ref/apis_v3.0_recommended/db_instance_management',
      ),
    ],
    name: 'OTC Document Database Service',
    category: 'document-db',
    model: 'PaaS',
    interfaces: ['mongodb'],
    tf: ['dds_instance_v3'],
  }),
  otc({
    product: 'dcs',
    pages: [
      otcDocs(
        'DCS instance specifications',
        'distributed-cache-service/umn/service_overview/dcs_instance_specifications/index.html',
      ),
    ],
    name: 'OTC Distributed Cache Service for Redis',
    category: 'cache',
    model: 'PaaS',
    interfaces: ['redis'],
    tf: ['dcs_instance_v2'],
  }),
  otc({
    product: 'smn',
    pages: [
      otcDocs(
        'SMN API: topic operations',
        'simple-message-notification/api-ref/apis/topic_operations',
      ),
    ],
    name: 'OTC Simple Message Notification',
    category: 'pubsub',
    model: 'PaaS',
    interfaces: [],
    tf: ['smn_topic_v2', 'smn_subscription_v2'],
  }),
  otc({
    product: 'dms-kafka',
    pages: [
      otcDocs(
        'DMS API: lifecycle management',
        'distributed-message-service/api-ref/apis_v2_recommended/lifecycle_management',
      ),
    ],
    name: 'OTC Distributed Message Service for Kafka',
    category: 'streaming',
    model: 'PaaS',
    interfaces: ['kafka'],
    tf: ['dms_dedicated_instance_v2', 'dms_topic_v1'],
    notes:
      'Data Ingestion Service (dis_stream_v2) also exists for Kinesis-like streams.',
  }),
  otc({
    product: 'kms',
    pages: [otcDocs('KMS API', 'key-management-service/api-ref/apis')],
    name: 'OTC Key Management Service',
    category: 'kms',
    model: 'PaaS',
    interfaces: [],
    tf: ['kms_key_v1', 'kms_grant_v1'],
  }),
  otc({
    product: 'iam-agencies',
    pages: [
      otcDocs(
        'IAM API: agency management',
        'identity-access-management/api-ref/apis/agency_management',
      ),
    ],
    name: 'OTC IAM agencies',
    category: 'managed-identity',
    model: 'PaaS',
    interfaces: [],
    tf: ['identity_agency_v3'],
    notes: 'Agencies delegate permissions to cloud services or other accounts.',
  }),
  otc({
    product: 'swr',
    pages: [otcDocs('SWR API', 'software-repository-container/api-ref/api')],
    name: 'OTC Software Repository for Containers',
    category: 'registry',
    model: 'PaaS',
    interfaces: ['oci-distribution'],
    tf: ['swr_organization_v2', 'swr_repository_v2'],
  }),
  otc({
    product: 'lts',
    pages: [
      otcDocs(
        'LTS API: log group management',
        'log-tank-service/api-ref/log_group_management_new_version',
      ),
    ],
    name: 'OTC Log Tank Service',
    category: 'logging',
    model: 'PaaS',
    interfaces: [],
    tf: ['logtank_group_v2', 'logtank_topic_v2'],
  }),
  otc({
    product: 'ces',
    pages: [
      otcDocs(
        'Cloud Eye API: alarm rules',
        'cloud-eye/api-ref/api_description/alarm_rules/index.html',
      ),
    ],
    name: 'OTC Cloud Eye',
    category: 'metrics',
    model: 'PaaS',
    interfaces: [],
    tf: ['ces_alarmrule'],
  }),
  otc({
    product: 'dns',
    pages: [
      otcDocs(
        'DNS API: public zone management',
        'domain-name-service/api-ref/apis/public_zone_management',
      ),
    ],
    name: 'OTC Domain Name Service',
    category: 'dns',
    model: 'PaaS',
    interfaces: ['dns'],
    tf: ['dns_zone_v2', 'dns_recordset_v2'],
  }),
  otc({
    product: 'elb',
    pages: [
      otcDocs(
        'ELB API v3: load balancers',
        'elastic-load-balancing/api-ref/apis_v3/load_balancer',
      ),
    ],
    name: 'OTC Elastic Load Balancing (dedicated)',
    category: 'load-balancer',
    model: 'PaaS',
    interfaces: ['http'],
    tf: ['lb_loadbalancer_v3', 'lb_listener_v3', 'lb_pool_v3'],
  }),
  otc({
    product: 'waf',
    pages: [
      otcDocs(
        'dedicated WAF API: instance management',
        'web-application-firewall-dedicated/api-ref/apis/dedicated_instance_management/index.html',
      ),
    ],
    name: 'OTC Web Application Firewall (dedicated)',
    category: 'waf',
    model: 'PaaS',
    interfaces: [],
    tf: ['waf_dedicated_instance_v1', 'waf_dedicated_policy_v1'],
  }),
  otc({
    product: 'apig',
    pages: [
      otcDocs(
        'API Gateway: dedicated gateway APIs',
        'api-gateway/api-ref/dedicated_gateway_apis_v2/index.html',
      ),
    ],
    name: 'OTC API Gateway',
    category: 'api-gateway',
    model: 'PaaS',
    interfaces: [],
    tf: ['apigw_gateway_v2', 'apigw_api_v2'],
  }),
  otc({
    product: 'css',
    pages: [
      otcDocs(
        'CSS API: cluster management',
        'cloud-search-service/api-ref/cluster_management_apis',
      ),
    ],
    name: 'OTC Cloud Search Service',
    category: 'search',
    model: 'PaaS',
    interfaces: ['opensearch', 'elasticsearch'],
    tf: ['css_cluster_v1'],
  }),
  otc({
    product: 'dws',
    pages: [
      otcDocs(
        'DWS API: cluster management',
        'data-warehouse-service/api-ref/api_description/cluster_management_apis',
      ),
    ],
    name: 'OTC Data Warehouse Service',
    category: 'data-warehouse',
    model: 'PaaS',
    interfaces: [],
    tf: ['dws_cluster_v1'],
  }),
  otc({
    product: 'iam-projects',
    pages: [
      otcDocs(
        'IAM API: project management',
        'identity-access-management/api-ref/apis/project_management',
      ),
    ],
    name: 'OTC IAM projects',
    category: 'resource-grouping',
    model: 'PaaS',
    interfaces: [],
    tf: ['identity_project_v3'],
  }),
].map(s => ({ ...s, notes: s.notes ? `${s.notes} ${OTC_STALE}` : OTC_STALE }));

export const hetznerServices: CloudService[] = [
  hetzner({
    product: 'cloud-servers',
    pages: [
      hetznerDocs(
        'creating a server',
        'https://docs.hetzner.com/cloud/servers/getting-started/creating-a-server/',
      ),
    ],
    name: 'Hetzner Cloud servers',
    category: 'compute',
    model: 'IaaS',
    interfaces: ['vm-image', 'ssh'],
    tf: ['server'],
    aliases: ['vm', 'hcloud-server'],
  }),
  hetzner({
    product: 'volumes',
    pages: [],
    name: 'Hetzner Cloud volumes',
    category: 'block-storage',
    model: 'IaaS',
    interfaces: [],
    tf: ['volume', 'volume_attachment'],
  }),
  hetzner({
    product: 'object-storage',
    name: 'Hetzner Object Storage',
    category: 'object-storage',
    model: 'PaaS',
    interfaces: ['s3'],
    tf: [],
    notes:
      'S3-compatible; no resource in the hcloud Terraform provider (buckets are managed with an S3 client or the aws/minio providers).',
    pages: [
      docs(
        'Hetzner Object Storage',
        'https://docs.hetzner.com/storage/object-storage/',
      ),
    ],
    extraSources: [SERVICE_MAPPING_EVIDENCE],
  }),
  hetzner({
    product: 'storage-box',
    pages: [
      hetznerDocs(
        'Storage Box API',
        'https://docs.hetzner.cloud/reference/hetzner#storage-boxes',
      ),
    ],
    name: 'Hetzner Storage Box',
    category: 'file-storage',
    model: 'PaaS',
    interfaces: [],
    tf: ['storage_box', 'storage_box_subaccount'],
    notes:
      'Network file space; which protocols suit an application is uncertain in our evidence, so no open interface is claimed.',
    extraSources: [SERVICE_MAPPING_EVIDENCE],
  }),
  hetzner({
    product: 'dns',
    pages: [
      hetznerDocs(
        'Cloud API: DNS zones',
        'https://docs.hetzner.cloud/reference/cloud#zones',
      ),
    ],
    name: 'Hetzner DNS',
    category: 'dns',
    model: 'PaaS',
    interfaces: ['dns'],
    tf: ['zone', 'zone_rrset'],
  }),
  hetzner({
    product: 'load-balancer',
    pages: [],
    name: 'Hetzner Load Balancer',
    category: 'load-balancer',
    model: 'PaaS',
    interfaces: ['http'],
    tf: ['load_balancer', 'load_balancer_service', 'load_balancer_target'],
  }),
  hetzner({
    product: 'projects',
    name: 'Hetzner Cloud projects',
    category: 'resource-grouping',
    model: 'PaaS',
    interfaces: [],
    tf: [],
    notes:
      'Projects scope resources and API tokens; they are created in the console, not with Terraform.',
    pages: [
      // API tokens are generated per project in the console: the page shows projects scoping them.
      hetznerDocs(
        'generating an API token for a project',
        'https://docs.hetzner.com/cloud/api/getting-started/generating-api-token/',
      ),
    ],
  }),
];

export const euServices: CloudService[] = [
  ...ionosServices,
  ...stackitServices,
  ...ovhcloudServices,
  ...scalewayServices,
  ...otcServices,
  ...hetznerServices,
];
