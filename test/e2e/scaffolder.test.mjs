// The "Portable service" template in the running example portal: the 1B case
// (API and worker with PostgreSQL and cron jobs on STACKIT), filled in by a
// guest in a real browser, published to the local folder, assessed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  APP_URL,
  ARTIFACTS,
  BACKEND_URL,
  guestToken,
} from '../support/portal.mjs';
import { launchBrowser, signInAsGuest } from '../support/browser.mjs';

const SERVICE = 'knowledge-sync';
const PUBLISHED = join(ARTIFACTS, 'scaffolded', SERVICE);

describe('the Portable service template', () => {
  let browser;
  before(async () => {
    rmSync(PUBLISHED, { recursive: true, force: true });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('is in the catalog as a Template', async () => {
    const token = await guestToken();
    let names = [];
    // The catalog may still be processing the example locations.
    for (let i = 0; i < 60 && !names.includes('portable-service'); i++) {
      const res = await fetch(
        `${BACKEND_URL}/api/catalog/entities/by-query?filter=kind=template&fields=metadata.name`,
        {
          headers: { authorization: `Bearer ${token}` },
        },
      );
      names = (await res.json()).items.map(e => e.metadata.name);
      if (!names.includes('portable-service'))
        await new Promise(r => setTimeout(r, 1_000));
    }
    assert.ok(
      names.includes('portable-service'),
      `templates: ${names.join(', ')}`,
    );
  });

  it('generates the 1B service on STACKIT and shows its score on the final page', async () => {
    const page = await browser.newPage({
      viewport: { width: 1400, height: 1100 },
    });
    await signInAsGuest(page, APP_URL);
    try {
      await page.goto(`${APP_URL}/create`);
      // The template's own card: the nearest card around its title (with
      // more than one template, outer containers hold every card).
      const card = page
        .getByText('Portable service', { exact: true })
        .first()
        .locator('xpath=ancestor::*[contains(@class,"MuiCard-root")][1]');
      await card.waitFor({ timeout: 60_000 });
      await card.getByRole('button', { name: /choose/i }).click();

      // Service
      await page.getByLabel('Name', { exact: false }).first().fill(SERVICE);
      await page
        .getByLabel('Description')
        .fill(
          'Data syncs and embedding reprocessing for the knowledge platform',
        );
      const owner = page.getByLabel('Owner', { exact: false }).first();
      await owner.click();
      await owner.fill('team-platform');
      await page
        .getByRole('option', { name: /team-platform/ })
        .first()
        .click();
      await page.getByRole('button', { name: 'Next' }).click();

      // Runtime: STACKIT, API and worker, PostgreSQL and cron jobs
      await page
        .getByLabel('Target provider', { exact: false })
        .first()
        .click();
      await page.getByRole('option', { name: 'STACKIT', exact: true }).click();
      await page.getByLabel('Components', { exact: false }).first().click();
      await page.getByRole('option', { name: 'API and worker' }).click();
      await page.getByRole('checkbox', { name: 'PostgreSQL' }).check();
      await page.getByRole('checkbox', { name: 'Cron jobs' }).check();
      await page.getByRole('button', { name: 'Next' }).click();

      // Data and criticality
      await page
        .getByLabel('Data classification', { exact: false })
        .first()
        .click();
      await page.getByRole('option', { name: 'confidential' }).click();
      await page.getByRole('button', { name: 'Next' }).click();

      // Delivery: defaults are GitLab CI and the local folder
      await page.getByRole('button', { name: 'Review' }).click();
      await page.getByRole('button', { name: 'Create' }).click();

      const report = page
        .getByTestId('text-output-box')
        .getByText(new RegExp(`${SERVICE}: \\d+/100, grade [A-E]`));
      await report.first().waitFor({ timeout: 120_000 });
      const summary = await report.first().textContent();
      const [, score, grade] = summary.match(/(\d+)\/100, grade ([A-E])/);
      // Standard criticality (the form's default): grade A from day one.
      assert.ok(Number(score) >= 85, summary);
      assert.equal(grade, 'A', summary);
      await page
        .getByTestId('text-output-box')
        .getByText('Supply chain')
        .waitFor();
      await page.getByRole('link', { name: 'Repository' }).first().waitFor();
      await page.screenshot({
        path: join(ARTIFACTS, 'scaffolder.png'),
        fullPage: true,
      });

      // Published to the local folder, with what the 1B team planned.
      assert.ok(
        existsSync(join(PUBLISHED, 'chart', 'templates', 'cronjob.yaml')),
      );
      const catalogInfo = readFileSync(
        join(PUBLISHED, 'catalog-info.yaml'),
        'utf8',
      );
      assert.match(
        catalogInfo,
        /stackit:ske, stackit:container-registry, stackit:postgres-flex/,
      );
      assert.match(
        readFileSync(join(PUBLISHED, 'infra', 'main.tf'), 'utf8'),
        /stackit_postgresflex_instance/,
      );
      assert.ok(existsSync(join(PUBLISHED, '.gitlab-ci.yml')));
    } catch (error) {
      await page.screenshot({
        path: join(ARTIFACTS, 'scaffolder-failure.png'),
        fullPage: true,
      });
      throw error;
    } finally {
      await page.close();
    }
  });
});
