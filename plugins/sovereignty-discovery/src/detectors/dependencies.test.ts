import fc from 'fast-check';
import { createDiscoveryLookup } from '../lookup';
import { discoverFiles, serviceIds } from '../testing/discover';
import { dependenciesDetector } from './dependencies';

const detectors = [dependenciesDetector];
const discover = (files: Record<string, string>) =>
  discoverFiles(files, { detectors });

describe('dependencies detector', () => {
  it('finds the SDKs of three components, as code-level evidence with lines', async () => {
    const report = await discover({
      'services/orders/package.json': JSON.stringify(
        {
          name: 'orders',
          dependencies: { '@azure/data-tables': '^13.2.0', express: '^4.19.0' },
          devDependencies: { '@aws-sdk/client-s3': '^3.600.0' },
        },
        null,
        2,
      ),
      'services/ingest/requirements.txt': [
        '# ingest worker',
        '-r base.txt',
        'azure-cosmos[aio]>=4.5 ; python_version >= "3.9"',
        'requests==2.32.0  # http',
        'git+https://github.com/example/lib.git#egg=lib',
      ].join('\n'),
      'services/events/go.mod': [
        'module example.com/events',
        '',
        'go 1.22',
        '',
        'require (',
        '\tgithub.com/Azure/azure-sdk-for-go/sdk/data/azcosmos v1.1.0',
        '\tgithub.com/Azure/azure-sdk-for-go/sdk/azidentity v1.7.0',
        '\tgithub.com/aws/aws-sdk-go-v2/service/dynamodb v1.34.0 // indirect',
        ')',
      ].join('\n'),
    });

    expect(serviceIds(report)).toEqual([
      'azure:cosmos-db',
      'azure:table-storage',
    ]);
    expect(report.services.every(s => s.codeLevel)).toBe(true);
    const cosmos = report.services.find(s => s.id === 'azure:cosmos-db');
    expect(cosmos?.evidence).toEqual([
      {
        path: 'services/ingest/requirements.txt',
        line: 3,
        detector: 'dependencies',
        match: 'azure-cosmos',
        code: true,
      },
      {
        path: 'services/events/go.mod',
        line: 6,
        detector: 'dependencies',
        match: 'github.com/Azure/azure-sdk-for-go/sdk/data/azcosmos',
        code: true,
      },
    ]);
    expect(
      report.services.find(s => s.id === 'azure:table-storage')?.evidence[0],
    ).toMatchObject({
      path: 'services/orders/package.json',
      line: 4,
    });
    expect(report.findings).toEqual([]);
    expect(report.scan.formats).toEqual(['dependencies']);
  });

  it('reads pom.xml dependencies, leaving out managed versions, plugins and test scope', async () => {
    const report = await discover({
      'pom.xml': [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<project xmlns="http://maven.apache.org/POM/4.0.0">',
        '  <dependencyManagement><dependencies><dependency>',
        '    <groupId>com.google.cloud</groupId><artifactId>google-cloud-pubsub</artifactId>',
        '  </dependency></dependencies></dependencyManagement>',
        '  <dependencies>',
        '    <!-- <dependency><groupId>software.amazon.awssdk</groupId><artifactId>s3</artifactId></dependency> -->',
        '    <dependency>',
        '      <groupId>com.azure</groupId>',
        '      <artifactId>azure-messaging-servicebus</artifactId>',
        '      <version>7.17.0</version>',
        '    </dependency>',
        '    <dependency>',
        '      <groupId>software.amazon.awssdk</groupId>',
        '      <artifactId>dynamodb</artifactId>',
        '      <scope>test</scope>',
        '    </dependency>',
        '  </dependencies>',
        '  <build><plugins><plugin><dependencies><dependency>',
        '    <groupId>com.google.cloud</groupId><artifactId>google-cloud-storage</artifactId>',
        '  </dependency></dependencies></plugin></plugins></build>',
        '</project>',
      ].join('\n'),
    });
    expect(serviceIds(report)).toEqual(['azure:service-bus']);
    expect(report.services[0].evidence[0]).toMatchObject({
      line: 10,
      match: 'com.azure:azure-messaging-servicebus',
    });
  });

  it('reads Gradle builds and version catalogs; platform BOMs and test configurations are not services', async () => {
    const report = await discover({
      'app/build.gradle.kts': [
        'dependencies {',
        '    implementation(platform("software.amazon.awssdk:bom:2.25.0"))',
        '    implementation("software.amazon.awssdk:dynamodb:2.25.0")',
        '    testImplementation("com.google.cloud:google-cloud-pubsub:1.130.0")',
        '    implementation(group = "com.google.cloud", name = "google-cloud-secretmanager", version = "2.0.0")',
        '    implementation(libs.storage)',
        '}',
      ].join('\n'),
      'legacy/build.gradle':
        "dependencies {\n  implementation 'com.azure:azure-storage-blob:12.26.0'\n}\n",
      'gradle/libs.versions.toml': [
        '[versions]',
        'gcs = "2.40.0"',
        '',
        '[libraries]',
        'storage = { module = "com.google.cloud:google-cloud-storage", version.ref = "gcs" }',
      ].join('\n'),
    });
    expect(serviceIds(report)).toEqual([
      'aws:dynamodb',
      'azure:blob-storage',
      'gcp:cloud-storage',
      'gcp:secret-manager',
    ]);
    expect(
      report.services.find(s => s.id === 'aws:dynamodb')?.evidence[0],
    ).toMatchObject({ path: 'app/build.gradle.kts', line: 3 });
  });

  it('reads .NET projects and packages.config', async () => {
    const report = await discover({
      'src/Orders/Orders.csproj': [
        '<Project Sdk="Microsoft.NET.Sdk">',
        '  <ItemGroup>',
        '    <PackageReference Include="Azure.Messaging.ServiceBus" Version="7.18.1" />',
        "    <PackageReference Include='AWSSDK.DynamoDBv2' Version='3.7.400' />",
        '    <PackageReference Update="Google.Cloud.Storage.V1" Version="4.10.0" />',
        '    <PackageReference Include="Newtonsoft.Json" Version="13.0.3" />',
        '  </ItemGroup>',
        '</Project>',
      ].join('\n'),
      'legacy/packages.config':
        '<packages>\n  <package id="Google.Cloud.PubSub.V1" version="3.0.0" />\n</packages>',
    });
    expect(serviceIds(report)).toEqual([
      'aws:dynamodb',
      'azure:service-bus',
      'gcp:pubsub',
    ]);
    expect(
      report.services.find(s => s.id === 'aws:dynamodb')?.evidence[0].line,
    ).toBe(4);
  });

  it('reads pyproject.toml (PEP 621 and Poetry) with PEP 503 names, and Pipfile', async () => {
    const report = await discover({
      'pyproject.toml': [
        '[project]',
        'name = "worker"',
        'dependencies = [',
        '  "Azure_ServiceBus>=7.12",  # normalised per PEP 503',
        "  'google-cloud-bigquery[pandas] ~= 3.25',",
        ']',
        '',
        '[project.optional-dependencies]',
        'aws = ["boto3>=1.34"]',
        '',
        '[tool.poetry.dependencies]',
        'python = "^3.11"',
        'google.cloud.secret-manager = "^2.20"',
        '',
        '[tool.poetry.dependencies.azure-data-tables]',
        'version = "^12.5"',
        '',
        '[tool.poetry.group.dev.dependencies]',
        'azure-storage-blob = "*"',
      ].join('\n'),
      'tools/Pipfile':
        '[packages]\ngoogle-cloud-pubsub = "*"\n\n[dev-packages]\nazure-cosmos = "*"\n',
    });
    expect(serviceIds(report)).toEqual([
      'azure:service-bus',
      'azure:table-storage',
      'gcp:bigquery',
      'gcp:pubsub',
    ]);
    // `google.cloud.secret-manager` is a dotted key, not the package name: nothing guessed.
    expect(
      report.services.find(s => s.id === 'azure:service-bus')?.evidence[0],
    ).toMatchObject({
      line: 4,
      match: 'azure-servicebus',
    });
  });

  it('leaves out what a compiled lock file says other packages pull in', async () => {
    const report = await discover({
      'worker/requirements.txt': [
        '# generated by a lock tool',
        'azure-identity==1.17.0',
        '    # via -r requirements.in',
        'msal==1.30.0',
        '    # via',
        '    #   azure-identity',
        '    #   msal-extensions',
        'google-cloud-storage==2.18.0 \\',
        '    --hash=sha256:0000',
        '    # via some-vector-store',
        'google-cloud-pubsub==2.23.0',
        '    # via',
        '    #   -c constraints.txt',
        '    #   queue-helper',
        'azure-storage-blob==12.22.0',
        '    # via worker (pyproject.toml)',
        'azure-cosmos==4.7.0',
        '    # via',
        '    #   -r requirements.in',
        '    #   other-lib',
        '',
      ].join('\n'),
    });
    expect(serviceIds(report)).toEqual([
      'azure:blob-storage',
      'azure:cosmos-db',
    ]);
    expect(
      report.services.find(s => s.id === 'azure:cosmos-db')?.evidence[0].line,
    ).toBe(17);
  });

  it('maps LangChain integrations to the service their models and stores call', async () => {
    const report = await discover({
      'rag/requirements.txt':
        'langchain-aws~=0.2\nlangchain-google-alloydb-pg\n',
      'chat/package.json': JSON.stringify({
        dependencies: { '@langchain/google-vertexai': '^1.0.0' },
      }),
    });
    expect(serviceIds(report)).toEqual([
      'aws:bedrock',
      'gcp:alloydb',
      'gcp:vertex-ai',
    ]);
  });

  it('resolves npm aliases, Go major versions and monolithic SDKs as decided', async () => {
    const report = await discover({
      'web/package.json': JSON.stringify({
        dependencies: {
          s3: 'npm:@aws-sdk/client-s3@^3.600.0',
          'aws-sdk': '^2.1600.0',
        },
        peerDependencies: { '@google-cloud/pubsub': '^4' },
      }),
      'go.mod':
        'module m\n\nrequire cloud.google.com/go/secretmanager/v2 v2.0.0\nrequire github.com/aws/aws-sdk-go v1.55.0\n',
      'requirements-prod.txt': 'boto3==1.34.0\n',
    });
    expect(serviceIds(report)).toEqual([
      'aws:s3',
      'gcp:pubsub',
      'gcp:secret-manager',
    ]);
  });

  it('reports broken manifests as unparsable and keeps what it read before the error', async () => {
    const report = await discover({
      'package.json': '{"dependencies": {"@azure/cosmos": "^4"',
      'pyproject.toml':
        '[project]\ndependencies = ["azure-cosmos", "unterminated',
      'pom.xml':
        '<project><dependencies><dependency><groupId>com.azure</groupId><artifactId>azure-storage-queue</artifactId></dependency></dependencies><dependency',
      'App.csproj': '<Project><PackageReference Include="Azure.Data.Tables',
    });
    expect(serviceIds(report)).toEqual(['azure:storage-queues']);
    expect(report.findings.map(f => [f.code, f.path]).sort()).toEqual([
      ['unparsable-file', 'App.csproj'],
      ['unparsable-file', 'package.json'],
      ['unparsable-file', 'pom.xml'],
      ['unparsable-file', 'pyproject.toml'],
    ]);
  });

  it('stays fast on hostile input', async () => {
    const started = Date.now();
    const report = await discover({
      'package.json': `${'['.repeat(200_000)}`,
      'requirements.txt': `${'x\\\n'.repeat(100_000)}azure-cosmos\n`,
      'pyproject.toml': `a = ${'['.repeat(10_000)}`,
      'pom.xml': '<a>'.repeat(100_000) + '</b>'.repeat(100_000),
      'build.gradle': `implementation ${'group '.repeat(100_000)}`,
      'go.mod': `require (\n${'\t'.repeat(500_000)}\n`,
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(report.services).toEqual([]);
    expect(report.findings.map(f => f.path).sort()).toEqual([
      'package.json',
      'pyproject.toml',
    ]);
  });

  it('never throws on arbitrary text in files named like its formats', async () => {
    const lookup = createDiscoveryLookup();
    const sink = {
      service: () => {},
      hosting: () => {},
      unknownType: () => {},
      finding: () => {},
      recognised: () => {},
    };
    await fc.assert(
      fc.property(
        fc.constantFrom(
          'package.json',
          'requirements.txt',
          'pyproject.toml',
          'Pipfile',
          'go.mod',
          'pom.xml',
          'build.gradle.kts',
          'a.csproj',
          'gradle/libs.versions.toml',
        ),
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc
            .array(
              fc.constantFrom(
                '<dependency>',
                '</dependency>',
                '<groupId>',
                '</groupId>',
                '<!--',
                '"',
                "'",
                '[',
                ']',
                '{',
                '}',
                '=',
                '\n',
                'require (',
                ')',
                'implementation(',
                ':',
                '@azure/cosmos',
                'azure-cosmos',
                '\\',
                '#',
                '<PackageReference Include=',
              ),
              { maxLength: 60 },
            )
            .map(parts => parts.join('')),
        ),
        (path, text) => {
          expect(() =>
            dependenciesDetector.detect({ path, text }, sink, { lookup }),
          ).not.toThrow();
        },
      ),
      { numRuns: 400 },
    );
  });
});
