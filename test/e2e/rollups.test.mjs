// Roll-ups in the running example portal, in Chromium: the group page of
// team-assistant shows the team's lock-in over the entities it and its child
// groups own, and the home page card "Your teams' lock-in" shows the guest's
// teams. The expected figures are derived here from catalog-info/ (owners,
// groups, memberships), never read off the screen. Also: the portal's Tech
// Insights backend carries Portolan's fact retriever.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  APP_URL,
  ARTIFACTS,
  BACKEND_URL,
  ROOT,
  guestToken,
} from '../support/portal.mjs';
import { launchBrowser, signInAsGuest } from '../support/browser.mjs';

const TIMEOUT = 120_000;
const ASSESSED_KINDS = new Set(['component', 'resource', 'system']);

/** Every entity of the example catalog: all.yaml's targets and org.yaml. */
async function exampleCatalog() {
  const read = async file =>
    parseAllDocuments(await readFile(file, 'utf8')).map(d => d.toJS());
  const entry = join(ROOT, 'catalog-info', 'all.yaml');
  const [location] = await read(entry);
  const files = [
    ...location.spec.targets.map(t => join(dirname(entry), t)),
    join(ROOT, 'catalog-info', 'org.yaml'),
  ];
  return (await Promise.all(files.map(read))).flat().filter(Boolean);
}

/** `team`, `group:team` or `group:default/team` as a full group ref. */
function groupRef(ref) {
  const [kind, rest] = ref.includes(':') ? ref.split(':') : ['group', ref];
  const name = rest.includes('/') ? rest : `default/${rest}`;
  return `${kind.toLowerCase()}:${name}`;
}

/** The group and every group below it, by spec.children and spec.parent. */
function groupTree(entities, root) {
  const groups = entities.filter(e => e.kind === 'Group');
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const group of groups) {
      const ref = groupRef(group.metadata.name);
      const parentInTree =
        group.spec.parent && tree.has(groupRef(group.spec.parent));
      const childOfTree = groups.some(
        g =>
          tree.has(groupRef(g.metadata.name)) &&
          (g.spec.children ?? []).map(groupRef).includes(ref),
      );
      if (!tree.has(ref) && (parentInTree || childOfTree)) {
        tree.add(ref);
        grew = true;
      }
    }
  }
  return tree;
}

/** How many Components, Resources and Systems the group's tree owns. */
function ownedCount(entities, root) {
  const tree = groupTree(entities, root);
  return entities.filter(
    e =>
      ASSESSED_KINDS.has(e.kind.toLowerCase()) &&
      e.spec?.owner &&
      tree.has(groupRef(String(e.spec.owner))),
  ).length;
}

/**
 * The catalog stitches memberships after the entities appear; a session
 * started before that would name no group.
 */
async function guestIdentityNames(group) {
  const deadline = Date.now() + TIMEOUT;
  while (Date.now() < deadline) {
    // The dev portal restarts its backend when sources change: retry then.
    const res = await fetch(`${BACKEND_URL}/api/auth/guest/refresh`, {
      headers: { 'x-requested-with': 'XMLHttpRequest' },
    }).catch(() => undefined);
    const refs = res?.ok
      ? (await res.json()).backstageIdentity?.identity?.ownershipEntityRefs
      : undefined;
    if (refs?.includes(group)) return;
    await new Promise(r => setTimeout(r, 1_000));
  }
  throw new Error(`The guest's identity never named ${group}`);
}

/**
 * Waits until the catalog, as the guest reads it, has processed and stitched
 * every ownership catalog-info/ gives the group's tree, and returns that
 * count: the portal answers before its catalog has finished, and a roll-up
 * counts what the catalog holds at the time.
 */
async function catalogOwns(entities, group) {
  const tree = [...groupTree(entities, group)];
  const expected = ownedCount(entities, group);
  const deadline = Date.now() + TIMEOUT;
  let seen;
  while (Date.now() < deadline) {
    const token = await guestToken().catch(() => undefined);
    seen = 0;
    for (const owner of token ? tree : []) {
      const res = await fetch(
        `${BACKEND_URL}/api/catalog/entities/by-query?limit=500&fields=kind&filter=relations.ownedBy=${encodeURIComponent(
          owner,
        )}`,
        { headers: { authorization: `Bearer ${token}` } },
      ).catch(() => undefined);
      const items = res?.ok ? (await res.json()).items : [];
      seen += items.filter(e =>
        ASSESSED_KINDS.has(e.kind.toLowerCase()),
      ).length;
    }
    if (seen === expected) return expected;
    await new Promise(r => setTimeout(r, 1_000));
  }
  throw new Error(
    `The catalog gives ${group}'s tree ${seen} entities, catalog-info/ ${expected}`,
  );
}

describe('roll-ups in the example portal', () => {
  let browser;
  let page;
  let entities;

  before(async () => {
    entities = await exampleCatalog();
    await guestIdentityNames('group:default/team-assistant');
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
    await signInAsGuest(page, APP_URL);
  });

  after(async () => {
    await browser?.close();
  });

  it("shows team-assistant's roll-up on its group page with the entities it and its child groups own", async () => {
    const expected = await catalogOwns(
      entities,
      'group:default/team-assistant',
    );
    assert.ok(
      expected > 0,
      'the example catalog gives team-assistant entities',
    );

    await page.goto(`${APP_URL}/catalog/default/group/team-assistant`);
    const count = page.getByTestId('rollup-count');
    await count.waitFor({ timeout: TIMEOUT });
    assert.equal(await count.innerText(), `${expected} entities`);
    const card = count.locator(
      'xpath=ancestor::div[contains(@class,"MuiCard-root")][1]',
    );
    assert.match(await card.innerText(), /Team's lock-in/);
    await card.screenshot({ path: join(ARTIFACTS, 'rollup-group.png') });
  });

  it("shows the guest's teams on the home page card", async () => {
    const guest = entities.find(
      e => e.kind === 'User' && e.metadata.name === 'guest',
    );
    const teams = guest.spec.memberOf.map(groupRef);
    assert.ok(teams.length > 0, 'the guest belongs to teams');
    for (const team of teams) await catalogOwns(entities, team);

    await page.goto(`${APP_URL}/home`);
    const card = page.getByTestId('teams-lock-in');
    await card.waitFor({ timeout: TIMEOUT });
    const shown = card.getByTestId('team-rollup');
    const refs = await shown.evaluateAll(nodes =>
      nodes.map(n => n.getAttribute('data-team')),
    );
    assert.deepEqual([...refs].sort(), [...teams].sort());
    for (const team of teams) {
      const figures = card.locator(`[data-team="${team}"]`);
      assert.equal(
        await figures.getByTestId('rollup-count').innerText(),
        `${ownedCount(entities, team)} entities`,
      );
    }
    await page.screenshot({ path: join(ARTIFACTS, 'rollup-home.png') });
  });

  it("serves Portolan's facts through the example portal's Tech Insights backend", async () => {
    const res = await fetch(`${BACKEND_URL}/api/tech-insights/fact-schemas`, {
      headers: { authorization: `Bearer ${await guestToken()}` },
    });
    assert.equal(res.status, 200);
    const schemas = await res.json();
    const ours = schemas.find(s => s.id === 'sovereigntyFactRetriever');
    assert.ok(ours, 'the sovereignty fact retriever is registered');
    // The backend spreads each schema's facts into the answer.
    for (const fact of ['score', 'grade', 'blockers', 'overdueRetests']) {
      assert.ok(ours[fact], `the schema names ${fact}`);
    }
  });
});
