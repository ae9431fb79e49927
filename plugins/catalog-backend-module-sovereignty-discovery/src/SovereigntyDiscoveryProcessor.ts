import { dirname, isAbsolute, relative, resolve } from 'node:path';
import {
  ANNOTATION_SOURCE_LOCATION,
  parseLocationRef,
  type Entity,
} from '@backstage/catalog-model';
import type {
  LoggerService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import type {
  CatalogProcessor,
  CatalogProcessorCache,
  CatalogProcessorEmit,
  LocationSpec,
} from '@backstage/plugin-catalog-node';
import {
  readDiscoverySteering,
  withDiscoveryReport,
  type DiscoveryLookup,
  type DiscoveryReport,
} from '@portolan/plugin-sovereignty-common';
import {
  scanRepository,
  scanWorkingTree,
  shouldScan,
  type Detector,
  type ScanEntry,
} from '@portolan/plugin-sovereignty-discovery';
import type { DiscoverySettings } from './settings';

/** Where an entity's files are: a URL the UrlReader can read, or a local folder. */
type SourceTree =
  | { kind: 'url'; url: string }
  | { kind: 'file'; folder: string };

/** What the processor keeps per entity between processing runs (the catalog's processor cache). */
interface CachedDiscovery {
  /** Source and discovery paths the report was made for; a change rescans. */
  key: string;
  etag?: string;
  checkedAt: number;
  report: DiscoveryReport;
}

const CACHE_KEY = 'discovery';

/** At most this many repository reads at once, per backend replica. */
class Limiter {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly max: number) {}
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) {
      await new Promise<void>(release => this.waiting.push(release));
    }
    this.active += 1;
    try {
      return await task();
    } finally {
      this.active -= 1;
      this.waiting.shift()?.();
    }
  }
}

/**
 * Runs discovery on the catalog's own processing loop, so it is incremental
 * and spread across backend replicas like the rest of the catalog. Each
 * entity's repository is read through the UrlReader at most once per
 * interval and with its ETag, so an unchanged repository is not read again;
 * the result is stored on the entity as `portolan.dev/discovered`.
 */
export class SovereigntyDiscoveryProcessor implements CatalogProcessor {
  private readonly limiter: Limiter;

  constructor(
    private readonly options: {
      reader: UrlReaderService;
      logger: LoggerService;
      detectors: Detector[];
      lookup: DiscoveryLookup;
      settings: DiscoverySettings;
      clock?: () => number;
    },
  ) {
    this.limiter = new Limiter(options.settings.concurrency);
  }

  getProcessorName(): string {
    return 'SovereigntyDiscoveryProcessor';
  }

  async preProcessEntity(
    entity: Entity,
    location: LocationSpec,
    _emit: CatalogProcessorEmit,
    _originLocation: LocationSpec,
    cache: CatalogProcessorCache,
  ): Promise<Entity> {
    const { settings } = this.options;
    if (!settings.enabled) return entity;
    if (!settings.kinds.has(String(entity.kind).toLowerCase())) return entity;
    const { disabled, paths } = readDiscoverySteering(entity);
    if (disabled) return entity;
    const source = sourceTree(entity, location);
    if (!source) return entity;
    const key = JSON.stringify([source, paths]);
    const now = (this.options.clock ?? Date.now)();

    // The cache holds plain JSON; the shape is ours and checked by `key`.
    const cached = (await cache.get(CACHE_KEY)) as unknown as
      | CachedDiscovery
      | undefined;
    const previous = cached && cached.key === key ? cached : undefined;
    let next: CachedDiscovery;
    if (previous && now - previous.checkedAt < settings.minIntervalMs) {
      next = previous;
    } else {
      next = await this.limiter.run(() =>
        this.scan(entity, source, paths, key, previous, now),
      );
      await cache.set(
        CACHE_KEY,
        next as unknown as Parameters<CatalogProcessorCache['set']>[1],
      );
    }
    return withDiscoveryReport(entity, next.report);
  }

  private async scan(
    entity: Entity,
    source: SourceTree,
    paths: string[],
    key: string,
    previous: CachedDiscovery | undefined,
    now: number,
  ): Promise<CachedDiscovery> {
    const { detectors, lookup, settings, reader, logger } = this.options;
    const scanOptions = {
      detectors,
      lookup,
      paths,
      limits: settings.limits,
      source:
        source.kind === 'url' ? `url:${source.url}` : `file:${source.folder}`,
    };
    try {
      if (source.kind === 'file') {
        const report = await scanWorkingTree(source.folder, scanOptions);
        return { key, checkedAt: now, report };
      }
      const tree = await reader.readTree(source.url, {
        etag: previous?.etag,
        filter: (path, info) => shouldScan(path, info?.size, scanOptions),
      });
      const files = await tree.files();
      const entries: ScanEntry[] = files.map(file => ({
        path: file.path,
        content: () => file.content(),
      }));
      const report = await scanRepository(entries, scanOptions);
      return { key, etag: tree.etag, checkedAt: now, report };
    } catch (error) {
      const name = (error as Error)?.name;
      if (name === 'NotModifiedError' && previous) {
        return { ...previous, checkedAt: now };
      }
      const message = String((error as Error)?.message ?? error).slice(0, 300);
      logger.warn(
        `Discovery could not read ${scanOptions.source} for ${entity.kind}:${
          entity.metadata.namespace ?? 'default'
        }/${entity.metadata.name}: ${message}`,
      );
      // Keep the last result, marked stale, rather than dropping what was known.
      const base: DiscoveryReport = previous?.report ?? {
        version: 1,
        scannedAt: new Date(now).toISOString(),
        source: scanOptions.source,
        services: [],
        hosting: [],
        findings: [],
        scan: {
          files: 0,
          bytes: 0,
          skipped: 0,
          paths: paths.length ? paths : [''],
          formats: [],
          durationMs: 0,
        },
      };
      return {
        key,
        etag: previous?.etag,
        checkedAt: now,
        report: {
          ...base,
          stale: true,
          findings: [
            ...base.findings.filter(f => f.code !== 'read-failed'),
            {
              code: 'read-failed',
              message: `The repository could not be read: ${message}`,
            },
          ],
        },
      };
    }
  }
}

/**
 * The entity's files, from its `backstage.io/source-location`: a URL the
 * UrlReader reads, or, for entities registered from a local file, a
 * `file:` folder relative to that file (as in `file:./repositories/shop/`).
 * A local folder must lie inside the catalog file's own folder, so an
 * entity file cannot make the backend read elsewhere on disk; entities from
 * URL locations never read local files.
 */
function sourceTree(
  entity: Entity,
  location: LocationSpec,
): SourceTree | undefined {
  const annotated = entity.metadata.annotations?.[ANNOTATION_SOURCE_LOCATION];
  if (!annotated) return undefined;
  let ref;
  try {
    ref = parseLocationRef(annotated);
  } catch {
    return undefined;
  }
  if (ref.type === 'url') {
    return /^https?:\/\//.test(ref.target)
      ? { kind: 'url', url: ref.target }
      : undefined;
  }
  if (
    ref.type !== 'file' ||
    location.type !== 'file' ||
    !isAbsolute(location.target)
  ) {
    return undefined;
  }
  const base = dirname(location.target);
  const folder = resolve(base, ref.target);
  const inside = relative(base, folder);
  if (inside.startsWith('..') || isAbsolute(inside)) return undefined;
  return { kind: 'file', folder };
}
