import { lstat, opendir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DiscoveryReport } from '@portolan/plugin-sovereignty-common';
import {
  scanRepository,
  scanWorkingTree,
  shouldEnterFolder,
  shouldScan,
  type ScanEntry,
  type ScanOptions,
} from '@portolan/plugin-sovereignty-discovery';
import type { GitObjects } from './git';

const CATALOG_FILES = new Set(['catalog-info.yaml', 'catalog-info.yml']);

/**
 * The files a command reads, from a folder on disk or from a commit: paths
 * are relative to the tree's root and `/`-separated.
 */
export interface Tree {
  /** Every catalog-info.yaml (or .yml), in folders a scan would enter, sorted. */
  catalogInfoFiles(): Promise<string[]>;
  /** The size of a regular file, undefined when there is none at the path. */
  fileSize(path: string): Promise<number | undefined>;
  readText(path: string): Promise<string>;
  /** Discovery over a folder of the tree ('' for all of it). */
  scan(folder: string, options: ScanOptions): Promise<DiscoveryReport>;
}

/** A folder on disk: the working tree, scanned as the portal scans local files. */
export function workingTree(root: string): Tree {
  return {
    async catalogInfoFiles() {
      const found: string[] = [];
      const folders = [''];
      while (folders.length > 0) {
        const folder = folders.shift()!;
        let dir;
        try {
          dir = await opendir(join(root, folder));
        } catch {
          continue;
        }
        for await (const dirent of dir) {
          const path = folder ? `${folder}/${dirent.name}` : dirent.name;
          if (dirent.isDirectory()) {
            if (shouldEnterFolder(path, {})) folders.push(path);
          } else if (dirent.isFile() && CATALOG_FILES.has(dirent.name)) {
            found.push(path);
          }
        }
      }
      return found.sort();
    },
    async fileSize(path) {
      // lstat: a symbolic link (which could lead out of the tree) is no file here.
      const info = await lstat(join(root, path)).catch(() => undefined);
      return info?.isFile() ? info.size : undefined;
    },
    readText: path => readFile(join(root, path), 'utf8'),
    scan: (folder, options) => scanWorkingTree(join(root, folder), options),
  };
}

/**
 * A commit's tree, read from git's object store without writing it out:
 * nothing is checked out, and only the files discovery asks for are read.
 */
export function commitTree(objects: GitObjects): Tree {
  const { files } = objects;
  const ordered = [...files.keys()].sort(
    // Breadth-first like the working tree reader, so limits cut deep files first.
    (a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1),
  );
  const entered = (path: string) => {
    const segments = path.split('/').slice(0, -1);
    return segments.every((_, i) =>
      shouldEnterFolder(segments.slice(0, i + 1).join('/'), {}),
    );
  };
  return {
    async catalogInfoFiles() {
      return [...files.keys()]
        .filter(path => CATALOG_FILES.has(path.split('/').pop()!))
        .filter(entered)
        .sort();
    },
    async fileSize(path) {
      return files.get(path)?.size;
    },
    async readText(path) {
      const file = files.get(path);
      if (!file) throw Object.assign(new Error(path), { code: 'ENOENT' });
      return Buffer.from(await objects.read(file.oid)).toString('utf8');
    },
    scan(folder, options) {
      const prefix = folder ? `${folder}/` : '';
      function* entries(): Generator<ScanEntry> {
        for (const path of ordered) {
          if (!path.startsWith(prefix)) continue;
          const relative = path.slice(prefix.length);
          const { oid, size } = files.get(path)!;
          if (!shouldScan(relative, size, options)) continue;
          yield { path: relative, size, content: () => objects.read(oid) };
        }
      }
      return scanRepository(entries(), options);
    },
  };
}
