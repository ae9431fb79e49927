import fc from 'fast-check';
import { discoverFiles, serviceIds } from '../testing/discover';
import { pipelinesDetector } from './pipelines';

const detectors = [pipelinesDetector];

const CLOUD_BUILD = [
  'steps:',
  '  - name: gcr.io/cloud-builders/docker',
  '    args: [build, -t, "europe-west3-docker.pkg.dev/$PROJECT_ID/shop/api", .]',
  '  - name: "${_REGION}-docker.pkg.dev/${PROJECT_ID}/tools/deployer"',
  '    args: ["--image=gcr.io/$PROJECT_ID/api"]',
  '  - name: gcr.io/google.com/cloudsdktool/cloud-sdk:slim',
  '    entrypoint: gcloud',
  'images:',
  '  - europe-west3-docker.pkg.dev/$PROJECT_ID/shop/api',
  '',
].join('\n');

describe('pipelines detector', () => {
  it('finds the build service of a pipeline file by its name', async () => {
    const report = await discoverFiles(
      {
        'ops/deploy.cloudbuild.yaml': 'steps: []\n',
        'buildspec.yml': 'version: 0.2\n',
        'azure-pipelines.yml': 'trigger: [main]\n',
        'ci.yml': 'steps: []\n',
        'cloudbuild.txt': 'steps: []\n',
      },
      { detectors },
    );
    expect(serviceIds(report)).toEqual([
      'aws:codebuild',
      'azure:devops',
      'gcp:cloud-build',
    ]);
    expect(
      report.services.find(s => s.id === 'gcp:cloud-build')?.evidence,
    ).toEqual([
      {
        path: 'ops/deploy.cloudbuild.yaml',
        line: 1,
        detector: 'pipelines',
        match: 'deploy.cloudbuild.yaml',
      },
    ]);
    expect(report.scan.formats).toEqual(['pipelines']);
  });

  it('finds the registries a Cloud Build config pushes to, not the public builder images', async () => {
    const report = await discoverFiles(
      { 'cloudbuild.yaml': CLOUD_BUILD },
      { detectors },
    );
    expect(serviceIds(report)).toEqual([
      'gcp:artifact-registry',
      'gcp:cloud-build',
    ]);
    const registry = report.services.find(
      s => s.id === 'gcp:artifact-registry',
    );
    expect(registry?.evidence.map(e => [e.line, e.match])).toEqual([
      [9, 'europe-west3-docker.pkg.dev/$PROJECT_ID/shop/api'],
      [3, 'europe-west3-docker.pkg.dev/$PROJECT_ID/shop/api'],
      [4, '${_REGION}-docker.pkg.dev/${PROJECT_ID}/tools/deployer'],
      [5, 'gcr.io/$PROJECT_ID/api'],
    ]);
    expect(report.hosting).toEqual([
      expect.objectContaining({ provider: 'gcp', region: 'europe-west3' }),
    ]);
    expect(report.findings).toEqual([]);
  });

  it('keeps the build service of a broken config and reports the file', async () => {
    const report = await discoverFiles(
      {
        'cloudbuild.yaml': 'steps:\n  - name: [unclosed\n',
        'cloudbuild.json': '{"steps": [',
      },
      { detectors },
    );
    expect(serviceIds(report)).toEqual(['gcp:cloud-build']);
    expect(report.findings.map(f => [f.code, f.path]).sort()).toEqual([
      ['unparsable-file', 'cloudbuild.json'],
      ['unparsable-file', 'cloudbuild.yaml'],
    ]);
  });

  it('never throws on arbitrary text in a Cloud Build config', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async text => {
        const report = await discoverFiles(
          { 'cloudbuild.yaml': text, 'cloudbuild.json': text },
          { detectors },
        );
        expect(serviceIds(report)).toContain('gcp:cloud-build');
      }),
      { numRuns: 200 },
    );
  });
});
