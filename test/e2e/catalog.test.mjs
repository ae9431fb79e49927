import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  APP_URL,
  ARTIFACTS,
  BACKEND_URL,
  guestToken,
} from '../support/portal.mjs';
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
  ['component', 'knowledge-connectors'],
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
      assert.ok(
        refs.includes(`${kind}:${name}`),
        `${kind}:${name} missing from the catalog`,
      );
    }
    const jobProcessor = items.find(
      e => e.metadata.name === 'assistant-job-processor',
    );
    assert.equal(
      jobProcessor.metadata.annotations['portolan.dev/hosting'],
      'azure:westeurope',
    );
  });

  it('refuses the catalog without a token', async () => {
    const res = await fetch(
      `${BACKEND_URL}/api/catalog/entities/by-query?limit=1`,
    );
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
    const keyVault = assessment.mappings.find(
      m => m.service === 'azure:key-vault',
    );
    assert.equal(keyVault.targets.ionos.fit, 're-architect');
    assert.equal(keyVault.targets.ionos.gapFiller.id, 'openbao');
  });
});

describe('discovery in the example portal', () => {
  /** The catalog module scans on the processing loop; the refresh then assesses. */
  async function discoveredAssessment(token, ref) {
    for (let i = 0; i < 120; i++) {
      const res = await fetch(
        `${BACKEND_URL}/api/sovereignty/entities/${ref}/assessment`,
        { headers: { authorization: `Bearer ${token}` } },
      );
      if (res.status === 200) {
        const { assessment } = await res.json();
        if (assessment.discovery?.services > 0) return assessment;
      }
      await new Promise(r => setTimeout(r, 1_000));
    }
    throw new Error(`${ref} never showed discovered services`);
  }

  it('finds the services of a component that carries only its source location', async () => {
    const token = await guestToken();
    const assessment = await discoveredAssessment(
      token,
      'component/default/knowledge-connectors',
    );
    assert.equal(assessment.status, 'assessed');
    const services = assessment.mappings.map(m => m.service).sort();
    assert.deepEqual(services, [
      'azure:blob-storage',
      'azure:container-registry',
      'azure:service-bus',
    ]);
    const bus = assessment.mappings.find(
      m => m.service === 'azure:service-bus',
    );
    assert.equal(bus.discovery.codeLevel, true);
    assert.deepEqual(bus.discovery.evidence[0], {
      path: 'go.mod',
      line: 7,
      detector: 'dependencies',
      match: 'github.com/Azure/azure-sdk-for-go/sdk/messaging/azservicebus',
      code: true,
    });
    assert.equal(
      assessment.discovery.scan.formats.includes('kubernetes'),
      true,
    );
  });

  it('counts discovered entities on the dashboard', async () => {
    const token = await guestToken();
    await discoveredAssessment(token, 'component/default/knowledge-connectors');
    for (let i = 0; i < 120; i++) {
      const res = await fetch(
        `${BACKEND_URL}/api/sovereignty/assessments?search=knowledge-connectors`,
        { headers: { authorization: `Bearer ${token}` } },
      );
      const body = await res.json();
      const row = (body.items ?? []).find(r =>
        String(r.entityRef).endsWith('/knowledge-connectors'),
      );
      if (row && row.status === 'assessed') return;
      await new Promise(r => setTimeout(r, 1_000));
    }
    throw new Error(
      'knowledge-connectors never appeared assessed in /assessments',
    );
  });

  it('shows where the AI assistant Resources were found', async () => {
    const token = await guestToken();
    const assessment = await discoveredAssessment(
      token,
      'resource/default/assistant-key-vault',
    );
    const row = assessment.mappings.find(m => m.service === 'azure:key-vault');
    assert.equal(row.discovery.declared, true);
    assert.equal(row.discovery.evidence[0].path, 'infra/key-vault.tf');
    assert.equal(row.discovery.evidence[0].line, 3);
  });
});

describe('sovereignty API of the example portal', () => {
  const put = async (token, path, body) =>
    fetch(`${BACKEND_URL}/api/sovereignty/entities/${path}`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    });

  it('assesses the whole example catalog on its schedule', async () => {
    const token = await guestToken();
    let body;
    for (let i = 0; i < 60; i++) {
      const res = await fetch(`${BACKEND_URL}/api/sovereignty/summary`, {
        headers: { authorization: `Bearer ${token}` },
      });
      body = await res.json();
      if (body.refresh?.lastRun?.outcome === 'completed') break;
      await new Promise(r => setTimeout(r, 1_000));
    }
    assert.equal(body.refresh.lastRun.outcome, 'completed');
    assert.ok(body.totalEntities >= 20, `only ${body.totalEntities} assessed`);
    const keyVault = body.hotspots.find(h => h.service === 'azure:key-vault');
    assert.ok(keyVault, 'Key Vault is a hotspot');
    assert.equal(keyVault.targets.ionos.fit, 're-architect');
  });

  it('lets the guest edit the checklist of an entity it owns, and only that', async () => {
    const token = await guestToken();
    const own = await put(
      token,
      'component/default/assistant-chat-ui/checklist/exit-triggers',
      {
        status: 'done',
        version: 0,
        evidenceUrl: 'https://wiki.example.com/assistant/exit-triggers',
      },
    );
    assert.equal(own.status, 200, await own.clone().text());
    const { item } = await own.json();
    assert.equal(item.updatedBy, 'user:default/guest');
    assert.equal(item.version, 1);

    // Owned by team-billing, which the guest is not a member of.
    const foreign = await put(
      token,
      'system/default/invoicing/checklist/exit-triggers',
      {
        status: 'done',
        version: 0,
      },
    );
    assert.equal(foreign.status, 403);
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
    const page = await browser.newPage({
      viewport: { width: 1400, height: 1000 },
    });
    await signInAsGuest(page, APP_URL);
    try {
      await page.goto(
        `${APP_URL}/catalog?filters[kind]=component&filters[user]=all`,
      );
      // The catalog table shows titles where entities have one.
      for (const title of [
        'Assistant chat UI',
        'Assistant job processor',
        'Invoice service',
        'Knowledge API',
      ]) {
        await page
          .getByRole('link', { name: title, exact: true })
          .first()
          .waitFor({ timeout: 60_000 });
      }
    } finally {
      await page.screenshot({ path: join(ARTIFACTS, 'catalog.png') });
    }
  });
});
