import type { Assessment, Evidence } from '@portolan/plugin-sovereignty-common';

/** The catalog's annotation naming where an entity's source lives. */
export const SOURCE_LOCATION_ANNOTATION = 'backstage.io/source-location';

/** Names people recognise for the built-in detectors; an adopter's detector keeps its id. */
const DETECTOR_LABELS: Record<string, string> = {
  terraform: 'Terraform',
  arm: 'Bicep/ARM',
  cloudFormation: 'CloudFormation',
  serverless: 'Serverless',
  kubernetes: 'Kubernetes',
  dependencies: 'dependencies',
};

export function detectorLabel(id: string): string {
  return DETECTOR_LABELS[id] ?? id;
}

/** `infra/main.tf:12`, or the path alone when the format has no lines. */
export function evidenceLocation(evidence: Evidence): string {
  return evidence.line ? `${evidence.path}:${evidence.line}` : evidence.path;
}

const plural = (count: number, word: string) =>
  `${count} ${word}${count === 1 ? '' : 's'}`;

/** 48213 -> "47 KB" */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * The formats the entity's own discovered services were found in, in the
 * order first seen; the formats scanned when no evidence names one.
 */
function formatsFoundIn(assessment: Assessment): string[] {
  const detectors = new Set<string>();
  for (const row of assessment.mappings ?? []) {
    for (const evidence of row.discovery?.evidence ?? []) {
      detectors.add(evidence.detector);
    }
  }
  const ids = detectors.size
    ? [...detectors]
    : assessment.discovery?.scan?.formats ?? [];
  return ids.map(detectorLabel);
}

/**
 * "4 services discovered in Terraform, dependencies (12 files)", or what
 * was scanned when nothing was found; undefined when nothing was scanned.
 */
export function discoverySentence(assessment: Assessment): string | undefined {
  const discovery = assessment.discovery;
  if (!discovery) return undefined;
  const files = plural(discovery.scan?.files ?? 0, 'file');
  const count = discovery.services ?? 0;
  if (count === 0) return `No services discovered in ${files}`;
  const formats = formatsFoundIn(assessment);
  return `${plural(count, 'service')} discovered${
    formats.length ? ` in ${formats.join(', ')}` : ''
  } (${files})`;
}

/** The engine's account of what was scanned and why nothing matched, when discovery ran and found nothing. */
export function nothingFoundMessage(
  assessment: Assessment,
): string | undefined {
  if (!assessment.discovery) return undefined;
  return assessment.findings?.find(f => f.code === 'not-annotated')?.message;
}

/** Why the stored discovery report was dropped, when it was. */
export function invalidReportMessage(
  assessment: Assessment,
): string | undefined {
  return assessment.findings?.find(f => f.code === 'invalid-discovery-report')
    ?.message;
}

/** Where the repository lives, as a URL evidence paths resolve against: a `url:` location only. */
export function repositoryBase(
  sourceLocation: string | undefined,
): string | undefined {
  const prefix = 'url:';
  return sourceLocation?.startsWith(prefix)
    ? sourceLocation.slice(prefix.length)
    : undefined;
}
