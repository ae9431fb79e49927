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
 * Reports the services of a `Resources` section: each resource's type
 * (RDS engines decided by `Engine`), a SAM function's event sources, and
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
