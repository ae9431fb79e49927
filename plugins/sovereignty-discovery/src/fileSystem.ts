import { lstat, opendir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DEFAULT_SCAN_LIMITS,
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
      let size: number;
      try {
        const stats = await lstat(absolute);
        if (!stats.isFile()) continue;
        size = stats.size;
      } catch {
        continue;
      }
      yield { path, size, content: () => readFile(absolute) };
    }
  }
}
