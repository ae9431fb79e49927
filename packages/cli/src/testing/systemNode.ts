import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * The first node on PATH outside any node_modules: what a user's machine
 * or a CI image runs, not the test runner's pinned Node.
 */
export function systemNode(): string {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(folder, 'node');
    if (!folder.includes('node_modules') && existsSync(candidate)) {
      return candidate;
    }
  }
  throw new Error('no node on PATH outside node_modules');
}
