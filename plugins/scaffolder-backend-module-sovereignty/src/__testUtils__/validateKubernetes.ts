import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { KubernetesObject } from './helmChart';

/** Validates Kubernetes' own kinds with kubernetes-models, in a child process (see validateKubernetes.mjs). */
export function kubernetesSchemaProblems(
  objects: KubernetesObject[],
): Array<{ object: string; error: string }> {
  const out = execFileSync(
    process.execPath,
    [join(__dirname, 'validateKubernetes.mjs')],
    { input: JSON.stringify(objects), encoding: 'utf8' },
  );
  return JSON.parse(out);
}
