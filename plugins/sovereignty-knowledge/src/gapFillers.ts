import type { GapFiller } from './types';
import {
  DOMAIN_REPORT,
  MINIO_REPOSITORY_ARCHIVED,
  MINIO_SOURCE_ONLY_ISSUE,
  docs,
} from './sources';
import {
  HETZNER_MAIL_PORTS,
  KEDA_SCALERS,
  KEYCLOAK_USER_STORAGE,
  KUBEVIRT_DATA_IMPORTER,
  KUBEVIRT_USER_GUIDE,
  POSTFIX_DOCS,
  RABBITMQ_AMQP_1_0,
  SQL_SERVER_KUBERNETES,
  SQL_SERVER_LICENSING,
  SQL_SERVER_LINUX_CONTAINERS,
  VARNISH_DOCS,
} from './ruleSources';

/*
 * Open-source, Kubernetes-native replacements a team can run itself.
 *
 * Order matters: for a category without a managed equivalent, the first
 * filler listing that category is the default; a service's
 * `preferredGapFiller` overrides it (e.g. DynamoDB -> k8ssandra).
 * `operatingBurden` names what moves onto the team, because that cost is the
 * main lesson of the migration reports: gaps are bridgeable, not free.
 */
export const gapFillers: GapFiller[] = [
  {
    id: 'openbao',
    name: 'OpenBao (Vault API) with External Secrets Operator',
    categories: ['secrets', 'kms'],
    // The Vault HTTP API is open but not multi-vendor enough to be in OpenInterface.
    interfaces: [],
    license: 'MPL-2.0',
    operatingBurden:
      'Run a 3-node Raft StatefulSet; handle unsealing (auto-unseal needs a KMS or HSM you trust), snapshots and restore drills, upgrades, audit logs, and on-call: when it is down, pods cannot get new secrets.',
    effort: 'L',
    notes:
      'Community fork of HashiCorp Vault under the Linux Foundation; the Vault Terraform provider and clients work against it. The Transit engine covers application-level encryption (KMS).',
    sources: [
      docs('OpenBao', 'https://openbao.org/'),
      docs('openbao/openbao on GitHub', 'https://github.com/openbao/openbao'),
      docs('External Secrets Operator', 'https://external-secrets.io/'),
    ],
  },
  {
    id: 'external-secrets',
    name: 'External Secrets Operator',
    categories: ['secrets'],
    interfaces: ['kubernetes'],
    license: 'Apache-2.0',
    operatingBurden:
      'Upgrade the operator and its CRDs, monitor sync failures and keep the store credentials rotated; it holds no secrets itself, so backups are the backing store\u2019s concern.',
    effort: 'S',
    notes:
      'Decouples workloads from the secret store: the same ExternalSecret manifests work against a cloud store today and OpenBao tomorrow.',
    sources: [
      docs('External Secrets Operator', 'https://external-secrets.io/'),
    ],
  },
  {
    id: 'keycloak',
    name: 'Keycloak',
    categories: ['identity'],
    interfaces: ['oidc', 'saml'],
    license: 'Apache-2.0',
    operatingBurden:
      'Run it highly available with its own PostgreSQL, upgrade it (frequent majors), back up realms and the database, manage signing keys, and be on call for login: an outage locks every user out.',
    effort: 'L',
    notes:
      'Federates with an existing IdP (e.g. Entra ID), so a hybrid step is possible. Password hashes usually cannot be exported from a cloud IdP: users re-set or migrate on login.',
    sources: [
      docs('Keycloak', 'https://www.keycloak.org/'),
      KEYCLOAK_USER_STORAGE,
    ],
  },
  {
    id: 'cloudnative-pg',
    name: 'CloudNativePG',
    categories: ['postgresql'],
    interfaces: ['postgresql'],
    license: 'Apache-2.0',
    operatingBurden:
      'Operator and PostgreSQL minor/major upgrades, backups to object storage with tested point-in-time restore, failover monitoring, storage sizing and on-call for the database.',
    effort: 'M',
    sources: [docs('CloudNativePG', 'https://cloudnative-pg.io/')],
  },
  {
    id: 'valkey',
    name: 'Redis-compatible store (Valkey) with a PVC',
    categories: ['cache', 'key-value'],
    interfaces: ['redis'],
    license: 'BSD-3-Clause',
    operatingBurden:
      'Run it as a StatefulSet with persistence (AOF/RDB on a PVC), Sentinel or cluster mode for HA, upgrades, memory sizing and eviction tuning, and backups if it holds primary data rather than a cache.',
    effort: 'M',
    notes:
      'The Linux Foundation fork of Redis under a permissive licence. Used as a key-value store (e.g. replacing Table Storage) it needs code changes: data modelling moves into the application.',
    sources: [
      docs('Valkey', 'https://valkey.io/'),
      docs('valkey-io/valkey on GitHub', 'https://github.com/valkey-io/valkey'),
    ],
  },
  {
    id: 'k8ssandra',
    name: 'K8ssandra (Apache Cassandra on Kubernetes)',
    categories: ['key-value'],
    interfaces: ['cassandra'],
    license: 'Apache-2.0',
    operatingBurden:
      'Run a multi-node Cassandra ring: repairs (Reaper), backups (Medusa), rolling upgrades, capacity and compaction tuning; Cassandra expertise is needed on call.',
    effort: 'XL',
    notes:
      'Wide-column target for DynamoDB or Bigtable data models; the API changes, so access code is rewritten.',
    sources: [docs('K8ssandra', 'https://k8ssandra.io/')],
  },
  {
    id: 'percona-mongodb',
    name: 'Percona Operator for MongoDB',
    categories: ['document-db'],
    interfaces: ['mongodb'],
    license: 'Apache-2.0 (operator); SSPL-1.0 (Percona Server for MongoDB)',
    operatingBurden:
      'Replica-set or sharded cluster operations: upgrades, backups with PITR to object storage, restore tests, monitoring and on-call.',
    effort: 'M',
    notes:
      'The server licence (SSPL) is not OSI-approved; check it fits your policy, otherwise use FerretDB.',
    sources: [
      docs(
        'percona/percona-server-mongodb-operator',
        'https://github.com/percona/percona-server-mongodb-operator',
      ),
    ],
  },
  {
    id: 'ferretdb',
    name: 'FerretDB (MongoDB API on PostgreSQL)',
    categories: ['document-db'],
    interfaces: ['mongodb'],
    license: 'Apache-2.0',
    operatingBurden:
      'Operate the PostgreSQL underneath (e.g. with CloudNativePG) plus the FerretDB proxy; check unsupported MongoDB commands on every upgrade.',
    effort: 'M',
    sources: [docs('FerretDB', 'https://github.com/FerretDB/FerretDB')],
  },
  {
    id: 'mariadb-operator',
    name: 'mariadb-operator',
    categories: ['mysql'],
    interfaces: ['mysql'],
    license: 'MIT (operator); GPL-2.0 (MariaDB server)',
    operatingBurden:
      'Replication or Galera topology, upgrades, scheduled backups and restore tests, failover monitoring and on-call.',
    effort: 'M',
    sources: [
      docs(
        'mariadb-operator/mariadb-operator',
        'https://github.com/mariadb-operator/mariadb-operator',
      ),
    ],
  },
  {
    id: 'strimzi',
    name: 'Strimzi (Apache Kafka on Kubernetes)',
    categories: ['streaming'],
    interfaces: ['kafka'],
    license: 'Apache-2.0',
    operatingBurden:
      'Broker and KRaft controller upgrades, partition rebalancing (Cruise Control), storage growth, topic and user management, mirroring for DR, and on-call for the event backbone.',
    effort: 'L',
    sources: [docs('Strimzi', 'https://strimzi.io/')],
  },
  {
    id: 'rabbitmq-operator',
    name: 'RabbitMQ Cluster Operator',
    categories: ['queue'],
    interfaces: ['amqp-0-9-1', 'amqp-1.0', 'mqtt'],
    license: 'MPL-2.0',
    operatingBurden:
      'Cluster upgrades, quorum queue sizing, definitions backup, monitoring of queue depth and memory alarms, and on-call.',
    effort: 'M',
    sources: [
      docs(
        'rabbitmq/cluster-operator',
        'https://github.com/rabbitmq/cluster-operator',
      ),
      RABBITMQ_AMQP_1_0,
    ],
  },
  {
    id: 'nats',
    name: 'NATS with JetStream',
    categories: ['pubsub', 'queue'],
    interfaces: ['nats', 'mqtt'],
    license: 'Apache-2.0',
    operatingBurden:
      'Run a 3-node cluster, upgrade it, size JetStream storage and back up streams; simpler than Kafka but still on-call.',
    effort: 'M',
    sources: [docs('NATS', 'https://nats.io/')],
  },
  {
    id: 'knative',
    name: 'Knative Serving and Eventing',
    categories: ['container-platform', 'functions', 'pubsub'],
    interfaces: ['kubernetes'],
    formats: ['oci-image', 'cloudevents'],
    license: 'Apache-2.0',
    operatingBurden:
      'Upgrade Knative with each Kubernetes release, run its networking layer (e.g. Kourier or a Gateway), and debug scale-to-zero and cold starts yourself.',
    effort: 'M',
    notes:
      'Cloud Run services follow the Knative Serving schema, so they port with few changes; other platforms need manifests rewritten.',
    sources: [docs('Knative', 'https://knative.dev/')],
  },
  {
    id: 'keda',
    name: 'KEDA (event-driven autoscaling)',
    categories: ['autoscaling', 'functions'],
    interfaces: ['kubernetes'],
    license: 'Apache-2.0',
    operatingBurden:
      'Upgrade the operator and keep scaler credentials valid; misconfigured scalers fail silently, so alert on them.',
    effort: 'S',
    notes:
      'Together with the HorizontalPodAutoscaler and a cluster autoscaler it replaces VM scale sets for containerised workloads: the workload must be containerised first, which is the larger part of the move.',
    sources: [docs('KEDA', 'https://keda.sh/'), KEDA_SCALERS],
  },
  {
    id: 'harbor',
    name: 'Harbor',
    categories: ['registry'],
    interfaces: ['oci-distribution'],
    license: 'Apache-2.0',
    operatingBurden:
      'Run Harbor with its PostgreSQL, Redis and object storage backend; upgrades, garbage collection, backups, and on-call: deploys stop when the registry is down.',
    effort: 'M',
    sources: [docs('Harbor', 'https://goharbor.io/')],
  },
  {
    id: 'seaweedfs',
    name: 'SeaweedFS (S3 gateway)',
    categories: ['object-storage'],
    interfaces: ['s3'],
    license: 'Apache-2.0',
    operatingBurden:
      'Run master, volume and filer servers; plan replication, back up the filer metadata store, upgrade and monitor capacity.',
    effort: 'M',
    notes:
      'Chosen over MinIO as a light S3 default: the MinIO community edition has been distributed as source only since Oct 2025 (minio/minio#21647) and its repository was archived in February 2026, so it is unmaintained and no safe default.',
    sources: [
      docs(
        'seaweedfs/seaweedfs on GitHub',
        'https://github.com/seaweedfs/seaweedfs',
      ),
      MINIO_SOURCE_ONLY_ISSUE,
      MINIO_REPOSITORY_ARCHIVED,
      DOMAIN_REPORT,
    ],
  },
  {
    id: 'garage',
    name: 'Garage (geo-distributed S3)',
    categories: ['object-storage'],
    interfaces: ['s3'],
    license: 'AGPL-3.0',
    operatingBurden:
      'Run at least three nodes (ideally in different zones), manage the cluster layout, upgrades and metadata backups.',
    effort: 'M',
    notes:
      'Implements a subset of the S3 API: check its compatibility list for features such as versioning before choosing it.',
    sources: [
      docs('Garage', 'https://garagehq.deuxfleurs.fr/'),
      MINIO_REPOSITORY_ARCHIVED,
    ],
  },
  // After the S3 servers: the light default for object storage is SeaweedFS;
  // Rook-Ceph is the default where block and file storage come from one system.
  {
    id: 'rook-ceph',
    name: 'Rook-Ceph (RBD, CephFS, RGW)',
    categories: ['object-storage', 'block-storage', 'file-storage'],
    interfaces: ['s3', 'posix', 'nfs'],
    license: 'Apache-2.0 (Rook); LGPL-2.1/LGPL-3.0 (Ceph)',
    operatingBurden:
      'Run a Ceph cluster on dedicated disks: OSD failures and replacement, placement-group and capacity planning, upgrades, and deep Ceph knowledge on call. Heavy for one team; worth it when block, file and object come from one system.',
    effort: 'XL',
    sources: [docs('Rook', 'https://rook.io/')],
  },
  {
    id: 'longhorn',
    name: 'Longhorn',
    categories: ['block-storage'],
    interfaces: ['iscsi', 'nfs'],
    license: 'Apache-2.0',
    operatingBurden:
      'Manage replica counts and node disks, upgrades, and backups to S3; rebuilds after node loss cost network and time.',
    effort: 'M',
    sources: [docs('Longhorn', 'https://longhorn.io/')],
  },
  {
    id: 'loki',
    name: 'Grafana Loki with Fluent Bit or the OpenTelemetry Collector',
    categories: ['logging'],
    interfaces: ['loki', 'otlp'],
    license: 'AGPL-3.0',
    operatingBurden:
      'Run Loki on object storage, tune retention and limits, upgrade it, and keep the collectors healthy on every node.',
    effort: 'M',
    sources: [
      docs('Grafana Loki', 'https://grafana.com/oss/loki/'),
      docs('grafana/loki on GitHub', 'https://github.com/grafana/loki'),
    ],
  },
  {
    id: 'prometheus',
    name: 'Prometheus with Grafana and Thanos',
    categories: ['metrics'],
    interfaces: ['prometheus'],
    license: 'Apache-2.0 (Prometheus, Thanos); AGPL-3.0 (Grafana)',
    operatingBurden:
      'Run Prometheus pairs for HA, Thanos for long-term storage on object storage, Alertmanager routing, dashboards, upgrades and cardinality control.',
    effort: 'M',
    sources: [
      docs('Prometheus', 'https://prometheus.io/'),
      docs('Thanos', 'https://thanos.io/'),
      docs('Grafana', 'https://grafana.com/oss/grafana/'),
    ],
  },
  {
    id: 'opentelemetry',
    name: 'OpenTelemetry Collector with Grafana Tempo',
    categories: ['tracing'],
    interfaces: ['otlp'],
    license: 'Apache-2.0 (OpenTelemetry); AGPL-3.0 (Tempo)',
    operatingBurden:
      'Run collectors and Tempo on object storage, tune sampling and retention, upgrade both.',
    effort: 'M',
    sources: [
      docs('OpenTelemetry', 'https://opentelemetry.io/'),
      docs('Grafana Tempo', 'https://grafana.com/oss/tempo/'),
    ],
  },
  {
    id: 'opensearch',
    name: 'OpenSearch (Kubernetes operator)',
    categories: ['search', 'logging'],
    interfaces: ['opensearch'],
    license: 'Apache-2.0',
    operatingBurden:
      'JVM and shard sizing, index lifecycle policies, snapshots to object storage, rolling upgrades and on-call.',
    effort: 'L',
    sources: [
      docs('OpenSearch', 'https://opensearch.org/'),
      docs(
        'opensearch-project/opensearch-k8s-operator',
        'https://github.com/opensearch-project/opensearch-k8s-operator',
      ),
    ],
  },
  {
    id: 'envoy-gateway',
    name: 'Envoy Gateway (Gateway API)',
    categories: ['load-balancer', 'api-gateway'],
    interfaces: ['kubernetes', 'http'],
    license: 'Apache-2.0',
    operatingBurden:
      'Upgrade the gateway and Gateway API CRDs, manage certificates (cert-manager) and, off-cloud, provide external IPs (e.g. MetalLB or a provider load balancer).',
    effort: 'M',
    sources: [
      docs('Envoy Gateway', 'https://gateway.envoyproxy.io/'),
      docs('Kubernetes Gateway API', 'https://gateway-api.sigs.k8s.io/'),
    ],
  },
  {
    id: 'coraza',
    name: 'Coraza WAF with the OWASP Core Rule Set',
    categories: ['waf'],
    interfaces: ['http'],
    license: 'Apache-2.0',
    operatingBurden:
      'Tune rules against false positives, follow CRS releases, watch the added latency; nobody else curates the rules for you.',
    effort: 'M',
    sources: [
      docs('OWASP Coraza', 'https://coraza.io/'),
      docs('OWASP Core Rule Set', 'https://coreruleset.org/'),
    ],
  },
  {
    id: 'apisix',
    name: 'Apache APISIX',
    categories: ['api-gateway'],
    interfaces: ['http'],
    formats: ['openapi'],
    license: 'Apache-2.0',
    operatingBurden:
      'Run APISIX with its etcd (or in standalone mode), manage plugins, consumers and keys, upgrade and monitor it.',
    effort: 'M',
    notes: 'Kong Gateway OSS (Apache-2.0) is a comparable alternative.',
    sources: [docs('Apache APISIX', 'https://apisix.apache.org/')],
  },
  {
    id: 'vllm',
    name: 'vLLM with KServe and a LiteLLM proxy',
    categories: ['llm'],
    interfaces: ['openai'],
    license: 'Apache-2.0 (vLLM, KServe); MIT (LiteLLM)',
    operatingBurden:
      'Procure and schedule GPUs, pick and update open-weight models, tune serving, track licences of the models themselves, and be on call for inference capacity.',
    effort: 'XL',
    notes:
      'Model quality differs from proprietary models: evaluate before switching.',
    sources: [
      docs('vLLM', 'https://docs.vllm.ai/'),
      docs('kserve/kserve', 'https://github.com/kserve/kserve'),
      docs('BerriAI/litellm', 'https://github.com/BerriAI/litellm'),
    ],
  },
  {
    id: 'externaldns-powerdns',
    name: 'ExternalDNS with PowerDNS',
    categories: ['dns'],
    interfaces: ['dns'],
    license: 'Apache-2.0 (ExternalDNS); GPL-2.0 (PowerDNS)',
    operatingBurden:
      'Run authoritative PowerDNS with secondaries in separate locations, DNSSEC keys, backups and upgrades; DNS outages take everything down.',
    effort: 'M',
    notes:
      'Most EU providers offer managed DNS; self-run authoritative DNS is rarely worth it.',
    sources: [
      docs(
        'kubernetes-sigs/external-dns',
        'https://github.com/kubernetes-sigs/external-dns',
      ),
      docs('PowerDNS', 'https://www.powerdns.com/'),
    ],
  },
  {
    id: 'cluster-api',
    name: 'Cluster API',
    categories: ['kubernetes'],
    interfaces: ['kubernetes'],
    license: 'Apache-2.0',
    operatingBurden:
      'Own the cluster lifecycle: a management cluster, provider integrations, Kubernetes upgrades about every four months, etcd backups, node OS patching and on-call for the control plane.',
    effort: 'L',
    notes:
      'Infrastructure providers exist for most clouds (e.g. Hetzner, OpenStack-based clouds); the Sovereign Cloud Stack KaaS builds on it.',
    sources: [
      docs('Cluster API', 'https://cluster-api.sigs.k8s.io/'),
      DOMAIN_REPORT,
    ],
  },
  {
    id: 'spire',
    name: 'SPIFFE/SPIRE workload identity',
    categories: ['managed-identity'],
    interfaces: ['oidc'],
    license: 'Apache-2.0',
    operatingBurden:
      'Run the SPIRE server with a datastore, agents on every node, and rotate its CA; on-call because workloads cannot authenticate without it.',
    effort: 'L',
    notes:
      'Often Kubernetes service-account tokens federated via OIDC are enough; SPIRE is for identity across clusters and VMs.',
    sources: [docs('SPIFFE', 'https://spiffe.io/')],
  },
  {
    id: 'opentofu',
    name: 'OpenTofu with provider-agnostic modules',
    categories: ['iac'],
    interfaces: ['terraform'],
    license: 'MPL-2.0',
    operatingBurden:
      'Keep state in S3-compatible storage with locking, pin provider versions, and rewrite provider-specific resources per target.',
    effort: 'M',
    sources: [docs('OpenTofu', 'https://opentofu.org/')],
  },
  {
    id: 'clickhouse',
    name: 'ClickHouse (Altinity operator)',
    categories: ['data-warehouse'],
    interfaces: [],
    license: 'Apache-2.0',
    operatingBurden:
      'Shard and replica layout, Keeper quorum, backups, upgrades and query tuning move onto the team.',
    effort: 'XL',
    notes:
      'A different SQL dialect and storage model: queries and pipelines are rewritten.',
    sources: [
      docs(
        'Altinity/clickhouse-operator',
        'https://github.com/Altinity/clickhouse-operator',
      ),
      docs('ClickHouse', 'https://clickhouse.com/'),
    ],
  },
  {
    id: 'forgejo',
    name: 'Forgejo with Forgejo Actions',
    categories: ['ci-cd'],
    interfaces: ['git'],
    license: 'GPL-3.0-or-later',
    operatingBurden:
      'Run the forge with its database and storage, operate runners, back up repositories, upgrade and secure it.',
    effort: 'M',
    sources: [docs('Forgejo', 'https://forgejo.org/')],
  },
  {
    id: 'cert-manager',
    name: 'cert-manager with an ACME issuer',
    categories: ['certificates'],
    interfaces: ['kubernetes'],
    license: 'Apache-2.0',
    operatingBurden:
      'Upgrade the controller and its CRDs, keep DNS-01 or HTTP-01 solvers working, watch for failed renewals before certificates expire, and guard the private CA key if you run one.',
    effort: 'S',
    notes:
      'Public certificates from a cloud CA (ACM, Key Vault, Certificate Manager) cannot be exported with their keys: new ones are issued via ACME (e.g. Let\u2019s Encrypt) and renewed automatically.',
    sources: [
      docs('cert-manager documentation', 'https://cert-manager.io/docs/'),
      docs(
        'cert-manager/cert-manager on GitHub',
        'https://github.com/cert-manager/cert-manager',
      ),
    ],
  },
  {
    id: 'flagd',
    name: 'Kubernetes ConfigMaps with flagd (OpenFeature) for feature flags',
    categories: ['app-configuration'],
    interfaces: ['kubernetes'],
    license: 'Apache-2.0',
    operatingBurden:
      'Settings move into manifests reviewed in Git; secure parameters go to the secret store through External Secrets; flagd runs as a sidecar or service that must be upgraded and monitored.',
    effort: 'M',
    notes:
      'Applications stop calling a parameter API at start-up and read environment variables, mounted files or the OpenFeature SDK instead.',
    sources: [
      docs(
        'Kubernetes: ConfigMaps',
        'https://kubernetes.io/docs/concepts/configuration/configmap/',
      ),
      docs('flagd documentation', 'https://flagd.dev/'),
      docs('OpenFeature', 'https://openfeature.dev/docs/reference/intro'),
    ],
  },
  {
    id: 'velero',
    name: 'Velero',
    categories: ['backup'],
    interfaces: ['kubernetes', 's3'],
    license: 'Apache-2.0',
    operatingBurden:
      'Schedule backups of cluster resources and volumes to S3-compatible storage in another location, keep the CSI snapshot or file-system backup path working, and rehearse restores; databases still need their own consistent backups.',
    effort: 'M',
    notes:
      'Backs up Kubernetes resources and persistent volumes; servers outside a cluster need image snapshots or an agent-based tool instead.',
    sources: [
      docs('Velero documentation', 'https://velero.io/docs/'),
      docs(
        'vmware-tanzu/velero on GitHub',
        'https://github.com/vmware-tanzu/velero',
      ),
    ],
  },
  {
    id: 'argo-workflows',
    name: 'Argo Workflows (with Kubernetes CronJobs for plain schedules)',
    categories: ['workflow'],
    interfaces: ['kubernetes'],
    // Every step is a container: batch jobs packaged as images run as they are.
    formats: ['oci-image'],
    license: 'Apache-2.0',
    operatingBurden:
      'Run the controller and its artifact repository, archive workflow history in PostgreSQL, upgrade CRDs, and be on call for stuck or failed workflows.',
    effort: 'L',
    notes:
      'State-machine definitions (Amazon States Language, Logic Apps JSON, Workflows YAML) are rewritten as container steps; schedules become CronWorkflows or CronJobs.',
    sources: [
      docs(
        'Argo Workflows documentation',
        'https://argo-workflows.readthedocs.io/en/latest/',
      ),
      docs(
        'Kubernetes: CronJob',
        'https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/',
      ),
    ],
  },
  {
    id: 'temporal',
    name: 'Temporal',
    categories: ['workflow'],
    interfaces: [],
    license: 'MIT',
    operatingBurden:
      'Run the Temporal server cluster with its PostgreSQL or Cassandra persistence, upgrade it, scale history shards, and operate the workers that execute your code.',
    effort: 'L',
    notes:
      'Workflows are code in an SDK (Go, Java, TypeScript, Python, .NET) rather than a JSON or YAML state machine: durable, long-running flows port well, at the price of a rewrite.',
    sources: [
      docs('Temporal documentation', 'https://docs.temporal.io/'),
      docs(
        'temporalio/temporal on GitHub',
        'https://github.com/temporalio/temporal',
      ),
    ],
  },
  {
    id: 'spark-operator',
    name: 'Apache Spark on Kubernetes (Kubeflow Spark Operator)',
    categories: ['data-integration'],
    interfaces: ['kubernetes', 's3'],
    license: 'Apache-2.0',
    operatingBurden:
      'Run the operator, size executors and node pools, keep the Spark images and their dependencies patched, and run a metastore or catalog (e.g. Hive Metastore) yourself.',
    effort: 'L',
    notes:
      'Spark jobs (Glue, EMR, Dataproc, Databricks) port with changes to their I/O and catalog code; Beam pipelines can run on the Spark or Flink runner.',
    sources: [
      docs(
        'Kubeflow Spark Operator',
        'https://www.kubeflow.org/docs/components/spark-operator/overview/',
      ),
      docs(
        'Apache Spark: running on Kubernetes',
        'https://spark.apache.org/docs/latest/running-on-kubernetes.html',
      ),
    ],
  },
  {
    id: 'apache-airflow',
    name: 'Apache Airflow (official Helm chart)',
    categories: ['data-integration', 'workflow'],
    interfaces: [],
    license: 'Apache-2.0',
    operatingBurden:
      'Run the scheduler, web server, workers and its PostgreSQL database, manage DAG deployment and provider packages, upgrade it, and watch the scheduler.',
    effort: 'L',
    notes:
      'Managed Airflow (MWAA, Cloud Composer) DAGs run unchanged apart from cloud-specific operators and connections; visual pipelines (Data Factory) are rewritten as DAGs.',
    sources: [
      docs(
        'Apache Airflow documentation',
        'https://airflow.apache.org/docs/apache-airflow/stable/index.html',
      ),
      docs(
        'Helm chart for Apache Airflow',
        'https://airflow.apache.org/docs/helm-chart/stable/index.html',
      ),
    ],
  },
  {
    id: 'kubeflow',
    name: 'Kubeflow (pipelines, notebooks, training operators, KServe)',
    categories: ['ml-platform'],
    interfaces: ['kubernetes'],
    license: 'Apache-2.0',
    operatingBurden:
      'A platform of many components: installation and upgrades across them, GPU node pools and drivers, authentication in front of it, storage for artefacts, and on-call for the model endpoints.',
    effort: 'XL',
    notes:
      'Training code in standard frameworks ports; SDK calls to the managed platform (SageMaker, Azure ML, Vertex AI) and its pipelines are rewritten.',
    sources: [
      docs(
        'Kubeflow: introduction',
        'https://www.kubeflow.org/docs/started/introduction/',
      ),
      docs('KServe documentation', 'https://kserve.github.io/website/'),
    ],
  },
  {
    id: 'mlflow',
    name: 'MLflow tracking server and model registry',
    categories: ['ml-platform'],
    interfaces: [],
    license: 'Apache-2.0',
    operatingBurden:
      'Run the tracking server with PostgreSQL and an S3-compatible artefact store, back both up, upgrade it and put authentication in front of it.',
    effort: 'M',
    notes:
      'Covers experiments and the model registry, not training compute or serving: pair it with Kubernetes Jobs and KServe or vLLM.',
    sources: [
      docs('MLflow documentation', 'https://mlflow.org/docs/latest/index.html'),
    ],
  },
  {
    id: 'falco',
    name: 'Falco (runtime threat detection) with Kubernetes audit logging',
    categories: ['security-posture'],
    interfaces: ['kubernetes'],
    license: 'Apache-2.0',
    operatingBurden:
      'Run the DaemonSet and its rules, tune false positives, route alerts to someone on call, and keep the API server audit policy and log shipping working.',
    effort: 'M',
    notes:
      'Replaces threat detection inside the cluster; audit of the provider\u2019s own control plane comes from the target provider, not from Falco.',
    sources: [
      docs('Falco documentation', 'https://falco.org/docs/'),
      docs(
        'Kubernetes: auditing',
        'https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/',
      ),
    ],
  },
  {
    id: 'trivy-operator',
    name: 'Trivy Operator (vulnerability and configuration scanning)',
    categories: ['security-posture'],
    interfaces: ['kubernetes'],
    license: 'Apache-2.0',
    operatingBurden:
      'Run the operator, keep its vulnerability database current, and turn its reports into tickets or dashboards that someone works through.',
    effort: 'M',
    sources: [
      docs(
        'Trivy Operator documentation',
        'https://aquasecurity.github.io/trivy-operator/latest/',
      ),
    ],
  },
  {
    id: 'kyverno',
    name: 'Kyverno (policy guardrails)',
    categories: ['security-posture'],
    interfaces: ['kubernetes'],
    license: 'Apache-2.0',
    operatingBurden:
      'Write and test policies, run the admission controller highly available (a failing webhook blocks deployments), and review policy reports.',
    effort: 'M',
    notes:
      'Guards what is deployed into the cluster; rules on cloud resources (Config rules, Azure Policy, organisation policies) move into IaC checks in CI.',
    sources: [docs('Kyverno documentation', 'https://kyverno.io/docs/')],
  },
  // Self-managed paths where a target has no managed offering at all: "none"
  // is only right when not even these exist.
  {
    id: 'sql-server-linux',
    name: 'SQL Server on Linux, self-managed (Microsoft container images on Kubernetes, or on VMs)',
    categories: ['sql-server'],
    interfaces: ['tds'],
    license: 'Proprietary (Microsoft SQL Server licence)',
    operatingBurden:
      'Run SQL Server as a StatefulSet or on VMs: Always On availability groups or failover yourself, backups with tested restores, patching with cumulative updates, licence compliance per core, and on-call for the database.',
    effort: 'L',
    caveat:
      'Licence: Developer and Express editions are free but not for production workloads beyond their limits; production needs SQL Server licences (per core, or licence mobility with Software Assurance), which the provider does not include.',
    notes:
      'Backups (.bak) restore and TDS clients keep working; Azure SQL Database exports as a BACPAC first. Managed-only features (elastic pools, serverless tier, automatic tuning) are lost.',
    sources: [
      SQL_SERVER_LINUX_CONTAINERS,
      SQL_SERVER_KUBERNETES,
      SQL_SERVER_LICENSING,
    ],
  },
  {
    id: 'kubevirt',
    name: 'KubeVirt (virtual machines on Kubernetes)',
    categories: ['compute'],
    interfaces: ['vm-image', 'ssh'],
    license: 'Apache-2.0',
    operatingBurden:
      'Run KubeVirt and its Containerized Data Importer, nodes with hardware virtualisation, storage for VM disks, live-migration and VM backups; VM guests are still patched by the team.',
    effort: 'L',
    notes:
      'Imports the VM disk image and runs it as a VirtualMachine: the guest keeps working, while networking, disks and sizing are rebuilt in Kubernetes terms.',
    sources: [KUBEVIRT_USER_GUIDE, KUBEVIRT_DATA_IMPORTER],
  },
  {
    id: 'varnish',
    name: 'Varnish Cache in front of the origin',
    categories: ['cdn'],
    interfaces: ['http'],
    license: 'BSD-2-Clause',
    operatingBurden:
      'Run caching proxies in each location you serve from, write and test VCL, purge on deploys, terminate TLS and absorb traffic peaks yourself.',
    effort: 'L',
    caveat:
      'Caches where you run it, not at a global edge: far-away users see origin latency, and DDoS absorption is your own; pair it with an EU CDN provider if that matters.',
    sources: [VARNISH_DOCS],
  },
  {
    id: 'postfix',
    name: 'Postfix (self-run outbound mail server)',
    categories: ['email'],
    interfaces: ['smtp'],
    license: 'IPL-1.0 or EPL-2.0',
    operatingBurden:
      'Own deliverability: IP reputation and warm-up, SPF, DKIM and DMARC, bounce and complaint handling, queue monitoring, and blocklist removal requests.',
    effort: 'L',
    caveat:
      'Many clouds block outbound port 25 by default (Hetzner among them) until you ask: plan the unblock request or a relay.',
    notes:
      'Applications that send over SMTP keep working; API-based sending (e.g. an SDK call) is rewritten to SMTP.',
    sources: [POSTFIX_DOCS, HETZNER_MAIL_PORTS],
  },
];
