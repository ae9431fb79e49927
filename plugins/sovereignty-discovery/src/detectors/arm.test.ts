import { discoverFiles, serviceIds } from '../testing/discover';
import { armDetector } from './arm';

const detectors = [armDetector];

const BICEP_APP = `// Order service: Container Apps, Key Vault, Storage
param location string = 'westeurope'
param environmentName string
var vaultName = 'kv-\${uniqueString(resourceGroup().id)}'

resource env 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: environmentName
  location: location
}

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: 'orders'
  location: location
  properties: {
    managedEnvironmentId: env.id
    configuration: {
      secrets: [ { name: 'conn', keyVaultUrl: '\${vault.properties.vaultUri}secrets/conn' } ]
    }
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: vaultName
  location: resourceGroup().location
  properties: { tenantId: tenant().tenantId, sku: { family: 'A', name: 'standard' } }
  resource conn 'secrets' = {
    name: 'conn'
    properties: { value: 'x' }
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'ordersdata'
  location: 'West Europe'
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  /* tables hold the orders */
  resource tables 'tableServices' = {
    name: 'default'
    resource orders 'tables' = { name: 'orders' }
  }
}

resource shared 'Microsoft.Cache/redis@2024-03-01' existing = {
  name: 'shared-cache'
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'orders-id'
  location: location
}

resource func 'Microsoft.Web/sites@2023-12-01' = [for i in range(0, 2): {
  name: 'fn-\${i}'
  location: location
  kind: 'functionapp,linux'
}]

resource gadget 'Microsoft.Gadgets/widgets@2020-01-01' = if (false) {
  name: 'never'
}

module kv 'br/public:avm/res/key-vault/vault:0.11.0' = {
  name: 'kv'
  params: { name: 'kv2', location: 'germanywestcentral' }
}

module site 'br/public:avm/res/web/site:0.10.0' = {
  name: 'site'
  params: {
    kind: 'functionapp'
  }
}

module local './modules/storage.bicep' = {
  name: 'local'
}
`;

describe('arm detector: Bicep', () => {
  it('finds the services of a Container Apps, Key Vault and Storage app', async () => {
    const report = await discoverFiles(
      { 'infra/main.bicep': BICEP_APP },
      { detectors },
    );
    expect(serviceIds(report)).toEqual([
      'azure:blob-storage',
      'azure:cache-for-redis',
      'azure:container-apps',
      'azure:functions',
      'azure:key-vault',
      'azure:managed-identity',
      'azure:resource-manager',
      'azure:table-storage',
    ]);
    const lines = BICEP_APP.split('\n');
    const lineOf = (needle: string) =>
      lines.findIndex(l => l.includes(needle)) + 1;
    const evidence = (id: string) =>
      report.services
        .find(s => s.id === id)
        ?.evidence.map(e => [e.line, e.match]);
    expect(evidence('azure:key-vault')).toEqual([
      [lineOf("'Microsoft.KeyVault/vaults@"), 'Microsoft.KeyVault/vaults'],
      [lineOf("'secrets'"), 'Microsoft.KeyVault/vaults/secrets'],
      [lineOf('avm/res/key-vault'), 'br/public:avm/res/key-vault/vault:0.11.0'],
    ]);
    expect(evidence('azure:table-storage')).toEqual([
      [
        lineOf("'tableServices'"),
        'Microsoft.Storage/storageAccounts/tableServices',
      ],
      [
        lineOf("'tables'"),
        'Microsoft.Storage/storageAccounts/tableServices/tables',
      ],
    ]);
    expect(evidence('azure:cache-for-redis')).toEqual([
      [lineOf('Microsoft.Cache/redis'), 'Microsoft.Cache/redis (existing)'],
    ]);
    expect(evidence('azure:functions')).toEqual([
      [
        lineOf("'Microsoft.Web/sites@"),
        'Microsoft.Web/sites (kind=functionapp,linux)',
      ],
      [
        lineOf('avm/res/web/site'),
        'br/public:avm/res/web/site:0.10.0 (kind=functionapp)',
      ],
    ]);
    expect(report.findings).toEqual([
      expect.objectContaining({
        code: 'unknown-resource-type',
        value: 'Microsoft.Gadgets/widgets',
      }),
    ]);
    // Literal regions, and params with literal defaults; resourceGroup().location is not one.
    expect(report.hosting.map(h => h.region).sort()).toEqual([
      'germanywestcentral',
      'westeurope',
    ]);
    expect(
      report.hosting.find(h => h.region === 'westeurope')?.evidence[0],
    ).toMatchObject({
      line: lineOf('location: location'),
      match: 'location: westeurope',
    });
    expect(report.scan.formats).toEqual(['arm']);
  });

  it('survives unterminated strings, comments and interpolations', async () => {
    const report = await discoverFiles(
      {
        'a.bicep':
          "resource x 'Microsoft.KeyVault/vaults@2023-07-01' = {\n  name: 'unterminated\n",
        'b.bicep':
          "/* never closed\nresource x 'Microsoft.KeyVault/vaults@1' = {}",
        'c.bicep':
          "resource x 'Microsoft.${'${'}nested'}'/vaults@1' = {}\nresource y 'Microsoft.Sql/servers@2023-01-01' = {}\n",
        'd.bicep': '}}}]]) resource',
      },
      { detectors },
    );
    expect(serviceIds(report)).toEqual([
      'azure:key-vault',
      'azure:resource-manager',
      'azure:sql-database',
    ]);
  });
});

describe('arm detector: ARM JSON', () => {
  const template = {
    $schema:
      'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    parameters: { location: { type: 'string', defaultValue: 'northeurope' } },
    variables: { cosmosKind: 'MongoDB' },
    resources: [
      {
        type: 'Microsoft.Web/sites',
        apiVersion: '2023-12-01',
        name: 'web',
        location: "[parameters('location')]",
        kind: 'app,linux',
        resources: [{ type: 'config', apiVersion: '2023-12-01', name: 'web' }],
      },
      {
        type: 'Microsoft.DocumentDB/databaseAccounts',
        apiVersion: '2024-05-15',
        name: 'docs',
        location: '[resourceGroup().location]',
        kind: "[variables('cosmosKind')]",
      },
      {
        type: 'Microsoft.CognitiveServices/accounts',
        name: 'ai',
        kind: 'OpenAI',
        location: 'swedencentral',
      },
      {
        type: 'Microsoft.CognitiveServices/accounts',
        name: 'speech',
        kind: 'SpeechServices',
      },
      { type: 'Microsoft.Authorization/roleAssignments', name: 'ra' },
      { type: 'Microsoft.Resources/tags', name: 'default' },
      {
        type: 'Microsoft.Resources/deployments',
        name: 'nested',
        properties: {
          template: {
            resources: [
              { type: 'Microsoft.ServiceBus/namespaces', name: 'bus' },
            ],
          },
        },
      },
    ],
  };

  it('walks resources, nested resources and nested deployments with line numbers', async () => {
    const text = JSON.stringify(template, null, 2);
    const report = await discoverFiles(
      { 'deploy/azuredeploy.json': text },
      { detectors },
    );
    expect(serviceIds(report)).toEqual([
      'azure:app-service',
      'azure:cosmos-db-mongodb',
      'azure:managed-identity',
      'azure:openai',
      'azure:resource-manager',
      'azure:service-bus',
    ]);
    const lines = text.split('\n');
    expect(
      report.services
        .find(s => s.id === 'azure:app-service')
        ?.evidence.map(e => [e.line, e.match]),
    ).toEqual([
      [
        lines.findIndex(l => l.includes('"Microsoft.Web/sites"')) + 1,
        'Microsoft.Web/sites',
      ],
      [
        lines.findIndex(l => l.includes('"config"')) + 1,
        'Microsoft.Web/sites/config',
      ],
    ]);
    expect(report.findings.map(f => f.value)).toEqual([
      'Microsoft.CognitiveServices/accounts?kind=SpeechServices',
    ]);
    expect(report.hosting.map(h => h.region).sort()).toEqual([
      'northeurope',
      'swedencentral',
    ]);
  });

  it('reads language version 2.0 templates whose resources are an object', async () => {
    const text = JSON.stringify({
      $schema:
        'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      languageVersion: '2.0',
      resources: { vault: { type: 'Microsoft.KeyVault/vaults', name: 'v' } },
    });
    const report = await discoverFiles({ 'main.json': text }, { detectors });
    expect(serviceIds(report)).toEqual([
      'azure:key-vault',
      'azure:resource-manager',
    ]);
    // Minified: every value is on line 1.
    expect(report.services[0].evidence[0].line).toBe(1);
  });

  it('ignores other JSON and reports broken templates', async () => {
    const report = await discoverFiles(
      {
        'package.json':
          '{"name": "x", "dependencies": {"@azure/identity": "4.0.0"}}',
        'tsconfig.json': '{"compilerOptions": {"types": ["Microsoft.Thing"]}}',
        'azuredeploy.parameters.json':
          '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "parameters": {}}',
        'broken.json':
          '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": [',
        'shapes.json':
          '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": 5}',
        'types.json':
          '{"$schema": "x/deploymentTemplate.json", "resources": [{"type": [1]}, null, 3, {"type": "Microsoft.Sql/servers"}]}',
      },
      { detectors },
    );
    expect(serviceIds(report)).toEqual([
      'azure:resource-manager',
      'azure:sql-database',
    ]);
    expect(report.findings.map(f => [f.code, f.path]).sort()).toEqual([
      ['unparsable-file', 'broken.json'],
      ['unparsable-file', 'shapes.json'],
    ]);
    expect(report.scan.formats).toEqual(['arm']);
  });
});
