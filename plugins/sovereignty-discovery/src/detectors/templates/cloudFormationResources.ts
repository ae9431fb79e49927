import type { DetectorContext, DiscoverySink } from '../../types';
import { reportTemplateType, reportTemplateVariant } from './report';
import {
  entriesOf,
  isMap,
  stringAt,
  valueAt,
  type TemplateLines,
  type TemplateValue,
} from './tree';

/** Types whose logic is code the template deploys: unknown by definition. */
const CUSTOM_RESOURCE_PREFIX = 'Custom::';
const CUSTOM_RESOURCE_TYPE = 'AWS::CloudFormation::CustomResource';
const SAM_FUNCTION = 'AWS::Serverless::Function';
/** Properties that decide the service of a multi-service type (RDS `Engine`, FSx `FileSystemType`). */
const DECIDING_PROPERTIES = ['Engine', 'FileSystemType'];
/**
 * Properties that switch on a second service beside the resource's own:
 * active tracing sends traces to X-Ray, a container-image function is
 * pulled from ECR. Dotted paths reach nested properties; variant rules
 * (`AWS::Lambda::Function?TracingConfig.Mode=Active`) say which values count.
 */
const FEATURE_PROPERTIES = [
  'Tracing',
  'TracingEnabled',
  'TracingConfig.Mode',
  'PackageType',
];
/** SAM `Globals` sections and the resource type whose properties each one sets. */
const SAM_GLOBALS = new Map([
  ['Function', SAM_FUNCTION],
  ['Api', 'AWS::Serverless::Api'],
  ['HttpApi', 'AWS::Serverless::HttpApi'],
  ['StateMachine', 'AWS::Serverless::StateMachine'],
]);

export interface CloudFormationScope {
  path: string;
  detector: string;
  lines: TemplateLines;
  /** The template's `Parameters`, whose literal `Default`s resolve `Ref`s of deciding properties. */
  parameters: TemplateValue;
}

/**
 * A property's literal value, or the literal `Default` of the parameter a
 * `{ Ref: P }` names (`Engine: !Ref DBEngine`).
 */
function literalOrDefault(value: TemplateValue, parameters: TemplateValue) {
  if (typeof value === 'string') return value;
  const ref = stringAt(value, 'Ref');
  return ref === undefined
    ? undefined
    : stringAt(valueAt(parameters, ref), 'Default');
}

/**
 * Reports the services a resource's feature properties switch on (see
 * {@link FEATURE_PROPERTIES}); values that no rule names are ordinary
 * settings, never unknown types.
 */
function reportFeatures(
  type: string,
  properties: TemplateValue,
  scope: CloudFormationScope,
  sink: DiscoverySink,
  context: DetectorContext,
) {
  for (const property of FEATURE_PROPERTIES) {
    const path = property.split('.');
    let container: TemplateValue = properties;
    for (const key of path.slice(0, -1)) container = valueAt(container, key);
    const key = path[path.length - 1];
    const raw = valueAt(container, key);
    const value =
      typeof raw === 'boolean'
        ? String(raw)
        : literalOrDefault(raw, scope.parameters);
    if (value === undefined || !isMap(container)) continue;
    reportTemplateVariant(
      {
        find: context.lookup.cloudFormationType,
        type,
        property,
        value,
        reportUnknown: false,
        evidence: {
          path: scope.path,
          line: scope.lines.line(container, key),
          detector: scope.detector,
        },
      },
      sink,
      context,
    );
  }
}

/**
 * Reports what a SAM template's `Globals` switch on for every function,
 * API or state machine it declares (`Globals: {Function: {Tracing: Active}}`).
 */
export function reportSamGlobals(
  globals: TemplateValue,
  scope: CloudFormationScope,
  sink: DiscoverySink,
  context: DetectorContext,
): void {
  for (const [section, properties] of entriesOf(globals)) {
    const type = SAM_GLOBALS.get(section);
    if (type) reportFeatures(type, properties, scope, sink, context);
  }
}

/**
 * Reports the services of a `Resources` section: each resource's type
 * (RDS engines decided by `Engine`), what its feature properties switch
 * on, a SAM function's event sources, and
 * custom resources as unknown types. Returns the logical id of the first
 * resource that has no literal `Type`, so the caller can say the template
 * was read partially.
 */
export function reportCloudFormationResources(
  resources: TemplateValue,
  scope: CloudFormationScope,
  sink: DiscoverySink,
  context: DetectorContext,
): string | undefined {
  let malformed: string | undefined;
  const find = context.lookup.cloudFormationType;
  for (const [logicalId, resource] of entriesOf(resources)) {
    const type = stringAt(resource, 'Type');
    if (type === undefined || !isMap(resource)) {
      malformed ??= logicalId;
      continue;
    }
    const evidence = {
      path: scope.path,
      line:
        scope.lines.line(resource, 'Type') ??
        scope.lines.line(resources as object, logicalId),
      detector: scope.detector,
    };
    if (
      type.startsWith(CUSTOM_RESOURCE_PREFIX) ||
      type === CUSTOM_RESOURCE_TYPE
    ) {
      sink.unknownType(type, { ...evidence, match: type });
      continue;
    }
    // Other namespaces are third-party registry types (MongoDB::Atlas::...), not AWS.
    if (!type.startsWith('AWS::')) continue;
    const properties = valueAt(resource, 'Properties');
    reportTemplateType(
      {
        find,
        type,
        deciding: DECIDING_PROPERTIES.map(property => [
          property,
          literalOrDefault(valueAt(properties, property), scope.parameters),
        ]),
        reportUnknown: true,
        evidence,
      },
      sink,
      context,
    );
    reportFeatures(type, properties, scope, sink, context);
    if (type === SAM_FUNCTION) {
      const events = valueAt(properties, 'Events');
      for (const [name, event] of entriesOf(events)) {
        const eventType = stringAt(event, 'Type');
        if (eventType === undefined || !isMap(event)) continue;
        reportTemplateVariant(
          {
            find,
            type,
            property: 'Events.Type',
            value: eventType,
            reportUnknown: true,
            evidence: {
              ...evidence,
              line:
                scope.lines.line(event, 'Type') ??
                scope.lines.line(events as object, name),
            },
          },
          sink,
          context,
        );
      }
    }
  }
  return malformed;
}
