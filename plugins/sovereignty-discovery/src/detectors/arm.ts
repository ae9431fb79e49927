import type { Evidence } from '@portolan/plugin-sovereignty-common';
import type {
  Detector,
  DetectorContext,
  DiscoverySink,
  RepositoryFile,
} from '../types';
import { avmTypeCandidates, childType } from './templates/armTypes';
import { readBicep, type BicepValue } from './templates/bicep';
import { JsonValueLines } from './templates/jsonLines';
import { literalRegion } from './templates/regions';
import { reportTemplateType, reportUnparsable } from './templates/report';
import {
  entriesOf,
  isMap,
  stringAt,
  valueAt,
  type TemplateValue,
} from './templates/tree';

const DETECTOR = 'arm';
/** Deploying a template creates a deployment: the template's own evidence. */
const DEPLOYMENT_TYPE = 'Microsoft.Resources/deployments';
/** Only types of Microsoft's namespaces are reported as unknown; others are third-party. */
const isMicrosoftType = (type: string) =>
  type.toLowerCase().startsWith('microsoft.');
/** Nested deployments deeper than this are not followed. */
const MAX_NESTING = 16;

/** Where a resource was declared, what it is, and what decides its service. */
interface DeclaredResource {
  type: string;
  /** The type as matched in evidence (`Microsoft.KeyVault/vaults existing`, a module path). */
  match: string;
  line?: number;
  kind?: string;
  region?: string;
  regionLine?: number;
}

/** Reports what a template's resources stand for, and the regions they are placed in. */
function reportResources(
  file: RepositoryFile,
  resources: DeclaredResource[],
  templateMatch: string,
  sink: DiscoverySink,
  context: DetectorContext,
) {
  const evidence = (line: number | undefined): Omit<Evidence, 'match'> => ({
    path: file.path,
    ...(line !== undefined ? { line } : {}),
    detector: DETECTOR,
  });
  reportTemplateType(
    {
      find: context.lookup.armType,
      type: DEPLOYMENT_TYPE,
      reportUnknown: false,
      evidence: evidence(1),
      match: templateMatch,
    },
    sink,
    context,
  );
  let placed = false;
  for (const resource of resources) {
    reportTemplateType(
      {
        find: context.lookup.armType,
        type: resource.type,
        deciding: [['kind', resource.kind]],
        reportUnknown: isMicrosoftType(resource.type),
        evidence: evidence(resource.line),
        match: resource.match,
      },
      sink,
      context,
    );
    if (resource.region) {
      placed = true;
      sink.hosting('azure', resource.region, {
        ...evidence(resource.regionLine ?? resource.line),
        match: `location: ${resource.region}`,
      });
    }
  }
  if (!placed && resources.length > 0) {
    sink.hosting('azure', undefined, {
      ...evidence(resources[0].line),
      match: templateMatch,
    });
  }
}

// Bicep ----------------------------------------------------------------------

function detectBicep(
  file: RepositoryFile,
  sink: DiscoverySink,
  context: DetectorContext,
) {
  sink.recognised(DETECTOR);
  const bicep = readBicep(file.text);
  const resolve = (value: BicepValue | undefined) =>
    value?.literal ??
    (value?.reference ? bicep.constants.get(value.reference) : undefined);
  const declared: DeclaredResource[] = [];
  const place = (location: BicepValue | undefined) => ({
    region: literalRegion(resolve(location)),
    regionLine: location?.line,
  });

  for (const resource of bicep.resources) {
    if (resource.type === undefined) continue;
    declared.push({
      type: resource.type,
      match: resource.existing ? `${resource.type} (existing)` : resource.type,
      line: resource.line,
      kind: resolve(resource.kind),
      ...place(resource.location),
    });
  }
  for (const module of bicep.modules) {
    if (module.path === undefined) continue;
    const candidates = avmTypeCandidates(module.path);
    // Local files and private registries are the repository's own modules.
    if (candidates.length === 0) continue;
    // A module of a type no table knows is reported under its first candidate type.
    const type =
      candidates.find(
        candidate => context.lookup.armType(candidate) !== undefined,
      ) ?? candidates[0];
    declared.push({
      type,
      match: module.path,
      line: module.line,
      kind: resolve(module.kind),
      ...place(module.location),
    });
  }
  reportResources(file, declared, 'Bicep file', sink, context);
}

// ARM JSON -------------------------------------------------------------------

const JSON_LINE_KEYS = new Set(['type', 'location', 'kind']);

/** `[parameters('location')]` -> the parameter's literal default; `[variables('x')]` likewise. */
function literalArmValue(
  value: TemplateValue,
  template: TemplateValue,
): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!value.startsWith('[')) return value;
  for (const [prefix, section] of [
    ["[parameters('", 'parameters'],
    ["[variables('", 'variables'],
  ] as const) {
    if (!value.startsWith(prefix) || !value.endsWith("')]")) continue;
    const name = value.slice(prefix.length, -3);
    if (name.includes("'")) return undefined;
    const scope = valueAt(template, section);
    const resolved =
      section === 'parameters'
        ? stringAt(valueAt(scope, name), 'defaultValue')
        : stringAt(scope, name);
    return resolved !== undefined && !resolved.startsWith('[')
      ? resolved
      : undefined;
  }
  return undefined;
}

/** `resources` is an array, or (language version 2.0) a map of symbolic names. */
const resourceList = (resources: TemplateValue): TemplateValue[] =>
  Array.isArray(resources) ? resources : entriesOf(resources).map(([, r]) => r);

function collectArmResources(
  template: TemplateValue,
  lines: JsonValueLines,
  out: DeclaredResource[],
  depth: number,
) {
  const walk = (
    resources: TemplateValue,
    parent: string | undefined,
    level: number,
  ) => {
    if (level > MAX_NESTING) return;
    for (const resource of resourceList(resources)) {
      const written = stringAt(resource, 'type');
      if (written === undefined || !isMap(resource)) continue;
      const type = parent ? childType(parent, written) : written;
      const line = lines.line(resource, 'type');
      const location = literalArmValue(valueAt(resource, 'location'), template);
      out.push({
        type,
        match: type,
        line,
        kind: literalArmValue(valueAt(resource, 'kind'), template),
        region: literalRegion(location),
        regionLine: lines.line(resource, 'location') ?? line,
      });
      walk(valueAt(resource, 'resources'), type, level + 1);
      const nested = valueAt(valueAt(resource, 'properties'), 'template');
      if (
        type.toLowerCase() === DEPLOYMENT_TYPE.toLowerCase() &&
        isMap(nested) &&
        depth < MAX_NESTING
      ) {
        collectArmResources(nested, lines, out, depth + 1);
      }
    }
  };
  walk(valueAt(template, 'resources'), undefined, 0);
}

/** A JSON document is an ARM template by its schema, or by resources of Microsoft types. */
function isArmTemplate(template: TemplateValue): boolean {
  if (!isMap(template)) return false;
  const schema = stringAt(template, '$schema')?.toLowerCase();
  if (schema !== undefined) return schema.includes('deploymenttemplate');
  return resourceList(valueAt(template, 'resources')).some(r => {
    const type = stringAt(r, 'type');
    return type !== undefined && isMicrosoftType(type);
  });
}

function detectArmJson(
  file: RepositoryFile,
  sink: DiscoverySink,
  context: DetectorContext,
) {
  // `eploymentTemplate` matches deploymentTemplate.json and subscriptionDeploymentTemplate.json.
  const schemaNamed = file.text.includes('eploymentTemplate');
  if (
    !schemaNamed &&
    !file.text.includes('Microsoft.') &&
    !file.text.includes('microsoft.')
  )
    return;
  let template: TemplateValue;
  try {
    template = JSON.parse(file.text);
  } catch (error) {
    if (schemaNamed) {
      reportUnparsable(sink, file.path, {
        message: error instanceof Error ? error.message : String(error),
      });
    }
    return;
  }
  if (!isArmTemplate(template)) return;
  sink.recognised(DETECTOR);
  const resources = valueAt(template, 'resources');
  if (
    resources !== undefined &&
    !isMap(resources) &&
    !Array.isArray(resources)
  ) {
    reportUnparsable(sink, file.path, {
      message: 'resources is neither an array nor an object',
    });
  }
  const declared: DeclaredResource[] = [];
  collectArmResources(
    template,
    new JsonValueLines(file.text, JSON_LINE_KEYS),
    declared,
    0,
  );
  reportResources(file, declared, 'ARM template', sink, context);
}

/** Bicep files and ARM JSON templates. @public */
export const armDetector: Detector = {
  id: DETECTOR,
  accepts: path => {
    const lower = path.toLowerCase();
    return lower.endsWith('.bicep') || lower.endsWith('.json');
  },
  detect: (file, sink, context) =>
    file.path.toLowerCase().endsWith('.bicep')
      ? detectBicep(file, sink, context)
      : detectArmJson(file, sink, context),
};
