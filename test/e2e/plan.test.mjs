// The exit planner in a real browser against the running example portal:
// the guest opens the AI assistant's plan to IONOS, keeps one service by
// decision, sees the score recomputed and exports the plan as markdown.
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
const PLAN_API = `${BACKEND_URL}/api/sovereignty/entities/system/default/ai-assistant/plan`;
const TIMEOUT = 60_000;

/** Every service shown in one wave of the plan, by id. */
async function waveServices(page, wave) {
  return (
    await page
      .getByTestId(`plan-wave-${wave}`)
      .locator('[data-testid^="plan-service-"]')
      .evaluateAll(nodes =>
        nodes.map(n =>
          n.getAttribute('data-testid').replace('plan-service-', ''),
        ),
      )
  ).sort();
}

describe('the exit planner in the example portal', () => {
  let browser;
  let page;

  before(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: { width: 1400, height: 1000 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    await signInAsGuest(page, APP_URL);
  });

  after(async () => {
    await browser?.close();
  });

  it('shows the AI assistant leaving Azure for IONOS in waves, recomputes a kept service and exports markdown', async () => {
    await page.goto(`${AI_ASSISTANT}/sovereignty`);
    await page
      .getByRole('button', { name: /^Exit plan/ })
      .click({ timeout: TIMEOUT });
    const after = page.getByTestId('plan-score-after');
    await after.waitFor({ timeout: TIMEOUT });

    // The domain reference's target architecture.
    assert.deepEqual(await waveServices(page, 'direct'), [
      'azure:blob-storage',
      'azure:container-apps',
      'azure:container-registry',
      'azure:files',
      'azure:log-analytics',
      'azure:openai',
    ]);
    assert.deepEqual(await waveServices(page, 're-architect'), [
      'azure:key-vault',
      'azure:table-storage',
    ]);
    assert.deepEqual(await waveServices(page, 'kept'), ['azure:entra-id']);
    const planned = Number(await after.innerText());
    assert.ok(
      planned > Number(await page.getByTestId('plan-score-before').innerText()),
      'the plan ends above where it starts',
    );
    await page
      .getByTestId('plan-wave-direct')
      .screenshot({ path: join(ARTIFACTS, 'plan.png') });

    // Keep Blob Storage on Azure (hybrid by decision): the score drops at once.
    const recomputed = page.waitForResponse(
      r => r.url().includes('/plan?') && r.url().includes('keep='),
    );
    // The switch follows the plan the backend answers, so it is clicked, not checked.
    await page
      .getByRole('checkbox', { name: 'Keep Azure Blob Storage' })
      .click();
    assert.equal((await recomputed).status(), 200);
    for (let i = 0; i < 50; i++) {
      if (Number(await after.innerText()) !== planned) break;
      await page.waitForTimeout(200);
    }
    const kept = Number(await after.innerText());
    assert.ok(kept < planned, `kept ${kept} is below planned ${planned}`);
    assert.deepEqual(await waveServices(page, 'kept'), [
      'azure:blob-storage',
      'azure:entra-id',
    ]);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export markdown' }).click();
    const download = await downloading;
    assert.equal(
      download.suggestedFilename(),
      'exit-plan-system-default-ai-assistant-ionos.md',
    );
    const markdown = await readFile(await download.path(), 'utf8');
    assert.match(
      markdown,
      /^# Exit plan: system:default\/ai-assistant to IONOS\n/,
    );
    assert.match(
      markdown,
      new RegExp(`\\b${kept} \\([A-E]\\) after the last step`),
    );
    assert.match(
      markdown,
      /\| Azure Blob Storage \(`azure:blob-storage`\) \| .* \| stays \(decision\) \|/,
    );
    assert.match(
      markdown,
      /\| Azure Key Vault.*\| .*OpenBao.* \| re-architect \|/,
    );
    assert.match(markdown, /Microsoft Entra ID stays: SSO federation/);

    // The API's own export of the same request is the same text: one planner.
    const res = await fetch(
      `${PLAN_API}?target=ionos&keep=azure:blob-storage&format=markdown`,
      { headers: { authorization: `Bearer ${await guestToken()}` } },
    );
    assert.equal(res.status, 200);
    assert.equal(await res.text(), markdown);
  });
});
