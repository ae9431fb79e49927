import type { Detector, DiscoverySink, RepositoryFile } from '../types';
import {
  reportCloudFormationResources,
  reportSamGlobals,
} from './templates/cloudFormationResources';
import { JsonValueLines } from './templates/jsonLines';
import { reportTemplateType, reportUnparsable } from './templates/report';
import {
  entriesOf,
  isMap,
  stringAt,
  valueAt,
  type TemplateLines,
  type TemplateValue,
} from './templates/tree';
import { readYamlTemplate } from './templates/yamlTemplate';

const DETECTOR = 'cloudFormation';
const EXTENSIONS = ['.yaml', '.yml', '.json', '.template'];
/** serverless.yml holds CloudFormation under `resources:`; the serverless detector reads it. */
const SERVERLESS_FILES = new Set(['serverless.yml', 'serverless.yaml']);
const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';
/** Deploying any template creates a stack: the template's own evidence. */
const STACK_TYPE = 'AWS::CloudFormation::Stack';
/** Keys whose JSON string values get line numbers. */
const JSON_LINE_KEYS = new Set([
  'Type',
  'AWSTemplateFormatVersion',
  'Transform',
]);

const baseName = (path: string) =>
  path.slice(path.lastIndexOf('/') + 1).toLowerCase();

/**
 * Cheap text test before any parsing: every CloudFormation or SAM template
 * names its version, the SAM transform, or at least one `AWS::` type under
 * `Resources`. Large YAML files of other kinds (Kubernetes, workflows)
 * stop here.
 */
const mayBeCloudFormation = (text: string) =>
  text.includes('AWSTemplateFormatVersion') ||
  (text.includes('Resources') && text.includes('AWS::'));

/** Strong signs that a file that failed to parse was meant to be a template. */
const claimsCloudFormation = (text: string) =>
  text.includes('AWSTemplateFormatVersion') || text.includes(SAM_TRANSFORM);

function transformNames(transform: TemplateValue): string[] {
  if (typeof transform === 'string') return [transform];
  if (!Array.isArray(transform)) return [];
  return transform.filter((t): t is string => typeof t === 'string');
}

/** True when the parsed document has the shape of a CloudFormation or SAM template. */
function isTemplate(template: TemplateValue): boolean {
  if (!isMap(template)) return false;
  if ('AWSTemplateFormatVersion' in template) return true;
  if (
    transformNames(valueAt(template, 'Transform')).some(t =>
      t.startsWith('AWS::Serverless'),
    )
  ) {
    return true;
  }
  return entriesOf(valueAt(template, 'Resources')).some(([, resource]) =>
    stringAt(resource, 'Type')?.startsWith('AWS::'),
  );
}

function parse(file: RepositoryFile): {
  template: TemplateValue;
  lines: TemplateLines;
  problem?: { message: string; line?: number };
} {
  const json =
    file.path.toLowerCase().endsWith('.json') ||
    file.text.trimStart().startsWith('{');
  if (json) {
    try {
      return {
        template: JSON.parse(file.text),
        lines: new JsonValueLines(file.text, JSON_LINE_KEYS),
      };
    } catch (error) {
      return {
        template: undefined,
        lines: { line: () => undefined },
        problem: {
          message: error instanceof Error ? error.message : String(error),
        },
      };
    }
  }
  const yaml = readYamlTemplate(file.text);
  return { template: yaml.value, lines: yaml.lines, problem: yaml.problems[0] };
}

function detect(
  file: RepositoryFile,
  sink: DiscoverySink,
  context: Parameters<Detector['detect']>[2],
) {
  if (!mayBeCloudFormation(file.text)) return;
  const { template, lines, problem } = parse(file);
  if (!isTemplate(template) || !isMap(template)) {
    if (problem && claimsCloudFormation(file.text))
      reportUnparsable(sink, file.path, problem);
    return;
  }
  sink.recognised(DETECTOR);
  if (problem) reportUnparsable(sink, file.path, problem);

  const sam = transformNames(valueAt(template, 'Transform')).includes(
    SAM_TRANSFORM,
  );
  const templateEvidence = {
    path: file.path,
    line:
      lines.line(template, 'AWSTemplateFormatVersion') ??
      lines.line(template, 'Transform') ??
      lines.line(template, 'Resources') ??
      1,
    detector: DETECTOR,
  };
  const match = sam ? 'SAM template' : 'CloudFormation template';
  sink.hosting('aws', undefined, { ...templateEvidence, match });
  reportTemplateType(
    {
      find: context.lookup.cloudFormationType,
      type: STACK_TYPE,
      reportUnknown: false,
      evidence: templateEvidence,
      match,
    },
    sink,
    context,
  );

  const resources = valueAt(template, 'Resources');
  if (resources !== undefined && !isMap(resources)) {
    reportUnparsable(sink, file.path, {
      message: 'Resources is not a mapping of logical ids to resources',
      line: lines.line(template, 'Resources'),
    });
    return;
  }
  const scope = {
    path: file.path,
    detector: DETECTOR,
    lines,
    parameters: valueAt(template, 'Parameters'),
  };
  if (sam) reportSamGlobals(valueAt(template, 'Globals'), scope, sink, context);
  const malformed = reportCloudFormationResources(
    resources,
    scope,
    sink,
    context,
  );
  if (malformed !== undefined) {
    reportUnparsable(sink, file.path, {
      message: `resource ${malformed} has no Type string; the other resources were read`,
      line: lines.line(resources as object, malformed),
    });
  }
}

/** AWS CloudFormation and SAM templates (YAML or JSON). @public */
export const cloudFormationDetector: Detector = {
  id: DETECTOR,
  accepts: path => {
    const name = baseName(path);
    return (
      !SERVERLESS_FILES.has(name) && EXTENSIONS.some(ext => name.endsWith(ext))
    );
  },
  detect,
};
