import { NotModifiedError } from '@backstage/errors';
import type { Entity } from '@backstage/catalog-model';
import { mockServices } from '@backstage/backend-test-utils';
import type { UrlReaderService } from '@backstage/backend-plugin-api';
import type { CatalogProcessorCache } from '@backstage/plugin-catalog-node';
import {
  DISCOVERY_ANNOTATIONS,
  createDiscoveryLookup,
  type DiscoveryReport,
} from '@portolan/plugin-sovereignty-common';
import type { Detector } from '@portolan/plugin-sovereignty-discovery';
import { SovereigntyDiscoveryProcessor } from './SovereigntyDiscoveryProcessor';

const detector: Detector = {
  id: 'marker',
  accepts: path => path.endsWith('.marker'),
  detect: (file, sink) => {
    if (file.text.includes('s3')) {
      sink.service('aws:s3', {
        path: file.path,
        line: 1,
        detector: 'marker',
        match: 's3',
      });
    }
  },
};

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'shop',
    annotations: {
      'backstage.io/source-location':
        'url:https://git.example.com/shop/tree/main/',
    },
  },
  spec: {},
};
const location = {
  type: 'url',
  target: 'https://git.example.com/shop/blob/main/catalog-info.yaml',
};

function memoryCache(): CatalogProcessorCache {
  const data = new Map<string, unknown>();
  return {
    get: async (key: string) => data.get(key) as any,
    set: async (key: string, value: unknown) => void data.set(key, value),
  } as CatalogProcessorCache;
}

function tree(files: Record<string, string>, etag: string) {
  return {
    etag,
    files: async () =>
      Object.entries(files).map(([path, text]) => ({
        path,
        content: async () => Buffer.from(text),
      })),
    archive: async () => {
      throw new Error('not used');
    },
    dir: async () => {
      throw new Error('not used');
    },
  };
}

function setup(readTree: jest.Mock) {
  let now = 1_000_000;
  const processor = new SovereigntyDiscoveryProcessor({
    reader: {
      readTree,
      readUrl: jest.fn(),
      search: jest.fn(),
    } as unknown as UrlReaderService,
    logger: mockServices.logger.mock(),
    detectors: [detector],
    lookup: createDiscoveryLookup(),
    settings: {
      enabled: true,
      kinds: new Set(['component']),
      minIntervalMs: 60_000,
      concurrency: 1,
      limits: {},
    },
    clock: () => now,
  });
  const cache = memoryCache();
  const run = async () => {
    const out = await processor.preProcessEntity(
      entity,
      location,
      jest.fn(),
      location,
      cache,
    );
    return JSON.parse(
      out.metadata.annotations![DISCOVERY_ANNOTATIONS.discovered],
    ) as DiscoveryReport;
  };
  return { run, advance: (ms: number) => (now += ms) };
}

describe('SovereigntyDiscoveryProcessor', () => {
  it('reads the source location once per interval and then only with its ETag', async () => {
    const readTree = jest
      .fn()
      .mockResolvedValueOnce(tree({ 'main.marker': 's3' }, 'etag-1'))
      .mockRejectedValueOnce(new NotModifiedError('unchanged'));
    const { run, advance } = setup(readTree);
    expect((await run()).services.map(s => s.id)).toEqual(['aws:s3']);
    expect((await run()).services.map(s => s.id)).toEqual(['aws:s3']);
    expect(readTree).toHaveBeenCalledTimes(1);
    advance(61_000);
    const again = await run();
    expect(again.services.map(s => s.id)).toEqual(['aws:s3']);
    expect(again.stale).toBeUndefined();
    expect(readTree).toHaveBeenCalledTimes(2);
    expect(readTree.mock.calls[0][0]).toBe(
      'https://git.example.com/shop/tree/main/',
    );
    expect(readTree.mock.calls[1][1]).toMatchObject({ etag: 'etag-1' });
  });

  it('keeps the last result, marked stale, when the repository cannot be read', async () => {
    const readTree = jest
      .fn()
      .mockResolvedValueOnce(tree({ 'main.marker': 's3' }, 'etag-1'))
      .mockRejectedValueOnce(new Error('rate limit exceeded'));
    const { run, advance } = setup(readTree);
    await run();
    advance(61_000);
    const report = await run();
    expect(report.stale).toBe(true);
    expect(report.services.map(s => s.id)).toEqual(['aws:s3']);
    expect(report.findings).toEqual([
      expect.objectContaining({
        code: 'read-failed',
        message: expect.stringContaining('rate limit exceeded'),
      }),
    ]);
  });

  it('passes a filter to the reader so only files a detector accepts are fetched', async () => {
    const readTree = jest.fn().mockResolvedValue(tree({}, 'e'));
    const { run } = setup(readTree);
    await run();
    const filter = readTree.mock.calls[0][1].filter as (
      path: string,
      info?: { size: number },
    ) => boolean;
    expect(filter('infra/main.marker', { size: 10 })).toBe(true);
    expect(filter('README.md', { size: 10 })).toBe(false);
    expect(filter('node_modules/x/a.marker', { size: 10 })).toBe(false);
    expect(filter('big.marker', { size: 50 * 1024 * 1024 })).toBe(false);
  });
});
