import type { Entity } from '@backstage/catalog-model';
import { knowledgeBase } from '@portolan/plugin-sovereignty-knowledge';
import type { DiscoveryReport } from '../discovery/types';
import { createAssessor } from './engine';

const assess = createAssessor(knowledgeBase);
const NOW = '2026-12-01T00:00:00.000Z';

const report: DiscoveryReport = {
  version: 1,
  scannedAt: '2026-11-30T10:00:00.000Z',
  source: 'url:https://git.example.com/shop/tree/main/',
  services: [
    {
      id: 'azure:key-vault',
      evidence: [
        {
          path: 'infra/main.tf',
          line: 12,
          detector: 'terraform',
          match: 'azurerm_key_vault',
        },
      ],
      evidenceCount: 1,
      codeLevel: false,
    },
    {
      id: 'azure:table-storage',
      evidence: [
        {
          path: 'infra/main.tf',
          line: 30,
          detector: 'terraform',
          match: 'azurerm_storage_table',
        },
        {
          path: 'api/package.json',
          line: 8,
          detector: 'dependencies',
          match: '@azure/data-tables',
          code: true,
        },
      ],
      evidenceCount: 2,
      codeLevel: true,
    },
  ],
  hosting: [
    {
      provider: 'azure',
      region: 'westeurope',
      evidence: [
        {
          path: 'infra/main.tf',
          line: 3,
          detector: 'terraform',
          match: 'location = "westeurope"',
        },
      ],
    },
  ],
  findings: [],
  scan: {
    files: 4,
    bytes: 2048,
    skipped: 1,
    paths: [''],
    formats: ['dependencies', 'terraform'],
    durationMs: 3,
  },
};

function component(annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'shop', annotations },
    spec: {
      type: 'service',
      owner: 'group:default/team-shop',
      lifecycle: 'production',
    },
  };
}

const discovered = (extra: Record<string, string> = {}) =>
  component({ 'portolan.dev/discovered': JSON.stringify(report), ...extra });

describe('discovered services in the assessment', () => {
  it('assesses an entity that only carries a discovery report', () => {
    const result = assess(
      { entity: discovered() },
      { now: NOW, defaultTargetProviders: ['ionos'] },
    );
    expect(result.status).toBe('assessed');
    expect(result.mappings.map(m => m.service)).toEqual([
      'azure:key-vault',
      'azure:table-storage',
    ]);
    expect(result.mappings[0].discovery).toEqual({
      declared: false,
      evidence: report.services[0].evidence,
      evidenceCount: 1,
      codeLevel: false,
    });
    expect(result.hosting).toEqual({
      provider: 'azure',
      region: 'westeurope',
      country: 'NL',
    });
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        code: 'hosting-discovered',
        message: expect.stringContaining('infra/main.tf:3'),
      }),
    );
    expect(result.discovery).toMatchObject({
      services: 2,
      undeclared: 2,
      stale: false,
      scan: { files: 4 },
    });
    // Without annotations by people, nothing is "undeclared": there is no declaration to contradict.
    expect(result.findings.map(f => f.code)).not.toContain(
      'discovered-not-declared',
    );
  });

  it('raises the effort of a service whose SDK the code calls', () => {
    const viaCode = assess(
      { entity: discovered() },
      { now: NOW, defaultTargetProviders: ['ionos'] },
    );
    const infraOnly: DiscoveryReport = {
      ...report,
      services: report.services.map(s => ({
        ...s,
        codeLevel: false,
        evidence: s.evidence.filter(e => !e.code),
      })),
    };
    const viaInfra = assess(
      {
        entity: component({
          'portolan.dev/discovered': JSON.stringify(infraOnly),
        }),
      },
      { now: NOW, defaultTargetProviders: ['ionos'] },
    );
    const cellOf = (a: typeof viaCode) =>
      a.mappings.find(m => m.service === 'azure:table-storage')!.targets.ionos!;
    const order = ['S', 'M', 'L', 'XL'];
    expect(cellOf(viaCode).fit).toBe(cellOf(viaInfra).fit);
    expect(cellOf(viaCode).fit).not.toBe('direct');
    expect(order.indexOf(cellOf(viaCode).effort)).toBe(
      Math.min(3, order.indexOf(cellOf(viaInfra).effort) + 1),
    );
    expect(cellOf(viaCode).notes).toContain('code change');
    expect(viaCode.readiness.ionos!.effortPoints).toBeGreaterThan(
      viaInfra.readiness.ionos!.effortPoints,
    );
  });

  it('keeps declared services authoritative and reports what was found but not declared', () => {
    const result = assess(
      {
        entity: discovered({
          'portolan.dev/services': 'azure:key-vault',
          'portolan.dev/hosting': 'stackit:eu01',
        }),
      },
      { now: NOW, defaultTargetProviders: ['ionos'] },
    );
    expect(
      result.mappings.find(m => m.service === 'azure:key-vault')!.discovery!
        .declared,
    ).toBe(true);
    expect(result.hosting?.provider).toBe('stackit');
    const undeclared = result.findings.filter(
      f => f.code === 'discovered-not-declared',
    );
    expect(undeclared).toEqual([
      expect.objectContaining({
        service: 'azure:table-storage',
        message: expect.stringContaining(
          'infra/main.tf:30 creates azurerm_storage_table',
        ),
      }),
    ]);
    expect(result.discovery!.undeclared).toBe(1);
  });

  it('silences an ignored service visibly, with its reason', () => {
    const result = assess(
      {
        entity: discovered({
          'portolan.dev/ignore-services':
            'azure:key-vault: only the sample under docs/',
        }),
      },
      { now: NOW },
    );
    expect(result.mappings.map(m => m.service)).toEqual([
      'azure:table-storage',
    ]);
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        code: 'discovered-service-ignored',
        service: 'azure:key-vault',
        message: expect.stringContaining('only the sample under docs/'),
      }),
    );
    expect(result.discovery!.ignored).toEqual([
      { service: 'azure:key-vault', reason: 'only the sample under docs/' },
    ]);
  });

  it('ignores the report when discovery is switched off for the entity', () => {
    const result = assess(
      { entity: discovered({ 'portolan.dev/discovery': 'off' }) },
      { now: NOW },
    );
    expect(result.mappings).toEqual([]);
    expect(result.discovery).toBeUndefined();
    expect(result.status).toBe('unannotated');
  });

  it('inherits what discovery found in a Resource the entity depends on', () => {
    const resource: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: 'shop-db',
        annotations: { 'portolan.dev/discovered': JSON.stringify(report) },
      },
      spec: { type: 'database', owner: 'group:default/team-shop' },
    };
    const result = assess(
      { entity: component({}), related: [resource] },
      { now: NOW },
    );
    expect(result.mappings.map(m => [m.service, m.inheritedFrom])).toEqual([
      ['azure:key-vault', ['resource:default/shop-db']],
      ['azure:table-storage', ['resource:default/shop-db']],
    ]);
  });

  it('inherits the service of a Resource a cloud catalog provider created', () => {
    const resource = (
      name: string,
      annotations: Record<string, string>,
      type = 'bucket',
    ): Entity => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: { name, annotations },
      spec: { type, owner: 'group:default/team-shop' },
    });
    const related = [
      resource('orders-bucket', {
        'amazonaws.com/arn': 'arn:aws:s3:::orders-bucket',
      }),
      resource('orders-table', {
        'amazonaws.com/arn':
          'arn:aws:dynamodb:eu-central-1:123456789012:table/orders',
      }),
      resource('shop-vault', {
        'management.azure.com/resourceId':
          '/subscriptions/0000/resourceGroups/rg-shop/providers/Microsoft.KeyVault/vaults/kv-shop',
      }),
      resource('shop-bus', {}, 'Microsoft.ServiceBus/namespaces'),
      resource('not-cloud', { 'amazonaws.com/arn': 'no-arn-here' }),
    ];
    const result = assess({ entity: component({}), related }, { now: NOW });
    expect(result.mappings.map(m => [m.service, m.inheritedFrom])).toEqual([
      ['aws:dynamodb', ['resource:default/orders-table']],
      ['aws:s3', ['resource:default/orders-bucket']],
      ['azure:key-vault', ['resource:default/shop-vault']],
      ['azure:service-bus', ['resource:default/shop-bus']],
    ]);
  });

  it('says what was scanned when nothing matched', () => {
    const empty: DiscoveryReport = {
      ...report,
      services: [],
      hosting: [],
      scan: { ...report.scan, formats: [] },
    };
    const result = assess(
      {
        entity: component({ 'portolan.dev/discovered': JSON.stringify(empty) }),
      },
      { now: NOW },
    );
    expect(result.status).toBe('unannotated');
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        code: 'not-annotated',
        message: expect.stringContaining('Discovery read 4 file(s)'),
      }),
    );
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['wrong format', '{"version":2,"services":[]}'],
    [
      'wrong shapes',
      JSON.stringify({
        version: 1,
        services: [5, { id: 7 }, { id: 'azure:nope' }],
        hosting: 'x',
        scan: [],
      }),
    ],
    ['oversized', JSON.stringify({ ...report, pad: 'x'.repeat(300_000) })],
  ])(
    'turns a broken report (%s) into a finding, never an exception',
    (_, value) => {
      const result = assess(
        { entity: component({ 'portolan.dev/discovered': value }) },
        { now: NOW },
      );
      expect(result.mappings).toEqual([]);
      expect(
        result.findings.some(
          f =>
            f.code === 'invalid-discovery-report' ||
            f.code === 'discovered-service-unknown',
        ),
      ).toBe(true);
    },
  );
});
