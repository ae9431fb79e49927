import { discoverFiles, serviceIds } from '../testing/discover';
import { cloudFormationDetector } from './cloudFormation';

const detectors = [cloudFormationDetector];

const SAM_TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: python3.12
Parameters:
  DbEngine:
    Type: String
    Default: postgres
Resources:
  OrdersFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Environment:
        Variables:
          TABLE: !Ref OrdersTable
          QUEUE_URL: !GetAtt OrdersQueue.QueueUrl
          BUCKET: !Sub '\${AWS::StackName}-uploads'
      Events:
        Api:
          Type: Api
          Properties:
            Path: /orders
            Method: post
        Queue:
          Type: SQS
          Properties:
            Queue: !GetAtt OrdersQueue.Arn
  OrdersTable:
    Type: AWS::Serverless::SimpleTable
  OrdersQueue:
    Type: AWS::SQS::Queue
  Database:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: !Ref DbEngine
      DBInstanceClass: !If [IsProd, db.m6g.large, db.t4g.micro]
  Role:
    Type: AWS::IAM::Role
  Policy:
    Type: AWS::IAM::ManagedPolicy
  Seeder:
    Type: Custom::SeedData
Outputs:
  Url:
    Value: !Join ['', ['https://', !Ref ServerlessRestApi]]
`;

describe('cloudFormation detector', () => {
  it('reads a SAM template with short-form intrinsic functions', async () => {
    const report = await discoverFiles(
      { 'infra/template.yaml': SAM_TEMPLATE },
      { detectors },
    );
    expect(report.findings.filter(f => f.code === 'unparsable-file')).toEqual(
      [],
    );
    expect(serviceIds(report)).toEqual([
      'aws:api-gateway',
      'aws:cloudformation',
      'aws:dynamodb',
      'aws:iam-roles',
      'aws:lambda',
      'aws:rds-postgresql',
      'aws:sqs',
    ]);
    const lambda = report.services.find(s => s.id === 'aws:lambda');
    expect(lambda?.evidence).toEqual([
      {
        path: 'infra/template.yaml',
        line: 12,
        detector: 'cloudFormation',
        match: 'AWS::Serverless::Function',
      },
    ]);
    const sqs = report.services.find(s => s.id === 'aws:sqs');
    expect(sqs?.evidence.map(e => [e.line, e.match])).toEqual([
      [27, 'AWS::Serverless::Function?Events.Type=SQS'],
      [33, 'AWS::SQS::Queue'],
    ]);
    expect(
      report.services.find(s => s.id === 'aws:rds-postgresql')?.evidence[0]
        .match,
    ).toBe('AWS::RDS::DBInstance (Engine=postgres)');
    expect(
      report.services.find(s => s.id === 'aws:cloudformation')?.evidence[0],
    ).toMatchObject({
      line: 1,
      match: 'SAM template',
    });
    expect(report.hosting).toEqual([
      {
        provider: 'aws',
        evidence: [
          {
            path: 'infra/template.yaml',
            line: 1,
            detector: 'cloudFormation',
            match: 'SAM template',
          },
        ],
      },
    ]);
    expect(report.findings).toEqual([
      expect.objectContaining({
        code: 'unknown-resource-type',
        value: 'Custom::SeedData',
        line: 44,
      }),
    ]);
    expect(report.scan.formats).toEqual(['cloudFormation']);
  });

  it('reads a JSON template with line numbers, one per repeated type', async () => {
    const template = {
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: {
        Uploads: { Type: 'AWS::S3::Bucket' },
        Archive: { Type: 'AWS::S3::Bucket' },
        Cache: {
          Type: 'AWS::ElastiCache::ReplicationGroup',
          Properties: { Engine: 'valkey' },
        },
        Legacy: {
          Type: 'AWS::RDS::DBInstance',
          Properties: { Engine: 'oracle-ee' },
        },
        Cluster: {
          Type: 'AWS::RDS::DBCluster',
          Properties: { Engine: 'aurora-postgresql' },
        },
        Vpc: { Type: 'AWS::EC2::VPC' },
        Thing: { Type: 'AWS::NoSuchService::Thing' },
        Atlas: { Type: 'MongoDB::Atlas::Cluster' },
      },
    };
    const text = JSON.stringify(template, null, 2);
    const report = await discoverFiles(
      { 'cdk.out/Stack.template.json': text },
      { detectors },
    );
    expect(serviceIds(report)).toEqual([
      'aws:aurora',
      'aws:cloudformation',
      'aws:elasticache',
      'aws:s3',
      'aws:vpc',
    ]);
    const lines = text.split('\n');
    const lineOf = (needle: string, from = 0) =>
      lines.findIndex((l, i) => i >= from && l.includes(needle)) + 1;
    const first = lineOf('AWS::S3::Bucket');
    expect(
      report.services.find(s => s.id === 'aws:s3')?.evidence.map(e => e.line),
    ).toEqual([first, lineOf('AWS::S3::Bucket', first)]);
    expect(report.findings.map(f => f.value).sort()).toEqual([
      'AWS::NoSuchService::Thing',
      'AWS::RDS::DBInstance?Engine=oracle-ee',
    ]);
  });

  it('ignores YAML that is not CloudFormation, without recognising it', async () => {
    const report = await discoverFiles(
      {
        'k8s/deploy.yaml':
          'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n',
        '.github/workflows/ci.yml':
          'on: push\njobs:\n  b:\n    steps:\n      - run: echo "Resources AWS::S3::Bucket"\n',
        'package.json': '{"name": "x", "resources": []}',
      },
      { detectors },
    );
    expect(report.services).toEqual([]);
    expect(report.findings).toEqual([]);
    expect(report.scan.formats).toEqual([]);
  });

  it('turns broken templates into findings and keeps what can be read', async () => {
    const report = await discoverFiles(
      {
        'a.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources: 5\n',
        'b.yaml':
          'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Q:\n    Type: [1]\n  T:\n    Type: AWS::SNS::Topic\n',
        'c.json': '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {',
        'd.yaml':
          'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n  bad: [unclosed\n',
        'e.template': 'AWSTemplateFormatVersion: x\nResources: !Ref\n',
      },
      { detectors },
    );
    const unparsable = report.findings
      .filter(f => f.code === 'unparsable-file')
      .map(f => f.path);
    expect([...new Set(unparsable)].sort()).toEqual([
      'a.yaml',
      'b.yaml',
      'c.json',
      'd.yaml',
      'e.template',
    ]);
    expect(serviceIds(report)).toEqual([
      'aws:cloudformation',
      'aws:sns',
      'aws:sqs',
    ]);
  });

  it('reads a YAML alias bomb partially and in bounded time', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i += 1) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(
        `${name}: &${name} [${Array(10).fill(`*${prev}`).join(',')}]`,
      );
    }
    const text = `AWSTemplateFormatVersion: "2010-09-09"\nMetadata:\n  ${levels.join(
      '\n  ',
    )}\nResources:\n  T:\n    Type: AWS::SNS::Topic\n`;
    const started = Date.now();
    const report = await discoverFiles({ 'bomb.yaml': text }, { detectors });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(serviceIds(report)).toContain('aws:sns');
    expect(report.findings).toEqual([
      expect.objectContaining({ code: 'unparsable-file', path: 'bomb.yaml' }),
    ]);
  });

  it('finds X-Ray from active tracing and ECR from image functions, in Globals and in properties', async () => {
    const report = await discoverFiles(
      {
        'sam/template.yaml': [
          'Transform: AWS::Serverless-2016-10-31',
          'Globals:',
          '  Function:',
          '    Tracing: Active',
          '  Api:',
          '    TracingEnabled: true',
          'Resources:',
          '  Resizer:',
          '    Type: AWS::Serverless::Function',
          '    Properties:',
          '      PackageType: Image',
          '  Plain:',
          '    Type: AWS::Serverless::Function',
          '    Properties:',
          '      PackageType: Zip',
          '      Tracing: PassThrough',
          '',
        ].join('\n'),
        'cfn/stack.yaml': [
          "AWSTemplateFormatVersion: '2010-09-09'",
          'Parameters:',
          '  Mode:',
          '    Type: String',
          '    Default: Active',
          'Resources:',
          '  Worker:',
          '    Type: AWS::Lambda::Function',
          '    Properties:',
          '      TracingConfig:',
          '        Mode: !Ref Mode',
          '',
        ].join('\n'),
      },
      { detectors },
    );
    const evidence = (id: string) =>
      report.services
        .find(s => s.id === id)
        ?.evidence.map(e => [e.path, e.line, e.match]);
    expect(evidence('aws:x-ray')).toEqual([
      ['sam/template.yaml', 4, 'AWS::Serverless::Function?Tracing=Active'],
      ['sam/template.yaml', 6, 'AWS::Serverless::Api?TracingEnabled=true'],
      ['cfn/stack.yaml', 11, 'AWS::Lambda::Function?TracingConfig.Mode=Active'],
    ]);
    expect(evidence('aws:ecr')).toEqual([
      ['sam/template.yaml', 11, 'AWS::Serverless::Function?PackageType=Image'],
    ]);
    expect(report.findings).toEqual([]);
  });

  it('does not read serverless.yml, which the serverless detector owns', () => {
    expect(cloudFormationDetector.accepts('svc/serverless.yml')).toBe(false);
    expect(cloudFormationDetector.accepts('svc/template.yml')).toBe(true);
  });
});
