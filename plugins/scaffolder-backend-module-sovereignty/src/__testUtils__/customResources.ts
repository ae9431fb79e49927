import type { KubernetesObject } from './helmChart';

/*
 * kubernetes-models covers Kubernetes' own kinds only. For the custom
 * resources the template generates, the tests check the fields each
 * operator requires (from the CRDs of External Secrets, Gateway API,
 * CloudNativePG, RabbitMQ Cluster Operator and Argo CD): a structural check,
 * not full schema validation.
 */
const REQUIRED: Record<string, string[]> = {
  'external-secrets.io/v1/SecretStore': [
    'spec.provider.vault.server',
    'spec.provider.vault.path',
    'spec.provider.vault.auth.kubernetes.role',
    'spec.provider.vault.auth.kubernetes.serviceAccountRef.name',
  ],
  'external-secrets.io/v1/ExternalSecret': [
    'spec.secretStoreRef.name',
    'spec.target.name',
    'spec.dataFrom',
  ],
  'gateway.networking.k8s.io/v1/HTTPRoute': ['spec.parentRefs', 'spec.rules'],
  'postgresql.cnpg.io/v1/Cluster': ['spec.instances', 'spec.storage.size'],
  'rabbitmq.com/v1beta1/RabbitmqCluster': ['spec.replicas'],
  'argoproj.io/v1alpha1/Application': [
    'metadata.namespace',
    'spec.project',
    'spec.source.repoURL',
    'spec.source.path',
    'spec.destination.server',
    'spec.destination.namespace',
  ],
};

export function isCustomResource(object: KubernetesObject): boolean {
  return `${object.apiVersion}/${object.kind}` in REQUIRED;
}

/** Problems of a custom resource; empty when every required field is set. */
export function customResourceProblems(object: KubernetesObject): string[] {
  const required = REQUIRED[`${object.apiVersion}/${object.kind}`];
  if (!required) return [`${object.kind}: unknown custom resource`];
  const problems: string[] = [];
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(object.metadata?.name ?? '')) {
    problems.push(`${object.kind}: bad metadata.name ${object.metadata?.name}`);
  }
  for (const path of required) {
    const value = path.split('.').reduce<any>((v, key) => v?.[key], object);
    if (
      value === undefined ||
      value === null ||
      value === '' ||
      (Array.isArray(value) && value.length === 0)
    ) {
      problems.push(`${object.kind}/${object.metadata?.name}: ${path} missing`);
    }
  }
  return problems;
}
