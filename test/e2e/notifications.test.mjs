// Where people already look, in the running example portal. The inbox: a
// notification once an accepted dependency's review date has passed. The
// test sets the date: it serves, on loopback, a catalog file whose component
// (owned by the guest) accepted Key Vault with a review date long past,
// registers it as a catalog location for the length of the test
// (test/e2e/app-config.e2e.yaml allows the backend to read that host), runs
// the scheduled refresh, and finds the notification in Chromium. Assistants:
// the same entity through the MCP actions backend. The entity is removed
// again afterwards, so other test files see the example catalog unchanged.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { join } from 'node:path';
import {
  APP_URL,
  ARTIFACTS,
  BACKEND_URL,
  guestToken,
} from '../support/portal.mjs';
import { launchBrowser, signInAsGuest } from '../support/browser.mjs';

const PORT = 7199;
const NAME = 'e2e-overdue-review';
const TITLE = `Review overdue: azure:key-vault accepted for ${NAME}`;
const TIMEOUT = 60_000;

const CATALOG_FILE = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ${NAME}
  annotations:
    portolan.dev/services: azure:key-vault
    portolan.dev/hosting: azure:westeurope
    portolan.dev/accepted-dependencies: |
      azure:key-vault: HSM contract until its renewal, review 2020-01-31
    portolan.dev/discovery: 'off'
spec:
  type: service
  lifecycle: experimental
  owner: user:default/guest
`;

async function api(path, options = {}) {
  const token = await guestToken();
  const res = await fetch(`${BACKEND_URL}${path}`, {
    ...options,
    headers: {
      authorization: `Bearer ${token}`,
      ...(options.body ? { 'content-type': 'application/json' } : {}),
    },
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

async function eventually(what, probe, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 1_000));
  }
}

/**
 * Runs the scheduled sovereignty refresh now and waits for it to finish: a
 * run already in progress answers 409, and the trigger is retried.
 */
async function refreshNow() {
  const since = new Date().toISOString();
  await eventually('the refresh to start', async () => {
    const { status } = await api(
      '/api/sovereignty/.backstage/scheduler/v1/tasks/sovereignty-refresh/trigger',
      { method: 'POST' },
    );
    return status === 200;
  });
  await eventually('the refresh to complete', async () => {
    const { body } = await api('/api/sovereignty/summary');
    const run = body?.refresh?.lastRun;
    return run && run.startedAt >= since && run.finishedAt;
  });
}

/** One JSON-RPC request to the MCP endpoint, as an assistant's client sends it. */
async function mcp(method, params) {
  const res = await fetch(`${BACKEND_URL}/api/mcp-actions/v1`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await guestToken()}`,
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
    },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  assert.equal(res.status, 200, await res.clone().text());
  const text = await res.text();
  // Streamable HTTP answers with one server-sent event.
  const data = text.startsWith('{')
    ? text
    : text
        .split('\n')
        .find(line => line.startsWith('data: '))
        .slice('data: '.length);
  const message = JSON.parse(data);
  assert.equal(message.error, undefined, JSON.stringify(message.error));
  return message.result;
}

async function guestNotifications() {
  const { body } = await api('/api/notifications/notifications?limit=50');
  return body?.notifications ?? [];
}

describe('notifications in the example portal', () => {
  let server;
  let locationId;
  let browser;

  before(async () => {
    server = createServer((req, res) => {
      if (req.url === '/catalog-info.yaml') {
        res.writeHead(200, { 'content-type': 'text/yaml' });
        res.end(CATALOG_FILE);
        return;
      }
      res.writeHead(404).end();
    });
    await new Promise(resolve => server.listen(PORT, '127.0.0.1', resolve));
    const registered = await api('/api/catalog/locations', {
      method: 'POST',
      body: JSON.stringify({
        type: 'url',
        target: `http://localhost:${PORT}/catalog-info.yaml`,
      }),
    });
    assert.equal(registered.status, 201, JSON.stringify(registered.body));
    locationId = registered.body.location.id;
    await eventually('the catalog to process the test entity', async () => {
      const { status, body } = await api(
        `/api/catalog/entities/by-name/component/default/${NAME}`,
      );
      return status === 200 && body.relations?.length > 0;
    });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    if (locationId) {
      const { body } = await api(
        `/api/catalog/entities/by-name/component/default/${NAME}`,
      );
      await api(`/api/catalog/locations/${locationId}`, { method: 'DELETE' });
      if (body?.metadata?.uid) {
        await api(`/api/catalog/entities/by-uid/${body.metadata.uid}`, {
          method: 'DELETE',
        });
      }
      // The next run forgets its assessment: other files see the example catalog.
      await refreshNow();
    }
    await new Promise(resolve => server?.close(resolve) ?? resolve());
  });

  it("shows a passed review date in the owner's inbox once, linking to the Sovereignty tab", async () => {
    await refreshNow();
    const [notification] = await eventually('the notification', async () => {
      const found = (await guestNotifications()).filter(
        n => n.payload.title === TITLE,
      );
      return found.length > 0 && found;
    });
    assert.equal(
      notification.payload.link,
      `/catalog/default/component/${NAME}/sovereignty`,
    );
    assert.match(notification.payload.description, /2020-01-31/);
    assert.equal(notification.origin, 'plugin:sovereignty');

    // A second refresh finds the same overdue review: nothing new.
    await refreshNow();
    const again = (await guestNotifications()).filter(
      n => n.payload.title === TITLE,
    );
    assert.equal(again.length, 1);

    const context = await browser.newContext({
      viewport: { width: 1400, height: 1000 },
    });
    const page = await context.newPage();
    await signInAsGuest(page, APP_URL);
    await page
      .getByRole('link', { name: /Notifications/ })
      .first()
      .click();
    const entry = page.getByText(TITLE);
    await entry.waitFor({ timeout: TIMEOUT });
    await page.screenshot({ path: join(ARTIFACTS, 'notifications.png') });
    await entry.click();
    await page.waitForURL(`**/catalog/default/component/${NAME}/sovereignty`, {
      timeout: TIMEOUT,
    });
    // The tab shows the finding behind the notification.
    await page
      .getByText(
        'The decision to keep azure:key-vault was due for review on 2020-01-31.',
      )
      .waitFor({ timeout: TIMEOUT });
    await context.close();
  });

  it("answers an assistant's MCP calls with the caller's view", async () => {
    const { tools } = await mcp('tools/list', {});
    const names = tools.map(t => t.name);
    for (const name of [
      'sovereignty.get-entity-assessment',
      'sovereignty.list-lock-in-hotspots',
      'sovereignty.explain-cloud-service',
      'sovereignty.what-if-services-replaced',
    ]) {
      assert.ok(names.includes(name), `${name} missing from ${names}`);
    }
    const tool = tools.find(
      t => t.name === 'sovereignty.get-entity-assessment',
    );
    assert.equal(tool.annotations.readOnlyHint, true);
    assert.equal(tool.annotations.destructiveHint, false);

    const assessment = await mcp('tools/call', {
      name: 'sovereignty.get-entity-assessment',
      arguments: { entityRef: `component:default/${NAME}` },
    });
    assert.equal(assessment.isError, undefined);
    const output = assessment.structuredContent;
    assert.equal(output.entityRef, `component:default/${NAME}`);
    assert.deepEqual(
      output.mapping.map(m => [m.service, m.accepted?.overdue]),
      [['azure:key-vault', true]],
    );
    assert.equal(
      output.url,
      `${APP_URL}/catalog/default/component/${NAME}/sovereignty`,
    );

    const whatIf = await mcp('tools/call', {
      name: 'sovereignty.what-if-services-replaced',
      arguments: {
        entityRef: `component:default/${NAME}`,
        replace: [{ from: 'azure:key-vault', to: 'kubernetes:openbao' }],
      },
    });
    assert.equal(whatIf.structuredContent.stored, false);
    assert.ok(
      whatIf.structuredContent.after.score >
        whatIf.structuredContent.before.score,
    );
  });
});
