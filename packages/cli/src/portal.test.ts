import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import sovereigntyPlugin from '@portolan/plugin-sovereignty-backend';
import { parse } from 'yaml';
import { run } from './run';
import { writeFiles } from './testing/files';
import { captureOutput } from './testing/output';

// Real git repositories, processes and servers: slower than a unit test on a loaded CI machine.
jest.setTimeout(60_000);

/** The portal's app-config.yaml, with a company's own service known only from config. */
const CONFIG_YAML = `
app:
  title: ACME portal
sovereignty:
  weights:
    supply-chain: 40
    strategic: 5
  knowledgeBase:
    services:
      - id: stackit:acme-ledger
        name: ACME ledger
        category: key-value
        terraformResources: [stackit_acme_ledger]
        source: https://docs.example.com/acme/ledger
`;

describe('portolan assess --portal, against the real sovereignty backend on loopback', () => {
  let dir: string;
  let portal: string;
  let stop: () => Promise<void>;
  const token = mockCredentials.user.token('user:default/ci');

  beforeAll(async () => {
    const backend = await startTestBackend({
      features: [
        sovereigntyPlugin,
        catalogServiceMock.factory({ entities: [] }),
        mockServices.rootConfig.factory({
          data: {
            sovereignty: {
              ...parse(CONFIG_YAML).sovereignty,
              schedule: {
                frequency: { hours: 24 },
                timeout: { minutes: 1 },
                initialDelay: { hours: 24 },
              },
            },
          },
        }),
        mockServices.database.factory(),
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
      ],
    });
    const { port } = backend.server.address() as AddressInfo;
    portal = `http://127.0.0.1:${port}/api/sovereignty`;
    stop = () => backend.stop();

    dir = mkdtempSync(join(tmpdir(), 'portolan-portal-'));
    const files: Record<string, string> = {
      'catalog-info.yaml': `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ledger-api
  annotations:
    portolan.dev/hosting: stackit:eu01
spec:
  type: service
  owner: team-ledger
  lifecycle: production
`,
      'infra/main.tf':
        'resource "stackit_acme_ledger" "books" {\n  name = "books"\n}\n\nresource "azurerm_key_vault" "kv" {\n  name = "kv"\n}\n',
      'app-config.yaml': CONFIG_YAML,
    };
    writeFiles(dir, files);
  });
  afterAll(async () => {
    await stop?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const assessJson = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
    const output = captureOutput();
    const code = await run(
      ['assess', dir, '--format', 'json', ...args],
      output.io,
      env,
    );
    return { code, output, rows: code === 0 ? JSON.parse(output.out()) : [] };
  };

  it('uses the portal knowledge base for discovery and its POST /assess, with the token from PORTOLAN_PORTAL_TOKEN', async () => {
    const viaPortal = await assessJson(['--portal', portal], {
      PORTOLAN_PORTAL_TOKEN: token,
    });
    expect(viaPortal.code).toBe(0);
    // The company's service exists only in the portal's configured knowledge base.
    expect(viaPortal.rows[0].services).toEqual([
      'azure:key-vault',
      'stackit:acme-ledger',
    ]);
    const bundled = await assessJson([]);
    expect(bundled.rows[0].services).toEqual(['azure:key-vault']);

    // --config with the portal's file gives the portal's answer.
    const configured = await assessJson([
      '--config',
      join(dir, 'app-config.yaml'),
    ]);
    expect(configured.rows).toEqual(viaPortal.rows);
    expect(configured.rows[0].score).not.toBe(bundled.rows[0].score);
  });

  it('says what the portal answered without a token, and refuses --portal with --config', async () => {
    const refused = await assessJson(['--portal', portal]);
    expect(refused.code).toBe(2);
    expect(refused.output.err()).toMatch(
      /portal \/api\/sovereignty\/knowledge-base answered 401: .* \(set PORTOLAN_PORTAL_TOKEN\)/,
    );
    const both = await assessJson([
      '--portal',
      portal,
      '--config',
      join(dir, 'app-config.yaml'),
    ]);
    expect(both.code).toBe(2);
    expect(both.output.err()).toContain(
      '--config and --portal exclude each other',
    );
    const notHttp = await assessJson(['--portal', 'file:///etc/passwd']);
    expect(notHttp.output.err()).toContain('--portal takes an http(s) URL');
  });
});
