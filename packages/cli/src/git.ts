import { execFile, spawn } from 'node:child_process';
import { InputError } from './errors';

/** Git's output for one command, bounded; errors carry git's own message. */
function git(
  cwd: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      'git',
      args,
      {
        cwd,
        // No prompts, no pager, no large-file downloads: diff never goes to the network.
        env: {
          ...process.env,
          GIT_TERMINAL_PROMPT: '0',
          GIT_LFS_SKIP_SMUDGE: '1',
          GIT_PAGER: 'cat',
          ...env,
        },
        maxBuffer: 256 * 1024 * 1024,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        if (error) {
          const code = (error as NodeJS.ErrnoException).code;
          reject(
            new InputError(
              code === 'ENOENT'
                ? 'git is not installed (portolan diff reads the base commit with git)'
                : `git ${args[0]}: ${
                    (stderr || error.message).trim().split('\n')[0]
                  }`,
            ),
          );
        } else resolvePromise(stdout);
      },
    );
  });
}

/** A commit's files under one folder, and a reader for their contents. */
export interface GitObjects {
  /** Path relative to the folder -> blob id and size; regular files only. */
  files: Map<string, { oid: string; size: number }>;
  read(oid: string): Promise<Uint8Array>;
}

/** The base of a diff: its commit, its files, and what the working tree changed since. */
export interface BaseCommit {
  commit: string;
  objects: GitObjects;
  /** Paths (relative to DIR) that differ between the base and the working tree, untracked ones included. */
  changed: string[];
  close(): void;
}

/**
 * `git cat-file --batch` as a reader: one process for every blob of the
 * run, answers in request order.
 */
function blobReader(top: string) {
  const child = spawn('git', ['cat-file', '--batch'], {
    cwd: top,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  const waiting: Array<{
    resolve(content: Uint8Array): void;
    reject(error: Error): void;
  }> = [];
  let buffer = Buffer.alloc(0);
  let size: number | undefined;
  let failed: Error | undefined;
  const fail = (error: Error) => {
    failed = error;
    for (const w of waiting.splice(0)) w.reject(error);
  };
  child.on('error', error =>
    fail(new InputError(`git cat-file: ${error.message}`)),
  );
  child.on('exit', () => fail(new InputError('git cat-file ended early')));
  child.stdout.on('data', (chunk: Buffer) => {
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    for (;;) {
      if (size === undefined) {
        const end = buffer.indexOf(10);
        if (end < 0) return;
        const header = buffer.subarray(0, end).toString('utf8');
        buffer = buffer.subarray(end + 1);
        const match = header.match(/^[0-9a-f]+ blob (\d+)$/);
        if (!match) {
          waiting.shift()?.reject(new InputError(`git cat-file: ${header}`));
          continue;
        }
        size = Number(match[1]);
      }
      if (buffer.length < size + 1) return;
      const content = Buffer.from(buffer.subarray(0, size));
      buffer = buffer.subarray(size + 1);
      size = undefined;
      waiting.shift()?.resolve(content);
    }
  });
  return {
    read(oid: string): Promise<Uint8Array> {
      if (failed) return Promise.reject(failed);
      return new Promise((resolvePromise, reject) => {
        waiting.push({ resolve: resolvePromise, reject });
        child.stdin.write(`${oid}\n`);
      });
    },
    close() {
      child.removeAllListeners('exit');
      child.stdin.end();
      child.kill();
    },
  };
}

/** `git ls-tree -r -z --long` output -> regular files with blob id and size. */
function parseTree(output: string): GitObjects['files'] {
  const files: GitObjects['files'] = new Map();
  for (const record of output.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, oid, size] = record.slice(0, tab).split(/ +/);
    // Symbolic links and submodules are never followed, as on disk.
    if (type !== 'blob' || !(mode === '100644' || mode === '100755')) continue;
    files.set(record.slice(tab + 1), { oid, size: Number(size) });
  }
  return files;
}

/**
 * Opens `ref` for the part of the repository that `dir` is: its files from
 * git's object store (nothing is checked out or written, nothing fetched)
 * and the paths the working tree changed since, so unchanged folders need
 * not be scanned twice.
 */
export async function openBase(dir: string, ref: string): Promise<BaseCommit> {
  if (!ref || ref.startsWith('-')) {
    throw new InputError(`--base takes a commit, branch or tag, got ${ref}`);
  }
  const inside = await git(dir, ['rev-parse', '--is-inside-work-tree']).catch(
    () => '',
  );
  if (inside.trim() !== 'true') {
    throw new InputError(`${dir} is not inside a git working tree`);
  }
  const commit = (
    await git(dir, [
      'rev-parse',
      '--verify',
      '--quiet',
      `${ref}^{commit}`,
    ]).catch(() => '')
  ).trim();
  if (!commit) {
    throw new InputError(
      `--base ${ref}: no such commit here (in CI, fetch it first, e.g. actions/checkout with fetch-depth: 0, or GIT_DEPTH: 0 in GitLab)`,
    );
  }
  const prefix = (await git(dir, ['rev-parse', '--show-prefix'])).trim();
  const top = (await git(dir, ['rev-parse', '--show-toplevel'])).trim();
  // `commit:path` names the tree of DIR at the base; `commit:` the root's.
  const treeish = `${commit}:${prefix.replace(/\/$/, '')}`;
  const type = await git(top, ['cat-file', '-t', treeish]).catch(() => '');
  // Without a tree DIR did not exist at the base: everything in it is new.
  const files =
    type.trim() === 'tree'
      ? parseTree(await git(top, ['ls-tree', '-r', '-z', '--long', treeish]))
      : new Map();
  const [modified, untracked] = await Promise.all([
    git(dir, [
      'diff',
      '--name-only',
      '-z',
      '--no-renames',
      '--relative',
      commit,
    ]),
    git(dir, ['ls-files', '--others', '--exclude-standard', '-z']),
  ]);
  const changed = [...modified.split('\0'), ...untracked.split('\0')].filter(
    Boolean,
  );
  const reader = blobReader(top);
  return {
    commit,
    objects: { files, read: reader.read },
    changed,
    close: reader.close,
  };
}
