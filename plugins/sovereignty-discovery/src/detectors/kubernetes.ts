import type { Detector, DiscoverySink, RepositoryFile } from '../types';
import type { DiscoveryLookup } from '../lookup';
import {
  KUBERNETES_DETECTOR,
  reportDocument,
  type KubernetesFileRole,
} from './kubernetes/signals';
import {
  readTemplateEntries,
  readYamlEntries,
  type YamlDocumentEntries,
} from './kubernetes/yamlEntries';

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

const isYaml = (path: string) => {
  const lower = path.toLowerCase();
  return lower.endsWith('.yaml') || lower.endsWith('.yml');
};

function roleOf(path: string): KubernetesFileRole {
  const name = baseName(path).toLowerCase();
  if (name === 'chart.yaml' || name === 'chart.yml') return 'chart';
  if (name === 'kustomization.yaml' || name === 'kustomization.yml')
    return 'kustomization';
  if (name.startsWith('values')) return 'values';
  return 'manifest';
}

/** Helm templates: under a `templates/` folder, or any YAML with template actions. */
const isTemplate = (file: RepositoryFile) =>
  file.path.startsWith('templates/') ||
  file.path.includes('/templates/') ||
  file.text.includes('{{');

/**
 * Kubernetes manifests, Helm charts (Chart.yaml, values files, templates)
 * and kustomizations. Helm templates are never rendered: they are read line
 * by line as text, which keeps their line numbers and survives `{{ }}`.
 * Documents of a plain YAML file must be Kubernetes objects (top-level
 * `apiVersion` and `kind`), so CloudFormation templates, GitHub workflows and
 * other YAML produce nothing here.
 * @public
 */
export const kubernetesDetector: Detector = {
  id: KUBERNETES_DETECTOR,
  accepts: isYaml,
  detect(file, sink, { lookup }) {
    const role = roleOf(file.path);
    // Cheap check before any parse: a manifest names both fields somewhere.
    if (
      role === 'manifest' &&
      !(file.text.includes('apiVersion') && file.text.includes('kind'))
    ) {
      return;
    }
    try {
      detectFile(file, role, sink, lookup);
    } catch (error) {
      sink.finding({
        code: 'unparsable-file',
        message: `${file.path} could not be read as YAML: ${String(
          (error as Error)?.message ?? error,
        ).slice(0, 120)}`,
        path: file.path,
      });
    }
  },
};

function detectFile(
  file: RepositoryFile,
  role: KubernetesFileRole,
  sink: DiscoverySink,
  lookup: DiscoveryLookup,
) {
  let documents: YamlDocumentEntries[];
  let error: { message: string; line?: number } | undefined;
  if (isTemplate(file)) {
    documents = readTemplateEntries(file.text);
  } else {
    ({ documents, error } = readYamlEntries(file.text));
  }
  let recognised = role !== 'manifest';
  for (const document of documents) {
    if (reportDocument(document.entries, role, file.path, sink, lookup))
      recognised = true;
  }
  // A broken file is ours only if it claims to be: named like a chart file or a
  // kustomization, or shaped like a manifest with top-level apiVersion and kind.
  if (error && (recognised || looksLikeManifest(file.text))) {
    recognised = true;
    sink.finding({
      code: 'unparsable-file',
      message: `${file.path} is not valid YAML (${error.message}); its other documents were still read`,
      path: file.path,
      ...(error.line ? { line: error.line } : {}),
    });
  }
  if (recognised) sink.recognised(KUBERNETES_DETECTOR);
}

/** Both keys at the start of a line, as a Kubernetes object has them. */
function looksLikeManifest(text: string): boolean {
  return (
    (text.startsWith('apiVersion:') || text.includes('\napiVersion:')) &&
    (text.startsWith('kind:') || text.includes('\nkind:'))
  );
}
