import fc from 'fast-check';
import { createDiscoveryLookup } from '../../lookup';
import type { Detector, DiscoverySink } from '../../types';
import { armDetector } from '../arm';
import { cloudFormationDetector } from '../cloudFormation';
import { serverlessDetector } from '../serverless';

const context = { lookup: createDiscoveryLookup() };
const detectors = [armDetector, cloudFormationDetector, serverlessDetector];

/** A sink that only counts, so the properties exercise the detectors alone. */
const countingSink = () => {
  const calls = { services: 0, findings: 0 };
  const sink: DiscoverySink = {
    service: () => void (calls.services += 1),
    hosting: () => {},
    unknownType: () => void (calls.findings += 1),
    finding: () => void (calls.findings += 1),
    recognised: () => {},
  };
  return { sink, calls };
};

const FILE_NAMES = [
  'main.bicep',
  'azuredeploy.json',
  'template.yaml',
  'stack.template',
  'infra/cfn.yml',
  'serverless.yml',
  'svc/serverless.yaml',
];

/** Pieces of the three formats, so random files reach their parsers' deeper paths. */
const FRAGMENTS = [
  'AWSTemplateFormatVersion: "2010-09-09"\n',
  'Transform: AWS::Serverless-2016-10-31\n',
  'Resources:\n',
  '  A:\n',
  '    Type: AWS::S3::Bucket\n',
  '    Type: AWS::Serverless::Function\n',
  '    Properties:\n      Engine: !Ref E\n      Events:\n        X:\n          Type: SQS\n',
  '!GetAtt [a, b]',
  '!Sub',
  '&a [1, 2]',
  '*a',
  'service: s\n',
  'provider:\n  name: aws\n  region: eu-central-1\n',
  'functions:\n  f:\n    events:\n      - sqs: arn\n      - stream: arn:aws:kinesis:x:1:s\n',
  "resource r 'Microsoft.Web/sites@2023-01-01' = {\n",
  "  kind: 'functionapp'\n",
  "  resource c 'config' = {}\n",
  "module m 'br/public:avm/res/key-vault/vault:0.1' = {\n  params: {\n",
  "'${",
  "${'",
  '}',
  ']',
  '{"$schema": "deploymentTemplate", "resources": [{"type": "Microsoft.KeyVault/vaults", "resources": [',
  '{"AWSTemplateFormatVersion": 1, "Resources": {"A": {"Type": "AWS::SQS::Queue"}}}',
  '/*',
  '//',
  "'''",
  '\n',
  '  ',
  '"',
  '\\',
];

const runAll = (path: string, text: string) => {
  for (const detector of detectors) {
    if (!detector.accepts(path)) continue;
    detector.detect({ path, text }, countingSink().sink, context);
  }
};

describe('template detectors on arbitrary input', () => {
  it('never throw on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FILE_NAMES),
        fc.string({ maxLength: 400 }),
        (path, text) => {
          runAll(path, text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throw on shuffled pieces of their formats', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FILE_NAMES),
        fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }),
        (path, pieces) => {
          runAll(path, pieces.join(''));
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each<[string, Detector, string]>([
    [
      'deep Bicep interpolations',
      armDetector,
      `resource x '${"${'".repeat(100_000)}`,
    ],
    [
      'deep Bicep brackets',
      armDetector,
      `resource x 'Microsoft.A/b@1' = ${'{['.repeat(100_000)}`,
    ],
    [
      'deep JSON nesting',
      armDetector,
      `{"$schema":"deploymentTemplate","resources":${'['.repeat(100_000)}`,
    ],
    [
      'deep YAML nesting',
      cloudFormationDetector,
      `AWSTemplateFormatVersion: x\nResources: ${'['.repeat(50_000)}`,
    ],
    [
      'many resources',
      cloudFormationDetector,
      `AWSTemplateFormatVersion: x\nResources:\n${Array.from(
        { length: 20_000 },
        (_, i) => `  R${i}:\n    Type: AWS::S3::Bucket\n`,
      ).join('')}`,
    ],
  ])('stay fast on %s', (_name, detector, text) => {
    let path = 'a.yaml';
    if (detector === armDetector)
      path = text.startsWith('{') ? 'a.json' : 'a.bicep';
    const started = Date.now();
    const { sink } = countingSink();
    expect(() => detector.detect({ path, text }, sink, context)).not.toThrow();
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
