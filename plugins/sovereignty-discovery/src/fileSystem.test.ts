import {
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createDiscoveryLookup } from '@portolan/plugin-sovereignty-common';
import { builtInDetectors } from './detectors';
import { scanWorkingTree } from './fileSystem';

describe('readWorkingTree', () => {
  let root: string;
  let outside: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'portolan-tree-'));
    outside = mkdtempSync(join(tmpdir(), 'portolan-outside-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
  const write = (base: string, path: string, text: string) => {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), text);
  };
  const scan = (paths: string[] = [], limits = {}) => {
    const options = {
      detectors: builtInDetectors,
      lookup: createDiscoveryLookup(),
      paths,
      limits,
    };
    return scanWorkingTree(root, options);
  };

  it('never follows symbolic links out of the tree', async () => {
    write(outside, 'secret.tf', 'resource "aws_s3_bucket" "b" {}\n');
    symlinkSync(join(outside, 'secret.tf'), join(root, 'linked.tf'));
    symlinkSync(outside, join(root, 'linked-folder'));
    write(root, 'own.tf', 'resource "aws_sqs_queue" "q" {}\n');
    const report = await scan();
    expect(report.services.map(s => s.id)).toEqual(['aws:sqs']);
    expect(report.scan.files).toBe(1);
  });

  it('skips a file over the size limit without reading it whole, and dependency folders', async () => {
    write(
      root,
      'big.tf',
      `resource "aws_s3_bucket" "b" {}\n${'#'.repeat(300_000)}\n`,
    );
    write(
      root,
      'node_modules/x/package.json',
      '{"dependencies":{"@aws-sdk/client-sqs":"1"}}',
    );
    write(root, 'ok.tf', 'resource "aws_sns_topic" "t" {}\n');
    const report = await scan([], { maxFileBytes: 100_000 });
    expect(report.services.map(s => s.id)).toEqual(['aws:sns']);
    expect(report.scan).toMatchObject({ files: 1, skipped: 1 });
  });

  it('enters only the folders on the way to the discovery paths', async () => {
    write(
      root,
      'services/a/infra/main.tf',
      'resource "aws_sqs_queue" "q" {}\n',
    );
    write(root, 'services/b/main.tf', 'resource "aws_s3_bucket" "b" {}\n');
    const report = await scan(['services/a']);
    expect(report.services.map(s => s.id)).toEqual(['aws:sqs']);
  });
});
