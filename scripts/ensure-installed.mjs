// Runs before `npm start` and `npm test`: installs the workspace when
// node_modules is missing or older than package-lock.json, so a fresh clone
// needs no separate install step. Written for the system's Node (>= 20).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const lock = 'package-lock.json';
const stale =
  !existsSync(marker) ||
  !existsSync('node_modules/.bin/backstage-cli') ||
  // npm writes both lockfiles in one install; a newer package-lock.json
  // (a pull that changed dependencies) means node_modules is behind.
  (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs + 5_000);

if (stale) {
  console.log('Installing dependencies (first run takes a few minutes)...');
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}
