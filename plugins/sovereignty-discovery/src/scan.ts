import type {
  DiscoveryFinding,
  DiscoveryReport,
} from '@portolan/plugin-sovereignty-common';
import { DiscoveryCollector } from './collector';
import type { DiscoveryLookup } from './lookup';
import type { Detector } from './types';

/** One file offered to the scanner, as the UrlReader's tree or a file walker yields it. @public */
export interface ScanEntry {
  path: string;
  /** Size in bytes when known before reading; lets the scanner skip without reading. */
  size?: number;
  content(): Promise<Uint8Array>;
}

/** Bounds on one scan: repositories are untrusted input. @public */
export interface ScanLimits {
  maxFiles: number;
  maxTotalBytes: number;
  maxFileBytes: number;
  /** Folders below the scanned root. */
  maxDepth: number;
  /** Wall-clock budget for one scan; what is left unscanned is reported. */
  timeBudgetMs: number;
}

/** @public */
export const DEFAULT_SCAN_LIMITS: ScanLimits = {
  maxFiles: 20_000,
  maxTotalBytes: 100 * 1024 * 1024,
  maxFileBytes: 1024 * 1024,
  maxDepth: 20,
  timeBudgetMs: 30_000,
};

/**
 * Folders that hold other people's code or build output: dependencies
 * (node_modules, vendor, .terraform), caches and VCS metadata. Their cloud
 * SDKs and modules are not the entity's own use.
 */
const IGNORED_FOLDERS = new Set([
  '.git',
  '.hg',
  '.svn',
  'node_modules',
  'bower_components',
  'vendor',
  '.terraform',
  '.terragrunt-cache',
  '__pycache__',
  '.venv',
  'venv',
  '.tox',
  '.gradle',
  '.idea',
  '.vscode',
]);

/** @public */
export interface ScanOptions {
  detectors: Detector[];
  lookup: DiscoveryLookup;
  limits?: Partial<ScanLimits>;
  /**
   * Folders that belong to the entity (`portolan.dev/discovery-paths`),
   * relative to the root; empty or absent for the whole tree.
   */
  paths?: string[];
  /** Recorded in the report. */
  source?: string;
  /** Injected for tests; defaults to the system clock. */
  now?: () => Date;
}

/**
 * A path made relative and `/`-separated, or `undefined` when it would
 * leave the tree (absolute, `..`) and must not be read.
 * @public
 */
export function normaliseRepositoryPath(raw: string): string | undefined {
  const parts: string[] = [];
  for (const part of raw.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') return undefined;
    parts.push(part);
  }
  if (raw.startsWith('/') || /^[a-zA-Z]:/.test(raw)) return undefined;
  return parts.length > 0 ? parts.join('/') : undefined;
}

/** Discovery paths cleaned: relative, no `..`, no duplicates; `[]` means the whole tree. @public */
export function normaliseDiscoveryPaths(paths: string[] | undefined): string[] {
  const out = new Set<string>();
  for (const raw of paths ?? []) {
    const path = normaliseRepositoryPath(raw.trim());
    if (path) out.add(path);
  }
  return [...out];
}

const within = (path: string, folders: string[]) =>
  folders.length === 0 ||
  folders.some(folder => path === folder || path.startsWith(`${folder}/`));

/**
 * Whether a folder can hold files worth scanning: not a dependency or VCS
 * folder, not too deep, and on the way into (or inside) a discovery path.
 * @public
 */
export function shouldEnterFolder(
  rawPath: string,
  options: Pick<ScanOptions, 'paths' | 'limits'>,
): boolean {
  const limits = { ...DEFAULT_SCAN_LIMITS, ...options.limits };
  const path = normaliseRepositoryPath(rawPath);
  if (!path) return rawPath === '' || rawPath === '.';
  const segments = path.split('/');
  if (segments.length > limits.maxDepth) return false;
  if (segments.some(s => IGNORED_FOLDERS.has(s))) return false;
  const folders = normaliseDiscoveryPaths(options.paths);
  return (
    folders.length === 0 ||
    folders.some(
      folder =>
        path === folder ||
        path.startsWith(`${folder}/`) ||
        folder.startsWith(`${path}/`),
    )
  );
}

/**
 * Whether a file is worth reading at all: inside the discovery paths, not
 * in a dependency folder, not too deep or too large, and of a format some
 * detector accepts. Usable as the UrlReader's `readTree` filter.
 * @public
 */
export function shouldScan(
  rawPath: string,
  size: number | undefined,
  options: Pick<ScanOptions, 'detectors' | 'paths' | 'limits'>,
): boolean {
  const limits = { ...DEFAULT_SCAN_LIMITS, ...options.limits };
  const path = normaliseRepositoryPath(rawPath);
  if (!path) return false;
  const segments = path.split('/');
  if (segments.length - 1 > limits.maxDepth) return false;
  if (segments.slice(0, -1).some(s => IGNORED_FOLDERS.has(s))) return false;
  if (size !== undefined && size > limits.maxFileBytes) return false;
  if (!within(path, normaliseDiscoveryPaths(options.paths))) return false;
  return options.detectors.some(d => d.accepts(path));
}

const yieldToEventLoop = () =>
  new Promise<void>(resolve =>
    typeof setImmediate === 'function'
      ? setImmediate(resolve)
      : setTimeout(resolve, 0),
  );

/** Files with a NUL byte in their first 8 KB are binary: skipped, not decoded. */
const looksBinary = (bytes: Uint8Array) => {
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
};

/** Files read ahead of detection; bounds the extra reads past a limit too. */
const READ_AHEAD = 16;

/** A read that failed, kept as a value so a read-ahead never rejects unobserved. */
class ReadFailure {
  constructor(readonly message: string) {}
}

const readEntry = (entry: ScanEntry): Promise<Uint8Array | ReadFailure> =>
  entry.content().then(
    bytes => bytes,
    error => new ReadFailure(String((error as Error)?.message ?? error)),
  );

/** Longest a scan keeps the event loop busy before it lets other work run. */
const SLICE_MS = 10;

/**
 * Runs the detectors over a repository's files within the limits and
 * returns the report. Never throws for anything a file contains: a
 * detector that fails makes the file an `unparsable-file` finding.
 * @public
 */
export async function scanRepository(
  entries: AsyncIterable<ScanEntry> | Iterable<ScanEntry>,
  options: ScanOptions,
): Promise<DiscoveryReport> {
  const limits = { ...DEFAULT_SCAN_LIMITS, ...options.limits };
  const now = options.now ?? (() => new Date());
  const collector = new DiscoveryCollector();
  const started = Date.now();
  let sliceStarted = started;
  let files = 0;
  let bytes = 0;
  let skipped = 0;
  let stoppedBy: DiscoveryFinding | undefined;
  const context = { lookup: options.lookup };

  /** One file whose read has started, in the order the tree listed it. */
  type Pending = { path: string; read: Promise<Uint8Array | ReadFailure> };
  const scanOne = async ({ path, read }: Pending) => {
    if (stoppedBy) {
      skipped += 1;
      return;
    }
    if (files >= limits.maxFiles) {
      stoppedBy = limitFinding(`more than ${limits.maxFiles} files to scan`);
      skipped += 1;
      return;
    }
    if (Date.now() - started > limits.timeBudgetMs) {
      stoppedBy = limitFinding(
        `the scan took longer than ${limits.timeBudgetMs} ms`,
      );
      skipped += 1;
      return;
    }
    const content = await read;
    if (content instanceof ReadFailure) {
      collector.finding({
        code: 'unparsable-file',
        message: `${path} could not be read: ${content.message}`,
        path,
      });
      skipped += 1;
      return;
    }
    if (content.length > limits.maxFileBytes || looksBinary(content)) {
      skipped += 1;
      return;
    }
    if (bytes + content.length > limits.maxTotalBytes) {
      stoppedBy = limitFinding(
        `more than ${limits.maxTotalBytes} bytes to scan`,
      );
      skipped += 1;
      return;
    }
    files += 1;
    bytes += content.length;
    const text = new TextDecoder('utf-8').decode(content);
    for (const detector of options.detectors) {
      if (!detector.accepts(path)) continue;
      try {
        detector.detect({ path, text }, collector, context);
      } catch (error) {
        collector.finding({
          code: 'unparsable-file',
          message: `${path}: the ${
            detector.id
          } detector could not read it (${String(
            (error as Error)?.message ?? error,
          ).slice(0, 120)})`,
          path,
        });
      }
    }
    if (Date.now() - sliceStarted > SLICE_MS) {
      await yieldToEventLoop();
      sliceStarted = Date.now();
    }
  };

  // Reads run a few files ahead of detection: each read waits on the file
  // system, and waiting for them one at a time left the scan mostly idle.
  const pending: Pending[] = [];
  for await (const entry of entries) {
    if (stoppedBy) {
      skipped += 1;
      continue;
    }
    const path = normaliseRepositoryPath(entry.path);
    if (!path || !shouldScan(path, entry.size, options)) {
      skipped += 1;
      continue;
    }
    pending.push({ path, read: readEntry(entry) });
    if (pending.length >= READ_AHEAD) await scanOne(pending.shift()!);
  }
  while (pending.length > 0) await scanOne(pending.shift()!);

  if (stoppedBy) collector.finding(stoppedBy);
  const collected = collector.result();
  return {
    version: 1,
    scannedAt: now().toISOString(),
    ...(options.source ? { source: options.source } : {}),
    services: collected.services,
    hosting: collected.hosting,
    findings: collected.findings,
    scan: {
      files,
      bytes,
      skipped,
      paths: normaliseDiscoveryPaths(options.paths).length
        ? normaliseDiscoveryPaths(options.paths)
        : [''],
      formats: collected.formats,
      durationMs: Date.now() - started,
    },
  };
}

function limitFinding(reason: string): DiscoveryFinding {
  return {
    code: 'scan-limit',
    message: `Scan stopped early: ${reason}; services in the files left out are not reported`,
  };
}
