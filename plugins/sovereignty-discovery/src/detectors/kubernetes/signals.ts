import type {
  KubernetesSignalKind,
  ProviderId,
  ServiceId,
} from '@portolan/plugin-sovereignty-common';
import type { DiscoveryLookup, LookupHit } from '../../lookup';
import type { DiscoverySink } from '../../types';
import {
  artifactRegistryRegion,
  ecrRegion,
  registryOf,
} from './imageReference';
import type { YamlEntry } from './yamlEntries';

export const KUBERNETES_DETECTOR = 'kubernetes';

/**
 * What a YAML file is to Helm, Kustomize or Kubernetes, decided from its
 * name. Only `manifest` documents must prove they are Kubernetes objects
 * (top-level `apiVersion` and `kind`); the others are of their format by name.
 */
export type KubernetesFileRole =
  | 'manifest'
  | 'values'
  | 'kustomization'
  | 'chart';

/** Parent keys whose children are annotation or label keys. */
const KEY_MAPS = new Set([
  'annotations',
  'labels',
  'nodeSelector',
  'commonAnnotations',
  'commonLabels',
  // Helm chart conventions in values files.
  'podAnnotations',
  'podLabels',
]);

/** Keys whose values name an image, a registry or a chart repository. */
const REGISTRY_KEYS = new Set(['image', 'repository', 'repo', 'newName']);
/** Keys whose value is a bare registry host. */
const REGISTRY_HOST_KEYS = new Set(['registry', 'imageRegistry']);

const INGRESS_CLASS_ANNOTATION = 'kubernetes.io/ingress.class';

/**
 * API groups of operators that create cloud resources. A group of these
 * that no rule maps is reported as an unknown type, like an unmapped
 * Terraform type, so the tables can grow.
 */
const CLOUD_OPERATOR_GROUP_SUFFIXES = [
  '.services.k8s.aws',
  '.azure.com',
  '.cnrm.cloud.google.com',
];

/** Kinds read with the provider under `spec.provider`. */
const SECRET_STORE_KINDS = new Set(['SecretStore', 'ClusterSecretStore']);

interface Signal {
  target: ServiceId;
  line: number;
  match: string;
  hosting?: { provider: ProviderId; region?: string };
}

/**
 * Turns one document's entries into services, hosting and unknown types.
 * Everything is decided after the whole document is read, so the order of
 * `kind` and `spec` in the file does not matter.
 */
export function reportDocument(
  entries: readonly YamlEntry[],
  role: KubernetesFileRole,
  path: string,
  sink: DiscoverySink,
  lookup: DiscoveryLookup,
): boolean {
  const top = new Map<string, YamlEntry>();
  for (const entry of entries) {
    if (entry.path.length === 0 && !top.has(entry.key))
      top.set(entry.key, entry);
  }
  const isObject = top.has('apiVersion') && top.has('kind');
  if (role === 'manifest' && !isObject) return false;

  const kind = top.get('kind')?.value;
  const signals: Signal[] = [];
  const add = (
    hit: LookupHit | undefined,
    line: number,
    match: string,
    hosting?: Signal['hosting'],
  ) => {
    if (!hit || hit.target === 'neutral') return;
    signals.push({
      target: hit.target,
      line,
      match,
      ...(hosting ? { hosting } : {}),
    });
  };
  /** Signals only a cluster in that cloud can act on are also hosting evidence. */
  const addRuntime = (
    kindOfSignal: KubernetesSignalKind,
    value: string,
    line: number,
    match: string,
  ) => {
    const hit = lookup.kubernetesSignal(kindOfSignal, value);
    const provider =
      hit && hit.target !== 'neutral' ? providerOf(hit.target) : undefined;
    add(hit, line, match, provider ? { provider } : undefined);
  };

  let awsSecretStore: YamlEntry | undefined;
  let awsSecretService = false;
  let engine: string | undefined;

  for (const entry of entries) {
    const { key, value, line } = entry;
    const parent = entry.path[entry.path.length - 1];
    const depth = entry.path.length;

    if (parent !== undefined && KEY_MAPS.has(parent)) {
      add(lookup.kubernetesSignal('annotation', key), line, key);
      if (key === INGRESS_CLASS_ANNOTATION && value) {
        addRuntime('ingress-class', value, line, `${key}: ${value}`);
      }
      continue;
    }
    if (
      value !== undefined &&
      (REGISTRY_KEYS.has(key) || REGISTRY_HOST_KEYS.has(key))
    ) {
      const reference = REGISTRY_HOST_KEYS.has(key) ? `${value}/` : value;
      const signal = registrySignal(reference, lookup);
      if (signal) signals.push({ ...signal, line, match: `${key}: ${value}` });
      continue;
    }
    if (value === undefined) {
      if (
        role === 'manifest' &&
        kind !== undefined &&
        SECRET_STORE_KINDS.has(kind) &&
        depth === 2 &&
        entry.path[0] === 'spec' &&
        parent === 'provider'
      ) {
        if (key === 'aws') awsSecretStore = entry;
        else
          add(
            lookup.kubernetesSignal('secret-store-provider', key),
            line,
            `provider: ${key}`,
          );
      }
      continue;
    }

    if (key === 'ingressClassName' || key === 'gatewayClassName') {
      addRuntime('ingress-class', value, line, `${key}: ${value}`);
    } else if (
      role === 'values' &&
      key === 'className' &&
      parent === 'ingress'
    ) {
      addRuntime('ingress-class', value, line, `ingress.className: ${value}`);
    } else if (role !== 'manifest') {
      continue;
    } else if (depth === 0 && key === 'provisioner') {
      addRuntime('storage-provisioner', value, line, `provisioner: ${value}`);
    } else if (key === 'driver' && parent === 'csi') {
      addRuntime('storage-provisioner', value, line, `csi.driver: ${value}`);
    } else if (depth === 1 && parent === 'spec') {
      if (key === 'controller' && kind === 'IngressClass') {
        addRuntime('ingress-class', value, line, `controller: ${value}`);
      } else if (key === 'controllerName' && kind === 'GatewayClass') {
        addRuntime('ingress-class', value, line, `controllerName: ${value}`);
      } else if (key === 'provider' && kind === 'SecretProviderClass') {
        add(
          lookup.kubernetesSignal('secret-store-provider', `csi/${value}`),
          line,
          `provider: ${value}`,
        );
      } else if (key === 'engine' || key === 'databaseVersion') {
        engine ??= value;
      }
    } else if (
      awsSecretStore &&
      depth === 3 &&
      key === 'service' &&
      entry.path[2] === 'aws' &&
      entry.path[1] === 'provider'
    ) {
      awsSecretService = true;
      add(
        lookup.kubernetesSignal('secret-store-provider', `aws/${value}`),
        line,
        `provider: aws, service: ${value}`,
      );
    }
  }
  if (awsSecretStore && !awsSecretService) {
    add(
      lookup.kubernetesSignal('secret-store-provider', 'aws'),
      awsSecretStore.line,
      'provider: aws',
    );
  }
  if (role === 'manifest') {
    apiGroupSignal(top, engine, path, sink, lookup, add);
  }

  for (const signal of signals) {
    const evidence = {
      path,
      line: signal.line,
      detector: KUBERNETES_DETECTOR,
      match: signal.match,
    };
    sink.service(signal.target, evidence);
    if (signal.hosting)
      sink.hosting(signal.hosting.provider, signal.hosting.region, evidence);
  }
  return true;
}

function apiGroupSignal(
  top: Map<string, YamlEntry>,
  engine: string | undefined,
  path: string,
  sink: DiscoverySink,
  lookup: DiscoveryLookup,
  add: (hit: LookupHit | undefined, line: number, match: string) => void,
) {
  const apiVersion = top.get('apiVersion');
  const kind = top.get('kind')?.value;
  const slash = apiVersion?.value?.indexOf('/') ?? -1;
  if (!apiVersion?.value || !kind || slash <= 0) return;
  const group = apiVersion.value.slice(0, slash);
  const groupKind = `${group}/${kind}`;
  const hit =
    (engine
      ? lookup.kubernetesSignal('api-group', `${groupKind}:${engine}`)
      : undefined) ??
    lookup.kubernetesSignal('api-group', groupKind) ??
    lookup.kubernetesSignal('api-group', group);
  const line = top.get('kind')?.line ?? apiVersion.line;
  const match = `apiVersion: ${apiVersion.value}, kind: ${kind}`;
  if (hit) {
    add(hit, line, match);
  } else if (
    CLOUD_OPERATOR_GROUP_SUFFIXES.some(suffix =>
      group.toLowerCase().endsWith(suffix),
    )
  ) {
    sink.unknownType(groupKind, {
      path,
      line,
      detector: KUBERNETES_DETECTOR,
      match,
    });
  }
}

/**
 * A registry lookup: `host/namespace` first (public image projects on a
 * cloud registry), then the host, then the host without its first label
 * (the account in ECR hosts). ECR and Artifact Registry hosts name their
 * region, which is reported as hosting evidence.
 */
export function registrySignal(
  reference: string,
  lookup: DiscoveryLookup,
): Omit<Signal, 'line' | 'match'> | undefined {
  const registry = registryOf(reference);
  if (!registry) return undefined;
  const { host, namespace } = registry;
  const dot = host.indexOf('.');
  const hit =
    (namespace
      ? lookup.kubernetesSignal('image-registry', `${host}/${namespace}`)
      : undefined) ??
    lookup.kubernetesSignal('image-registry', host) ??
    (dot > 0
      ? lookup.kubernetesSignal('image-registry', host.slice(dot + 1))
      : undefined);
  if (!hit || hit.target === 'neutral') return undefined;
  const provider = providerOf(hit.target);
  let region: string | undefined;
  if (provider === 'aws') region = ecrRegion(host);
  else if (provider === 'gcp') region = artifactRegistryRegion(host);
  return {
    target: hit.target,
    ...(region && provider ? { hosting: { provider, region } } : {}),
  };
}

function providerOf(id: ServiceId): ProviderId {
  return id.slice(0, id.indexOf(':')) as ProviderId;
}
