import type {
  CategoryId,
  Effort,
  Equivalent,
  Fit,
  ServiceId,
  Source,
  TargetProviderId,
} from './types';
import { euServices } from './services/eu';
import {
  CNCF_CONFORMANCE,
  DOMAIN_REPORT,
  KUBERNETES_DOCS,
  SERVICE_MAPPING_EVIDENCE,
  docs,
  terraformRegistry,
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
    effort: 'M',
    notes:
      'Redis compatibility is unverified in our evidence: test commands and client libraries before relying on it.',
    extraSources: [SERVICE_MAPPING_EVIDENCE],
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
      'No Terraform resource in mid-2026 and not confirmed by our evidence: verify availability in your organisation before planning on it.',
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
  from('scaleway:managed-inference', {
    fit: 'partial',
    effort: 'M',
    notes: llmNote,
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
];
