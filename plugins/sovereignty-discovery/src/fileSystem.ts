import { open, opendir } from 'node:fs/promises';
import { join } from 'node:path';
import type { DiscoveryReport } from '@portolan/plugin-sovereignty-common';
import {
  DEFAULT_SCAN_LIMITS,
  scanRepository,
  shouldEnterFolder,
  shouldScan,
  type ScanEntry,
  type ScanOptions,
} from './scan';

/**
 * The files of a working tree as scan entries, for the CLI and for catalog
 * entities registered from local files. Symbolic links are never followed
 * (a link could lead out of the tree), folders the scan would not use are
 * not entered, and files are read only when the scanner asks.
 * @public
 */
export async function* readWorkingTree(
  root: string,
  options: Pick<ScanOptions, 'detectors' | 'paths' | 'limits'>,
): AsyncGenerator<ScanEntry> {
  const limits = { ...DEFAULT_SCAN_LIMITS, ...options.limits };
  // Breadth-first, so a limit cuts deep folders before shallow ones.
  const queue: string[] = [''];
  let listed = 0;
  while (queue.length > 0) {
    const folder = queue.shift()!;
    let dir;
    try {
      dir = await opendir(join(root, folder));
    } catch {
      continue;
    }
    for await (const dirent of dir) {
      // Bounds the walk itself, not only the files read: a tree of a million empty folders ends too.
      if (++listed > limits.maxFiles * 10) return;
      const path = folder ? `${folder}/${dirent.name}` : dirent.name;
      if (dirent.isSymbolicLink()) continue;
      if (dirent.isDirectory()) {
        if (shouldEnterFolder(path, options)) queue.push(path);
        continue;
      }
      if (!dirent.isFile() || !shouldScan(path, undefined, options)) continue;
      const absolute = join(root, path);
      yield {
        path,
        content: () => readAtMost(absolute, limits.maxFileBytes + 1),
      };
    }
  }
}

/**
 * At most `limit` bytes of a file: one more than the scan accepts is enough
 * to know it is too large, so a huge file is never read whole. The file is
 * opened once (no separate stat that a swap could outdate).
 */
async function readAtMost(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(limit, 64 * 1024));
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < limit) {
      const { bytesRead } = await handle.read(
        buffer,
        0,
        Math.min(buffer.length, limit - total),
        null,
      );
      if (bytesRead === 0) break;
      chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
      total += bytesRead;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/**
 * Discovery over a local folder: the working tree read as above, scanned
 * within the options' limits.
 * @public
 */
export function scanWorkingTree(
  root: string,
  options: ScanOptions,
): Promise<DiscoveryReport> {
  return scanRepository(readWorkingTree(root, options), options);
}
