import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { APP_URL, ARTIFACTS, BACKEND_URL, guestToken } from '../support/portal.mjs';
import { launchBrowser, signInAsGuest } from '../support/browser.mjs';

const EXAMPLES = [
  ['system', 'ai-assistant'],
  ['component', 'assistant-chat-ui'],
  ['component', 'assistant-mcp-server'],
  ['component', 'assistant-job-processor'],
  ['resource', 'assistant-key-vault'],
  ['system', 'knowledge-platform'],
  ['component', 'knowledge-api'],
  ['component', 'knowledge-worker'],
  ['component', 'invoice-service'],
  ['user', 'guest'],
  ['group', 'team-assistant'],
];

describe('catalog API of the example portal', () => {
  it('lists the example entities to a signed-in guest', async () => {
    const token = await guestToken();
    const res = await fetch(
      `${BACKEND_URL}/api/catalog/entities/by-query?limit=500&fields=kind,metadata.name,metadata.annotations`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    assert.equal(res.status, 200);
    const { items } = await res.json();
    const refs = items.map(e => `${e.kind.toLowerCase()}:${e.metadata.name}`);
    for (const [kind, name] of EXAMPLES) {
      assert.ok(refs.includes(`${kind}:${name}`), `${kind}:${name} missing from the catalog`);
    }
    const jobProcessor = items.find(e => e.metadata.name === 'assistant-job-processor');
    assert.equal(jobProcessor.metadata.annotations['portolan.dev/hosting'], 'azure:westeurope');
  });

  it('refuses the catalog without a token', async () => {
    const res = await fetch(`${BACKEND_URL}/api/catalog/entities/by-query?limit=1`);
    assert.equal(res.status, 401);
  });

  it('serves the sovereignty assessment of an example entity', async () => {
    const token = await guestToken();
    const res = await fetch(
      `${BACKEND_URL}/api/sovereignty/entities/component/default/assistant-job-processor/assessment`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    assert.equal(res.status, 200);
    const { assessment } = await res.json();
    const keyVault = assessment.mappings.find(m => m.service === 'azure:key-vault');
    assert.equal(keyVault.targets.ionos.fit, 're-architect');
    assert.equal(keyVault.targets.ionos.gapFiller.id, 'openbao');
  });
});

describe('the example portal in a real browser', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('signs the guest in and shows the example catalog', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signInAsGuest(page, APP_URL);
    try {
      await page.goto(`${APP_URL}/catalog?filters[kind]=component&filters[user]=all`);
      // The catalog table shows titles where entities have one.
      for (const title of ['Assistant chat UI', 'Assistant job processor', 'Invoice service', 'Knowledge API']) {
        await page.getByRole('link', { name: title, exact: true }).first().waitFor({ timeout: 60_000 });
      }
    } finally {
      await page.screenshot({ path: join(ARTIFACTS, 'catalog.png') });
    }
  });
});
