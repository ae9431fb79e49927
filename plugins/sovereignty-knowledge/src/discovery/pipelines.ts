import { docs } from '../sources';
import type { ServiceId, Source } from '../types';
import type { PipelineFileRule } from './types';

const CLOUD_BUILD_SCHEMA = docs(
  'Cloud Build: build configuration file schema',
  'https://cloud.google.com/build/docs/build-config-file-schema',
);
const BUILDSPEC_REFERENCE = docs(
  'AWS CodeBuild: build specification reference (buildspec.yml)',
  'https://docs.aws.amazon.com/codebuild/latest/userguide/build-spec-ref.html',
);
const AZURE_PIPELINES_YAML = docs(
  'Azure Pipelines: YAML schema reference (azure-pipelines.yml)',
  'https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/',
);

const file = (
  match: PipelineFileRule['match'],
  fileName: string,
  target: ServiceId,
  source: Source,
): PipelineFileRule => ({ match, fileName, target, sources: [source] });

/**
 * Pipeline definitions by file name. Only the names each service looks for
 * by default (or, for Cloud Build, the `*.cloudbuild.yaml` convention its
 * triggers are pointed at) are listed: a generic `ci.yml` says nothing
 * about where it runs.
 */
export const pipelineFiles: PipelineFileRule[] = [
  ...['cloudbuild.yaml', 'cloudbuild.yml', 'cloudbuild.json'].map(name =>
    file('exact', name, 'gcp:cloud-build', CLOUD_BUILD_SCHEMA),
  ),
  ...['.cloudbuild.yaml', '.cloudbuild.yml', '.cloudbuild.json'].map(name =>
    file('suffix', name, 'gcp:cloud-build', CLOUD_BUILD_SCHEMA),
  ),
  ...['buildspec.yml', 'buildspec.yaml'].map(name =>
    file('exact', name, 'aws:codebuild', BUILDSPEC_REFERENCE),
  ),
  ...['azure-pipelines.yml', 'azure-pipelines.yaml'].map(name =>
    file('exact', name, 'azure:devops', AZURE_PIPELINES_YAML),
  ),
];
