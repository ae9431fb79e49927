import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { catalogEntities, mcpServer } from '../__testUtils__/entities';
import { startSovereigntyBackend } from '../__testUtils__/startBackend';

const BASE = '/api/sovereignty';
const ENTITY = `${BASE}/entities/component/default/mcp-server`;
const ITEM = `${ENTITY}/checklist/exit-test`;
const user = mockCredentials.user.header('user:default/alice');

function startBackend() {
  return startSovereigntyBackend([
    mockServices.httpAuth.factory({
      defaultCredentials: mockCredentials.none(),
    }),
  ]);
}

async function checklistOf(server: any) {
  const res = await request(server)
    .get(`${ENTITY}/assessment`)
    .set('authorization', user);
  return {
    score: res.body.assessment.score as number,
    item: (id: string) =>
      res.body.assessment.checklist.find((i: any) => i.id === id),
    items: res.body.assessment.checklist as any[],
  };
}

describe('checklist writes', () => {
  it('keep the verdict of items metadata decides, and still take a note', async () => {
    const { server, refresh } = await startBackend();
    await refresh();
    const before = await checklistOf(server);
    // The component runs on Azure: the host is under non-EU law.
    const disproven = before.item('eu-jurisdiction-hosting');
    expect(disproven).toMatchObject({ state: 'open', verifiedBy: 'metadata' });
    const proven = before.items.find(
      i => i.verifiedBy === 'metadata' && i.state === 'done',
    );
    expect(proven).toBeDefined();

    const markDone = await request(server)
      .put(`${ENTITY}/checklist/eu-jurisdiction-hosting`)
      .set('authorization', user)
      .send({ status: 'done', version: 0 });
    expect(markDone.status).toBe(400);
    expect(markDone.body.error.message).toContain('disproven by metadata');
    const reopen = await request(server)
      .put(`${ENTITY}/checklist/${proven.id}`)
      .set('authorization', user)
      .send({ status: 'open', version: 0 });
    expect(reopen.status).toBe(400);
    expect(reopen.body.error.message).toContain('proven by metadata');
    const evidence = await request(server)
      .put(`${ENTITY}/checklist/eu-jurisdiction-hosting`)
      .set('authorization', user)
      .send({
        status: 'open',
        version: 0,
        evidenceUrl: 'https://wiki.example.com/eu',
      });
    expect(evidence.status).toBe(400);
    expect(evidence.body.error.message).toContain('evidenceUrl');

    const note = await request(server)
      .put(`${ENTITY}/checklist/eu-jurisdiction-hosting`)
      .set('authorization', user)
      .send({ status: 'open', version: 0, note: 'Moving to STACKIT in Q3' });
    expect(note.status).toBe(200);
    const after = await checklistOf(server);
    expect(after.item('eu-jurisdiction-hosting')).toMatchObject({
      state: 'open',
      verifiedBy: 'metadata',
      note: 'Moving to STACKIT in Q3',
      version: 1,
    });
    expect(after.score).toBe(before.score);
  });

  it('store evidence links normalised and refuse credentials and control or bidirectional characters', async () => {
    const { server } = await startBackend();
    const refused: Array<[string, string]> = [
      ['https://user:secret@wiki.example.com/x', 'credentials'],
      ['https://:secret@wiki.example.com/x', 'credentials'],
      ['https://wiki.example.com/a\nb', 'control'],
      ['https://wiki.example.com/\u202egnp.exe', 'bidirectional'],
      ['https://wiki.example.com/\u0000', 'control'],
    ];
    for (const [evidenceUrl, reason] of refused) {
      const res = await request(server)
        .put(ITEM)
        .set('authorization', user)
        .send({ status: 'done', version: 0, evidenceUrl });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('evidenceUrl');
      expect(res.body.error.message).toContain(reason);
    }
    const ok = await request(server).put(ITEM).set('authorization', user).send({
      status: 'done',
      version: 0,
      evidenceUrl: ' HTTPS://Wiki.Example.COM:443/exit test/../report?x=1 ',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.item.evidenceUrl).toBe(
      'https://wiki.example.com/report?x=1',
    );
    expect((await checklistOf(server)).item('exit-test').evidenceUrl).toBe(
      'https://wiki.example.com/report?x=1',
    );
  });

  it('audit every refusal with its status and reason, and escape control characters in what they log', async () => {
    const { server, events } = await startBackend();
    const lastFailure = () => {
      const event = events.at(-1)!;
      expect(event.options.eventId).toBe('checklist-update');
      expect(event.success).not.toHaveBeenCalled();
      return event.fail.mock.calls[0]?.[0];
    };

    const unauthenticated = await request(server)
      .put(ITEM)
      .send({ status: 'done', version: 0 });
    expect(unauthenticated.status).toBe(401);
    expect(lastFailure().meta.status).toBe(401);
    expect(events.at(-1)!.options.meta.actor).toContain('unidentified');

    // Refused by the OpenAPI validator, before the handler runs.
    const tooLong = await request(server)
      .put(ITEM)
      .set('authorization', user)
      .send({ status: 'done', version: 0, note: 'x'.repeat(4001) });
    expect(tooLong.status).toBe(400);
    expect(lastFailure().meta.status).toBe(400);

    const service = await request(server)
      .put(ITEM)
      .set('authorization', mockCredentials.service.header())
      .send({ status: 'done', version: 0 });
    expect(service.status).toBe(403);
    expect(lastFailure().meta.status).toBe(403);

    const unknown = await request(server)
      .put(`${BASE}/entities/component/default/nope/checklist/exit-test`)
      .set('authorization', user)
      .send({ status: 'done', version: 0 });
    expect(unknown.status).toBe(404);
    expect(lastFailure().meta.status).toBe(404);

    const oversized = await request(server)
      .put(ITEM)
      .set('authorization', user)
      .set('content-type', 'application/json')
      .send(
        JSON.stringify({
          status: 'done',
          version: 0,
          note: 'x'.repeat(200_000),
        }),
      );
    expect(oversized.status).toBe(413);
    expect(lastFailure().meta.status).toBe(413);

    const forged = 'done\n2026-11-30 [info] checklist-update succeeded \u202e';
    const first = await request(server)
      .put(ITEM)
      .set('authorization', user)
      .send({ status: 'done', version: 0, note: forged });
    expect(first.status).toBe(200);
    const success = events.at(-1)!.success.mock.calls[0][0];
    expect(success.meta.after.note).toBe(
      'done\\u000a2026-11-30 [info] checklist-update succeeded \\u202e',
    );
    // What is stored is what was typed; only the log is escaped.
    expect(first.body.item.note).toBe(forged);

    const conflict = await request(server)
      .put(ITEM)
      .set('authorization', user)
      .send({ status: 'open', version: 0, note: 'late\r\nwriter' });
    expect(conflict.status).toBe(409);
    expect(lastFailure().meta.status).toBe(409);
  });

  it('answer an oversized body 413, not 400', async () => {
    const { server } = await startBackend();
    const res = await request(server)
      .post(`${BASE}/assess`)
      .set('authorization', user)
      .set('content-type', 'application/json')
      .send(
        JSON.stringify({
          entity: {
            ...mcpServer,
            metadata: {
              ...mcpServer.metadata,
              description: 'x'.repeat(200_000),
            },
          },
        }),
      );
    expect(res.status).toBe(413);
    expect(res.body.error.message).toContain('100kb');
  });

  it('succeed once committed when the re-assessment fails: 200 with the item, audited as a success, the assessment marked stale', async () => {
    const real = catalogServiceMock({ entities: catalogEntities });
    let catalogUp = true;
    const catalog = catalogServiceMock.mock({
      queryEntities: (req, opts) => real.queryEntities(req, opts),
      getEntitiesByRefs: (req, opts) => real.getEntitiesByRefs(req, opts),
      getEntityByRef: async (ref, opts) => {
        if (!catalogUp) throw new Error('catalog timed out');
        return real.getEntityByRef(ref, opts);
      },
    });
    const { server, events, refresh } = await startSovereigntyBackend(
      [
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
      ],
      { catalog: false, features: [catalog.factory] },
    );
    await refresh();
    catalogUp = false;
    const res = await request(server)
      .put(ITEM)
      .set('authorization', user)
      .send({ status: 'done', version: 0, note: 'restored' });
    expect(res.status).toBe(200);
    expect(res.body.item).toMatchObject({ status: 'done', version: 1 });
    expect(res.body.reassessmentError).toContain('catalog timed out');
    expect(res.body.assessment.stale).toBe(true);
    const audit = events.at(-1)!;
    expect(audit.fail).not.toHaveBeenCalled();
    expect(audit.success.mock.calls[0][0].meta).toMatchObject({
      after: { status: 'done', version: 1 },
      reassessment: 'failed',
    });

    // The write stands: the next write builds on version 1, not a 409.
    catalogUp = true;
    const next = await request(server)
      .put(ITEM)
      .set('authorization', user)
      .send({ status: 'open', version: 1 });
    expect(next.status).toBe(200);
    expect(next.body.item.version).toBe(2);
    expect(next.body.assessment.stale).toBe(false);
  });
});
