import { discoverFiles } from './testing/discover';
import type { Detector } from './types';

const marker: Detector = {
  id: 'marker',
  accepts: path => path.endsWith('.txt'),
  detect: (file, sink) => {
    sink.recognised('marker');
    const line = file.text.split('\n').findIndex(l => l.includes('S3'));
    if (line >= 0) {
      sink.service('aws:s3', { path: file.path, line: line + 1, detector: 'marker', match: 'S3' });
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
        evidence: [{ path: 'infra/a.txt', line: 2, detector: 'marker', match: 'S3' }],
        evidenceCount: 1,
        codeLevel: false,
      },
    ]);
    expect(report.scan).toMatchObject({ files: 1, skipped: 1, formats: ['marker'] });
  });

  it('turns a detector exception into a finding naming the file', async () => {
    const report = await discoverFiles({ 'a.txt': 'boom' }, { detectors: [marker] });
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
