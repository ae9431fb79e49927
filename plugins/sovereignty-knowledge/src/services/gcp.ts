import type { CloudService, Source } from '../types';
import { docs, tfAll } from '../sources';

type GcpEntry = Omit<CloudService, 'provider' | 'sources' | 'id'> & {
  id: `gcp:${string}`;
  /** Path below https://cloud.google.com/ */
  doc: string;
  extraSources?: Source[];
};

const gcp = ({ doc, extraSources = [], ...entry }: GcpEntry): CloudService => ({
  ...entry,
  provider: 'gcp',
  sources: [
    docs(
      `Google Cloud documentation: ${entry.name}`,
      `https://cloud.google.com/${doc}`,
    ),
    ...tfAll('hashicorp/google', entry.terraformResources),
    ...extraSources,
  ],
});

export const gcpServices: CloudService[] = [
  // Compute and runtimes
  gcp({
    id: 'gcp:compute-engine',
    name: 'Compute Engine',
    category: 'compute',
    model: 'IaaS',
    interfaces: ['vm-image', 'ssh'],
    terraformResources: [
      'google_compute_instance',
      'google_compute_instance_template',
    ],
    aliases: ['gce', 'compute-instance', 'vm'],
    doc: 'compute/docs',
  }),
  gcp({
    id: 'gcp:managed-instance-groups',
    name: 'Managed instance groups with autoscaler',
    category: 'autoscaling',
    model: 'IaaS',
    interfaces: [],
    terraformResources: [
      'google_compute_instance_group_manager',
      'google_compute_autoscaler',
    ],
    aliases: ['mig', 'instance-group'],
    doc: 'compute/docs/instance-groups',
  }),
  gcp({
    id: 'gcp:gke',
    name: 'Google Kubernetes Engine',
    category: 'kubernetes',
    model: 'PaaS',
    interfaces: ['kubernetes'],
    formats: ['oci-image'],
    terraformResources: [
      'google_container_cluster',
      'google_container_node_pool',
    ],
    aliases: ['google-kubernetes-engine', 'gke-autopilot', 'kubernetes'],
    notes:
      'Workloads port; Workload Identity, GKE Ingress and Autopilot specifics do not.',
    doc: 'kubernetes-engine/docs',
  }),
  gcp({
    id: 'gcp:cloud-run',
    name: 'Cloud Run',
    category: 'container-platform',
    model: 'PaaS',
    interfaces: [],
    formats: ['oci-image'],
    terraformResources: [
      'google_cloud_run_v2_service',
      'google_cloud_run_v2_job',
    ],
    aliases: ['cloudrun', 'cloud-run-service', 'cloud-run-jobs'],
    notes:
      'Its service YAML follows the Knative Serving schema, which eases a move to Knative.',
    doc: 'run/docs',
  }),
  gcp({
    id: 'gcp:cloud-functions',
    name: 'Cloud Run functions (Cloud Functions)',
    category: 'functions',
    model: 'PaaS',
    interfaces: [],
    formats: ['cloudevents'],
    terraformResources: ['google_cloudfunctions2_function'],
    aliases: ['cloud-functions', 'gcf', 'functions'],
    doc: 'functions/docs',
  }),

  // Storage
  gcp({
    id: 'gcp:cloud-storage',
    name: 'Cloud Storage',
    category: 'object-storage',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['google_storage_bucket'],
    aliases: ['gcs', 'storage-bucket', 'bucket'],
    notes:
      'Its XML API offers S3 interoperability with HMAC keys, but most code uses the JSON API client, so we do not count it as S3.',
    doc: 'storage/docs',
  }),
  gcp({
    id: 'gcp:persistent-disk',
    name: 'Persistent Disk / Hyperdisk',
    category: 'block-storage',
    model: 'IaaS',
    interfaces: [],
    terraformResources: ['google_compute_disk'],
    aliases: ['pd', 'hyperdisk', 'compute-disk'],
    doc: 'compute/docs/disks',
  }),
  gcp({
    id: 'gcp:filestore',
    name: 'Filestore',
    category: 'file-storage',
    model: 'PaaS',
    interfaces: ['nfs'],
    terraformResources: ['google_filestore_instance'],
    aliases: ['filestore-instance'],
    doc: 'filestore/docs',
  }),

  // Databases
  gcp({
    id: 'gcp:cloud-sql-postgresql',
    name: 'Cloud SQL for PostgreSQL',
    category: 'postgresql',
    model: 'PaaS',
    interfaces: ['postgresql'],
    terraformResources: ['google_sql_database_instance', 'google_sql_database'],
    // Not 'cloudsql': Cloud SQL runs three engines.
    aliases: ['cloud-sql-postgres', 'postgres', 'postgresql'],
    notes:
      'google_sql_database_instance is shared by all engines; database_version tells them apart.',
    doc: 'sql/docs/postgres',
  }),
  gcp({
    id: 'gcp:alloydb',
    name: 'AlloyDB for PostgreSQL',
    category: 'postgresql',
    model: 'PaaS',
    interfaces: ['postgresql'],
    terraformResources: ['google_alloydb_cluster', 'google_alloydb_instance'],
    aliases: ['alloy-db'],
    notes:
      'PostgreSQL-compatible; the columnar engine and AlloyDB AI features are proprietary.',
    doc: 'alloydb/docs',
  }),
  gcp({
    id: 'gcp:cloud-sql-mysql',
    name: 'Cloud SQL for MySQL',
    category: 'mysql',
    model: 'PaaS',
    interfaces: ['mysql'],
    terraformResources: ['google_sql_database_instance'],
    aliases: ['cloudsql-mysql', 'mysql'],
    doc: 'sql/docs/mysql',
  }),
  gcp({
    id: 'gcp:cloud-sql-sqlserver',
    name: 'Cloud SQL for SQL Server',
    category: 'sql-server',
    model: 'PaaS',
    interfaces: ['tds'],
    terraformResources: ['google_sql_database_instance'],
    aliases: ['cloudsql-sqlserver', 'sql-server', 'mssql'],
    doc: 'sql/docs/sqlserver',
  }),
  gcp({
    id: 'gcp:firestore',
    name: 'Firestore',
    category: 'document-db',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['google_firestore_database'],
    aliases: ['firebase-firestore', 'datastore', 'cloud-firestore'],
    notes:
      'Native mode uses a proprietary API with realtime listeners and security rules; only the newer MongoDB-compatibility mode speaks the MongoDB wire protocol.',
    doc: 'firestore/docs',
  }),
  gcp({
    id: 'gcp:bigtable',
    name: 'Bigtable',
    category: 'key-value',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['google_bigtable_instance', 'google_bigtable_table'],
    aliases: ['cloud-bigtable'],
    preferredGapFiller: 'k8ssandra',
    notes:
      'Offers an HBase-compatible client; the data model maps most naturally to a wide-column store.',
    doc: 'bigtable/docs',
  }),
  gcp({
    id: 'gcp:memorystore',
    name: 'Memorystore (Redis / Valkey)',
    category: 'cache',
    model: 'PaaS',
    interfaces: ['redis'],
    terraformResources: [
      'google_redis_instance',
      'google_memorystore_instance',
    ],
    aliases: ['memorystore-redis', 'memorystore-valkey', 'redis'],
    doc: 'memorystore/docs',
  }),

  // Messaging
  gcp({
    id: 'gcp:pubsub',
    name: 'Pub/Sub',
    category: 'pubsub',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['google_pubsub_topic', 'google_pubsub_subscription'],
    aliases: ['pub-sub', 'cloud-pubsub', 'pubsub-topic'],
    notes:
      'Used both as a queue (pull subscriptions) and as fan-out; the API is proprietary.',
    doc: 'pubsub/docs',
  }),
  gcp({
    id: 'gcp:managed-kafka',
    name: 'Managed Service for Apache Kafka',
    category: 'streaming',
    model: 'PaaS',
    interfaces: ['kafka'],
    terraformResources: [
      'google_managed_kafka_cluster',
      'google_managed_kafka_topic',
    ],
    aliases: ['kafka', 'managed-kafka'],
    doc: 'managed-service-for-apache-kafka/docs',
  }),

  // Security and identity
  gcp({
    id: 'gcp:secret-manager',
    name: 'Secret Manager',
    category: 'secrets',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [
      'google_secret_manager_secret',
      'google_secret_manager_secret_version',
    ],
    aliases: ['secretmanager', 'secrets'],
    doc: 'secret-manager/docs',
  }),
  gcp({
    id: 'gcp:cloud-kms',
    name: 'Cloud KMS',
    category: 'kms',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['google_kms_key_ring', 'google_kms_crypto_key'],
    aliases: ['kms', 'cloud-hsm', 'ekm'],
    notes:
      'Cloud External Key Manager can keep keys outside Google, with a partner key manager.',
    doc: 'kms/docs',
  }),
  gcp({
    id: 'gcp:identity-platform',
    name: 'Identity Platform / Firebase Authentication',
    category: 'identity',
    model: 'SaaS',
    interfaces: ['oidc', 'saml'],
    terraformResources: [
      'google_identity_platform_config',
      'google_identity_platform_tenant',
    ],
    aliases: ['firebase-auth', 'identity-toolkit'],
    doc: 'identity-platform/docs',
  }),
  gcp({
    id: 'gcp:service-accounts',
    name: 'Service accounts and Workload Identity',
    category: 'managed-identity',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [
      'google_service_account',
      'google_iam_workload_identity_pool',
    ],
    aliases: [
      'service-account',
      'workload-identity',
      'workload-identity-federation',
    ],
    doc: 'iam/docs/service-account-overview',
  }),
  gcp({
    id: 'gcp:cloud-armor',
    name: 'Cloud Armor',
    category: 'waf',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['google_compute_security_policy'],
    aliases: ['armor', 'security-policy'],
    doc: 'armor/docs',
  }),

  // Delivery and governance
  gcp({
    id: 'gcp:artifact-registry',
    name: 'Artifact Registry',
    category: 'registry',
    model: 'PaaS',
    interfaces: ['oci-distribution'],
    terraformResources: ['google_artifact_registry_repository'],
    aliases: ['gar', 'container-registry', 'gcr', 'registry'],
    doc: 'artifact-registry/docs',
  }),
  gcp({
    id: 'gcp:resource-manager',
    name: 'Resource Manager projects and folders',
    category: 'resource-grouping',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['google_project', 'google_folder'],
    aliases: ['projects', 'folders', 'gcp-project'],
    doc: 'resource-manager/docs',
  }),
  gcp({
    id: 'gcp:cloud-build',
    name: 'Cloud Build',
    category: 'ci-cd',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['google_cloudbuild_trigger'],
    aliases: ['cloudbuild'],
    doc: 'build/docs',
  }),

  // Observability
  gcp({
    id: 'gcp:cloud-logging',
    name: 'Cloud Logging',
    category: 'logging',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [
      'google_logging_project_sink',
      'google_logging_project_bucket_config',
    ],
    aliases: ['stackdriver-logging', 'logging'],
    doc: 'logging/docs',
  }),
  gcp({
    id: 'gcp:cloud-monitoring',
    name: 'Cloud Monitoring',
    category: 'metrics',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [
      'google_monitoring_alert_policy',
      'google_monitoring_dashboard',
    ],
    aliases: ['stackdriver-monitoring', 'monitoring'],
    notes:
      'Managed Service for Prometheus accepts PromQL; declare it separately if used.',
    doc: 'monitoring/docs',
  }),
  gcp({
    id: 'gcp:cloud-trace',
    name: 'Cloud Trace',
    category: 'tracing',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [],
    aliases: ['stackdriver-trace', 'trace'],
    notes:
      'No Terraform resource: enabled per project. Instrument with OpenTelemetry to stay portable.',
    doc: 'trace/docs',
  }),

  // Networking and edge
  gcp({
    id: 'gcp:cloud-cdn',
    name: 'Cloud CDN',
    category: 'cdn',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['google_compute_backend_bucket'],
    aliases: ['cdn'],
    notes:
      'Configured on backend buckets or services (enable_cdn) rather than as its own resource.',
    doc: 'cdn/docs',
  }),
  gcp({
    id: 'gcp:cloud-dns',
    name: 'Cloud DNS',
    category: 'dns',
    model: 'PaaS',
    interfaces: ['dns'],
    terraformResources: ['google_dns_managed_zone', 'google_dns_record_set'],
    aliases: ['dns', 'managed-zone'],
    doc: 'dns/docs',
  }),
  gcp({
    id: 'gcp:cloud-load-balancing',
    name: 'Cloud Load Balancing',
    category: 'load-balancer',
    model: 'PaaS',
    interfaces: ['http'],
    terraformResources: [
      'google_compute_forwarding_rule',
      'google_compute_url_map',
      'google_compute_backend_service',
    ],
    aliases: ['gclb', 'load-balancer', 'https-load-balancer'],
    doc: 'load-balancing/docs',
  }),
  gcp({
    id: 'gcp:api-gateway',
    name: 'API Gateway',
    category: 'api-gateway',
    model: 'PaaS',
    interfaces: [],
    formats: ['openapi'],
    terraformResources: [
      'google_api_gateway_api',
      'google_api_gateway_gateway',
    ],
    aliases: ['apigateway'],
    notes:
      'Terraform resources are only in the google-beta provider. Configs are OpenAPI 2.0 with Google extensions.',
    doc: 'api-gateway/docs',
  }),

  // Data and AI
  gcp({
    id: 'gcp:vertex-ai',
    name: 'Vertex AI (Gemini and model endpoints)',
    category: 'llm',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['google_vertex_ai_endpoint'],
    aliases: ['vertex', 'gemini', 'vertexai'],
    notes:
      'Gemini models exist only at Google; an OpenAI-compatible endpoint exists for some models but most code uses the Vertex SDK.',
    doc: 'vertex-ai/docs',
  }),
  gcp({
    id: 'gcp:bigquery',
    name: 'BigQuery',
    category: 'data-warehouse',
    model: 'SaaS',
    interfaces: [],
    terraformResources: ['google_bigquery_dataset', 'google_bigquery_table'],
    aliases: ['bq', 'big-query'],
    notes:
      'GoogleSQL dialect, serverless pricing and BigQuery ML have no direct counterpart.',
    doc: 'bigquery/docs',
  }),

  // Networking
  gcp({
    id: 'gcp:vpc',
    name: 'Virtual Private Cloud (VPC)',
    category: 'networking',
    model: 'IaaS',
    interfaces: [],
    terraformResources: [
      'google_compute_network',
      'google_compute_subnetwork',
      'google_compute_firewall',
      'google_compute_route',
      'google_compute_address',
      'google_compute_global_address',
      'google_compute_network_peering',
      'google_service_networking_connection',
    ],
    aliases: ['vpc-network', 'firewall-rules', 'subnetwork'],
    notes:
      'A global VPC with regional subnets: the target\u2019s networks are usually regional, so the layout is redrawn; private services access has no counterpart.',
    doc: 'vpc/docs/vpc',
  }),
  gcp({
    id: 'gcp:cloud-router',
    name: 'Cloud Router',
    category: 'networking',
    model: 'IaaS',
    interfaces: [],
    terraformResources: ['google_compute_router'],
    aliases: ['router'],
    doc: 'network-connectivity/docs/router/concepts/overview',
  }),
  gcp({
    id: 'gcp:cloud-nat',
    name: 'Cloud NAT',
    category: 'networking',
    model: 'IaaS',
    interfaces: [],
    terraformResources: ['google_compute_router_nat'],
    aliases: ['nat'],
    doc: 'nat/docs/overview',
  }),
  gcp({
    id: 'gcp:serverless-vpc-access',
    name: 'Serverless VPC Access',
    category: 'networking',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['google_vpc_access_connector'],
    aliases: ['vpc-connector', 'vpc-access-connector'],
    notes:
      'Exists because serverless runtimes sit outside the VPC; on a cluster in the private network it is not needed.',
    doc: 'vpc/docs/serverless-vpc-access',
  }),
  gcp({
    id: 'gcp:cloud-vpn',
    name: 'Cloud VPN',
    category: 'networking',
    model: 'IaaS',
    interfaces: [],
    terraformResources: [
      'google_compute_ha_vpn_gateway',
      'google_compute_external_vpn_gateway',
      'google_compute_vpn_tunnel',
    ],
    aliases: ['ha-vpn', 'vpn'],
    notes:
      'IPsec tunnels are standard; re-create them against the new gateway.',
    doc: 'network-connectivity/docs/vpn/concepts/overview',
  }),

  // Certificates
  gcp({
    id: 'gcp:certificate-manager',
    name: 'Certificate Manager',
    category: 'certificates',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [
      'google_certificate_manager_certificate',
      'google_certificate_manager_certificate_map',
      'google_certificate_manager_certificate_map_entry',
      'google_certificate_manager_dns_authorization',
    ],
    aliases: ['certificates', 'managed-certificates'],
    notes:
      'Google-managed certificates cannot be exported: issue new ones at the target (ACME) before moving traffic.',
    doc: 'certificate-manager/docs/overview',
  }),

  // Workflow and scheduling
  gcp({
    id: 'gcp:cloud-scheduler',
    name: 'Cloud Scheduler',
    category: 'workflow',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['google_cloud_scheduler_job'],
    aliases: ['scheduler', 'cron'],
    notes:
      'Cron expressions port to CronJobs; the HTTP, Pub/Sub or App Engine targets they call decide the real effort.',
    doc: 'scheduler/docs/overview',
  }),
  gcp({
    id: 'gcp:workflows',
    name: 'Workflows',
    category: 'workflow',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['google_workflows_workflow'],
    aliases: ['cloud-workflows'],
    notes:
      'Workflow YAML and its Google connectors are proprietary; flows are rewritten.',
    doc: 'workflows/docs/overview',
  }),
  gcp({
    id: 'gcp:cloud-composer',
    name: 'Cloud Composer (managed Apache Airflow)',
    category: 'workflow',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['google_composer_environment'],
    aliases: ['composer', 'airflow'],
    preferredGapFiller: 'apache-airflow',
    notes:
      'DAGs are Apache Airflow code and run on any Airflow; Google operators and connections are replaced.',
    doc: 'composer/docs/concepts/overview',
  }),
  gcp({
    id: 'gcp:cloud-tasks',
    name: 'Cloud Tasks',
    category: 'queue',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['google_cloud_tasks_queue'],
    aliases: ['tasks', 'task-queue'],
    notes:
      'Queues that push HTTP requests to workers with rate limits and retries; a broker plus a consumer replaces it.',
    doc: 'tasks/docs/dual-overview',
  }),
  gcp({
    id: 'gcp:eventarc',
    name: 'Eventarc',
    category: 'pubsub',
    model: 'PaaS',
    interfaces: [],
    formats: ['cloudevents'],
    terraformResources: ['google_eventarc_trigger'],
    aliases: ['eventarc-trigger'],
    preferredGapFiller: 'knative',
    notes:
      'Events arrive as CloudEvents, so consumers port (Knative Eventing triggers deliver the same format); the Google event sources do not.',
    doc: 'eventarc/docs/overview',
  }),

  // Data integration
  gcp({
    id: 'gcp:dataflow',
    name: 'Dataflow',
    category: 'data-integration',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [
      'google_dataflow_job',
      'google_dataflow_flex_template_job',
    ],
    aliases: ['apache-beam', 'dataflow-job'],
    notes:
      'Pipelines are Apache Beam code and run on the Spark or Flink runners; Google I/O connectors are replaced.',
    doc: 'dataflow/docs/overview',
  }),
  gcp({
    id: 'gcp:dataproc',
    name: 'Dataproc',
    category: 'data-integration',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['google_dataproc_cluster', 'google_dataproc_job'],
    aliases: ['dataproc-cluster'],
    notes:
      'Spark and Hadoop jobs port; the GCS connector and metastore change.',
    doc: 'dataproc/docs/concepts/overview',
  }),

  // ML platform
  gcp({
    id: 'gcp:vertex-ai-platform',
    name: 'Vertex AI platform (Workbench, datasets, training metadata, vector search)',
    category: 'ml-platform',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [
      'google_workbench_instance',
      'google_vertex_ai_dataset',
      'google_vertex_ai_metadata_store',
      'google_vertex_ai_tensorboard',
      'google_vertex_ai_featurestore',
      'google_vertex_ai_index',
    ],
    aliases: ['vertex-ai-workbench', 'workbench', 'vertex-ai-training'],
    notes:
      'Model serving for LLMs is gcp:vertex-ai; notebooks and training code port, Vertex SDK calls and pipelines are rebuilt.',
    doc: 'vertex-ai/docs/start/introduction-unified-platform',
  }),

  // Audit and security posture
  gcp({
    id: 'gcp:security-command-center',
    name: 'Security Command Center',
    category: 'security-posture',
    model: 'SaaS',
    interfaces: [],
    terraformResources: ['google_scc_source', 'google_scc_notification_config'],
    aliases: ['scc'],
    preferredGapFiller: 'trivy-operator',
    doc: 'security-command-center/docs/security-command-center-overview',
  }),
  gcp({
    id: 'gcp:organization-policy',
    name: 'Organization Policy Service',
    category: 'security-posture',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['google_org_policy_policy'],
    aliases: ['org-policy'],
    preferredGapFiller: 'kyverno',
    doc: 'resource-manager/docs/organization-policy/overview',
  }),

  // Further runtimes and delivery
  gcp({
    id: 'gcp:app-engine',
    name: 'App Engine',
    category: 'container-platform',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [
      'google_app_engine_application',
      'google_app_engine_standard_app_version',
      'google_app_engine_flexible_app_version',
    ],
    aliases: ['appengine', 'gae'],
    notes:
      'Standard-environment apps use App Engine APIs and runtimes: containerise them first; flexible-environment apps are already containers.',
    doc: 'appengine/docs/an-overview-of-app-engine',
  }),
  gcp({
    id: 'gcp:apigee',
    name: 'Apigee API Management',
    category: 'api-gateway',
    model: 'SaaS',
    interfaces: [],
    terraformResources: [
      'google_apigee_organization',
      'google_apigee_environment',
      'google_apigee_instance',
    ],
    aliases: ['apigee-x'],
    notes:
      'API proxies and policies are Apigee-specific; OpenAPI specs port, the proxy logic is rebuilt.',
    doc: 'apigee/docs/api-platform/get-started/what-apigee',
  }),
  gcp({
    id: 'gcp:cloud-deploy',
    name: 'Cloud Deploy',
    category: 'ci-cd',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [
      'google_clouddeploy_delivery_pipeline',
      'google_clouddeploy_target',
    ],
    aliases: ['clouddeploy'],
    notes:
      'Skaffold-based rendering ports; delivery pipelines and targets are rebuilt, e.g. as Argo CD applications.',
    doc: 'deploy/docs/overview',
  }),
];
