// Starts the example portal the way `npm start` does, on the e2e ports, and
// stops it by process group so no server outlives a test run.
import { spawn } from 'node:child_process';
import {
  createWriteStream,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ARTIFACTS = join(ROOT, 'test', 'artifacts');
export const APP_URL = 'http://localhost:3100';
export const BACKEND_URL = 'http://localhost:7107';

const STARTUP_TIMEOUT_MS = Number(
  process.env.PORTOLAN_E2E_STARTUP_MS ?? 300_000,
);

async function answers(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    return res.status < 500;
  } catch {
    return false;
  }
}

/** Polls until `predicate` holds; errors while polling count as not yet. */
export async function waitFor(predicate, what, deadline, hasExited) {
  while (Date.now() < deadline) {
    if (hasExited()) {
      throw new Error(
        `The process exited while waiting for ${what}; see its log in test/artifacts/`,
      );
    }
    if (await predicate().catch(() => false)) return;
    await new Promise(r => setTimeout(r, 1_000));
  }
  throw new Error(
    `Timed out waiting for ${what}; see its log in test/artifacts/`,
  );
}

// The e2e ports are fixed (the frontend's base URL is in its config), so
// two test runs on one machine take turns: the second waits for this lock.
const PORTAL_LOCK = join(tmpdir(), 'portolan-e2e-portal.lock');
const LOCK_WAIT_MS = Number(process.env.PORTOLAN_E2E_LOCK_WAIT_MS ?? 1_800_000);

function lockHolderAlive() {
  try {
    const pid = Number(readFileSync(join(PORTAL_LOCK, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive under another user; anything else: gone or unreadable.
    return error?.code === 'EPERM';
  }
}

async function acquirePortalLock() {
  const deadline = Date.now() + LOCK_WAIT_MS;
  let announced = false;
  for (;;) {
    try {
      mkdirSync(PORTAL_LOCK);
      writeFileSync(join(PORTAL_LOCK, 'pid'), String(process.pid));
      const release = () =>
        rmSync(PORTAL_LOCK, { recursive: true, force: true });
      process.once('exit', release);
      return release;
    } catch (error) {
      if (error?.code !== 'EEXIST') throw error;
    }
    // A holder that died without releasing leaves the folder behind; its pid
    // file may still be being written, so only a readable dead pid counts.
    if (!lockHolderAlive()) {
      await new Promise(r => setTimeout(r, 1_000));
      if (!lockHolderAlive())
        rmSync(PORTAL_LOCK, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Another e2e run holds ${PORTAL_LOCK}; gave up waiting after ${LOCK_WAIT_MS} ms.`,
      );
    }
    if (!announced) {
      console.log(`Waiting for another e2e run to finish (${PORTAL_LOCK})`);
      announced = true;
    }
    await new Promise(r => setTimeout(r, 3_000));
  }
}

/** Starts the portal; resolves once frontend and backend answer and the catalog is loaded. */
export async function startPortal() {
  const releaseLock = await acquirePortalLock();
  try {
    return await startPortalHoldingLock(releaseLock);
  } catch (error) {
    releaseLock();
    throw error;
  }
}

async function startPortalHoldingLock(releaseLock) {
  if (
    (await answers(`${BACKEND_URL}/api/sovereignty/health`)) ||
    (await answers(APP_URL))
  ) {
    throw new Error(
      'Ports 3100/7107 are already in use; stop the other portal first.',
    );
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  rmSync(join(ARTIFACTS, 'portal-db'), { recursive: true, force: true });
  const log = createWriteStream(join(ARTIFACTS, 'portal.log'));
  const started = Date.now();
  const child = spawn(
    join(ROOT, 'node_modules', '.bin', 'backstage-cli'),
    [
      'repo',
      'start',
      '--config',
      join(ROOT, 'app-config.yaml'),
      '--config',
      join(ROOT, 'test', 'e2e', 'app-config.e2e.yaml'),
    ],
    {
      cwd: ROOT,
      detached: true,
      // The CLI's shebang resolves `node` on PATH: it must be the project's
      // Node 24, whose ABI the native modules were installed for.
      env: {
        ...process.env,
        PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}`,
        BROWSER: 'none',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const stop = () => stopGroup(child.pid);
  process.once('exit', stop);
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  try {
    const hasExited = () => exited;
    await waitFor(
      () => answers(`${BACKEND_URL}/api/sovereignty/health`),
      'the backend',
      deadline,
      hasExited,
    );
    await waitFor(
      () => answers(APP_URL),
      'the frontend dev server',
      deadline,
      hasExited,
    );
    await waitFor(
      async () =>
        (
          await catalogNames(await guestToken())
        ).includes('assistant-job-processor'),
      'the example catalog',
      deadline,
      hasExited,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    startupMs: Date.now() - started,
    stop: async () => {
      process.removeListener('exit', stop);
      await stop();
      releaseLock();
    },
  };
}

/** SIGTERM to the whole group, SIGKILL if anything is left after 10 s. */
export async function stopGroup(pid) {
  if (!pid) return;
  const alive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + 10_000;
  while (alive() && Date.now() < deadline) {
    await new Promise(r => setTimeout(r, 200));
  }
  if (alive()) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** A token for the guest user, as the example portal's sign-in page gets it. */
export async function guestToken() {
  const res = await fetch(`${BACKEND_URL}/api/auth/guest/refresh`, {
    headers: { 'x-requested-with': 'XMLHttpRequest' },
  });
  if (!res.ok) throw new Error(`guest sign-in failed: ${res.status}`);
  const body = await res.json();
  return body.backstageIdentity.token;
}

export async function catalogNames(token) {
  const res = await fetch(
    `${BACKEND_URL}/api/catalog/entities/by-query?limit=500&fields=kind,metadata.name`,
    {
      headers: { authorization: `Bearer ${token}` },
    },
  );
  if (!res.ok) return [];
  const body = await res.json();
  return body.items.map(e => e.metadata.name);
}
