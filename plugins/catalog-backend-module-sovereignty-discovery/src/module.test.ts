import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { createBackendModule } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import {
  DISCOVERY_ANNOTATIONS,
  type DiscoveryReport,
} from '@portolan/plugin-sovereignty-common';
import { sovereigntyDiscoveryExtensionPoint } from '@portolan/plugin-sovereignty-node';
import type { Detector } from '@portolan/plugin-sovereignty-discovery';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import discoveryModule from './index';

/** A detector an adopter might add: each `uses <id>` line names a service. */
const markerDetector: Detector = {
  id: 'marker',
  accepts: path => path.endsWith('.marker'),
  detect: (file, sink) => {
    sink.recognised('marker');
    file.text.split('\n').forEach((line, i) => {
      if (line.startsWith('uses ')) {
        sink.service(line.slice(5).trim() as 'aws:s3', {
          path: file.path,
          line: i + 1,
          detector: 'marker',
          match: line,
        });
      }
    });
  },
};

const adopterModule = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'adopter-detectors',
  register(env) {
    env.registerInit({
      deps: { discovery: sovereigntyDiscoveryExtensionPoint },
      async init({ discovery }) {
        discovery.addDetector(markerDetector);
      },
    });
  },
});

describe('catalog module sovereignty-discovery on a real catalog', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'portolan-discovery-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function writeRepo(
    name: string,
    annotations: Record<string, string>,
    files: Record<string, string>,
  ) {
    const folder = join(root, name);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), text);
    }
    mkdirSync(folder, { recursive: true });
    const annotationLines = Object.entries({
      'backstage.io/source-location': 'file:./',
      ...annotations,
    }).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`);
    writeFileSync(
      join(folder, 'catalog-info.yaml'),
      [
        'apiVersion: backstage.io/v1alpha1',
        'kind: Component',
        'metadata:',
        `  name: ${name}`,
        '  annotations:',
        ...annotationLines,
        'spec: { type: service, owner: team-a, lifecycle: production }',
        '',
      ].join('\n'),
    );
    return join(folder, 'catalog-info.yaml');
  }

  async function withCatalog(
    locations: string[],
    discovery: { enabled?: boolean },
    check: (
      get: (name: string) => Promise<Entity | undefined>,
    ) => Promise<void>,
  ) {
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        discoveryModule,
        adopterModule,
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              rules: [{ allow: ['Component'] }],
              locations: locations.map(target => ({ type: 'file', target })),
            },
            sovereignty: { discovery },
          },
        }),
      ],
    });
    const port = (backend.server.address() as { port: number }).port;
    const get = async (name: string) => {
      const response = await fetch(
        `http://localhost:${port}/api/catalog/entities/by-name/component/default/${name}`,
        { headers: { authorization: mockCredentials.service.header() } },
      );
      return response.ok ? ((await response.json()) as Entity) : undefined;
    };
    try {
      await check(get);
    } finally {
      await backend.stop();
    }
  }

  async function eventually<T>(read: () => Promise<T | undefined>): Promise<T> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const value = await read();
      if (value !== undefined) return value;
      if (Date.now() > deadline)
        throw new Error('timed out waiting for the catalog');
      await new Promise(r => setTimeout(r, 200));
    }
  }

  const reportOf = (entity: Entity | undefined) => {
    const raw =
      entity?.metadata.annotations?.[DISCOVERY_ANNOTATIONS.discovered];
    return raw ? (JSON.parse(raw) as DiscoveryReport) : undefined;
  };

  it('records what the entity folder holds, through a detector added by another module, honouring discovery paths and the per-entity switch', async () => {
    const shop = writeRepo(
      'shop',
      { [DISCOVERY_ANNOTATIONS.discoveryPaths]: 'services/shop' },
      {
        'services/shop/infra.marker': '# infra\nuses aws:s3\n',
        'services/other/infra.marker': 'uses aws:sqs\n',
        'node_modules/lib/x.marker': 'uses aws:sns\n',
      },
    );
    const quiet = writeRepo(
      'quiet',
      { [DISCOVERY_ANNOTATIONS.discovery]: 'off' },
      { 'infra.marker': 'uses aws:s3\n' },
    );
    await withCatalog([shop, quiet], {}, async get => {
      const report = await eventually(async () => reportOf(await get('shop')));
      expect(report.services).toEqual([
        {
          id: 'aws:s3',
          evidence: [
            {
              path: 'services/shop/infra.marker',
              line: 2,
              detector: 'marker',
              match: 'uses aws:s3',
            },
          ],
          evidenceCount: 1,
          codeLevel: false,
        },
      ]);
      expect(report.scan).toMatchObject({
        files: 1,
        paths: ['services/shop'],
        formats: ['marker'],
      });
      expect(report.source).toBe(`file:${dirname(shop)}`);
      const off = await eventually(get.bind(null, 'quiet'));
      expect(reportOf(off)).toBeUndefined();
    });
  }, 60_000);

  it("never reads a local folder outside the catalog file's own folder", async () => {
    writeRepo('secret', {}, { 'infra.marker': 'uses aws:s3\n' });
    const sneaky = writeRepo(
      'sneaky',
      { 'backstage.io/source-location': 'file:../secret/' },
      {},
    );
    await withCatalog([sneaky], {}, async get => {
      const entity = await eventually(get.bind(null, 'sneaky'));
      expect(reportOf(entity)).toBeUndefined();
    });
  }, 60_000);

  it('leaves entities alone when discovery is switched off in config', async () => {
    const shop = writeRepo('shop', {}, { 'infra.marker': 'uses aws:s3\n' });
    await withCatalog([shop], { enabled: false }, async get => {
      const entity = await eventually(get.bind(null, 'shop'));
      expect(reportOf(entity)).toBeUndefined();
    });
  }, 60_000);
});
