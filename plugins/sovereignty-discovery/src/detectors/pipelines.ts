import type {
  Detector,
  DetectorContext,
  DiscoverySink,
  RepositoryFile,
} from '../types';
import { registrySignal } from './kubernetes/signals';
import { JsonValueLines } from './templates/jsonLines';
import { reportUnparsable } from './templates/report';
import {
  isMap,
  valueAt,
  type TemplateLines,
  type TemplateValue,
} from './templates/tree';
import { readYamlTemplate } from './templates/yamlTemplate';

const DETECTOR = 'pipelines';
const EXTENSIONS = ['.yaml', '.yml', '.json'];
/** Cloud Build substitutes the build's own project here. */
const OWN_PROJECT = ['$PROJECT_ID', '${PROJECT_ID}'];

const baseName = (path: string) =>
  path.slice(path.lastIndexOf('/') + 1).toLowerCase();

/** The image an argument names: `--tag=host/p/app` -> `host/p/app`. */
const argumentValue = (arg: string) => arg.slice(arg.lastIndexOf('=') + 1);

function parse(file: RepositoryFile): {
  value: TemplateValue;
  lines: TemplateLines;
  problem?: { message: string; line?: number };
} {
  if (file.path.toLowerCase().endsWith('.json')) {
    try {
      return {
        value: JSON.parse(file.text),
        lines: new JsonValueLines(file.text, new Set(['name'])),
      };
    } catch (error) {
      return {
        value: undefined,
        lines: { line: () => undefined },
        problem: {
          message: error instanceof Error ? error.message : String(error),
        },
      };
    }
  }
  const yaml = readYamlTemplate(file.text);
  return { value: yaml.value, lines: yaml.lines, problem: yaml.problems[0] };
}

/**
 * The registries a Cloud Build config pushes to or builds with: every
 * entry of `images` (pushed when the build ends), and step images or
 * arguments that name the build's own project (`$PROJECT_ID`). Builder
 * images such as `gcr.io/cloud-builders/docker` are Google's public
 * images, not a registry of the entity's, so other step images are left out.
 */
function reportCloudBuildImages(
  config: TemplateValue,
  lines: TemplateLines,
  path: string,
  sink: DiscoverySink,
  context: DetectorContext,
) {
  const report = (reference: string, container: object, key: string) => {
    const signal = registrySignal(reference, context.lookup);
    if (!signal) return;
    const evidence = {
      path,
      line: lines.line(container, key),
      detector: DETECTOR,
      match: reference,
    };
    sink.service(signal.target, evidence);
    if (signal.hosting) {
      sink.hosting(signal.hosting.provider, signal.hosting.region, evidence);
    }
  };
  const ownProject = (text: string) => OWN_PROJECT.some(p => text.includes(p));

  const images = valueAt(config, 'images');
  if (Array.isArray(images)) {
    images.forEach((image, index) => {
      if (typeof image === 'string') report(image, images, String(index));
    });
  }
  const steps = valueAt(config, 'steps');
  if (!Array.isArray(steps)) return;
  for (const step of steps) {
    if (!isMap(step)) continue;
    const name = valueAt(step, 'name');
    if (typeof name === 'string' && ownProject(name))
      report(name, step, 'name');
    const args = valueAt(step, 'args');
    if (!Array.isArray(args)) continue;
    args.forEach((arg, index) => {
      if (typeof arg === 'string' && ownProject(arg)) {
        report(argumentValue(arg), args, String(index));
      }
    });
  }
}

function detect(
  file: RepositoryFile,
  sink: DiscoverySink,
  context: DetectorContext,
) {
  const hit = context.lookup.pipelineFile(baseName(file.path));
  if (!hit || !context.lookup.isService(hit.target)) return;
  sink.recognised(DETECTOR);
  sink.service(hit.target, {
    path: file.path,
    line: 1,
    detector: DETECTOR,
    match: baseName(file.path),
  });
  if (hit.target !== 'gcp:cloud-build') return;
  const { value, lines, problem } = parse(file);
  if (problem) reportUnparsable(sink, file.path, problem);
  reportCloudBuildImages(value, lines, file.path, sink, context);
}

/**
 * Build pipeline definitions (`cloudbuild.yaml`, `buildspec.yml`,
 * `azure-pipelines.yml`): the file names the provider's build service, and
 * a Cloud Build config names the registry its images go to.
 * @public
 */
export const pipelinesDetector: Detector = {
  id: DETECTOR,
  accepts: path => {
    const name = baseName(path);
    return EXTENSIONS.some(ext => name.endsWith(ext));
  },
  detect,
};
