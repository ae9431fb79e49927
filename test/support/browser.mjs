// Debian's Chromium driven by playwright-core; test tools never download a browser here.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
];

export async function launchBrowser() {
  const executablePath = CANDIDATES.find(p => p && existsSync(p));
  if (!executablePath) {
    throw new Error(
      "Chromium not found: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH",
    );
  }
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Opens the portal and signs in as the guest user. */
export async function signInAsGuest(page, appUrl) {
  await page.goto(appUrl);
  const enter = page.getByRole('button', { name: /enter/i });
  await enter.waitFor({ timeout: 120_000 });
  await enter.click();
  // Signed in once the sidebar shows; only then is the session stored.
  await page
    .getByRole('link', { name: 'Lock-in' })
    .waitFor({ timeout: 60_000 });
}
