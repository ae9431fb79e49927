// One portal for all end-to-end test files: starting it costs a minute.
import { startPortal } from '../support/portal.mjs';

let portal;

export async function globalSetup() {
  portal = await startPortal();
  console.log(
    `portal answered ${(portal.startupMs / 1000).toFixed(1)} s after start`,
  );
}

export async function globalTeardown() {
  await portal?.stop();
}
