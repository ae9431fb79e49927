import type { ProviderId } from '@portolan/plugin-sovereignty-common';
import type {
  Detector,
  DetectorContext,
  DiscoverySink,
  RepositoryFile,
} from '../types';
import { reportCloudFormationResources } from './templates/cloudFormationResources';
import { literalRegion } from './templates/regions';
import {
  reportTemplateType,
  reportTemplateVariant,
  reportUnparsable,
} from './templates/report';
import {
  entriesOf,
  isMap,
  stringAt,
  valueAt,
  type TemplateLines,
  type TemplateMap,
  type TemplateValue,
} from './templates/tree';
import { readYamlTemplate } from './templates/yamlTemplate';

const DETECTOR = 'serverless';
const FILE_NAMES = new Set(['serverless.yml', 'serverless.yaml']);

/** `provider.name` -> where the functions run. */
const HOSTING: Record<string, ProviderId> = {
  aws: 'aws',
  azure: 'azure',
  google: 'gcp',
};

/** `${self:custom.x}`, `${opt:stage}`: resolved at deploy time, so not a literal. */
const literal = (value: string | undefined) =>
  value !== undefined && !value.includes('${') ? value : undefined;

/**
 * The ARN service namespace of a stream event's source: its `type`, or the
 * namespace of a literal ARN (`arn:aws:kinesis:...` -> `kinesis`).
 */
function streamSource(config: TemplateValue): string | undefined {
  const type = literal(stringAt(config, 'type'));
  if (type) return type;
  const arn = literal(
    typeof config === 'string' ? config : stringAt(config, 'arn'),
  );
  if (!arn?.startsWith('arn:')) return undefined;
  const start = arn.indexOf(':', 4);
  const end = start < 0 ? -1 : arn.indexOf(':', start + 1);
  return end < 0 ? undefined : arn.slice(start + 1, end);
}

/** `functions` as a map, or a list of maps (files merged by the framework). */
function functionMaps(functions: TemplateValue): TemplateMap[] {
  if (isMap(functions)) return [functions];
  return Array.isArray(functions) ? functions.filter(isMap) : [];
}

function reportFunctions(
  file: RepositoryFile,
  provider: string,
  functions: TemplateValue,
  lines: TemplateLines,
  sink: DiscoverySink,
  context: DetectorContext,
) {
  const find = context.lookup.cloudFormationType;
  const functionType = `Serverless::${provider}::Function`;
  for (const group of functionMaps(functions)) {
    for (const [name, definition] of entriesOf(group)) {
      const evidence = {
        path: file.path,
        line: lines.line(group, name),
        detector: DETECTOR,
      };
      reportTemplateType(
        { find, type: functionType, reportUnknown: true, evidence },
        sink,
        context,
      );
      // Event names are the AWS provider's; other providers' plugins name theirs differently.
      if (provider !== 'aws') continue;
      const events = valueAt(definition, 'events');
      if (!Array.isArray(events)) continue;
      events.forEach((event, index) => {
        const eventEvidence = {
          ...evidence,
          line: lines.line(events, String(index)) ?? evidence.line,
        };
        for (const [eventName, config] of entriesOf(event)) {
          if (eventName === 'stream') {
            const namespace = streamSource(config);
            const hit = namespace
              ? context.lookup.arnNamespace(namespace)
              : undefined;
            if (
              hit &&
              hit.target !== 'neutral' &&
              context.lookup.isService(hit.target)
            ) {
              sink.service(hit.target, {
                ...eventEvidence,
                match: `stream: ${namespace}`,
              });
            }
            continue;
          }
          reportTemplateVariant(
            {
              find,
              type: functionType,
              property: 'events',
              value: eventName,
              reportUnknown: true,
              evidence: eventEvidence,
            },
            sink,
            context,
          );
        }
      });
    }
  }
}

/** `resources:` is CloudFormation: `Resources` (a map, or a list of such maps). */
function reportResources(
  file: RepositoryFile,
  resources: TemplateValue,
  lines: TemplateLines,
  sink: DiscoverySink,
  context: DetectorContext,
) {
  const parts = Array.isArray(resources) ? resources : [resources];
  for (const part of parts) {
    const section = valueAt(part, 'Resources');
    const malformed = reportCloudFormationResources(
      section,
      { path: file.path, detector: DETECTOR, lines, parameters: undefined },
      sink,
      context,
    );
    if (malformed !== undefined) {
      reportUnparsable(sink, file.path, {
        message: `resource ${malformed} has no Type string; the other resources were read`,
        line: lines.line(section as object, malformed),
      });
    }
  }
}

function detect(
  file: RepositoryFile,
  sink: DiscoverySink,
  context: DetectorContext,
) {
  // Every service file names its provider; anything else is not worth parsing.
  if (!file.text.includes('provider')) return;
  const { value: service, lines, problems } = readYamlTemplate(file.text);
  const provider = valueAt(service, 'provider');
  if (!isMap(service) || !('service' in service) || provider === undefined) {
    if (problems.length > 0) reportUnparsable(sink, file.path, problems[0]);
    return;
  }
  sink.recognised(DETECTOR);
  if (problems.length > 0) reportUnparsable(sink, file.path, problems[0]);

  const providerName = literal(
    typeof provider === 'string' ? provider : stringAt(provider, 'name'),
  )?.toLowerCase();
  if (!providerName) return;
  const providerEvidence = {
    path: file.path,
    line: lines.line(service, 'provider'),
    detector: DETECTOR,
  };
  const hosting = HOSTING[providerName];
  if (hosting) {
    const region = literalRegion(literal(stringAt(provider, 'region')));
    sink.hosting(hosting, region, {
      ...providerEvidence,
      match: `provider: ${providerName}${region ? ` ${region}` : ''}`,
    });
  }
  if (providerName === 'aws') {
    reportTemplateType(
      {
        find: context.lookup.cloudFormationType,
        type: 'Serverless::aws::Service',
        reportUnknown: false,
        evidence: providerEvidence,
        match: 'serverless.yml provider: aws',
      },
      sink,
      context,
    );
  }
  reportFunctions(
    file,
    providerName,
    valueAt(service, 'functions'),
    lines,
    sink,
    context,
  );
  if (providerName === 'aws') {
    reportResources(file, valueAt(service, 'resources'), lines, sink, context);
  }
}

/** Serverless Framework service files (`serverless.yml`). @public */
export const serverlessDetector: Detector = {
  id: DETECTOR,
  accepts: path =>
    FILE_NAMES.has(path.slice(path.lastIndexOf('/') + 1).toLowerCase()),
  detect,
};
