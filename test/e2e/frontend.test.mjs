// Portolan's frontend in a real browser against the running example portal:
// the card, the entity tab with a checklist edit that survives a reload, and
// the dashboard with sorting and CSV export. Screenshots go to test/artifacts/.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  APP_URL,
  ARTIFACTS,
  BACKEND_URL,
  guestToken,
} from '../support/portal.mjs';
import { launchBrowser, signInAsGuest } from '../support/browser.mjs';

const AI_ASSISTANT = `${APP_URL}/catalog/default/system/ai-assistant`;
const TIMEOUT = 60_000;

/**
 * Waits until the guest's identity names its groups: the catalog stitches
 * memberships after the entities appear, and a session started before that
 * would not own the AI assistant (its checklist would be read-only).
 */
async function waitForGuestGroups() {
  for (let i = 0; i < 120; i++) {
    const res = await fetch(`${BACKEND_URL}/api/auth/guest/refresh`, {
      headers: { 'x-requested-with': 'XMLHttpRequest' },
    });
    const body = res.ok ? await res.json() : {};
    if (
      body.backstageIdentity?.identity?.ownershipEntityRefs?.includes(
        'group:default/team-assistant',
      )
    )
      return;
    await new Promise(r => setTimeout(r, 1_000));
  }
  throw new Error(
    "The guest's identity never named group:default/team-assistant",
  );
}

/** Backstage scrolls inside its layout: a tall viewport shows whole pages. */
async function screenshotWhole(page, file) {
  const height = await page.evaluate(() =>
    Math.max(
      ...[...document.querySelectorAll('main, main *')].map(
        e => e.scrollHeight,
      ),
    ),
  );
  await page.setViewportSize({
    width: 1400,
    height: Math.min(Math.max(height + 80, 1000), 4000),
  });
  await page.screenshot({ path: join(ARTIFACTS, file) });
  await page.setViewportSize({ width: 1400, height: 1000 });
}

/** Waits until the scheduled refresh has assessed the example catalog. */
async function waitForFirstRefresh() {
  const token = await guestToken();
  for (let i = 0; i < 120; i++) {
    const res = await fetch(`${BACKEND_URL}/api/sovereignty/summary`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = await res.json();
    if (
      body.refresh?.lastRun?.outcome === 'completed' &&
      body.totalEntities > 0
    )
      return body;
    await new Promise(r => setTimeout(r, 1_000));
  }
  throw new Error('The scheduled refresh did not complete within two minutes');
}

describe('Portolan in the example portal', () => {
  let browser;
  let context;
  let page;

  before(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({
      viewport: { width: 1400, height: 1000 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    await waitForGuestGroups();
    await signInAsGuest(page, APP_URL);
  });

  after(async () => {
    await browser?.close();
  });

  it("shows the sovereignty card on the AI assistant's page", async () => {
    await page.goto(AI_ASSISTANT);
    const score = page.getByTestId('sovereignty-score');
    await score.waitFor({ timeout: TIMEOUT });
    assert.match(await score.innerText(), /^\d+\s*\/ 100$/);
    const card = score.locator(
      'xpath=ancestor::div[contains(@class,"MuiCard-root")][1]',
    );
    assert.match(await card.innerText(), /Blocker/);
    await card
      .getByRole('link', { name: /Mapping and exit checklist/ })
      .waitFor();
    await card.screenshot({ path: join(ARTIFACTS, 'card.png') });
  });

  it('shows on the card and in the tab what discovery found for a component with only a source location', async () => {
    await page.goto(
      `${APP_URL}/catalog/default/component/knowledge-connectors`,
    );
    const line = page.getByText(/services? discovered in/);
    await line.waitFor({ timeout: TIMEOUT * 2 });
    assert.match(await line.innerText(), /3 services discovered/);
    await page.goto(
      `${APP_URL}/catalog/default/component/knowledge-connectors/sovereignty`,
    );
    const evidence = page.getByText('go.mod:7', { exact: false }).first();
    await evidence.waitFor({ timeout: TIMEOUT });
    await screenshotWhole(page, 'tab-discovered.png');
  });

  it('shows Key Vault as re-architect at IONOS with OpenBao as gap filler in the tab', async () => {
    await page.goto(`${AI_ASSISTANT}/sovereignty`);
    const cell = page.getByTestId('cell-azure:key-vault-ionos');
    await cell.waitFor({ timeout: TIMEOUT });
    const text = await cell.innerText();
    assert.match(text, /re-architect/);
    assert.match(text, /gap filler: .*OpenBao/);
    await page.getByTestId('readiness-ionos').waitFor();
    await screenshotWhole(page, 'tab.png');
  });

  it('lets the guest set a checklist item that is still set after a reload', async () => {
    await page.goto(`${AI_ASSISTANT}/sovereignty`);
    const item = page.getByTestId('checklist-exit-test');
    await item
      .getByRole('button', { name: /^Set / })
      .click({ timeout: TIMEOUT });
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Done').check();
    await dialog
      .getByLabel('Evidence link')
      .fill('https://wiki.example.com/ai-assistant/exit-test-2026');
    await dialog.getByLabel('Note').fill('Restored into IONOS in 3 h (e2e)');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached', timeout: TIMEOUT });

    await page.reload();
    const reloaded = page.getByTestId('checklist-exit-test');
    await reloaded
      .getByText('Set by user:default/guest')
      .waitFor({ timeout: TIMEOUT });
    const text = await reloaded.innerText();
    assert.match(text, /done/);
    assert.match(text, /Restored into IONOS in 3 h \(e2e\)/);
    assert.equal(
      await reloaded
        .getByRole('link', { name: 'evidence' })
        .getAttribute('href'),
      'https://wiki.example.com/ai-assistant/exit-test-2026',
    );
  });

  it('lists the example entities on the dashboard, sorts by score and exports CSV', async () => {
    const summary = await waitForFirstRefresh();
    await page.goto(`${APP_URL}/sovereignty`);
    const rows = page.getByTestId('assessment-row');
    await rows.first().waitFor({ timeout: TIMEOUT });
    // The table lists every stored row, the entities with nothing to grade
    // too; the key figures count those apart. Paged on the server: the first
    // page holds the 20 lowest scores.
    const stored = summary.totalEntities + summary.notAssessable;
    await page
      .getByText(`Assessed entities (${stored})`)
      .waitFor({ timeout: TIMEOUT });

    const scoresOnPage = async () =>
      page.$$eval('[data-testid="assessment-row"] td:nth-child(6)', cells =>
        cells.map(c => Number(c.textContent)),
      );
    const ascending = await scoresOnPage();
    assert.deepEqual(
      ascending,
      [...ascending].sort((a, b) => a - b),
    );

    const descendingLoaded = page.waitForResponse(
      r =>
        r.url().includes('/api/sovereignty/assessments') &&
        r.url().includes('order=desc'),
    );
    await page.getByRole('button', { name: 'Score', exact: true }).click();
    await descendingLoaded;
    let descending = [];
    for (let i = 0; i < 50; i++) {
      descending = await scoresOnPage();
      if (descending.length > 0 && descending[0] !== ascending[0]) break;
      await page.waitForTimeout(200);
    }
    assert.deepEqual(
      descending,
      [...descending].sort((a, b) => b - a),
    );
    assert.ok(
      descending[0] > ascending[0],
      `highest ${descending[0]} first, not ${ascending[0]}`,
    );
    assert.equal(
      await page.locator('th[aria-sort="descending"]').innerText(),
      'Score',
    );

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: /Export CSV/ }).click();
    const download = await downloading;
    assert.match(
      download.suggestedFilename(),
      /^sovereignty-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.trim().split('\r\n');
    assert.equal(
      lines[0],
      'entityRef,kind,namespace,name,owner,system,domain,score,grade,status,assessedAt,stale',
    );
    assert.equal(lines.length - 1, stored);
    const assistant = lines.find(l =>
      l.startsWith('system:default/ai-assistant,'),
    );
    assert.ok(assistant, 'the AI assistant is in the CSV');
    assert.match(assistant, /,group:default\/team-assistant,/);
    // Exported in the table's order: highest score first.
    const exported = lines.slice(1).map(l => Number(l.split(',')[7]));
    assert.deepEqual(
      exported,
      [...exported].sort((a, b) => b - a),
    );

    await screenshotWhole(page, 'dashboard.png');
  });
});
