import {
  mockCredentials,
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import request from 'supertest';
import { startSovereigntyBackend } from '../__testUtils__/startBackend';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';

jest.setTimeout(120_000);

const ITEM =
  '/api/sovereignty/entities/component/default/mcp-server/checklist/exit-test';
const ASSESSMENT =
  '/api/sovereignty/entities/component/default/mcp-server/assessment';
const WRITERS = 50;
const user = mockCredentials.user.header('user:default/alice');

describe('50 concurrent updates of one checklist item', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  async function startBackend(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    const { server, events } = await startSovereigntyBackend([
      mockServices.database.factory({ knex }),
    ]);
    // What each successful write applied, as the audit log recorded it.
    const applied = () =>
      events.flatMap(e => e.success.mock.calls.map(([o]) => o?.meta?.after));
    return { server, applied };
  }

  it.each(databases.eachSupportedId())(
    'apply exactly one of 50 writes based on the same version, refusing the rest with 409, on %p',
    async databaseId => {
      const { server, applied } = await startBackend(databaseId);
      const responses = await Promise.all(
        Array.from({ length: WRITERS }, (_, i) =>
          request(server)
            .put(ITEM)
            .set('authorization', user)
            .send({ status: 'done', version: 0, note: `writer ${i}` }),
        ),
      );
      const statuses = responses.map(r => r.status);
      expect(statuses.filter(s => s === 200)).toHaveLength(1);
      expect(statuses.filter(s => s === 409)).toHaveLength(WRITERS - 1);
      const winner = responses.find(r => r.status === 200)!;
      const stored = await request(server)
        .get(ASSESSMENT)
        .set('authorization', user);
      const item = stored.body.assessment.checklist.find(
        (i: any) => i.id === 'exit-test',
      );
      expect(item.note).toBe(winner.body.item.note);
      expect(item.version).toBe(1);
      expect(applied()).toHaveLength(1);
    },
  );

  it.each(databases.eachSupportedId())(
    'lose none of 50 writers that retry on 409: versions 1..50, one per writer, on %p',
    async databaseId => {
      const { server, applied } = await startBackend(databaseId);
      let conflicts = 0;
      const writer = async (i: number) => {
        for (let attempt = 0; attempt < 500; attempt++) {
          const current = await request(server)
            .get(ASSESSMENT)
            .set('authorization', user);
          const version = current.body.assessment.checklist.find(
            (item: any) => item.id === 'exit-test',
          ).version;
          const res = await request(server)
            .put(ITEM)
            .set('authorization', user)
            .send({
              status: i % 2 ? 'done' : 'open',
              version,
              note: `writer ${i}`,
            });
          if (res.status === 200) return res.body.item.version as number;
          expect(res.status).toBe(409);
          conflicts += 1;
        }
        throw new Error(`writer ${i} never got through`);
      };
      const versions = await Promise.all(
        Array.from({ length: WRITERS }, (_, i) => writer(i)),
      );
      expect([...versions].sort((a, b) => a - b)).toEqual(
        Array.from({ length: WRITERS }, (_, i) => i + 1),
      );
      expect(new Set(applied().map(a => a.note)).size).toBe(WRITERS);
      const stored = await request(server)
        .get(ASSESSMENT)
        .set('authorization', user);
      expect(
        stored.body.assessment.checklist.find((i: any) => i.id === 'exit-test')
          .version,
      ).toBe(WRITERS);
      // The race is real: most first attempts collide.
      expect(conflicts).toBeGreaterThan(0);
    },
  );
});
