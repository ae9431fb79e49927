import { ConfigReader } from '@backstage/config';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import request from 'supertest';
import { startSovereigntyBackend } from '../__testUtils__/startBackend';
import { readChecklistEditorsMode } from './ChecklistEditors';

const ITEM =
  '/api/sovereignty/entities/component/default/mcp-server/checklist/exit-test';
// Alice is a member of the owning team; Bob is in no group.
const alice = mockCredentials.user.header('user:default/alice');
const bob = mockCredentials.user.header('user:default/bob');

/** The test permissions service allows everything: a stock app's policy. */
function startAllowAllBackend(sovereignty: Record<string, unknown> = {}) {
  return startSovereigntyBackend(
    [
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
    ],
    { sovereignty },
  );
}

describe('sovereignty.checklist.editors', () => {
  it('lets only owners edit under an allow-all policy by default, and audits the refusal', async () => {
    const { server, events } = await startAllowAllBackend();
    const refused = await request(server)
      .put(ITEM)
      .set('authorization', bob)
      .send({ status: 'done', version: 0 });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe(
      'Only the owners of component:default/mcp-server may update its exit checklist (sovereignty.checklist.editors: owners)',
    );
    const audit = events.at(-1)!;
    expect(audit.options.eventId).toBe('checklist-update');
    expect(audit.success).not.toHaveBeenCalled();
    expect(audit.fail.mock.calls[0][0].meta.status).toBe(403);

    const owner = await request(server)
      .put(ITEM)
      .set('authorization', alice)
      .send({ status: 'done', version: 0 });
    expect(owner.status).toBe(200);
    expect(owner.body.item).toMatchObject({
      status: 'done',
      version: 1,
      updatedBy: 'user:default/alice',
    });
  });

  it('leaves the decision to the policy with editors: policy', async () => {
    const { server } = await startAllowAllBackend({
      checklist: { editors: 'policy' },
    });
    const res = await request(server)
      .put(ITEM)
      .set('authorization', bob)
      .send({ status: 'done', version: 0 });
    expect(res.status).toBe(200);
    expect(res.body.item.updatedBy).toBe('user:default/bob');
  });

  it('refuses to start with an unknown value, naming the key and the choices', () => {
    expect(readChecklistEditorsMode(new ConfigReader({}))).toBe('owners');
    expect(() =>
      readChecklistEditorsMode(
        new ConfigReader({ sovereignty: { checklist: { editors: 'anyone' } } }),
      ),
    ).toThrow(
      "sovereignty.checklist.editors must be one of owners, policy, got 'anyone'",
    );
  });
});
