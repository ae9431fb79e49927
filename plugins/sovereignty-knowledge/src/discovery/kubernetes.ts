import type { Source } from '../types';
import { docs } from '../sources';
import type {
  DiscoveryTarget,
  KubernetesSignalKind,
  KubernetesSignalRule,
} from './types';

/*
 * What in a Kubernetes manifest, Helm chart or kustomization ties it to a
 * cloud: annotations read by a cloud's controllers, storage provisioners,
 * ingress and gateway classes, secret-store providers, image registries and
 * the API groups of the operators that create cloud resources.
 *
 * Value conventions the kubernetes detector relies on:
 * - `annotation` covers annotation and label keys, and the label keys of a
 *   `nodeSelector` (node labels only a managed cluster sets).
 * - `secret-store-provider`: External Secrets keys under `spec.provider`
 *   (`azurekv`, `gcpsm`, `vault`, `aws`), `aws/<service>` for the AWS
 *   provider's `service` field, and `csi/<provider>` for a Secrets Store CSI
 *   `SecretProviderClass`.
 * - `image-registry`: the registry host of an image reference; a host with
 *   its first path segment (`gcr.io/distroless`) is tried first, so public
 *   image projects on a cloud registry can be told apart; then the host;
 *   then the host without its first label (the account in
 *   `<account>.dkr.ecr.<region>.amazonaws.com`).
 * - `api-group`: `group/kind`, then `group`, lower case. Database kinds are
 *   tried with their engine first, `group/kind:<engine>` (from
 *   `spec.engine` or `spec.databaseVersion`).
 *
 * Storage class names (`gp2`, `managed-csi`, `standard-rwo`) are left out on
 * purpose: they are names any cluster can define, the built-in ones are
 * routinely recreated elsewhere to keep charts working, and a report has no
 * way to mark evidence as weak, so every false match would become a finding
 * a team has to silence. The StorageClass's provisioner is the reliable
 * signal and is matched instead.
 */

const rule = (
  kind: KubernetesSignalKind,
  match: KubernetesSignalRule['match'],
  value: string,
  target: DiscoveryTarget,
  sources: Source[],
  reason?: string,
): KubernetesSignalRule => ({
  kind,
  match,
  value,
  target,
  sources,
  ...(reason ? { reason } : {}),
});

// Sources -------------------------------------------------------------------

const AWS_LBC_SERVICE = docs(
  'AWS Load Balancer Controller: Service annotations',
  'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/',
);
const AWS_LBC_INGRESS = docs(
  'AWS Load Balancer Controller: Ingress annotations',
  'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/',
);
const AWS_LBC_INGRESS_CLASS = docs(
  'AWS Load Balancer Controller: IngressClass',
  'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/ingress_class/',
);
const AWS_LBC_TARGET_GROUP_BINDING = docs(
  'AWS Load Balancer Controller: TargetGroupBinding',
  'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/targetgroupbinding/targetgroupbinding/',
);
const EKS_IRSA = docs(
  'Amazon EKS: IAM roles for service accounts',
  'https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html',
);
const EKS_NODE_GROUPS = docs(
  'Amazon EKS: managed node groups (node labels)',
  'https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html',
);
const EKS_EBS_CSI = docs(
  'Amazon EKS: Amazon EBS CSI driver',
  'https://docs.aws.amazon.com/eks/latest/userguide/ebs-csi.html',
);
const EKS_EFS_CSI = docs(
  'Amazon EKS: Amazon EFS CSI driver',
  'https://docs.aws.amazon.com/eks/latest/userguide/efs-csi.html',
);
const KUBERNETES_STORAGE_CLASSES = docs(
  'Kubernetes: storage classes (provisioners)',
  'https://kubernetes.io/docs/concepts/storage/storage-classes/',
);
const KARPENTER_NODE_CLASSES = docs(
  'Karpenter: NodeClasses (EC2NodeClass)',
  'https://karpenter.sh/docs/concepts/nodeclasses/',
);

const AKS_LOAD_BALANCER = docs(
  'AKS: use a public standard load balancer (service annotations)',
  'https://learn.microsoft.com/en-us/azure/aks/load-balancer-standard',
);
const AGIC_ANNOTATIONS = docs(
  'Application Gateway Ingress Controller: annotations',
  'https://learn.microsoft.com/en-us/azure/application-gateway/ingress-controller-annotations',
);
const AGIC_INGRESS_CLASS = docs(
  'Application Gateway Ingress Controller: expose an AKS service over HTTP or HTTPS (ingress class)',
  'https://learn.microsoft.com/en-us/azure/application-gateway/ingress-controller-expose-service-over-http-https',
);
const AGC_GATEWAY = docs(
  'Application Gateway for Containers: Gateway API (gateway class azure-alb-external)',
  'https://learn.microsoft.com/en-us/azure/application-gateway/for-containers/quickstart-deploy-application-gateway-for-containers-alb-controller',
);
const AKS_APP_ROUTING = docs(
  'AKS: managed NGINX ingress with the application routing add-on',
  'https://learn.microsoft.com/en-us/azure/aks/app-routing',
);
const AZURE_WORKLOAD_IDENTITY = docs(
  'Azure AD Workload Identity: service account labels and annotations',
  'https://azure.github.io/azure-workload-identity/docs/topics/service-account-labels-and-annotations.html',
);
const AKS_NODE_LABELS = docs(
  'AKS: labels in an AKS cluster (reserved kubernetes.azure.com labels)',
  'https://learn.microsoft.com/en-us/azure/aks/use-labels',
);
const AKS_DISK_CSI = docs(
  'AKS: Azure Disk CSI driver',
  'https://learn.microsoft.com/en-us/azure/aks/azure-disk-csi',
);
const AKS_FILES_CSI = docs(
  'AKS: Azure Files CSI driver',
  'https://learn.microsoft.com/en-us/azure/aks/azure-files-csi',
);
const AKS_BLOB_CSI = docs(
  'AKS: Azure Blob storage CSI driver',
  'https://learn.microsoft.com/en-us/azure/aks/azure-blob-csi',
);
const AKS_KEY_VAULT_CSI = docs(
  'AKS: Azure Key Vault provider for Secrets Store CSI Driver',
  'https://learn.microsoft.com/en-us/azure/aks/csi-secrets-store-driver',
);

const GKE_LB_PARAMETERS = docs(
  'GKE: LoadBalancer Service parameters (annotations)',
  'https://cloud.google.com/kubernetes-engine/docs/concepts/service-load-balancer-parameters',
);
const GKE_NEG = docs(
  'GKE: container-native load balancing through standalone NEGs',
  'https://cloud.google.com/kubernetes-engine/docs/how-to/standalone-neg',
);
const GKE_INGRESS_CONFIGURATION = docs(
  'GKE: Ingress configuration (BackendConfig, FrontendConfig)',
  'https://cloud.google.com/kubernetes-engine/docs/how-to/ingress-configuration',
);
const GKE_INGRESS = docs(
  'GKE: Ingress for external and internal Application Load Balancers (ingress classes gce, gce-internal)',
  'https://cloud.google.com/kubernetes-engine/docs/concepts/ingress',
);
const GKE_GATEWAY_CLASSES = docs(
  'GKE: Gateway API gateway classes',
  'https://cloud.google.com/kubernetes-engine/docs/concepts/gateway-api',
);
const GKE_WORKLOAD_IDENTITY = docs(
  'GKE: Workload Identity Federation for GKE',
  'https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity',
);
const GKE_NODE_LABELS = docs(
  'GKE: node labels set by GKE (cloud.google.com/gke-nodepool and others)',
  'https://cloud.google.com/kubernetes-engine/docs/how-to/creating-managing-labels',
);
const GKE_PD_CSI = docs(
  'GKE: Compute Engine persistent disk CSI driver',
  'https://cloud.google.com/kubernetes-engine/docs/how-to/persistent-volumes/gce-pd-csi-driver',
);
const GKE_FILESTORE_CSI = docs(
  'GKE: Filestore CSI driver',
  'https://cloud.google.com/filestore/docs/csi-driver',
);
const GKE_GCSFUSE_CSI = docs(
  'GKE: Cloud Storage FUSE CSI driver',
  'https://cloud.google.com/kubernetes-engine/docs/how-to/persistent-volumes/cloud-storage-fuse-csi-driver',
);
const GKE_SECRET_MANAGER_CSI = docs(
  'Google Secret Manager provider for the Secrets Store CSI Driver',
  'https://github.com/GoogleCloudPlatform/secrets-store-csi-driver-provider-gcp',
);
const AWS_SECRETS_CSI = docs(
  'AWS Secrets Manager: ASCP for the Secrets Store CSI Driver',
  'https://docs.aws.amazon.com/secretsmanager/latest/userguide/integrating_csi_driver.html',
);

const eso = (page: string, title: string) =>
  docs(
    `External Secrets Operator: ${title} provider`,
    `https://external-secrets.io/latest/provider/${page}/`,
  );
const SECRETS_STORE_CSI_PROVIDERS = docs(
  'Secrets Store CSI Driver: providers',
  'https://secrets-store-csi-driver.sigs.k8s.io/providers',
);

const ACR_NAMES = docs(
  'Azure Container Registry: login server name (<registry>.azurecr.io)',
  'https://learn.microsoft.com/en-us/azure/container-registry/container-registry-get-started-portal',
);
const ECR_REGISTRIES = docs(
  'Amazon ECR: private registry URL (<account>.dkr.ecr.<region>.amazonaws.com)',
  'https://docs.aws.amazon.com/AmazonECR/latest/userguide/Registries.html',
);
const ECR_PUBLIC = docs(
  'Amazon ECR Public: public registries',
  'https://docs.aws.amazon.com/AmazonECR/latest/public/public-registries.html',
);
const ARTIFACT_REGISTRY_NAMES = docs(
  'Artifact Registry: Docker repository and image names (<location>-docker.pkg.dev)',
  'https://cloud.google.com/artifact-registry/docs/docker/names',
);
const GCR_TRANSITION = docs(
  'Artifact Registry: gcr.io repositories (Container Registry hosts served by Artifact Registry)',
  'https://cloud.google.com/artifact-registry/docs/transition/gcr-repositories',
);
const K8S_GCR_FREEZE = docs(
  'Kubernetes blog: k8s.gcr.io image registry frozen, moved to registry.k8s.io',
  'https://kubernetes.io/blog/2023/02/06/k8s-gcr-io-freeze-announcement/',
);
const DISTROLESS = docs(
  'GoogleContainerTools/distroless: public base images on gcr.io/distroless',
  'https://github.com/GoogleContainerTools/distroless',
);

const ACK_SOURCES = [
  docs(
    'AWS Controllers for Kubernetes: concepts (apiVersion <service>.services.k8s.aws)',
    'https://aws-controllers-k8s.github.io/docs/concepts',
  ),
  docs(
    'AWS Controllers for Kubernetes: services',
    'https://aws-controllers-k8s.github.io/community/docs/community/services',
  ),
];
const aso = (group: string) =>
  docs(
    `Azure Service Operator v2: ${group}.azure.com supported resources`,
    `https://azure.github.io/azure-service-operator/reference/${group}/`,
  );
const CONFIG_CONNECTOR_RESOURCES = docs(
  'Config Connector resources (API groups <service>.cnrm.cloud.google.com)',
  'https://cloud.google.com/config-connector/docs/reference/overview',
);

// Rules ---------------------------------------------------------------------

const annotations: KubernetesSignalRule[] = [
  rule(
    'annotation',
    'prefix',
    'service.beta.kubernetes.io/aws-load-balancer-',
    'aws:elb',
    [AWS_LBC_SERVICE],
  ),
  rule('annotation', 'prefix', 'alb.ingress.kubernetes.io/', 'aws:elb', [
    AWS_LBC_INGRESS,
  ]),
  rule(
    'annotation',
    'exact',
    'alb.ingress.kubernetes.io/certificate-arn',
    'aws:acm',
    [AWS_LBC_INGRESS],
  ),
  rule(
    'annotation',
    'exact',
    'service.beta.kubernetes.io/aws-load-balancer-ssl-cert',
    'aws:acm',
    [AWS_LBC_SERVICE],
  ),
  rule('annotation', 'exact', 'eks.amazonaws.com/role-arn', 'aws:iam-roles', [
    EKS_IRSA,
  ]),
  rule('annotation', 'exact', 'eks.amazonaws.com/audience', 'aws:iam-roles', [
    EKS_IRSA,
  ]),
  rule(
    'annotation',
    'exact',
    'eks.amazonaws.com/sts-regional-endpoints',
    'aws:iam-roles',
    [EKS_IRSA],
  ),
  rule(
    'annotation',
    'exact',
    'eks.amazonaws.com/token-expiration',
    'aws:iam-roles',
    [EKS_IRSA],
  ),
  // Node labels EKS managed node groups set (nodegroup, capacityType).
  rule('annotation', 'prefix', 'eks.amazonaws.com/', 'aws:eks', [
    EKS_NODE_GROUPS,
  ]),
  rule(
    'annotation',
    'prefix',
    'service.beta.kubernetes.io/azure-',
    'azure:load-balancer',
    [AKS_LOAD_BALANCER],
  ),
  rule(
    'annotation',
    'prefix',
    'appgw.ingress.kubernetes.io/',
    'azure:application-gateway',
    [AGIC_ANNOTATIONS],
  ),
  // Annotation client-id/tenant-id on the ServiceAccount, label `use` on the pod.
  rule(
    'annotation',
    'prefix',
    'azure.workload.identity/',
    'azure:managed-identity',
    [AZURE_WORKLOAD_IDENTITY],
  ),
  rule('annotation', 'prefix', 'kubernetes.azure.com/', 'azure:aks', [
    AKS_NODE_LABELS,
  ]),
  rule(
    'annotation',
    'exact',
    'cloud.google.com/load-balancer-type',
    'gcp:cloud-load-balancing',
    [GKE_LB_PARAMETERS],
  ),
  rule(
    'annotation',
    'prefix',
    'networking.gke.io/',
    'gcp:cloud-load-balancing',
    [GKE_LB_PARAMETERS, GKE_INGRESS_CONFIGURATION],
  ),
  rule(
    'annotation',
    'exact',
    'cloud.google.com/neg',
    'gcp:cloud-load-balancing',
    [GKE_NEG],
  ),
  rule(
    'annotation',
    'exact',
    'cloud.google.com/backend-config',
    'gcp:cloud-load-balancing',
    [GKE_INGRESS_CONFIGURATION],
  ),
  rule(
    'annotation',
    'exact',
    'iam.gke.io/gcp-service-account',
    'gcp:service-accounts',
    [GKE_WORKLOAD_IDENTITY],
  ),
  rule('annotation', 'prefix', 'cloud.google.com/gke-', 'gcp:gke', [
    GKE_NODE_LABELS,
  ]),
];

const storageProvisioners: KubernetesSignalRule[] = [
  rule('storage-provisioner', 'exact', 'ebs.csi.aws.com', 'aws:ebs', [
    EKS_EBS_CSI,
  ]),
  rule('storage-provisioner', 'exact', 'kubernetes.io/aws-ebs', 'aws:ebs', [
    KUBERNETES_STORAGE_CLASSES,
  ]),
  rule('storage-provisioner', 'exact', 'efs.csi.aws.com', 'aws:efs', [
    EKS_EFS_CSI,
  ]),
  rule(
    'storage-provisioner',
    'exact',
    'disk.csi.azure.com',
    'azure:managed-disks',
    [AKS_DISK_CSI],
  ),
  rule(
    'storage-provisioner',
    'exact',
    'kubernetes.io/azure-disk',
    'azure:managed-disks',
    [KUBERNETES_STORAGE_CLASSES],
  ),
  rule('storage-provisioner', 'exact', 'file.csi.azure.com', 'azure:files', [
    AKS_FILES_CSI,
  ]),
  rule(
    'storage-provisioner',
    'exact',
    'kubernetes.io/azure-file',
    'azure:files',
    [KUBERNETES_STORAGE_CLASSES],
  ),
  rule(
    'storage-provisioner',
    'exact',
    'blob.csi.azure.com',
    'azure:blob-storage',
    [AKS_BLOB_CSI],
  ),
  rule(
    'storage-provisioner',
    'exact',
    'pd.csi.storage.gke.io',
    'gcp:persistent-disk',
    [GKE_PD_CSI],
  ),
  rule(
    'storage-provisioner',
    'exact',
    'kubernetes.io/gce-pd',
    'gcp:persistent-disk',
    [KUBERNETES_STORAGE_CLASSES],
  ),
  rule(
    'storage-provisioner',
    'exact',
    'filestore.csi.storage.gke.io',
    'gcp:filestore',
    [GKE_FILESTORE_CSI],
  ),
  rule(
    'storage-provisioner',
    'exact',
    'gcsfuse.csi.storage.gke.io',
    'gcp:cloud-storage',
    [GKE_GCSFUSE_CSI],
  ),
];

const ingressClasses: KubernetesSignalRule[] = [
  rule('ingress-class', 'exact', 'alb', 'aws:elb', [AWS_LBC_INGRESS_CLASS]),
  rule('ingress-class', 'exact', 'ingress.k8s.aws/alb', 'aws:elb', [
    AWS_LBC_INGRESS_CLASS,
  ]),
  rule(
    'ingress-class',
    'exact',
    'azure-application-gateway',
    'azure:application-gateway',
    [AGIC_INGRESS_CLASS],
  ),
  rule(
    'ingress-class',
    'exact',
    'azure/application-gateway',
    'azure:application-gateway',
    [AGIC_INGRESS_CLASS],
  ),
  rule('ingress-class', 'prefix', 'azure-alb-', 'azure:application-gateway', [
    AGC_GATEWAY,
  ]),
  rule(
    'ingress-class',
    'exact',
    'alb.networking.azure.io/alb-controller',
    'azure:application-gateway',
    [AGC_GATEWAY],
  ),
  rule(
    'ingress-class',
    'prefix',
    'webapprouting.kubernetes.azure.com',
    'azure:aks',
    [AKS_APP_ROUTING],
    'The application routing add-on runs a managed NGINX that exists only on AKS.',
  ),
  rule('ingress-class', 'exact', 'gce', 'gcp:cloud-load-balancing', [
    GKE_INGRESS,
  ]),
  rule('ingress-class', 'exact', 'gce-internal', 'gcp:cloud-load-balancing', [
    GKE_INGRESS,
  ]),
  rule('ingress-class', 'prefix', 'gke-l7-', 'gcp:cloud-load-balancing', [
    GKE_GATEWAY_CLASSES,
  ]),
  rule(
    'ingress-class',
    'exact',
    'networking.gke.io/gateway',
    'gcp:cloud-load-balancing',
    [GKE_GATEWAY_CLASSES],
  ),
];

const secretStoreProviders: KubernetesSignalRule[] = [
  rule(
    'secret-store-provider',
    'exact',
    'aws/secretsmanager',
    'aws:secrets-manager',
    [eso('aws-secrets-manager', 'AWS Secrets Manager')],
  ),
  rule(
    'secret-store-provider',
    'exact',
    'aws/parameterstore',
    'aws:ssm-parameter-store',
    [eso('aws-parameter-store', 'AWS Parameter Store')],
  ),
  // The AWS provider's `service` defaults to Secrets Manager when left out.
  rule('secret-store-provider', 'exact', 'aws', 'aws:secrets-manager', [
    eso('aws-secrets-manager', 'AWS Secrets Manager'),
  ]),
  rule('secret-store-provider', 'exact', 'azurekv', 'azure:key-vault', [
    eso('azure-key-vault', 'Azure Key Vault'),
  ]),
  rule('secret-store-provider', 'exact', 'gcpsm', 'gcp:secret-manager', [
    eso('google-secrets-manager', 'Google Cloud Secret Manager'),
  ]),
  rule(
    'secret-store-provider',
    'exact',
    'vault',
    'kubernetes:openbao',
    [eso('hashicorp-vault', 'HashiCorp Vault')],
    'The vault provider speaks the Vault API, which OpenBao implements; kubernetes:openbao stands for both.',
  ),
  rule('secret-store-provider', 'exact', 'csi/azure', 'azure:key-vault', [
    AKS_KEY_VAULT_CSI,
    SECRETS_STORE_CSI_PROVIDERS,
  ]),
  rule('secret-store-provider', 'exact', 'csi/aws', 'aws:secrets-manager', [
    AWS_SECRETS_CSI,
    SECRETS_STORE_CSI_PROVIDERS,
  ]),
  rule('secret-store-provider', 'exact', 'csi/gcp', 'gcp:secret-manager', [
    GKE_SECRET_MANAGER_CSI,
    SECRETS_STORE_CSI_PROVIDERS,
  ]),
  rule(
    'secret-store-provider',
    'exact',
    'csi/vault',
    'kubernetes:openbao',
    [SECRETS_STORE_CSI_PROVIDERS],
    'The Vault CSI provider speaks the Vault API, which OpenBao implements.',
  ),
];

const imageRegistries: KubernetesSignalRule[] = [
  rule('image-registry', 'suffix', '.azurecr.io', 'azure:container-registry', [
    ACR_NAMES,
  ]),
  // `<account>.dkr.ecr.<region>.amazonaws.com`, matched without the account
  // label (see above) so S3 or other amazonaws.com hosts never match; the
  // detector reads the region.
  rule('image-registry', 'prefix', 'dkr.ecr.', 'aws:ecr', [ECR_REGISTRIES]),
  rule(
    'image-registry',
    'exact',
    'public.ecr.aws',
    'neutral',
    [ECR_PUBLIC],
    'ECR Public serves public images anyone pulls without an AWS account; pulling them is not a dependency of the entity on AWS.',
  ),
  // `<location>-docker.pkg.dev`, regional (europe-west3) or multi-regional (europe).
  rule('image-registry', 'suffix', '-docker.pkg.dev', 'gcp:artifact-registry', [
    ARTIFACT_REGISTRY_NAMES,
  ]),
  rule('image-registry', 'exact', 'gcr.io', 'gcp:artifact-registry', [
    GCR_TRANSITION,
  ]),
  rule('image-registry', 'suffix', '.gcr.io', 'gcp:artifact-registry', [
    GCR_TRANSITION,
  ]),
  rule(
    'image-registry',
    'exact',
    'k8s.gcr.io',
    'neutral',
    [K8S_GCR_FREEZE],
    'The Kubernetes project’s old public registry, not a registry of the entity’s own.',
  ),
  rule(
    'image-registry',
    'exact',
    'gcr.io/distroless',
    'neutral',
    [DISTROLESS],
    'Public distroless base images, pulled without a Google Cloud project.',
  ),
];

const ackGroup = (service: string, target: DiscoveryTarget) =>
  rule(
    'api-group',
    'exact',
    `${service}.services.k8s.aws`,
    target,
    ACK_SOURCES,
  );

const asoGroup = (group: string, target: DiscoveryTarget) =>
  rule('api-group', 'exact', `${group}.azure.com`, target, [aso(group)]);
const asoKind = (
  group: string,
  match: 'exact' | 'prefix',
  kind: string,
  target: DiscoveryTarget,
) =>
  rule('api-group', match, `${group}.azure.com/${kind}`, target, [aso(group)]);

const kccGroup = (service: string, target: DiscoveryTarget) =>
  rule('api-group', 'exact', `${service}.cnrm.cloud.google.com`, target, [
    CONFIG_CONNECTOR_RESOURCES,
  ]);
const kccKind = (
  service: string,
  match: 'exact' | 'prefix',
  kind: string,
  target: DiscoveryTarget,
) =>
  rule('api-group', match, `${service}.cnrm.cloud.google.com/${kind}`, target, [
    CONFIG_CONNECTOR_RESOURCES,
  ]);

const apiGroups: KubernetesSignalRule[] = [
  // Controllers that bind Kubernetes objects to cloud load balancers and nodes.
  rule('api-group', 'exact', 'elbv2.k8s.aws/targetgroupbinding', 'aws:elb', [
    AWS_LBC_TARGET_GROUP_BINDING,
  ]),
  rule('api-group', 'exact', 'elbv2.k8s.aws/ingressclassparams', 'aws:elb', [
    AWS_LBC_INGRESS_CLASS,
  ]),
  rule('api-group', 'exact', 'karpenter.k8s.aws/ec2nodeclass', 'aws:ec2', [
    KARPENTER_NODE_CLASSES,
  ]),
  rule(
    'api-group',
    'exact',
    'approuting.kubernetes.azure.com',
    'azure:aks',
    [AKS_APP_ROUTING],
    'NginxIngressController objects of the AKS application routing add-on.',
  ),
  rule(
    'api-group',
    'exact',
    'cloud.google.com/backendconfig',
    'gcp:cloud-load-balancing',
    [GKE_INGRESS_CONFIGURATION],
  ),
  rule(
    'api-group',
    'exact',
    'networking.gke.io/frontendconfig',
    'gcp:cloud-load-balancing',
    [GKE_INGRESS_CONFIGURATION],
  ),

  // AWS Controllers for Kubernetes: one API group per AWS service.
  ackGroup('s3', 'aws:s3'),
  ackGroup('dynamodb', 'aws:dynamodb'),
  ackGroup('sqs', 'aws:sqs'),
  ackGroup('sns', 'aws:sns'),
  ackGroup('elasticache', 'aws:elasticache'),
  ackGroup('ecr', 'aws:ecr'),
  ackGroup('lambda', 'aws:lambda'),
  ackGroup('secretsmanager', 'aws:secrets-manager'),
  ackGroup('kms', 'aws:kms'),
  ackGroup('iam', 'aws:iam-roles'),
  ackGroup('eks', 'aws:eks'),
  ackGroup('ec2', 'aws:ec2'),
  ackGroup('ecs', 'aws:ecs'),
  ackGroup('efs', 'aws:efs'),
  ackGroup('apigatewayv2', 'aws:api-gateway'),
  ackGroup('apigateway', 'aws:api-gateway'),
  ackGroup('route53', 'aws:route53'),
  ackGroup('cloudfront', 'aws:cloudfront'),
  ackGroup('kafka', 'aws:msk'),
  ackGroup('mq', 'aws:mq'),
  ackGroup('kinesis', 'aws:kinesis'),
  ackGroup('eventbridge', 'aws:eventbridge'),
  ackGroup('opensearchservice', 'aws:opensearch'),
  ackGroup('cloudwatchlogs', 'aws:cloudwatch-logs'),
  ackGroup('cloudwatch', 'aws:cloudwatch'),
  ackGroup('prometheusservice', 'aws:managed-prometheus'),
  ackGroup('wafv2', 'aws:waf'),
  ackGroup('documentdb', 'aws:documentdb'),
  ackGroup('cognitoidentityprovider', 'aws:cognito'),
  ackGroup('elbv2', 'aws:elb'),
  ackGroup('organizations', 'aws:organizations'),
  ackGroup('acm', 'aws:acm'),
  ackGroup('sfn', 'aws:step-functions'),
  ackGroup('memorydb', 'aws:memorydb'),
  ackGroup('sagemaker', 'aws:sagemaker'),
  ackGroup('glue', 'aws:glue'),
  ackGroup('athena', 'aws:athena'),
  ackGroup('emrcontainers', 'aws:emr'),
  // RDS: one API for every engine, decided by `spec.engine`.
  rule(
    'api-group',
    'prefix',
    'rds.services.k8s.aws/dbinstance:postgres',
    'aws:rds-postgresql',
    ACK_SOURCES,
  ),
  rule(
    'api-group',
    'prefix',
    'rds.services.k8s.aws/dbinstance:mysql',
    'aws:rds-mysql',
    ACK_SOURCES,
  ),
  rule(
    'api-group',
    'prefix',
    'rds.services.k8s.aws/dbinstance:mariadb',
    'aws:rds-mysql',
    ACK_SOURCES,
  ),
  rule(
    'api-group',
    'prefix',
    'rds.services.k8s.aws/dbinstance:sqlserver',
    'aws:rds-sqlserver',
    ACK_SOURCES,
  ),
  rule(
    'api-group',
    'prefix',
    'rds.services.k8s.aws/dbinstance:aurora',
    'aws:aurora',
    ACK_SOURCES,
  ),
  rule(
    'api-group',
    'exact',
    'rds.services.k8s.aws/dbcluster',
    'aws:aurora',
    ACK_SOURCES,
  ),
  rule(
    'api-group',
    'prefix',
    'rds.services.k8s.aws/dbcluster:',
    'aws:aurora',
    ACK_SOURCES,
  ),
  rule(
    'api-group',
    'exact',
    'rds.services.k8s.aws',
    'neutral',
    ACK_SOURCES,
    'Subnet and parameter groups; the database itself is the DBInstance or DBCluster.',
  ),

  // Azure Service Operator v2: groups named after the ARM namespaces.
  asoKind('cache', 'prefix', 'redisenterprise', 'azure:managed-redis'),
  asoGroup('cache', 'azure:cache-for-redis'),
  asoGroup('dbforpostgresql', 'azure:postgresql-flexible-server'),
  asoGroup('dbformysql', 'azure:mysql-flexible-server'),
  asoGroup('sql', 'azure:sql-database'),
  asoKind('documentdb', 'prefix', 'mongodb', 'azure:cosmos-db-mongodb'),
  asoGroup('documentdb', 'azure:cosmos-db'),
  asoGroup('servicebus', 'azure:service-bus'),
  asoGroup('eventhub', 'azure:event-hubs'),
  asoGroup('eventgrid', 'azure:event-grid'),
  asoGroup('keyvault', 'azure:key-vault'),
  asoKind('storage', 'prefix', 'storageaccountsfileservice', 'azure:files'),
  asoKind(
    'storage',
    'prefix',
    'storageaccountstableservice',
    'azure:table-storage',
  ),
  asoKind(
    'storage',
    'prefix',
    'storageaccountsqueueservice',
    'azure:storage-queues',
  ),
  asoGroup('storage', 'azure:blob-storage'),
  asoGroup('containerservice', 'azure:aks'),
  asoGroup('containerregistry', 'azure:container-registry'),
  asoGroup('managedidentity', 'azure:managed-identity'),
  asoGroup('authorization', 'azure:managed-identity'),
  asoGroup('resources', 'azure:resource-groups'),
  asoKind('insights', 'exact', 'component', 'azure:application-insights'),
  asoGroup('insights', 'azure:monitor'),
  asoGroup('operationalinsights', 'azure:log-analytics'),
  asoKind('network', 'prefix', 'loadbalancer', 'azure:load-balancer'),
  asoKind(
    'network',
    'prefix',
    'applicationgateway',
    'azure:application-gateway',
  ),
  asoKind('network', 'prefix', 'dnszone', 'azure:dns'),
  asoKind('network', 'prefix', 'privatednszone', 'azure:dns'),
  asoKind('network', 'prefix', 'natgateway', 'azure:nat-gateway'),
  asoKind('network', 'prefix', 'privateendpoint', 'azure:private-link'),
  asoKind('network', 'prefix', 'privatelinkservice', 'azure:private-link'),
  asoKind('network', 'prefix', 'bastionhost', 'azure:bastion'),
  asoKind('network', 'prefix', 'virtualnetworkgateway', 'azure:vpn-gateway'),
  asoKind('network', 'prefix', 'azurefirewall', 'azure:firewall'),
  // Virtual networks, subnets, security groups, public IPs, peerings.
  asoGroup('network', 'azure:virtual-network'),
  asoGroup('appconfiguration', 'azure:app-configuration'),
  asoKind('signalrservice', 'prefix', 'webpubsub', 'azure:web-pubsub'),
  asoGroup('signalrservice', 'azure:signalr'),
  asoGroup('machinelearningservices', 'azure:machine-learning'),
  asoGroup('kusto', 'azure:data-explorer'),
  asoGroup('datafactory', 'azure:data-factory'),
  asoGroup('containerinstance', 'azure:container-instances'),
  asoGroup('cdn', 'azure:front-door'),
  asoGroup('apimanagement', 'azure:api-management'),
  asoGroup('search', 'azure:ai-search'),
  asoGroup('web', 'azure:app-service'),
  asoGroup('app', 'azure:container-apps'),
  asoKind('compute', 'prefix', 'virtualmachinescaleset', 'azure:vm-scale-sets'),
  asoKind('compute', 'prefix', 'virtualmachine', 'azure:virtual-machines'),
  asoKind('compute', 'prefix', 'disk', 'azure:managed-disks'),
  asoGroup('synapse', 'azure:synapse'),

  // Config Connector: `<service>.cnrm.cloud.google.com`.
  kccGroup('storage', 'gcp:cloud-storage'),
  kccGroup('pubsub', 'gcp:pubsub'),
  kccKind('sql', 'prefix', 'sqlinstance:postgres', 'gcp:cloud-sql-postgresql'),
  kccKind('sql', 'prefix', 'sqlinstance:mysql', 'gcp:cloud-sql-mysql'),
  kccKind('sql', 'prefix', 'sqlinstance:sqlserver', 'gcp:cloud-sql-sqlserver'),
  rule(
    'api-group',
    'exact',
    'sql.cnrm.cloud.google.com',
    'neutral',
    [CONFIG_CONNECTOR_RESOURCES],
    'Databases and users inside a Cloud SQL instance; the engine is decided by the SQLInstance’s databaseVersion.',
  ),
  kccGroup('redis', 'gcp:memorystore'),
  kccGroup('memorystore', 'gcp:memorystore'),
  kccGroup('secretmanager', 'gcp:secret-manager'),
  kccGroup('kms', 'gcp:cloud-kms'),
  kccGroup('iam', 'gcp:service-accounts'),
  kccGroup('container', 'gcp:gke'),
  kccGroup('run', 'gcp:cloud-run'),
  kccGroup('cloudfunctions', 'gcp:cloud-functions'),
  kccGroup('cloudfunctions2', 'gcp:cloud-functions'),
  kccGroup('bigquery', 'gcp:bigquery'),
  kccGroup('bigtable', 'gcp:bigtable'),
  kccGroup('firestore', 'gcp:firestore'),
  kccGroup('artifactregistry', 'gcp:artifact-registry'),
  kccGroup('dns', 'gcp:cloud-dns'),
  kccGroup('logging', 'gcp:cloud-logging'),
  kccGroup('monitoring', 'gcp:cloud-monitoring'),
  kccGroup('cloudbuild', 'gcp:cloud-build'),
  kccGroup('alloydb', 'gcp:alloydb'),
  kccGroup('filestore', 'gcp:filestore'),
  kccGroup('resourcemanager', 'gcp:resource-manager'),
  kccGroup('apigateway', 'gcp:api-gateway'),
  kccGroup('vertexai', 'gcp:vertex-ai'),
  kccGroup('managedkafka', 'gcp:managed-kafka'),
  kccKind(
    'compute',
    'prefix',
    'computeinstancegroupmanager',
    'gcp:managed-instance-groups',
  ),
  kccKind(
    'compute',
    'prefix',
    'computeregioninstancegroupmanager',
    'gcp:managed-instance-groups',
  ),
  kccKind('compute', 'prefix', 'computeinstance', 'gcp:compute-engine'),
  kccKind('compute', 'prefix', 'computedisk', 'gcp:persistent-disk'),
  kccKind('compute', 'prefix', 'computebackend', 'gcp:cloud-load-balancing'),
  kccKind(
    'compute',
    'prefix',
    'computeforwardingrule',
    'gcp:cloud-load-balancing',
  ),
  kccKind('compute', 'prefix', 'computeurlmap', 'gcp:cloud-load-balancing'),
  kccKind('compute', 'prefix', 'computetarget', 'gcp:cloud-load-balancing'),
  kccKind(
    'compute',
    'prefix',
    'computehealthcheck',
    'gcp:cloud-load-balancing',
  ),
  kccKind('compute', 'prefix', 'computesecuritypolicy', 'gcp:cloud-armor'),
  kccKind('compute', 'prefix', 'computenetwork', 'gcp:vpc'),
  kccKind('compute', 'prefix', 'computesubnetwork', 'gcp:vpc'),
  kccKind('compute', 'prefix', 'computefirewall', 'gcp:vpc'),
  kccKind('compute', 'exact', 'computerouter', 'gcp:cloud-router'),
  kccKind('compute', 'exact', 'computerouternat', 'gcp:cloud-nat'),
  kccKind('compute', 'prefix', 'computevpn', 'gcp:cloud-vpn'),
  kccKind('compute', 'prefix', 'computeexternalvpngateway', 'gcp:cloud-vpn'),
  kccGroup('certificatemanager', 'gcp:certificate-manager'),
  kccGroup('cloudscheduler', 'gcp:cloud-scheduler'),
  kccGroup('workflows', 'gcp:workflows'),
  kccGroup('composer', 'gcp:cloud-composer'),
  kccGroup('cloudtasks', 'gcp:cloud-tasks'),
  kccGroup('eventarc', 'gcp:eventarc'),
  kccGroup('dataflow', 'gcp:dataflow'),
  kccGroup('dataproc', 'gcp:dataproc'),
  kccGroup('apigee', 'gcp:apigee'),
  kccGroup('clouddeploy', 'gcp:cloud-deploy'),
  kccGroup('vpcaccess', 'gcp:serverless-vpc-access'),
  kccGroup('appengine', 'gcp:app-engine'),
  kccGroup('securitycenter', 'gcp:security-command-center'),
  rule(
    'api-group',
    'exact',
    'serviceusage.cnrm.cloud.google.com',
    'neutral',
    [CONFIG_CONNECTOR_RESOURCES],
    'Enables Google APIs in a project; the services used are the resources created afterwards.',
  ),
  rule(
    'api-group',
    'exact',
    'core.cnrm.cloud.google.com',
    'neutral',
    [CONFIG_CONNECTOR_RESOURCES],
    'Configures Config Connector itself.',
  ),
];

/** @public */
export const kubernetesSignals: KubernetesSignalRule[] = [
  ...annotations,
  ...storageProvisioners,
  ...ingressClasses,
  ...secretStoreProviders,
  ...imageRegistries,
  ...apiGroups,
];
