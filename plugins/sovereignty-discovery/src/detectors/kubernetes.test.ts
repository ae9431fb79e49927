import fc from 'fast-check';
import { discoverFiles, serviceIds } from '../testing/discover';
import { createDiscoveryLookup } from '../lookup';
import { kubernetesDetector } from './kubernetes';

const detectors = [kubernetesDetector];
const discover = (files: Record<string, string>) =>
  discoverFiles(files, { detectors });

const evidenceOf = (report: Awaited<ReturnType<typeof discover>>, id: string) =>
  report.services.find(s => s.id === id)?.evidence ?? [];

describe('kubernetes detector', () => {
  it('reads a Helm chart: ACR image in values, templates with {{ }} read as text with their lines', async () => {
    const report = await discover({
      'chart/Chart.yaml': [
        'apiVersion: v2',
        'name: orders',
        'version: 0.1.0',
        'dependencies:',
        '  - name: redis',
        '    repository: oci://registry-1.docker.io/bitnamicharts',
      ].join('\n'),
      'chart/values.yaml': [
        'image:',
        '  repository: ordersacr.azurecr.io/orders/api',
        '  tag: "1.4.2"',
        'serviceAccount:',
        '  create: true',
      ].join('\n'),
      'chart/templates/storageclass.yaml': [
        '{{- if .Values.persistence.enabled }}',
        'apiVersion: storage.k8s.io/v1',
        'kind: StorageClass',
        'metadata:',
        '  name: {{ include "orders.fullname" . }}-disk',
        'provisioner: disk.csi.azure.com',
        'parameters:',
        '  skuName: {{ .Values.persistence.sku | quote }}',
        '{{- end }}',
      ].join('\n'),
      'chart/templates/serviceaccount.yaml': [
        'apiVersion: v1',
        'kind: ServiceAccount',
        'metadata:',
        '  name: {{ include "orders.serviceAccountName" . }}',
        '  annotations:',
        '    azure.workload.identity/client-id: {{ .Values.identity.clientId | quote }}',
        '  labels:',
        '    {{- include "orders.labels" . | nindent 4 }}',
        '    azure.workload.identity/use: "true"',
      ].join('\n'),
    });

    expect(serviceIds(report)).toEqual([
      'azure:container-registry',
      'azure:managed-disks',
      'azure:managed-identity',
    ]);
    expect(evidenceOf(report, 'azure:managed-disks')).toEqual([
      {
        path: 'chart/templates/storageclass.yaml',
        line: 6,
        detector: 'kubernetes',
        match: 'provisioner: disk.csi.azure.com',
      },
    ]);
    expect(
      evidenceOf(report, 'azure:managed-identity').map(e => [e.line, e.match]),
    ).toEqual([
      [6, 'azure.workload.identity/client-id'],
      [9, 'azure.workload.identity/use'],
    ]);
    expect(evidenceOf(report, 'azure:container-registry')[0]).toMatchObject({
      path: 'chart/values.yaml',
      line: 2,
    });
    // A StorageClass only works on a cluster in that cloud.
    expect(report.hosting.map(h => h.provider)).toEqual(['azure']);
    expect(report.services.every(s => !s.codeLevel)).toBe(true);
    expect(report.findings).toEqual([]);
    expect(report.scan.formats).toEqual(['kubernetes']);
  });

  it('reads a kustomization: an ECR newName gives aws:ecr and the region as hosting', async () => {
    const report = await discover({
      'deploy/overlays/prod/kustomization.yaml': [
        'apiVersion: kustomize.config.k8s.io/v1beta1',
        'kind: Kustomization',
        'resources:',
        '  - ../../base',
        'images:',
        '  - name: orders',
        '    newName: 123456789012.dkr.ecr.eu-central-1.amazonaws.com/orders',
        '    newTag: "2.0.1"',
      ].join('\n'),
    });
    expect(serviceIds(report)).toEqual(['aws:ecr']);
    expect(evidenceOf(report, 'aws:ecr')[0]).toMatchObject({ line: 7 });
    expect(report.hosting).toEqual([
      expect.objectContaining({ provider: 'aws', region: 'eu-central-1' }),
    ]);
  });

  it('maps an External Secrets SecretStore by its provider key', async () => {
    const report = await discover({
      'k8s/secret-store.yaml': [
        'apiVersion: external-secrets.io/v1beta1',
        'kind: SecretStore',
        'metadata:',
        '  name: vault',
        'spec:',
        '  provider:',
        '    azurekv:',
        '      vaultUrl: https://orders-kv.vault.azure.net',
        '      authType: WorkloadIdentity',
      ].join('\n'),
      'k8s/aws-store.yaml': [
        'apiVersion: external-secrets.io/v1beta1',
        'kind: ClusterSecretStore',
        'metadata:',
        '  name: aws',
        'spec:',
        '  provider:',
        '    aws:',
        '      service: SecretsManager',
        '      region: eu-west-1',
      ].join('\n'),
    });
    expect(serviceIds(report)).toEqual([
      'aws:secrets-manager',
      'azure:key-vault',
    ]);
    expect(evidenceOf(report, 'azure:key-vault')[0]).toMatchObject({
      line: 7,
      match: 'provider: azurekv',
    });
  });

  it('reads plain multi-document manifests with a GKE ingress', async () => {
    const report = await discover({
      'k8s/app.yaml': [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: web',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '        - name: web',
        '          image: europe-west3-docker.pkg.dev/shop/images/web:1.0',
        '---',
        'apiVersion: v1',
        'kind: Service',
        'metadata:',
        '  name: web',
        '  annotations:',
        '    cloud.google.com/neg: \'{"ingress": true}\'',
        'spec:',
        '  ports: [{ port: 80 }]',
        '---',
        'apiVersion: networking.k8s.io/v1',
        'kind: Ingress',
        'metadata:',
        '  name: web',
        'spec:',
        '  ingressClassName: gce',
        '  defaultBackend:',
        '    service: { name: web, port: { number: 80 } }',
      ].join('\n'),
    });
    expect(serviceIds(report)).toEqual([
      'gcp:artifact-registry',
      'gcp:cloud-load-balancing',
    ]);
    expect(
      evidenceOf(report, 'gcp:cloud-load-balancing').map(e => e.line),
    ).toEqual([17, 26]);
    expect(report.hosting).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ provider: 'gcp', region: 'europe-west3' }),
        expect.objectContaining({ provider: 'gcp' }),
      ]),
    );
  });

  it('maps cloud operators by API group, with the engine deciding database kinds, and reports unknown groups', async () => {
    const report = await discover({
      'infra/ack.yaml': [
        'apiVersion: s3.services.k8s.aws/v1alpha1',
        'kind: Bucket',
        'metadata: { name: uploads }',
        'spec: { name: uploads-bucket }',
        '---',
        'apiVersion: rds.services.k8s.aws/v1alpha1',
        'kind: DBInstance',
        'metadata: { name: db }',
        'spec:',
        '  engine: postgres',
        '---',
        'apiVersion: newthing.services.k8s.aws/v1alpha1',
        'kind: Widget',
        'metadata: { name: w }',
      ].join('\n'),
      'infra/aso.yaml': [
        'apiVersion: cache.azure.com/v1api20230801',
        'kind: Redis',
        'metadata: { name: cache }',
      ].join('\n'),
      'infra/kcc.yaml': [
        'apiVersion: sql.cnrm.cloud.google.com/v1beta1',
        'kind: SQLInstance',
        'metadata: { name: db }',
        'spec:',
        '  databaseVersion: MYSQL_8_0',
        '---',
        'apiVersion: elbv2.k8s.aws/v1beta1',
        'kind: TargetGroupBinding',
        'metadata: { name: tgb }',
      ].join('\n'),
    });
    expect(serviceIds(report)).toEqual([
      'aws:elb',
      'aws:rds-postgresql',
      'aws:s3',
      'azure:cache-for-redis',
      'gcp:cloud-sql-mysql',
    ]);
    expect(report.findings).toEqual([
      expect.objectContaining({
        code: 'unknown-resource-type',
        value: 'newthing.services.k8s.aws/Widget',
        path: 'infra/ack.yaml',
        line: 13,
      }),
    ]);
  });

  it('leaves public images on cloud registries alone and reads ECR/ALB signals from AWS manifests', async () => {
    const report = await discover({
      'k8s/pod.yaml': [
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: p',
        'spec:',
        '  nodeSelector:',
        '    eks.amazonaws.com/nodegroup: general',
        '  containers:',
        '    - name: a',
        '      image: public.ecr.aws/nginx/nginx:1.27',
        '    - name: b',
        '      image: gcr.io/distroless/static:nonroot',
        '    - name: c',
        '      image: k8s.gcr.io/pause:3.9',
        '    - name: d',
        '      image: nginx:1.27',
      ].join('\n'),
      'k8s/ingress.yaml': [
        'apiVersion: networking.k8s.io/v1',
        'kind: Ingress',
        'metadata:',
        '  name: web',
        '  annotations:',
        '    kubernetes.io/ingress.class: alb',
        '    alb.ingress.kubernetes.io/scheme: internet-facing',
      ].join('\n'),
    });
    expect(serviceIds(report)).toEqual(['aws:eks', 'aws:elb']);
  });

  it('produces nothing for CloudFormation templates, GitHub workflows and unrelated YAML', async () => {
    const report = await discover({
      'template.yaml': [
        'AWSTemplateFormatVersion: "2010-09-09"',
        'Resources:',
        '  Bucket:',
        '    Type: AWS::S3::Bucket',
        '    Properties:',
        '      BucketName: !Sub "${AWS::StackName}-data"',
        '  Repo:',
        '    Type: AWS::ECR::Repository',
        'Outputs:',
        '  Image:',
        '    Value: 1.dkr.ecr.eu-west-1.amazonaws.com/app',
      ].join('\n'),
      '.github/workflows/ci.yml': [
        'name: ci',
        'on: push',
        'jobs:',
        '  build:',
        '    runs-on: ubuntu-latest',
        '    container:',
        '      image: ${{ vars.REGISTRY }}/ci:latest',
        '    steps:',
        '      - uses: docker/login-action@v3',
        '        with:',
        '          registry: myacr.azurecr.io',
        '      - run: echo "kind: apiVersion"',
      ].join('\n'),
      'docker-compose.yml':
        'services:\n  web:\n    image: myacr.azurecr.io/web\n',
    });
    expect(report.services).toEqual([]);
    expect(report.findings).toEqual([]);
    expect(report.scan.formats).toEqual([]);
  });

  it('turns broken YAML into a finding and keeps the valid documents', async () => {
    const report = await discover({
      'k8s/broken.yaml': [
        'apiVersion: v1',
        'kind: ServiceAccount',
        'metadata:',
        '  annotations:',
        '    eks.amazonaws.com/role-arn: arn:aws:iam::1:role/app',
        '---',
        'apiVersion: v1',
        'kind: ConfigMap',
        'data: [unclosed',
      ].join('\n'),
    });
    expect(serviceIds(report)).toEqual(['aws:iam-roles']);
    expect(report.findings).toEqual([
      expect.objectContaining({
        code: 'unparsable-file',
        path: 'k8s/broken.yaml',
      }),
    ]);
  });

  it('survives hostile input: alias bombs, deep nesting, huge lines, truncated files', async () => {
    const aliasBomb = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...Array.from({ length: 9 }, (_, i) => {
        const prev = String.fromCharCode(97 + i);
        const next = String.fromCharCode(98 + i);
        return `${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`;
      }),
      'metadata:',
      '  annotations:',
      '    iam.gke.io/gcp-service-account: app@p.iam.gserviceaccount.com',
    ].join('\n');
    const started = Date.now();
    const report = await discover({
      'bomb.yaml': aliasBomb,
      'deep.yaml': `apiVersion: v1\nkind: List\nitems: ${'['.repeat(50_000)}`,
      'long.yaml': `apiVersion: v1\nkind: ConfigMap\ndata:\n  x: "${'a'.repeat(
        500_000,
      )}`,
      'templates/long.yaml': `apiVersion: v1\nkind: ConfigMap\n${'{{ x }} '.repeat(
        60_000,
      )}\n${' '.repeat(100_000)}a: b`,
      'truncated.yaml':
        'apiVersion: v1\nkind: Service\nmetadata:\n  annotations:\n    "service.beta.kubernetes.io/aws-load-balancer-type',
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(serviceIds(report)).toEqual(['gcp:service-accounts']);
    expect(report.findings.map(f => f.path).sort()).toEqual([
      'deep.yaml',
      'long.yaml',
      'truncated.yaml',
    ]);
    expect(report.findings.every(f => f.code === 'unparsable-file')).toBe(true);
  });

  it('never throws on arbitrary text in files named like its formats', async () => {
    const lookup = createDiscoveryLookup();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          'k8s/a.yaml',
          'chart/templates/b.yaml',
          'chart/Chart.yaml',
          'chart/values-prod.yaml',
          'kustomization.yml',
        ),
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc
            .array(
              fc.constantFrom(
                'apiVersion: v1\n',
                'kind: Pod\n',
                '---\n',
                '  annotations:\n',
                '    azure.workload.identity/use: "true"\n',
                'image: x.azurecr.io/a\n',
                '{{ if }}\n',
                '- ',
                '&a ',
                '*a\n',
                '[',
                '"',
                ': ',
                '  ',
              ),
              { maxLength: 60 },
            )
            .map(parts => parts.join('')),
        ),
        async (path, text) => {
          expect(() =>
            kubernetesDetector.detect(
              { path, text },
              {
                service: () => {},
                hosting: () => {},
                unknownType: () => {},
                finding: () => {},
                recognised: () => {},
              },
              { lookup },
            ),
          ).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });
});
