import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
        maxBuffer: 16 * 1024 * 1024,
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

/** A base commit's files, checked out into a temporary folder until `dispose`. */
export interface BaseTree {
  commit: string;
  /** The folder that corresponds to the working tree's DIR at the base. */
  dir: string;
  dispose(): Promise<void>;
}

/**
 * Writes the files of `ref` (for the part of the repository that `dir` is)
 * into a temporary folder with git plumbing: a throwaway index read from the
 * commit's tree and checked out with a prefix. The repository's own index,
 * work tree and refs are never touched, and nothing is fetched.
 */
export async function checkoutBase(
  dir: string,
  ref: string,
): Promise<BaseTree> {
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
  const temp = await mkdtemp(join(tmpdir(), 'portolan-base-'));
  const dispose = () => rm(temp, { recursive: true, force: true });
  try {
    const files = join(temp, 'tree');
    // `commit:path` names the tree of DIR at the base; `commit:` the root's.
    const treeish = `${commit}:${prefix.replace(/\/$/, '')}`;
    const type = await git(top, ['cat-file', '-t', treeish]).catch(() => '');
    if (type.trim() === 'tree') {
      const index = { GIT_INDEX_FILE: join(temp, 'index') };
      await git(top, ['read-tree', treeish], index);
      await git(top, ['checkout-index', '--all', `--prefix=${files}/`], index);
    }
    // Without a tree DIR did not exist at the base: everything in it is new.
    await mkdir(files, { recursive: true });
    return { commit, dir: files, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
