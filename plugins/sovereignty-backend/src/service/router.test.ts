import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { keyVault, mcpServer } from '../__testUtils__/entities';
import { startSovereigntyBackend } from '../__testUtils__/startBackend';

const BASE = '/api/sovereignty';
const ASSESSMENT = `${BASE}/entities/component/default/mcp-server/assessment`;
const ITEM = `${BASE}/entities/component/default/mcp-server/checklist/exit-test`;
const user = mockCredentials.user.header('user:default/alice');

function startBackend(
  options: { permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY } = {},
) {
  return startSovereigntyBackend([
    mockServices.database.factory(),
    mockServices.httpAuth.factory({
      defaultCredentials: mockCredentials.none(),
    }),
    mockServices.permissions.factory({
      result: options.permission ?? AuthorizeResult.ALLOW,
    }),
  ]);
}

describe('sovereignty router', () => {
  it('refuses every route but health without credentials', async () => {
    const { server } = await startBackend();
    expect((await request(server).get(`${BASE}/health`)).status).toBe(200);
    for (const path of [
      ASSESSMENT,
      `${BASE}/assessments`,
      `${BASE}/summary`,
      `${BASE}/knowledge-base`,
    ]) {
      expect((await request(server).get(path)).status).toBe(401);
    }
    expect(
      (await request(server).post(`${BASE}/assess`).send({ entity: mcpServer }))
        .status,
    ).toBe(401);
    expect(
      (await request(server).put(ITEM).send({ status: 'done', version: 0 }))
        .status,
    ).toBe(401);
  });

  it('assesses a catalog entity with the resources it depends on, stores nothing on a read, and serves what the refresh stored', async () => {
    const { server, refresh } = await startBackend();
    const first = await request(server)
      .get(ASSESSMENT)
      .set('authorization', user);
    expect(first.status).toBe(200);
    // A read computes but never stores: no row, no history.
    const none = await request(server)
      .get(`${BASE}/assessments`)
      .set('authorization', user);
    expect(none.body.totalItems).toBe(0);
    expect(
      (
        await request(server)
          .get(`${BASE}/entities/component/default/mcp-server/history`)
          .set('authorization', user)
      ).body.points,
    ).toEqual([]);

    await refresh();
    const { assessment } = (
      await request(server).get(ASSESSMENT).set('authorization', user)
    ).body;
    expect(assessment.score).toBe(first.body.assessment.score);
    expect(assessment.entityRef).toBe('component:default/mcp-server');
    const vault = assessment.mappings.find(
      (m: any) => m.service === 'azure:key-vault',
    );
    expect(vault.inheritedFrom).toEqual(['resource:default/vault']);
    expect(vault.targets.ionos.fit).toBe('re-architect');

    const list = await request(server)
      .get(`${BASE}/assessments?provider=azure&orderBy=entityRef&order=asc`)
      .set('authorization', user);
    expect(list.body.error?.message).toBeUndefined();
    expect(list.status).toBe(200);
    expect(list.body.totalItems).toBe(2);
    // Only the assessed kinds have rows; the User and Template do not.
    expect(
      (
        await request(server)
          .get(`${BASE}/assessments?limit=10`)
          .set('authorization', user)
      ).body.items
        .map((i: any) => i.entityRef)
        .sort(),
    ).toEqual(['component:default/mcp-server', 'resource:default/vault']);
    expect(list.body.items[0]).toMatchObject({
      entityRef: 'component:default/mcp-server',
      owner: 'group:default/team',
      score: assessment.score,
    });

    const history = await request(server)
      .get(`${BASE}/entities/component/default/mcp-server/history`)
      .set('authorization', user);
    expect(history.body.points).toHaveLength(1);
    expect(history.body.points[0].score).toBe(assessment.score);

    const summary = await request(server)
      .get(`${BASE}/summary`)
      .set('authorization', user);
    expect(summary.status).toBe(200);
    expect(summary.body.totalEntities).toBe(2);
    // The vault and the component that inherits it both use the Key Vault.
    expect(
      summary.body.hotspots.map((h: any) => [h.service, h.dependents]),
    ).toEqual([
      ['azure:key-vault', 2],
      ['azure:container-apps', 1],
    ]);
    expect(summary.body.hotspots[0].targets.ionos.fit).toBe('re-architect');
    expect(summary.body.trend.map((p: any) => p.totalEntities)).toEqual([2]);
    expect(summary.body.restricted).toBeUndefined();

    const kb = await request(server)
      .get(`${BASE}/knowledge-base`)
      .set('authorization', user);
    expect(kb.body.services.length).toBeGreaterThan(60);
  });

  it('answers 404 naming the assessed kinds for a kind that is not assessed, on reads and checklist writes, and stores nothing', async () => {
    const { server, events } = await startBackend();
    for (const path of [
      `${BASE}/entities/user/default/alice/assessment`,
      `${BASE}/entities/user/default/alice/history`,
    ]) {
      const res = await request(server).get(path).set('authorization', user);
      expect(res.status).toBe(404);
      expect(res.body.error.message).toContain('Component, Resource, System');
    }
    const write = await request(server)
      .put(
        `${BASE}/entities/template/default/portable-service/checklist/exit-test`,
      )
      .set('authorization', user)
      .send({ status: 'done', version: 0 });
    expect(write.status).toBe(404);
    expect(write.body.error.message).toContain('Component, Resource, System');
    expect(events.at(-1)!.fail).toHaveBeenCalledWith(
      expect.objectContaining({
        meta: expect.objectContaining({ status: 404 }),
      }),
    );
    const list = await request(server)
      .get(`${BASE}/assessments?kind=user`)
      .set('authorization', user);
    expect(list.body.totalItems).toBe(0);
    expect(
      (
        await request(server)
          .get(`${BASE}/assessments?kind=template`)
          .set('authorization', user)
      ).body.totalItems,
    ).toBe(0);
  });

  it('answers 404 for an entity the catalog does not have', async () => {
    const { server } = await startBackend();
    const res = await request(server)
      .get(`${BASE}/entities/component/default/nope/assessment`)
      .set('authorization', user);
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain('component:default/nope');
  });

  it('previews a posted entity and names what is wrong with a bad body or query', async () => {
    const { server } = await startBackend();
    const ok = await request(server)
      .post(`${BASE}/assess`)
      .set('authorization', user)
      .send({ entity: mcpServer, related: [keyVault] });
    expect(ok.status).toBe(200);
    expect(ok.body.mappings.map((m: any) => m.service)).toEqual([
      'azure:container-apps',
      'azure:key-vault',
    ]);
    const bad = await request(server)
      .post(`${BASE}/assess`)
      .set('authorization', user)
      .send({ entity: { kind: 'Component' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('entity');

    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['grade=Z', 'grade'],
      ['orderBy=password', 'orderBy'],
    ]) {
      const res = await request(server)
        .get(`${BASE}/assessments?${query}`)
        .set('authorization', user);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(field);
    }
  });

  it('updates a checklist item for an allowed user, audits it and re-assesses', async () => {
    const { server, events } = await startBackend();
    const before = await request(server)
      .get(ASSESSMENT)
      .set('authorization', user);
    const res = await request(server)
      .put(ITEM)
      .set('authorization', user)
      .send({
        status: 'done',
        version: 0,
        evidenceUrl: 'https://wiki.example.com/exit-test-2026',
        note: 'restored into IONOS',
      });
    expect(res.status).toBe(200);
    expect(res.body.item).toMatchObject({
      itemId: 'exit-test',
      status: 'done',
      version: 1,
      updatedBy: 'user:default/alice',
      evidenceUrl: 'https://wiki.example.com/exit-test-2026',
    });
    const item = res.body.assessment.assessment.checklist.find(
      (i: any) => i.id === 'exit-test',
    );
    expect(item).toMatchObject({
      state: 'done',
      verifiedBy: 'people',
      version: 1,
    });
    expect(res.body.assessment.assessment.score).toBeGreaterThanOrEqual(
      before.body.assessment.score,
    );

    const audit = events.find(e => e.options.eventId === 'checklist-update')!;
    expect(audit.options.meta).toEqual({
      entityRef: 'component:default/mcp-server',
      itemId: 'exit-test',
    });
    expect(audit.success).toHaveBeenCalledWith({
      meta: {
        before: null,
        after: expect.objectContaining({ status: 'done', version: 1 }),
      },
    });

    // The stored assessment reflects the change.
    const after = await request(server)
      .get(ASSESSMENT)
      .set('authorization', user);
    expect(
      after.body.assessment.checklist.find((i: any) => i.id === 'exit-test')
        .state,
    ).toBe('done');
  });

  it('refuses a stale version with 409 and loses nothing', async () => {
    const { server } = await startBackend();
    await request(server)
      .put(ITEM)
      .set('authorization', user)
      .send({ status: 'done', version: 0 });
    const stale = await request(server)
      .put(ITEM)
      .set('authorization', user)
      .send({ status: 'open', version: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toContain('version 1');
    const assessment = await request(server)
      .get(ASSESSMENT)
      .set('authorization', user);
    expect(
      assessment.body.assessment.checklist.find(
        (i: any) => i.id === 'exit-test',
      ),
    ).toMatchObject({ state: 'done', version: 1 });
  });

  it('answers 400 naming the field for bad checklist bodies', async () => {
    const { server, events } = await startBackend();
    const cases: Array<[object, string]> = [
      [{ status: 'finished', version: 0 }, 'status'],
      [{ status: 'done' }, 'version'],
      [{ status: 'done', version: -1 }, 'version'],
      [
        // eslint-disable-next-line no-script-url -- the test proves a javascript: evidence URL is refused
        { status: 'done', version: 0, evidenceUrl: 'javascript:alert(1)' },
        'evidenceUrl',
      ],
      [
        { status: 'done', version: 0, evidenceUrl: 'ftp://files/x' },
        'evidenceUrl',
      ],
      [{ status: 'done', version: 0, note: 'x'.repeat(4001) }, 'note'],
      [{ status: 'done', version: 0, owner: 'me' }, 'owner'],
    ];
    for (const [body, field] of cases) {
      const res = await request(server)
        .put(ITEM)
        .set('authorization', user)
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(field);
    }
    // Failed attempts are audited too.
    expect(
      events.filter(e => e.fail.mock.calls.length > 0).length,
    ).toBeGreaterThan(0);
  });

  it('refuses a body with an unknown property with a 400 naming it, on the checklist write and on POST /assess, and stores nothing', async () => {
    const { server } = await startBackend();
    const write = await request(server)
      .put(ITEM)
      .set('authorization', user)
      .send({ status: 'done', version: 0, approvedBy: 'me' });
    expect(write.status).toBe(400);
    expect(write.body.error.message).toContain('request/body/approvedBy');
    const checklist = (
      await request(server).get(ASSESSMENT).set('authorization', user)
    ).body.assessment.checklist;
    expect(
      checklist.find((item: { id: string }) => item.id === 'exit-test')
        .version ?? 0,
    ).toBe(0);

    const assess = await request(server)
      .post(`${BASE}/assess`)
      .set('authorization', user)
      .send({ entity: mcpServer, store: true });
    expect(assess.status).toBe(400);
    expect(assess.body.error.message).toContain('request/body/store');
    const relatedNoName = await request(server)
      .post(`${BASE}/assess`)
      .set('authorization', user)
      .send({
        entity: mcpServer,
        related: [{ kind: 'Resource', metadata: {} }],
      });
    expect(relatedNoName.status).toBe(400);
    expect(relatedNoName.body.error.message).toContain(
      "request/body/related/0/metadata must have required property 'name'",
    );
  });

  it('answers 404 for an unknown item or entity and 403 when the policy denies', async () => {
    const { server } = await startBackend();
    const unknownItem = await request(server)
      .put(`${BASE}/entities/component/default/mcp-server/checklist/nope`)
      .set('authorization', user)
      .send({ status: 'done', version: 0 });
    expect(unknownItem.status).toBe(404);
    const unknownEntity = await request(server)
      .put(`${BASE}/entities/component/default/nope/checklist/exit-test`)
      .set('authorization', user)
      .send({ status: 'done', version: 0 });
    expect(unknownEntity.status).toBe(404);

    const denied = await startBackend({ permission: AuthorizeResult.DENY });
    const res = await request(denied.server)
      .put(ITEM)
      .set('authorization', user)
      .send({ status: 'done', version: 0 });
    expect(res.status).toBe(403);
    const service = await request(denied.server)
      .put(ITEM)
      .set('authorization', mockCredentials.service.header())
      .send({ status: 'done', version: 0 });
    // Only people set checklist items: a service token is refused.
    expect(service.status).toBe(403);
  });
});
