import type {
  CategoryId,
  Effort,
  Equivalent,
  Fit,
  ServiceId,
  Source,
  TargetProviderId,
} from './types';
import { EU_TERRAFORM, type EuProviderId, euServices } from './services/eu';
import { gapFillers } from './gapFillers';
import { providers } from './providers';
import {
  CNCF_CONFORMANCE,
  DOMAIN_REPORT,
  KUBERNETES_DOCS,
  SERVICE_MAPPING_EVIDENCE,
  docs,
  terraformRegistry,
  tfAll,
} from './sources';

/*
 * What each target provider offers per category. `fit` is the fit for a
 * source that does NOT share an open interface with the offering; the engine
 * upgrades to `direct` when it does (S3 to S3, PostgreSQL to PostgreSQL).
 * A missing (category, provider) pair means "no managed offering": the engine
 * then falls back to a gap filler.
 *
 * EU offerings are derived from services/eu.ts so that names, interfaces and
 * Terraform types are written once and verified once.
 */

const OTC_STALE = 'Open Telekom Cloud data is from Oct 2024 and may be stale.';

const euById = new Map(euServices.map(s => [s.id, s]));

interface FromOptions {
  fit: Fit;
  effort: Effort;
  notes: string;
  /** When the service is listed under another category (e.g. Cockpit for logging). */
  category?: CategoryId;
  /** Further services of the same provider that together form the offering. */
  also?: ServiceId[];
  extraSources?: Source[];
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];

const from = (id: ServiceId, options: FromOptions): Equivalent => {
  const parts = [id, ...(options.also ?? [])].map(partId => {
    const service = euById.get(partId);
    if (!service) {
      throw new Error(`equivalents: unknown EU service ${partId}`);
    }
    return service;
  });
  const [main] = parts;
  const provider = main.provider as TargetProviderId;
  const sources = [
    ...parts.flatMap(p => p.sources),
    ...(options.extraSources ?? []),
  ];
  return {
    category: options.category ?? main.category,
    provider,
    offering: parts.map(p => p.name).join(' + '),
    fit: options.fit,
    effort: options.effort,
    interfaces: unique(parts.flatMap(p => p.interfaces)),
    formats: unique(parts.flatMap(p => p.formats ?? [])),
    terraformResources: unique(parts.flatMap(p => p.terraformResources)),
    notes: provider === 'otc' ? `${options.notes} ${OTC_STALE}` : options.notes,
    // Dedupe by JSON so a docs root shared by two parts is cited once.
    sources: unique(sources.map(s => JSON.stringify(s))).map(
      s => JSON.parse(s) as Source,
    ),
  };
};

/** Kubernetes-native equivalents: only where Kubernetes itself is the answer. */
const k8s = (
  category: CategoryId,
  offering: string,
  fit: Fit,
  effort: Effort,
  interfaces: Equivalent['interfaces'],
  notes: string,
  sources: Source[],
): Equivalent => ({
  category,
  provider: 'kubernetes',
  offering,
  fit,
  effort,
  interfaces,
  terraformResources: [],
  notes,
  sources,
});

const compute: Equivalent[] = [
  from('ionos:compute-engine', {
    fit: 'direct',
    effort: 'S',
    notes:
      'Rebuild images (e.g. with Packer) or import them; sizing differs per server type.',
  }),
  from('stackit:server', {
    fit: 'direct',
    effort: 'S',
    notes:
      'Rebuild or import images; flavours map roughly to the source sizes.',
  }),
  from('ovhcloud:instances', {
    fit: 'direct',
    effort: 'S',
    notes: 'OpenStack-based instances; images can be uploaded.',
  }),
  from('scaleway:instances', {
    fit: 'direct',
    effort: 'S',
    notes:
      'Rebuild or import images; check the instance type range for GPU needs.',
  }),
  from('otc:ecs', {
    fit: 'direct',
    effort: 'S',
    notes: 'OpenStack-style servers; images can be imported.',
  }),
  from('hetzner:cloud-servers', {
    fit: 'direct',
    effort: 'S',
    notes:
      'Custom images are created from snapshots, not uploaded directly: rebuild with Packer or cloud-init.',
  }),
];

const autoscaling: Equivalent[] = [
  from('ionos:vm-autoscaling', {
    fit: 'partial',
    effort: 'M',
    notes: 'Scaling policies and metrics differ; rebuild the group definition.',
  }),
  from('scaleway:autoscaling', {
    fit: 'partial',
    effort: 'M',
    notes:
      'Template, group and policy are separate resources; metrics come from Cockpit.',
  }),
  from('otc:auto-scaling', {
    fit: 'partial',
    effort: 'M',
    notes: 'Configuration, group and policies are rebuilt in OTC terms.',
  }),
  k8s(
    'autoscaling',
    'HorizontalPodAutoscaler (with a cluster autoscaler where nodes can grow)',
    'partial',
    'M',
    ['kubernetes'],
    'Scaling moves from VMs to pods: the workload must run in containers first.',
    [
      docs(
        'Kubernetes: horizontal pod autoscaling',
        'https://kubernetes.io/docs/concepts/workloads/autoscaling/horizontal-pod-autoscale/',
      ),
    ],
  ),
];

const kubernetes: Equivalent[] = [
  from('ionos:managed-kubernetes', {
    fit: 'direct',
    effort: 'S',
    notes:
      'Same Kubernetes API; replace cloud-specific ingress, storage classes and workload identity.',
    extraSources: [DOMAIN_REPORT],
  }),
  from('stackit:ske', {
    fit: 'direct',
    effort: 'S',
    notes:
      'Same Kubernetes API; replace cloud-specific ingress, storage classes and workload identity.',
  }),
  from('ovhcloud:managed-kubernetes', {
    fit: 'direct',
    effort: 'S',
    notes:
      'Same Kubernetes API; replace cloud-specific ingress, storage classes and workload identity.',
  }),
  from('scaleway:kapsule', {
    fit: 'direct',
    effort: 'S',
    notes:
      'Same Kubernetes API; replace cloud-specific ingress, storage classes and workload identity.',
  }),
  from('otc:cce', {
    fit: 'direct',
    effort: 'S',
    notes:
      'Same Kubernetes API; replace cloud-specific ingress, storage classes and workload identity.',
  }),
  k8s(
    'kubernetes',
    'Self-operated conformant Kubernetes',
    'direct',
    'M',
    ['kubernetes'],
    'Workloads move unchanged, but the team (or a contracted operator) now runs the control plane, upgrades about every four months, etcd backups and on-call.',
    [KUBERNETES_DOCS, CNCF_CONFORMANCE, DOMAIN_REPORT],
  ),
];

const containerPlatform: Equivalent[] = [
  from('stackit:cloud-foundry', {
    fit: 'partial',
    effort: 'M',
    notes:
      'Cloud Foundry pushes apps or images with manifests of its own; scaling and routing are configured again.',
  }),
  from('scaleway:serverless-containers', {
    fit: 'partial',
    effort: 'M',
    notes:
      'Runs the same images with request-based scaling; triggers, secrets and domains are reconfigured.',
  }),
  k8s(
    'container-platform',
    'Kubernetes Deployments with Knative Serving',
    'partial',
    'M',
    ['kubernetes'],
    'Scale-to-zero and revisions come from Knative (a gap filler to operate); plain Deployments with an HPA cover always-on services.',
    [docs('Knative', 'https://knative.dev/'), KUBERNETES_DOCS],
  ),
];

const functions: Equivalent[] = [
  from('scaleway:serverless-functions', {
    fit: 'partial',
    effort: 'M',
    notes:
      'Handler signatures and event triggers differ: glue code is rewritten, business logic mostly survives.',
  }),
  from('otc:functiongraph', {
    fit: 'partial',
    effort: 'L',
    notes:
      'Handler model and triggers differ; fewer managed event sources than the hyperscalers.',
  }),
];

const objectStorage: Equivalent[] = [
  from('ionos:object-storage', {
    fit: 'partial',
    effort: 'M',
    notes:
      'S3 API: S3 clients only change endpoint and keys; Blob or GCS SDK code is rewritten to S3.',
  }),
  from('stackit:object-storage', {
    fit: 'partial',
    effort: 'M',
    notes:
      'S3 API: S3 clients only change endpoint and keys; Blob or GCS SDK code is rewritten to S3.',
  }),
  from('ovhcloud:object-storage', {
    fit: 'partial',
    effort: 'M',
    notes:
      'S3 API: S3 clients only change endpoint and keys; Blob or GCS SDK code is rewritten to S3.',
  }),
  from('scaleway:object-storage', {
    fit: 'partial',
    effort: 'M',
    notes:
      'S3 API: S3 clients only change endpoint and keys; Blob or GCS SDK code is rewritten to S3.',
  }),
  from('otc:obs', {
    fit: 'partial',
    effort: 'M',
    notes:
      'OBS speaks an S3-compatible API; Blob or GCS SDK code is rewritten to S3.',
  }),
  from('hetzner:object-storage', {
    fit: 'partial',
    effort: 'M',
    notes:
      'S3-compatible, but no hcloud Terraform resource: buckets are created with an S3 client or another provider.',
  }),
];

const blockStorage: Equivalent[] = [
  from('ionos:block-storage', {
    fit: 'direct',
    effort: 'S',
    notes:
      'Data is copied at file or image level; disk performance classes differ.',
  }),
  from('stackit:block-storage', {
    fit: 'direct',
    effort: 'S',
    notes: 'Data is copied at file or image level; performance classes differ.',
  }),
  from('ovhcloud:block-storage', {
    fit: 'direct',
    effort: 'S',
    notes: 'Data is copied at file or image level; performance classes differ.',
  }),
  from('scaleway:block-storage', {
    fit: 'direct',
    effort: 'S',
    notes: 'Data is copied at file or image level; IOPS tiers differ.',
  }),
  from('otc:evs', {
    fit: 'direct',
    effort: 'S',
    notes: 'Data is copied at file or image level; disk types differ.',
  }),
  from('hetzner:volumes', {
    fit: 'direct',
    effort: 'S',
    notes:
      'Single performance class; volumes attach to servers in the same location.',
  }),
  k8s(
    'block-storage',
    'PersistentVolumes through a CSI driver',
    'partial',
    'M',
    [],
    'Kubernetes only defines the interface: a CSI driver backed by real storage (Rook-Ceph RBD, Longhorn or the provider\u2019s disks) must be run.',
    [
      docs(
        'Kubernetes: persistent volumes',
        'https://kubernetes.io/docs/concepts/storage/persistent-volumes/',
      ),
      DOMAIN_REPORT,
    ],
  ),
];

const fileStorage: Equivalent[] = [
  from('ionos:network-file-storage', {
    fit: 'partial',
    effort: 'M',
    notes:
      'NFS only: SMB clients change; in managed Kubernetes a storage class covers shared volumes.',
  }),
  from('stackit:sfs', {
    fit: 'partial',
    effort: 'M',
    notes: 'NFS shares; the Terraform resources were beta in mid-2026.',
  }),
  from('ovhcloud:file-storage', {
    fit: 'partial',
    effort: 'M',
    notes: 'NFS shares; SMB clients change.',
  }),
  from('scaleway:file-storage', {
    fit: 'partial',
    effort: 'M',
    notes:
      'Attached to Instances and Kapsule nodes rather than mounted over a network protocol we could verify; check your access pattern.',
  }),
  from('otc:sfs', {
    fit: 'partial',
    effort: 'M',
    notes: 'NFS shares (SFS, SFS Turbo).',
  }),
  from('hetzner:storage-box', {
    fit: 'partial',
    effort: 'L',
    notes:
      'A storage box is backup-oriented network space; suitability as application file storage is uncertain in our evidence.',
  }),
];

const postgresql: Equivalent[] = [
  from('ionos:postgresql', {
    fit: 'direct',
    effort: 'M',
    notes:
      'Dump/restore or logical replication; check extensions (e.g. pgvector) and major version.',
  }),
  from('stackit:postgres-flex', {
    fit: 'direct',
    effort: 'M',
    notes:
      'Dump/restore or logical replication; check extensions and major version.',
  }),
  from('ovhcloud:managed-postgresql', {
    fit: 'direct',
    effort: 'M',
    notes:
      'Dump/restore or logical replication; check extensions and major version.',
  }),
  from('scaleway:managed-postgresql', {
    fit: 'direct',
    effort: 'M',
    notes:
      'Dump/restore or logical replication; check extensions and major version.',
  }),
  from('otc:rds-postgresql', {
    fit: 'direct',
    effort: 'M',
    notes: 'Dump/restore; check extensions and supported major versions.',
  }),
];

const mysql: Equivalent[] = [
  from('ionos:mariadb', {
    fit: 'direct',
    effort: 'M',
    notes:
      'MariaDB speaks the MySQL protocol but has diverged from MySQL 8 (JSON, some functions): test the application.',
  }),
  from('stackit:mariadb', {
    fit: 'direct',
    effort: 'M',
    notes: 'MariaDB, not MySQL 8: test the application.',
  }),
  from('ovhcloud:managed-mysql', {
    fit: 'direct',
    effort: 'M',
    notes: 'Dump/restore or replication; check version.',
  }),
  from('scaleway:managed-mysql', {
    fit: 'direct',
    effort: 'M',
    notes: 'Dump/restore or replication; check version.',
  }),
  from('otc:rds-mysql', {
    fit: 'direct',
    effort: 'M',
    notes: 'RDS for MySQL or GaussDB for MySQL; dump/restore.',
  }),
];

const sqlServer: Equivalent[] = [
  from('stackit:sqlserver-flex', {
    fit: 'direct',
    effort: 'M',
    notes:
      'TDS-compatible; check edition, licence model and Azure SQL-only features.',
  }),
  from('otc:rds-sqlserver', {
    fit: 'direct',
    effort: 'M',
    notes: 'TDS-compatible; check edition and licensing.',
  }),
];

const documentDb: Equivalent[] = [
  from('ionos:mongodb', {
    fit: 'partial',
    effort: 'L',
    notes:
      'MongoDB API: MongoDB clients port; proprietary document APIs (Firestore, Cosmos NoSQL) need a data-access rewrite.',
  }),
  from('stackit:mongodb-flex', {
    fit: 'partial',
    effort: 'L',
    notes:
      'MongoDB API: MongoDB clients port; proprietary document APIs need a data-access rewrite.',
  }),
  from('ovhcloud:managed-mongodb', {
    fit: 'partial',
    effort: 'L',
    notes:
      'MongoDB API: MongoDB clients port; proprietary document APIs need a data-access rewrite.',
  }),
  from('scaleway:managed-mongodb', {
    fit: 'partial',
    effort: 'L',
    notes:
      'MongoDB API: MongoDB clients port; proprietary document APIs need a data-access rewrite.',
  }),
  from('otc:dds', {
    fit: 'partial',
    effort: 'L',
    notes:
      'MongoDB-compatible; proprietary document APIs need a data-access rewrite.',
  }),
];

const cache: Equivalent[] = [
  from('ionos:in-memory-db', {
    fit: 'partial',
    effort: 'S',
    notes:
      'Redis OSS API (port 6379, Redis data types, Lua, RDB/AOF persistence); Memcached users switch client libraries.',
  }),
  from('stackit:redis', {
    fit: 'partial',
    effort: 'S',
    notes: 'Redis protocol; Memcached users switch client libraries.',
  }),
  from('ovhcloud:managed-valkey', {
    fit: 'partial',
    effort: 'S',
    notes:
      'Valkey speaks the Redis protocol; Memcached users switch client libraries.',
  }),
  from('scaleway:managed-redis', {
    fit: 'partial',
    effort: 'S',
    notes: 'Redis protocol; Memcached users switch client libraries.',
  }),
  from('otc:dcs', {
    fit: 'partial',
    effort: 'S',
    notes: 'Redis protocol; Memcached users switch client libraries.',
  }),
];

const queue: Equivalent[] = [
  from('stackit:rabbitmq', {
    fit: 'partial',
    effort: 'M',
    notes:
      'AMQP broker: code written against SQS, Service Bus or Pub/Sub SDKs changes to an AMQP client.',
  }),
  from('scaleway:queues', {
    fit: 'partial',
    effort: 'M',
    notes:
      'Implements the SQS API: SQS users only change endpoint and credentials; others rewrite to the SQS SDK.',
  }),
];

const pubsub: Equivalent[] = [
  from('scaleway:topics-and-events', {
    fit: 'partial',
    effort: 'M',
    notes:
      'SNS-compatible topics; Scaleway also offers managed NATS (scaleway:nats) for fan-out.',
  }),
  from('otc:smn', {
    fit: 'partial',
    effort: 'M',
    notes:
      'Notification topics with HTTP, e-mail and SMS subscribers; event routing rules are rebuilt.',
  }),
];

const streaming: Equivalent[] = [
  from('ionos:kafka', {
    fit: 're-architect',
    effort: 'L',
    notes:
      'Kafka API: Kafka clients port; Kinesis-style producers and consumers are rewritten.',
  }),
  from('ovhcloud:managed-kafka', {
    fit: 're-architect',
    effort: 'L',
    notes:
      'Kafka API: Kafka clients port; Kinesis-style producers and consumers are rewritten.',
  }),
  from('scaleway:kafka', {
    fit: 're-architect',
    effort: 'L',
    notes:
      'Kafka API (public beta in mid-2026): Kafka clients port; others are rewritten.',
    extraSources: [SERVICE_MAPPING_EVIDENCE],
  }),
  from('otc:dms-kafka', {
    fit: 're-architect',
    effort: 'L',
    notes: 'Kafka API: Kafka clients port; others are rewritten.',
  }),
];

const secrets: Equivalent[] = [
  from('stackit:secrets-manager', {
    fit: 'partial',
    effort: 'M',
    notes:
      'Different API: consume it through External Secrets Operator so workloads only see Kubernetes secrets.',
  }),
  from('ovhcloud:secret-manager', {
    fit: 'partial',
    effort: 'M',
    notes:
      'Different API: consume it through External Secrets Operator so workloads only see Kubernetes secrets.',
  }),
  from('scaleway:secret-manager', {
    fit: 'partial',
    effort: 'M',
    notes:
      'Different API: consume it through External Secrets Operator so workloads only see Kubernetes secrets.',
  }),
];

const kms: Equivalent[] = [
  from('stackit:kms', {
    fit: 'partial',
    effort: 'M',
    notes:
      'Encrypt/decrypt calls are rewritten; keys from the source cannot be exported, so data is re-encrypted.',
  }),
  from('ovhcloud:kms', {
    fit: 'partial',
    effort: 'M',
    notes:
      'Encrypt/decrypt calls are rewritten; data is re-encrypted under new keys.',
  }),
  from('scaleway:key-manager', {
    fit: 'partial',
    effort: 'M',
    notes:
      'Encrypt/decrypt calls are rewritten; data is re-encrypted under new keys.',
  }),
  from('otc:kms', {
    fit: 'partial',
    effort: 'M',
    notes:
      'Encrypt/decrypt calls are rewritten; data is re-encrypted under new keys.',
  }),
];

const managedIdentity: Equivalent[] = [
  from('ionos:iam', {
    fit: 'partial',
    effort: 'M',
    notes:
      'No per-service identity: workloads use tokens or access keys scoped to a user or group, which must be stored and rotated as secrets.',
    extraSources: [DOMAIN_REPORT],
  }),
  from('stackit:service-accounts', {
    fit: 'partial',
    effort: 'M',
    notes:
      'Service accounts with role assignments; federation with an external OIDC issuer avoids long-lived keys.',
  }),
  from('ovhcloud:iam', {
    fit: 'partial',
    effort: 'M',
    notes:
      'OAuth2 client credentials per service account: a secret to store and rotate.',
  }),
  from('scaleway:iam-applications', {
    fit: 'partial',
    effort: 'M',
    notes: 'IAM applications with API keys: a secret to store and rotate.',
  }),
  from('otc:iam-agencies', {
    fit: 'partial',
    effort: 'M',
    notes:
      'Agencies delegate rights to services; application-level identity still needs credentials.',
  }),
  k8s(
    'managed-identity',
    'Kubernetes service accounts with projected OIDC tokens',
    'partial',
    'M',
    ['oidc'],
    'Pods get short-lived tokens; services that accept the cluster as an OIDC issuer can trust them, others still need a credential.',
    [
      docs(
        'Kubernetes: service accounts',
        'https://kubernetes.io/docs/concepts/security/service-accounts/',
      ),
    ],
  ),
];

const registry: Equivalent[] = [
  from('ionos:container-registry', {
    fit: 'direct',
    effort: 'S',
    notes:
      'OCI registry with vulnerability scanning and retention; copy images with skopeo or crane.',
    extraSources: [DOMAIN_REPORT],
  }),
  from('stackit:container-registry', {
    fit: 'direct',
    effort: 'S',
    notes:
      'Harbor-based OCI registry; no Terraform resource (mid-2026), so the registry is set up outside IaC. Copy images with skopeo or crane.',
  }),
  from('ovhcloud:managed-private-registry', {
    fit: 'direct',
    effort: 'S',
    notes: 'Harbor-based OCI registry; copy images with skopeo or crane.',
  }),
  from('scaleway:container-registry', {
    fit: 'direct',
    effort: 'S',
    notes: 'OCI registry namespaces; copy images with skopeo or crane.',
  }),
  from('otc:swr', {
    fit: 'direct',
    effort: 'S',
    notes: 'OCI registry; copy images with skopeo or crane.',
  }),
];

const logging: Equivalent[] = [
  from('ionos:logging-service', {
    fit: 'partial',
    effort: 'M',
    notes:
      'Loki-based: ship with Fluent Bit; KQL or CloudWatch queries and alerts are rewritten in LogQL.',
  }),
  from('stackit:logs', {
    fit: 'partial',
    effort: 'M',
    notes:
      'Collection is reconfigured; saved queries and alerts are rewritten.',
  }),
  from('ovhcloud:logs-data-platform', {
    fit: 'partial',
    effort: 'M',
    notes: 'Graylog/OpenSearch-based; queries and alerts are rewritten.',
  }),
  from('scaleway:cockpit', {
    category: 'logging',
    fit: 'partial',
    effort: 'M',
    notes:
      'Loki-compatible log storage in Cockpit; queries and alerts are rewritten in LogQL.',
  }),
  from('otc:lts', {
    fit: 'partial',
    effort: 'M',
    notes: 'Log groups and topics; queries and alerts are rewritten.',
  }),
];

const metrics: Equivalent[] = [
  from('ionos:monitoring-service', {
    fit: 'partial',
    effort: 'M',
    notes:
      'Prometheus-compatible ingestion; dashboards and alerts are rebuilt in Grafana.',
  }),
  from('stackit:observability', {
    fit: 'partial',
    effort: 'M',
    notes:
      'Prometheus and Grafana managed for you; alerts are rewritten in PromQL.',
  }),
  from('scaleway:cockpit', {
    fit: 'partial',
    effort: 'M',
    notes:
      'Prometheus-compatible metrics with Grafana; alerts are rewritten in PromQL.',
  }),
  from('otc:ces', {
    fit: 'partial',
    effort: 'M',
    notes:
      'Cloud Eye covers platform metrics and alarm rules; application metrics need their own stack.',
  }),
];

const tracing: Equivalent[] = [
  from('scaleway:cockpit', {
    category: 'tracing',
    fit: 'partial',
    effort: 'M',
    notes:
      'OTLP ingestion of traces; instrument with OpenTelemetry to switch by configuration only.',
  }),
];

const cdn: Equivalent[] = [
  from('ionos:cdn', {
    fit: 'partial',
    effort: 'M',
    notes:
      'Caching rules, certificates and edge logic are rebuilt; edge compute has no counterpart.',
  }),
  from('stackit:cdn', {
    fit: 'partial',
    effort: 'M',
    notes:
      'Caching rules and custom domains are rebuilt; edge compute has no counterpart.',
  }),
  from('scaleway:edge-services', {
    fit: 'partial',
    effort: 'M',
    notes:
      'Pipeline of cache, TLS and routing stages; edge compute has no counterpart.',
  }),
];

const dns: Equivalent[] = [
  from('ionos:cloud-dns', {
    fit: 'direct',
    effort: 'S',
    notes:
      'Standard records move by zone export; provider-specific alias or routing records are rebuilt.',
  }),
  from('stackit:dns', {
    fit: 'direct',
    effort: 'S',
    notes:
      'Standard records move by zone export; alias-style records are rebuilt.',
  }),
  from('ovhcloud:dns', {
    fit: 'direct',
    effort: 'S',
    notes:
      'Standard records move by zone import; alias-style records are rebuilt.',
  }),
  from('scaleway:domains-and-dns', {
    fit: 'direct',
    effort: 'S',
    notes:
      'Standard records move by zone export; alias-style records are rebuilt.',
  }),
  from('otc:dns', {
    fit: 'direct',
    effort: 'S',
    notes: 'Standard records move; alias-style records are rebuilt.',
  }),
  from('hetzner:dns', {
    fit: 'direct',
    effort: 'S',
    notes:
      'Standard records move via zone resources; alias-style records are rebuilt.',
  }),
];

const loadBalancer: Equivalent[] = [
  from('ionos:application-load-balancer', {
    also: ['ionos:network-load-balancer'],
    fit: 'direct',
    effort: 'S',
    notes:
      'L7 and L4 load balancers; listener and rule configuration is rebuilt.',
  }),
  from('stackit:application-load-balancer', {
    also: ['stackit:network-load-balancer'],
    fit: 'direct',
    effort: 'S',
    notes:
      'L7 and L4 load balancers; listener and rule configuration is rebuilt.',
  }),
  from('ovhcloud:load-balancer', {
    fit: 'direct',
    effort: 'S',
    notes: 'Listener and pool configuration is rebuilt.',
  }),
  from('scaleway:load-balancer', {
    fit: 'direct',
    effort: 'S',
    notes: 'Frontends, backends and routes are rebuilt.',
  }),
  from('otc:elb', {
    fit: 'direct',
    effort: 'S',
    notes: 'Listeners, pools and policies are rebuilt.',
  }),
  from('hetzner:load-balancer', {
    fit: 'direct',
    effort: 'S',
    notes:
      'L4 and basic HTTP(S) balancing; advanced L7 routing moves into an in-cluster gateway.',
  }),
  k8s(
    'load-balancer',
    'Gateway API with an in-cluster gateway (e.g. Envoy Gateway)',
    'partial',
    'M',
    ['kubernetes'],
    'Routing becomes portable Gateway API manifests; an external IP still comes from the provider or from MetalLB on bare metal.',
    [docs('Kubernetes Gateway API', 'https://gateway-api.sigs.k8s.io/')],
  ),
];

const waf: Equivalent[] = [
  from('stackit:waf', {
    fit: 'partial',
    effort: 'M',
    notes:
      'Attached to the application load balancer; managed and custom rules are rebuilt.',
  }),
  from('scaleway:edge-services-waf', {
    fit: 'partial',
    effort: 'M',
    notes: 'A stage in the Edge Services pipeline; rules are rebuilt.',
  }),
  from('otc:waf', {
    fit: 'partial',
    effort: 'M',
    notes: 'Dedicated WAF instances and policies; rules are rebuilt.',
  }),
];

const apiGateway: Equivalent[] = [
  from('otc:apig', {
    fit: 'partial',
    effort: 'L',
    notes:
      'API definitions can be imported, but authorisers, throttling and integrations are rebuilt.',
  }),
];

const search: Equivalent[] = [
  from('stackit:opensearch', {
    fit: 're-architect',
    effort: 'L',
    notes:
      'OpenSearch API: OpenSearch users reindex; proprietary search services (AI Search) need indexing and query code rewritten.',
  }),
  from('ovhcloud:managed-opensearch', {
    fit: 're-architect',
    effort: 'L',
    notes:
      'OpenSearch API: OpenSearch users reindex; proprietary search services need a rewrite.',
  }),
  from('scaleway:opensearch', {
    fit: 're-architect',
    effort: 'L',
    notes:
      'OpenSearch API: OpenSearch users reindex; proprietary search services need a rewrite.',
  }),
  from('otc:css', {
    fit: 're-architect',
    effort: 'L',
    notes:
      'OpenSearch/Elasticsearch API: users of those reindex; proprietary search services need a rewrite.',
  }),
];

const llmNote =
  'OpenAI-compatible API, but the model set differs from the source: prompts and evaluations must be re-run.';
const llm: Equivalent[] = [
  from('ionos:ai-model-hub', {
    fit: 'partial',
    effort: 'M',
    notes: `${llmNote} Not provisionable with Terraform.`,
    extraSources: [DOMAIN_REPORT],
  }),
  from('stackit:ai-model-serving', {
    fit: 'partial',
    effort: 'M',
    notes: llmNote,
    extraSources: [DOMAIN_REPORT],
  }),
  from('ovhcloud:ai-endpoints', {
    fit: 'partial',
    effort: 'M',
    notes: `${llmNote} Not provisionable with Terraform.`,
    extraSources: [DOMAIN_REPORT],
  }),
  from('scaleway:generative-apis', {
    fit: 'partial',
    effort: 'M',
    also: ['scaleway:managed-inference'],
    notes: `${llmNote} Generative APIs are serverless and billed per token; Managed Inference runs a dedicated deployment.`,
    extraSources: [DOMAIN_REPORT],
  }),
];

// IaC: the equivalent of a hyperscaler's resource API is the provider's own
// Terraform provider. The tool carries over, the resources do not.
const iacEquivalent = (
  provider: Exclude<TargetProviderId, 'kubernetes'>,
  address: string,
  label: string,
  notes: string,
): Equivalent => ({
  category: 'iac',
  provider,
  offering: `${label} Terraform/OpenTofu provider (${address})`,
  fit: 'partial',
  effort: 'M',
  interfaces: ['terraform'],
  terraformResources: [],
  notes: provider === 'otc' ? `${notes} ${OTC_STALE}` : notes,
  sources: [terraformRegistry(address), SERVICE_MAPPING_EVIDENCE],
});

const iac: Equivalent[] = [
  iacEquivalent(
    'ionos',
    'ionos-cloud/ionoscloud',
    'IONOS Cloud',
    'Resources are rewritten; some products (e.g. AI Model Hub) have no resource.',
  ),
  iacEquivalent(
    'stackit',
    'stackitcloud/stackit',
    'STACKIT',
    'Resources are rewritten; some products (e.g. container registry) have no resource.',
  ),
  iacEquivalent(
    'ovhcloud',
    'ovh/ovh',
    'OVHcloud',
    'Resources are rewritten; some products (e.g. AI Endpoints) have no resource.',
  ),
  iacEquivalent(
    'scaleway',
    'scaleway/scaleway',
    'Scaleway',
    'Resources are rewritten; coverage of the catalogue is broad.',
  ),
  iacEquivalent(
    'otc',
    'opentelekomcloud/opentelekomcloud',
    'Open Telekom Cloud',
    'Resources are rewritten.',
  ),
  iacEquivalent(
    'hetzner',
    'hetznercloud/hcloud',
    'Hetzner Cloud',
    'Resources are rewritten; object storage and projects are outside the provider.',
  ),
];

const resourceGrouping: Equivalent[] = [
  from('ionos:data-center', {
    fit: 'partial',
    effort: 'S',
    notes:
      'A virtual data center groups servers and networks; object storage and several managed services cannot be grouped in it.',
    extraSources: [DOMAIN_REPORT],
  }),
  from('stackit:resource-manager', {
    fit: 'partial',
    effort: 'S',
    notes:
      'Projects in folders scope access and billing; tags for finer grouping.',
  }),
  from('ovhcloud:iam-resource-groups', {
    fit: 'partial',
    effort: 'S',
    notes:
      'Public Cloud projects plus IAM resource groups for access policies.',
  }),
  from('scaleway:projects', {
    fit: 'partial',
    effort: 'S',
    notes: 'Projects scope resources, IAM policies and billing.',
  }),
  from('otc:iam-projects', {
    fit: 'partial',
    effort: 'S',
    notes: 'IAM projects per region scope resources and permissions.',
  }),
  from('hetzner:projects', {
    fit: 'partial',
    effort: 'S',
    notes:
      'Projects scope resources and API tokens; created in the console only.',
  }),
  k8s(
    'resource-grouping',
    'Namespaces (with labels and RBAC)',
    'partial',
    'S',
    ['kubernetes'],
    'Namespaces group workloads and scope RBAC and quotas; they do not group the provider resources outside the cluster.',
    [
      docs(
        'Kubernetes: namespaces',
        'https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/',
      ),
    ],
  ),
];

const dataWarehouse: Equivalent[] = [
  from('stackit:dremio', {
    fit: 'partial',
    effort: 'L',
    notes:
      'Lakehouse engine over object storage: data lands as open table formats, SQL dialect and pricing model differ.',
  }),
  from('scaleway:data-warehouse', {
    fit: 'partial',
    effort: 'L',
    notes:
      'ClickHouse-based: queries and pipelines are rewritten for its SQL dialect.',
  }),
  from('otc:dws', {
    fit: 'partial',
    effort: 'L',
    notes:
      'PostgreSQL-derived MPP warehouse; queries and loading jobs are adapted.',
  }),
];

const email: Equivalent[] = [
  from('scaleway:transactional-email', {
    fit: 'partial',
    effort: 'S',
    notes: 'SMTP and API sending; domain verification (SPF, DKIM) is redone.',
  }),
];

const ciCd: Equivalent[] = [
  from('stackit:git', {
    fit: 'partial',
    effort: 'M',
    notes:
      'Git hosting moves as-is; pipeline definitions are rewritten for the new runner.',
  }),
];

/*
 * Categories added for the Terraform types real repositories use (networking,
 * certificates, parameters, backup, workflows, data integration, ML, audit).
 * Most of their EU offerings are not declarable services of their own, so they
 * are written here: Terraform types without prefix, checked against each
 * provider's mid-2026 resource list; the builder adds the prefix and one
 * terraform source per type. Where a provider has no offering, the entry says
 * so and names the gap filler the team would run instead.
 */

interface EuOfferingEntry {
  category: CategoryId;
  provider: EuProviderId;
  offering: string;
  fit: Fit;
  effort: Effort;
  interfaces?: Equivalent['interfaces'];
  /** Resource types WITHOUT the provider prefix. */
  tf: string[];
  notes: string;
  /** Product pages; required when `tf` is empty. */
  pages?: Source[];
}

const euOffering = ({
  provider,
  tf: types,
  pages = [],
  interfaces = [],
  notes,
  ...entry
}: EuOfferingEntry): Equivalent => {
  const { prefix, address } = EU_TERRAFORM[provider];
  const terraformResources = types.map(type => `${prefix}${type}`);
  return {
    ...entry,
    provider,
    interfaces,
    terraformResources,
    notes: provider === 'otc' ? `${notes} ${OTC_STALE}` : notes,
    sources: [...pages, ...tfAll(address, terraformResources)],
  };
};

const providerName = (id: TargetProviderId): string =>
  providers.find(p => p.id === id)?.name ?? id;

/**
 * No managed offering: the named gap filler on the provider's managed
 * Kubernetes (or a cluster the team runs there). The registry page of the
 * provider's Terraform provider is where the missing resource was looked for.
 */
const gapFillerAt = (
  category: CategoryId,
  provider: EuProviderId,
  fillerId: string,
  effort: Effort,
  notes: string,
): Equivalent => {
  const filler = gapFillers.find(g => g.id === fillerId);
  if (!filler) throw new Error(`equivalents: unknown gap filler ${fillerId}`);
  const cluster = kubernetes.find(e => e.provider === provider);
  const runtime =
    cluster?.fit === 'direct'
      ? cluster.offering
      : `a Kubernetes cluster you run at ${providerName(provider)}`;
  return {
    category,
    provider,
    offering: `${filler.name} on ${runtime}`,
    fit: 're-architect',
    effort,
    // The team runs it, so a shared interface must not make it direct; a
    // shared format (an OCI image it runs) still makes the move partial.
    interfaces: [],
    formats: filler.formats ?? [],
    terraformResources: [],
    notes: `${providerName(provider)} has no managed offering. ${
      provider === 'otc' ? `${notes} ${OTC_STALE}` : notes
    }`,
    sources: [
      terraformRegistry(EU_TERRAFORM[provider].address),
      SERVICE_MAPPING_EVIDENCE,
      ...filler.sources,
    ],
  };
};

const networkRewrite =
  'Subnets, routes, security groups and NAT are rebuilt in this provider\u2019s network model;';

const networking: Equivalent[] = [
  euOffering({
    category: 'networking',
    provider: 'ionos',
    offering:
      'IONOS virtual data center networking (LANs, IP blocks, NAT Gateway, network security groups, VPN Gateway)',
    fit: 'partial',
    effort: 'M',
    tf: [
      'lan',
      'nic',
      'ipblock',
      'natgateway',
      'natgateway_rule',
      'nsg',
      'nsg_firewallrule',
      'private_crossconnect',
      'vpn_ipsec_gateway',
    ],
    notes: `${networkRewrite} LANs inside a virtual data center take the place of VPCs and subnets, cross connects the place of peering.`,
  }),
  euOffering({
    category: 'networking',
    provider: 'stackit',
    offering:
      'STACKIT networks, network areas, routing tables, security groups, public IPs and VPN',
    fit: 'partial',
    effort: 'M',
    tf: [
      'network',
      'network_area',
      'network_area_route',
      'routing_table',
      'routing_table_route',
      'network_interface',
      'security_group',
      'security_group_rule',
      'public_ip',
      'vpn_gateway',
      'vpn_connection',
    ],
    notes: `${networkRewrite} network areas connect networks across projects.`,
  }),
  euOffering({
    category: 'networking',
    provider: 'ovhcloud',
    offering:
      'OVHcloud private networks in the vRack, Public Cloud Gateway, floating IPs and security groups',
    fit: 'partial',
    effort: 'M',
    tf: [
      'vrack',
      'cloud_project_network_private',
      'cloud_project_network_private_subnet_v2',
      'cloud_project_gateway',
      'cloud_floating_ip',
      'cloud_security_group',
    ],
    notes: `${networkRewrite} private networks live in the vRack and the gateway provides outbound NAT.`,
  }),
  euOffering({
    category: 'networking',
    provider: 'scaleway',
    offering:
      'Scaleway VPC, Private Networks, Public Gateways, security groups, flexible IPs and Site-to-Site VPN',
    fit: 'partial',
    effort: 'M',
    tf: [
      'vpc',
      'vpc_private_network',
      'vpc_route',
      'vpc_acl',
      'vpc_public_gateway',
      'vpc_public_gateway_ip',
      'instance_security_group',
      'instance_security_group_rules',
      'flexible_ip',
      's2s_vpn_gateway',
    ],
    notes: `${networkRewrite} Public Gateways provide NAT and a bastion.`,
  }),
  euOffering({
    category: 'networking',
    provider: 'otc',
    offering:
      'OTC VPC, subnets, route tables, EIPs, NAT Gateway, security groups, peering, VPC endpoints and flow logs',
    fit: 'partial',
    effort: 'M',
    tf: [
      'vpc_v1',
      'vpc_subnet_v1',
      'vpc_route_table_v1',
      'vpc_eip_v1',
      'nat_gateway_v2',
      'nat_snat_rule_v2',
      'networking_secgroup_v2',
      'networking_secgroup_rule_v2',
      'vpc_peering_connection_v2',
      'vpcep_endpoint_v1',
      'vpc_flow_log_v1',
      'enterprise_vpn_gateway_v5',
    ],
    notes: `${networkRewrite} the building blocks come closest to a one-to-one match of a hyperscaler VPC.`,
  }),
  euOffering({
    category: 'networking',
    provider: 'hetzner',
    offering:
      'Hetzner Cloud networks, subnets, routes, firewalls, primary and floating IPs',
    fit: 'partial',
    effort: 'M',
    tf: [
      'network',
      'network_subnet',
      'network_route',
      'firewall',
      'firewall_attachment',
      'primary_ip',
      'floating_ip',
    ],
    notes: `${networkRewrite} there is no managed NAT gateway, peering or flow log: servers without a public IP reach the internet through a NAT server you run, set as the network route.`,
  }),
  k8s(
    'networking',
    'Kubernetes Services, NetworkPolicies (enforced by the CNI) and Gateway API',
    'partial',
    'M',
    ['kubernetes'],
    'Inside the cluster, Services and NetworkPolicies replace subnets and security groups for workloads; the nodes\u2019 own network still comes from wherever the cluster runs.',
    [
      docs(
        'Kubernetes: network policies',
        'https://kubernetes.io/docs/concepts/services-networking/network-policies/',
      ),
      docs(
        'Kubernetes: Gateway API',
        'https://kubernetes.io/docs/concepts/services-networking/gateway/',
      ),
    ],
  ),
];

const reissue =
  'Certificates from the source CA are not exported with their keys: issue new ones (ACME) or upload your own before moving traffic.';

const certificates: Equivalent[] = [
  euOffering({
    category: 'certificates',
    provider: 'ionos',
    offering: 'IONOS Certificate Manager (uploaded and ACME auto-certificates)',
    fit: 'partial',
    effort: 'S',
    tf: ['certificate', 'auto_certificate', 'auto_certificate_provider'],
    notes: `${reissue} Auto-certificates are issued and renewed through an ACME provider.`,
  }),
  euOffering({
    category: 'certificates',
    provider: 'stackit',
    offering: 'Certificates of the STACKIT Application Load Balancer',
    fit: 'partial',
    effort: 'S',
    tf: ['alb_certificate'],
    notes: `${reissue} Certificates are uploaded to the load balancer; renewal is yours (e.g. cert-manager in SKE).`,
  }),
  euOffering({
    category: 'certificates',
    provider: 'ovhcloud',
    offering: 'SSL certificates of the OVHcloud Load Balancer',
    fit: 'partial',
    effort: 'S',
    tf: ['iploadbalancing_ssl'],
    notes: `${reissue} Certificates are attached to the IP load balancer.`,
  }),
  euOffering({
    category: 'certificates',
    provider: 'scaleway',
    offering:
      'Scaleway Load Balancer certificates (Let\u2019s Encrypt or imported)',
    fit: 'partial',
    effort: 'S',
    tf: ['lb_certificate'],
    notes: `${reissue} The load balancer can request and renew Let\u2019s Encrypt certificates itself.`,
  }),
  euOffering({
    category: 'certificates',
    provider: 'otc',
    offering: 'Certificates of Elastic Load Balancing and WAF',
    fit: 'partial',
    effort: 'S',
    tf: ['lb_certificate_v3', 'waf_certificate_v1'],
    notes: `${reissue} Certificates are uploaded to the load balancer or WAF.`,
  }),
  euOffering({
    category: 'certificates',
    provider: 'hetzner',
    offering:
      'Hetzner Load Balancer certificates (managed Let\u2019s Encrypt or uploaded)',
    fit: 'partial',
    effort: 'S',
    tf: ['managed_certificate', 'uploaded_certificate'],
    notes: `${reissue} Managed certificates need the domain\u2019s DNS hosted at Hetzner.`,
  }),
  k8s(
    'certificates',
    'cert-manager with an ACME issuer or your own CA',
    'partial',
    'S',
    ['kubernetes'],
    `${reissue} cert-manager renews them and stores them as Kubernetes secrets for ingress and gateways.`,
    [docs('cert-manager documentation', 'https://cert-manager.io/docs/')],
  ),
];

const parametersNote =
  'Secure parameters fit a secret store; plain settings belong in the deployment\u2019s configuration, and feature flags need a flag service.';

const appConfiguration: Equivalent[] = [
  gapFillerAt(
    'app-configuration',
    'ionos',
    'flagd',
    'M',
    'Settings move into ConfigMaps, secure values into a secret store through External Secrets.',
  ),
  from('stackit:secrets-manager', {
    category: 'app-configuration',
    fit: 'partial',
    effort: 'M',
    notes: `${parametersNote} Secrets Manager holds the secure ones.`,
  }),
  from('ovhcloud:secret-manager', {
    category: 'app-configuration',
    fit: 'partial',
    effort: 'M',
    notes: `${parametersNote} Secret Manager holds the secure ones.`,
  }),
  from('scaleway:secret-manager', {
    category: 'app-configuration',
    fit: 'partial',
    effort: 'M',
    notes: `${parametersNote} Secret Manager holds versioned values, secure or not.`,
  }),
  gapFillerAt(
    'app-configuration',
    'otc',
    'flagd',
    'M',
    'Settings move into ConfigMaps, secure values into a secret store through External Secrets.',
  ),
  gapFillerAt(
    'app-configuration',
    'hetzner',
    'flagd',
    'M',
    'Settings move into ConfigMaps or files delivered with the deployment, secure values into a secret store.',
  ),
  k8s(
    'app-configuration',
    'ConfigMaps for settings, External Secrets for secure values, flagd for feature flags',
    'partial',
    'M',
    ['kubernetes'],
    'Applications read environment variables or mounted files instead of calling a parameter API; feature flags move to OpenFeature.',
    [
      docs(
        'Kubernetes: ConfigMaps',
        'https://kubernetes.io/docs/concepts/configuration/configmap/',
      ),
      docs('flagd documentation', 'https://flagd.dev/'),
    ],
  ),
];

const backupNote =
  'Recovery points do not move between providers: keep the source backups for their retention period and rebuild the policies here.';

const backup: Equivalent[] = [
  euOffering({
    category: 'backup',
    provider: 'ionos',
    offering: 'IONOS Backup Service (backup units)',
    fit: 'partial',
    effort: 'M',
    tf: ['backup_unit'],
    notes: `${backupNote} Agent-based server backups; databases use their own backups.`,
  }),
  euOffering({
    category: 'backup',
    provider: 'stackit',
    offering: 'STACKIT server backups (schedules per server)',
    fit: 'partial',
    effort: 'M',
    tf: ['server_backup_enable', 'server_backup_schedule'],
    notes: `${backupNote} Covers servers and their volumes; databases use their own backups.`,
  }),
  euOffering({
    category: 'backup',
    provider: 'ovhcloud',
    offering: 'Instance backup workflows and volume backups',
    fit: 'partial',
    effort: 'M',
    tf: ['cloud_project_workflow_backup', 'cloud_project_volume_backup'],
    notes: `${backupNote} Scheduled instance backups and volume backups; databases use their own backups.`,
  }),
  euOffering({
    category: 'backup',
    provider: 'scaleway',
    offering:
      'Volume and instance snapshots you schedule yourself (Velero for Kapsule clusters)',
    fit: 're-architect',
    effort: 'M',
    tf: ['block_snapshot', 'instance_snapshot', 'rdb_database_backup'],
    notes: `${backupNote} There is no central backup service: schedule snapshots and database backups yourself.`,
  }),
  euOffering({
    category: 'backup',
    provider: 'otc',
    offering: 'Cloud Backup and Recovery (vaults and policies)',
    fit: 'partial',
    effort: 'M',
    tf: ['cbr_vault_v3', 'cbr_policy_v3'],
    notes: `${backupNote} Vaults and policies come closest to a hyperscaler backup service.`,
  }),
  euOffering({
    category: 'backup',
    provider: 'hetzner',
    offering: 'Hetzner Cloud server backups and snapshots',
    fit: 'partial',
    effort: 'M',
    tf: ['snapshot'],
    notes: `${backupNote} Backups are switched on per server (the server\u2019s backups option); snapshots are taken on demand.`,
    pages: [
      docs(
        'Hetzner Cloud: backups and snapshots',
        'https://docs.hetzner.com/cloud/servers/backups-snapshots/overview',
      ),
    ],
  }),
  k8s(
    'backup',
    'Velero (cluster resources and volumes to S3-compatible storage)',
    'partial',
    'M',
    ['kubernetes'],
    `${backupNote} Velero covers what runs in the cluster; databases still need consistent dumps or their operator\u2019s backups.`,
    [docs('Velero documentation', 'https://velero.io/docs/')],
  ),
];

const workflowNote =
  'Plain schedules become CronJobs; state machines and orchestrated flows are rewritten for the workflow engine.';

const workflow: Equivalent[] = [
  gapFillerAt('workflow', 'ionos', 'argo-workflows', 'L', workflowNote),
  gapFillerAt('workflow', 'stackit', 'argo-workflows', 'L', workflowNote),
  gapFillerAt('workflow', 'ovhcloud', 'argo-workflows', 'L', workflowNote),
  euOffering({
    category: 'workflow',
    provider: 'scaleway',
    offering:
      'Serverless Jobs and cron triggers of Serverless Functions and Containers',
    fit: 'partial',
    effort: 'M',
    tf: ['job_definition', 'function_cron', 'container_cron'],
    notes:
      'Covers scheduled and batch jobs; state machines (Step Functions, Logic Apps, Workflows) have no managed equivalent and need Argo Workflows or Temporal on Kapsule.',
  }),
  euOffering({
    category: 'workflow',
    provider: 'otc',
    offering:
      'FunctionGraph timer triggers (workflows need Argo Workflows on CCE)',
    fit: 're-architect',
    effort: 'L',
    tf: ['fgs_trigger_v2'],
    notes: `Timer triggers cover plain schedules only. ${workflowNote}`,
  }),
  gapFillerAt('workflow', 'hetzner', 'argo-workflows', 'L', workflowNote),
  {
    // Jobs and workflow steps are containers: images run as they are.
    formats: ['oci-image'],
    ...k8s(
      'workflow',
      'Kubernetes CronJobs and Jobs; Argo Workflows or Temporal for multi-step flows',
      're-architect',
      'L',
      ['kubernetes'],
      workflowNote,
      [
        docs(
          'Kubernetes: CronJob',
          'https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/',
        ),
        docs(
          'Argo Workflows documentation',
          'https://argo-workflows.readthedocs.io/en/latest/',
        ),
      ],
    ),
  },
];

const dataIntegrationNote =
  'Spark code ports with changes to its I/O and catalog; proprietary pipelines (Data Factory, Glue workflows, Firehose) are rewritten as Airflow DAGs or streaming jobs.';

const dataIntegration: Equivalent[] = [
  gapFillerAt(
    'data-integration',
    'ionos',
    'spark-operator',
    'L',
    dataIntegrationNote,
  ),
  gapFillerAt(
    'data-integration',
    'stackit',
    'spark-operator',
    'L',
    dataIntegrationNote,
  ),
  gapFillerAt(
    'data-integration',
    'ovhcloud',
    'spark-operator',
    'L',
    dataIntegrationNote,
  ),
  euOffering({
    category: 'data-integration',
    provider: 'scaleway',
    offering: 'Data Lab for Apache Spark',
    fit: 'partial',
    effort: 'L',
    tf: ['datalab'],
    notes: `Managed Spark with notebooks. ${dataIntegrationNote}`,
  }),
  euOffering({
    category: 'data-integration',
    provider: 'otc',
    offering:
      'MapReduce Service (Hadoop and Spark), Data Replication Service, DIS dump tasks',
    fit: 'partial',
    effort: 'L',
    tf: ['mrs_cluster_v1', 'mrs_job_v1', 'drs_task_v3', 'dis_dump_task_v2'],
    notes: `Clusters and jobs for Spark/Hadoop, database replication and stream delivery. ${dataIntegrationNote}`,
  }),
  gapFillerAt(
    'data-integration',
    'hetzner',
    'spark-operator',
    'L',
    dataIntegrationNote,
  ),
  k8s(
    'data-integration',
    'Apache Spark (Kubeflow Spark Operator) and Apache Airflow',
    're-architect',
    'L',
    ['kubernetes'],
    dataIntegrationNote,
    [
      docs(
        'Kubeflow Spark Operator',
        'https://www.kubeflow.org/docs/components/spark-operator/overview/',
      ),
      docs(
        'Apache Airflow documentation',
        'https://airflow.apache.org/docs/apache-airflow/stable/index.html',
      ),
    ],
  ),
];

const mlNote =
  'Training code in standard frameworks and models in open formats port; SDK calls, pipelines and endpoints of the managed platform are rebuilt.';

const mlPlatform: Equivalent[] = [
  gapFillerAt(
    'ml-platform',
    'ionos',
    'kubeflow',
    'XL',
    `AI Model Hub serves models (see LLM inference) but offers no training, notebooks or model registry. ${mlNote}`,
  ),
  euOffering({
    category: 'ml-platform',
    provider: 'stackit',
    offering: 'STACKIT AI Model Experiments (managed MLflow)',
    fit: 'partial',
    effort: 'L',
    tf: ['modelexperiments_instance', 'modelexperiments_token'],
    notes: `Experiment tracking and model registry through the MLflow API; training runs on SKE or servers. ${mlNote}`,
    pages: [
      docs(
        'STACKIT: architecture of AI Model Experiments',
        'https://docs.stackit.cloud/products/data-and-ai/ai-model-experiments/basics/architecture',
      ),
    ],
  }),
  euOffering({
    category: 'ml-platform',
    provider: 'ovhcloud',
    offering: 'OVHcloud AI Notebooks and AI Training',
    fit: 'partial',
    effort: 'L',
    tf: [],
    notes: `Managed Jupyter/VS Code notebooks and training jobs on CPU or GPU, data synchronised with Object Storage; not provisionable with Terraform (ovhai CLI or API). ${mlNote}`,
    pages: [
      docs(
        'OVHcloud: AI Notebooks, notebook concept',
        'https://support.us.ovhcloud.com/hc/en-us/articles/35073783456659-AI-Notebooks-Notebook-concept',
      ),
    ],
  }),
  gapFillerAt(
    'ml-platform',
    'scaleway',
    'kubeflow',
    'XL',
    `Managed Inference serves models (see LLM inference) and GPU instances run training you operate. ${mlNote}`,
  ),
  gapFillerAt('ml-platform', 'otc', 'kubeflow', 'XL', mlNote),
  gapFillerAt('ml-platform', 'hetzner', 'kubeflow', 'XL', mlNote),
  k8s(
    'ml-platform',
    'Kubeflow (pipelines, notebooks, training operators, KServe) or MLflow with Kubernetes Jobs',
    're-architect',
    'XL',
    ['kubernetes'],
    mlNote,
    [
      docs(
        'Kubeflow: introduction',
        'https://www.kubeflow.org/docs/started/introduction/',
      ),
      docs('MLflow documentation', 'https://mlflow.org/docs/latest/index.html'),
    ],
  ),
];

const postureNote =
  'Threat detection, posture scoring and policy guardrails (GuardDuty, Security Hub, Config, Defender, Azure Policy, Security Command Center) have no managed equivalent: run Falco, Trivy Operator and Kyverno in the cluster and check IaC in CI. Archive the source audit logs for their retention period.';

const securityPosture: Equivalent[] = [
  euOffering({
    category: 'security-posture',
    provider: 'ionos',
    offering:
      'IONOS Activity Log (audit of actions per contract, read-only API)',
    fit: 'partial',
    effort: 'M',
    tf: [],
    notes: `An audit trail of control-plane actions. ${postureNote}`,
    pages: [
      docs(
        'IONOS Cloud: Activity Logs overview',
        'https://docs.ionos.com/cloud/observability/activity-logs/overview',
      ),
    ],
  }),
  euOffering({
    category: 'security-posture',
    provider: 'stackit',
    offering: 'STACKIT Audit Log',
    fit: 'partial',
    effort: 'M',
    tf: [],
    notes: `Always-on audit events of organisations, folders and projects, kept for 90 days and routable through the Telemetry Router. ${postureNote}`,
    pages: [
      docs(
        'STACKIT: understand the Audit Log',
        'https://docs.stackit.cloud/platform/audit-log',
      ),
    ],
  }),
  gapFillerAt('security-posture', 'ovhcloud', 'falco', 'M', postureNote),
  euOffering({
    category: 'security-posture',
    provider: 'scaleway',
    offering: 'Scaleway Audit Trail',
    fit: 'partial',
    effort: 'M',
    tf: [],
    notes: `Records API actions on the Organization\u2019s resources and exports them to Object Storage. ${postureNote}`,
    pages: [
      docs(
        'Scaleway: Audit Trail concepts',
        'https://www.scaleway.com/en/docs/audit-trail/concepts/',
      ),
    ],
  }),
  euOffering({
    category: 'security-posture',
    provider: 'otc',
    offering: 'Cloud Trace Service (trackers and event notifications)',
    fit: 'partial',
    effort: 'M',
    tf: ['cts_tracker_v3', 'cts_event_notification_v3'],
    notes: `The counterpart of a cloud audit trail. ${postureNote}`,
  }),
  gapFillerAt('security-posture', 'hetzner', 'falco', 'M', postureNote),
  k8s(
    'security-posture',
    'Kubernetes audit logging with Falco, Trivy Operator and Kyverno',
    're-architect',
    'M',
    ['kubernetes'],
    postureNote,
    [
      docs(
        'Kubernetes: auditing',
        'https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/',
      ),
      docs('Falco documentation', 'https://falco.org/docs/'),
      docs('Kyverno documentation', 'https://kyverno.io/docs/'),
    ],
  ),
];

export const equivalents: Equivalent[] = [
  ...compute,
  ...autoscaling,
  ...kubernetes,
  ...containerPlatform,
  ...functions,
  ...objectStorage,
  ...blockStorage,
  ...fileStorage,
  ...postgresql,
  ...mysql,
  ...sqlServer,
  ...documentDb,
  ...cache,
  ...queue,
  ...pubsub,
  ...streaming,
  ...secrets,
  ...kms,
  ...managedIdentity,
  ...registry,
  ...logging,
  ...metrics,
  ...tracing,
  ...cdn,
  ...dns,
  ...loadBalancer,
  ...waf,
  ...apiGateway,
  ...search,
  ...llm,
  ...iac,
  ...resourceGrouping,
  ...dataWarehouse,
  ...email,
  ...ciCd,
  ...networking,
  ...certificates,
  ...appConfiguration,
  ...backup,
  ...workflow,
  ...dataIntegration,
  ...mlPlatform,
  ...securityPosture,
];
