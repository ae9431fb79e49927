/**
 * The registry part of an image reference or chart repository URL, read
 * linearly: `myacr.azurecr.io/team/app:1.2@sha256:...`,
 * `oci://europe-docker.pkg.dev/p/charts`, `nginx:1.27` (Docker Hub, no host).
 */
export interface RegistryReference {
  /** Lower case, without port. */
  host: string;
  /** The first path segment after the host, lower case, when there is one. */
  namespace?: string;
}

/**
 * Host = the text before the first `/` when it contains `.` or `:` or is
 * `localhost` (the rule container tools use); otherwise the image is on
 * Docker Hub and there is no registry to report.
 */
export function registryOf(reference: string): RegistryReference | undefined {
  let rest = reference.trim();
  const scheme = rest.indexOf('://');
  if (scheme >= 0) rest = rest.slice(scheme + 3);
  const slash = rest.indexOf('/');
  if (slash <= 0) {
    // A bare host is a registry only where a registry is expected (`registry:` keys),
    // which callers mark by passing `host/`.
    return undefined;
  }
  const first = rest.slice(0, slash);
  if (!first.includes('.') && !first.includes(':') && first !== 'localhost') {
    return undefined;
  }
  const colon = first.indexOf(':');
  const host = (colon >= 0 ? first.slice(0, colon) : first).toLowerCase();
  const afterHost = rest.slice(slash + 1);
  let end = 0;
  while (end < afterHost.length && !'/:@'.includes(afterHost[end])) end += 1;
  const namespace = afterHost.slice(0, end).toLowerCase();
  return host ? { host, ...(namespace ? { namespace } : {}) } : undefined;
}

/** Region of `<account>.dkr.ecr.<region>.amazonaws.com`, if the host has that shape. */
export function ecrRegion(host: string): string | undefined {
  const marker = '.dkr.ecr.';
  const start = host.indexOf(marker);
  if (start < 0) return undefined;
  const after = host.slice(start + marker.length);
  const dot = after.indexOf('.');
  return dot > 0 ? regionOrUndefined(after.slice(0, dot)) : undefined;
}

/** Region of `<location>-docker.pkg.dev`; multi-regions (`europe`, `us`) are not regions. */
export function artifactRegistryRegion(host: string): string | undefined {
  const suffix = '-docker.pkg.dev';
  if (!host.endsWith(suffix)) return undefined;
  return regionOrUndefined(host.slice(0, -suffix.length));
}

/** Region ids are short, lower case, with a digit (`eu-central-1`, `europe-west3`). */
function regionOrUndefined(candidate: string): string | undefined {
  if (candidate.length === 0 || candidate.length > 32) return undefined;
  let digit = false;
  for (const char of candidate) {
    if (char >= '0' && char <= '9') digit = true;
    else if (!(char >= 'a' && char <= 'z') && char !== '-') return undefined;
  }
  return digit ? candidate : undefined;
}
