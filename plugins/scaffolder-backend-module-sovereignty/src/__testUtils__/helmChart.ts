import { parse, parseAllDocuments } from 'yaml';
import { GoTemplateRenderer } from './goTemplate';

type Values = Record<string, unknown>;

function isMap(value: unknown): value is Values {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** Helm's value merge: maps merge key by key, anything else is replaced. */
export function mergeValues(base: Values, override: Values): Values {
  const merged: Values = { ...base };
  for (const [key, value] of Object.entries(override)) {
    merged[key] =
      isMap(value) && isMap(merged[key])
        ? mergeValues(merged[key] as Values, value)
        : value;
  }
  return merged;
}

export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; [key: string]: unknown };
  [key: string]: unknown;
}

/**
 * Renders the generated chart as `helm template <release> chart -f
 * values-<env>.yaml` would: values.yaml merged with the environment's file,
 * every template under templates/ rendered, the output split into objects.
 */
export function renderChart(
  files: Map<string, string>,
  env: 'dev' | 'staging' | 'production',
  release: string,
): KubernetesObject[] {
  const chart = parse(files.get('chart/Chart.yaml')!);
  const values = mergeValues(
    parse(files.get('chart/values.yaml')!),
    parse(files.get(`chart/values-${env}.yaml`)!),
  );
  const renderer = new GoTemplateRenderer();
  const templates = [...files.keys()]
    .filter(path => path.startsWith('chart/templates/'))
    .sort();
  for (const path of templates) renderer.add(path, files.get(path)!);
  const data = {
    Values: values,
    Release: { Name: release, Namespace: `${release}-${env}`, Service: 'Helm' },
    Chart: {
      Name: chart.name,
      Version: chart.version,
      AppVersion: chart.appVersion,
    },
  };
  const objects: KubernetesObject[] = [];
  for (const path of templates.filter(
    p => !p.split('/').pop()!.startsWith('_'),
  )) {
    const rendered = renderer.render(path, data);
    for (const doc of parseAllDocuments(rendered)) {
      if (doc.errors.length > 0) {
        throw new Error(
          `${path} (${env}) renders invalid YAML: ${doc.errors[0].message}\n${rendered}`,
        );
      }
      const object = doc.toJSON();
      if (object) objects.push(object);
    }
  }
  return objects;
}
