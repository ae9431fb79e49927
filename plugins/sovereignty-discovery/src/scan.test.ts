import fc from 'fast-check';
import { discoverFiles } from './testing/discover';
import type { Detector } from './types';

const marker: Detector = {
  id: 'marker',
  accepts: path => path.endsWith('.txt'),
  detect: (file, sink) => {
    sink.recognised('marker');
    const line = file.text.split('\n').findIndex(l => l.includes('S3'));
    if (line >= 0) {
      sink.service('aws:s3', {
        path: file.path,
        line: line + 1,
        detector: 'marker',
        match: 'S3',
      });
    }
    if (file.text.includes('boom')) throw new Error('boom');
  },
};

describe('scanRepository', () => {
  it('runs detectors on accepted files and records evidence with line numbers', async () => {
    const report = await discoverFiles(
      { 'infra/a.txt': 'x\nuses S3\n', 'README.md': 'S3' },
      { detectors: [marker] },
    );
    expect(report.services).toEqual([
      {
        id: 'aws:s3',
        evidence: [
          { path: 'infra/a.txt', line: 2, detector: 'marker', match: 'S3' },
        ],
        evidenceCount: 1,
        codeLevel: false,
      },
    ]);
    expect(report.scan).toMatchObject({
      files: 1,
      skipped: 1,
      formats: ['marker'],
    });
  });

  it('turns a detector exception into a finding naming the file', async () => {
    const report = await discoverFiles(
      { 'a.txt': 'boom' },
      { detectors: [marker] },
    );
    expect(report.findings).toEqual([
      expect.objectContaining({ code: 'unparsable-file', path: 'a.txt' }),
    ]);
  });

  it('skips binary files, dependency folders, paths leaving the tree and files outside the discovery paths', async () => {
    const report = await discoverFiles(
      {
        'bin.txt': new Uint8Array([83, 51, 0, 1]),
        'node_modules/x/a.txt': 'S3',
        '../escape.txt': 'S3',
        '/etc/abs.txt': 'S3',
        'other/a.txt': 'S3',
        'svc/a.txt': 'no match',
      },
      { detectors: [marker], paths: ['svc', '../x'] },
    );
    expect(report.services).toEqual([]);
    expect(report.scan).toMatchObject({ files: 1, skipped: 5, paths: ['svc'] });
  });

  it('stops at the file limit and says so', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 5 }, (_, i) => [`f${i}.txt`, 'S3']),
    );
    const report = await discoverFiles(files, {
      detectors: [marker],
      limits: { maxFiles: 2 },
    });
    expect(report.scan.files).toBe(2);
    expect(report.findings).toEqual([
      expect.objectContaining({ code: 'scan-limit' }),
    ]);
    expect(report.services[0].evidenceCount).toBe(2);
  });
});

describe('scanRepository on arbitrary bytes', () => {
  // Names every built-in detector accepts, so each one sees the bytes.
  const NAMES = [
    'main.tf',
    'main.tf.json',
    'terragrunt.hcl',
    'main.bicep',
    'azuredeploy.json',
    'template.yaml',
    'serverless.yml',
    'chart/templates/deployment.yaml',
    'chart/values.yaml',
    'kustomization.yaml',
    'package.json',
    'requirements.txt',
    'pyproject.toml',
    'go.mod',
    'pom.xml',
    'build.gradle.kts',
    'app.csproj',
  ];

  it('gives a report, never an exception, for any bytes in any file, within a bounded time', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            fc.constantFrom(...NAMES),
            fc.oneof(
              fc.uint8Array({ maxLength: 4096 }),
              fc
                .string({ maxLength: 4096 })
                .map(s => new TextEncoder().encode(s)),
            ),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        async files => {
          const started = Date.now();
          const report = await discoverFiles(
            Object.fromEntries(
              files.map(([name, bytes], i) => [`r${i}/${name}`, bytes]),
            ),
          );
          expect(report.version).toBe(1);
          expect(Array.isArray(report.findings)).toBe(true);
          // 8 files of at most 4 KB each: far below a second on any machine.
          expect(Date.now() - started).toBeLessThan(2_000);
        },
      ),
      { numRuns: 150 },
    );
  });
});
