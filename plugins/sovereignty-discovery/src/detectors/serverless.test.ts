import { discoverFiles, serviceIds } from '../testing/discover';
import { serverlessDetector } from './serverless';

const detectors = [serverlessDetector];

const SERVERLESS_YML = `service: orders
frameworkVersion: '3'
custom:
  tableName: orders-\${opt:stage, 'dev'}
provider:
  name: aws
  runtime: nodejs20.x
  region: eu-central-1
  stage: \${opt:stage, 'dev'}
  environment:
    TABLE: \${self:custom.tableName}
functions:
  createOrder:
    handler: src/create.handler
    events:
      - httpApi:
          path: /orders
          method: post
      - sqs:
          arn: !GetAtt OrdersQueue.Arn
  onStream:
    handler: src/stream.handler
    events:
      - stream:
          type: dynamodb
          arn: !GetAtt OrdersTable.StreamArn
      - stream: arn:aws:kinesis:eu-central-1:123456789012:stream/clicks
      - schedule: rate(5 minutes)
      - alexaSkill: amzn1.ask.skill.xx
resources:
  Resources:
    OrdersQueue:
      Type: AWS::SQS::Queue
    OrdersTable:
      Type: AWS::DynamoDB::Table
      Properties:
        TableName: \${self:custom.tableName}
`;

describe('serverless detector', () => {
  it('maps provider, functions, events and the CloudFormation resources section', async () => {
    const report = await discoverFiles(
      { 'svc/serverless.yml': SERVERLESS_YML },
      { detectors },
    );
    expect(serviceIds(report)).toEqual([
      'aws:api-gateway',
      'aws:cloudformation',
      'aws:dynamodb',
      'aws:eventbridge',
      'aws:kinesis',
      'aws:lambda',
      'aws:sqs',
    ]);
    expect(report.hosting).toEqual([
      {
        provider: 'aws',
        region: 'eu-central-1',
        evidence: [
          {
            path: 'svc/serverless.yml',
            line: 5,
            detector: 'serverless',
            match: 'provider: aws eu-central-1',
          },
        ],
      },
    ]);
    const evidence = (id: string) =>
      report.services
        .find(s => s.id === id)
        ?.evidence.map(e => [e.line, e.match]);
    expect(evidence('aws:lambda')).toEqual([
      [13, 'Serverless::aws::Function'],
      [21, 'Serverless::aws::Function'],
    ]);
    expect(evidence('aws:dynamodb')).toEqual([
      [24, 'stream: dynamodb'],
      [35, 'AWS::DynamoDB::Table'],
    ]);
    expect(evidence('aws:kinesis')).toEqual([[27, 'stream: kinesis']]);
    expect(report.findings).toEqual([
      expect.objectContaining({
        code: 'unknown-resource-type',
        value: 'Serverless::aws::Function?events=alexaSkill',
        line: 29,
      }),
    ]);
    expect(report.scan.formats).toEqual(['serverless']);
  });

  it('maps Azure and Google functions and their regions', async () => {
    const report = await discoverFiles(
      {
        'a/serverless.yml':
          'service: a\nprovider:\n  name: azure\n  region: West Europe\nfunctions:\n  hello:\n    handler: h\n    events:\n      - http: true\n',
        'g/serverless.yaml':
          'service: g\nprovider:\n  name: google\n  region: ${opt:region}\nfunctions:\n  hello:\n    handler: h\n',
      },
      { detectors },
    );
    expect(serviceIds(report)).toEqual([
      'azure:functions',
      'gcp:cloud-functions',
    ]);
    expect(report.hosting.map(h => [h.provider, h.region])).toEqual([
      ['azure', 'westeurope'],
      ['gcp', undefined],
    ]);
    expect(report.findings).toEqual([]);
  });

  it('reports broken files and ignores YAML that is not a service', async () => {
    const report = await discoverFiles(
      {
        'x/serverless.yml': 'service: x\nprovider: [\n',
        'y/serverless.yml': 'just: a map\n',
        'z/serverless.yml':
          'service: z\nprovider:\n  name: aws\nfunctions: 5\nresources:\n  Resources:\n    Bad:\n      Type: [1]\n',
      },
      { detectors },
    );
    expect(report.findings.map(f => [f.code, f.path])).toEqual([
      ['unparsable-file', 'x/serverless.yml'],
      ['unparsable-file', 'z/serverless.yml'],
    ]);
    expect(serviceIds(report)).toEqual(['aws:cloudformation']);
  });
});
