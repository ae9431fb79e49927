/*
 * What notifications add to a full refresh: the sovereignty backend's real
 * refresh on a SQLite file, without and with the notifier (a counting
 * notifications service stands in for the backend), over a synthetic
 * catalog where every tenth component accepted a dependency whose review
 * date has passed:
 *   npm run bench:notifications [-- components [runs]]
 * Prints the median of `runs` unchanged refreshes each way, their ratio, and
 * the first refresh that sends every notification.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexFactory from 'knex';
import type { Entity } from '@backstage/catalog-model';
import {
  createAssessor,
  createKnowledgeIndex,
  knowledgeBase,
} from '@portolan/plugin-sovereignty-common';
import { KnexSovereigntyStore } from '../../plugins/sovereignty-backend/src/database/KnexSovereigntyStore';
import { CatalogRefresher } from '../../plugins/sovereignty-backend/src/service/CatalogRefresher';
import { NotificationLedger } from '../../plugins/sovereignty-backend/src/notifications/NotificationLedger';
import { RefreshNotifier } from '../../plugins/sovereignty-backend/src/notifications/RefreshNotifier';
import { readNotificationSettings } from '../../plugins/sovereignty-backend/src/notifications/settings';
import { ConfigReader } from '@backstage/config';
import { arrayCatalog, syntheticCatalog } from './synthetic';

const COMPONENTS = Number(process.argv[2] ?? 10_000);
const RUNS = Number(process.argv[3] ?? 5);

const quietLogger: any = {
  info() {},
  warn: (message: string) => console.warn(message),
  error: (message: string) => console.error(message),
  debug() {},
  child() {
    return quietLogger;
  },
};
const auth: any = {
  getOwnServiceCredentials: async () => ({
    $$type: '@backstage/BackstageCredentials',
    principal: { type: 'service', subject: 'plugin:sovereignty' },
  }),
};

/** Every tenth component keeps its first service, reviewed by a date long past. */
function withOverdueReviews(entities: Entity[]): Entity[] {
  let component = 0;
  return entities.map(entity => {
    if (entity.kind !== 'Component' || component++ % 10 !== 0) return entity;
    const annotations = entity.metadata.annotations!;
    const first = annotations['portolan.dev/services'].split(',')[0].trim();
    return {
      ...entity,
      metadata: {
        ...entity.metadata,
        annotations: {
          ...annotations,
          'portolan.dev/accepted-dependencies': `${first}: kept for the bench, review 2020-01-31`,
        },
      },
    };
  });
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

type Measured = Awaited<ReturnType<typeof measure>>;

async function measure(entities: Entity[], notify: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'portolan-notify-bench-'));
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: { filename: join(dir, 'sovereignty.sqlite') },
    useNullAsDefault: true,
  });
  try {
    const store = await KnexSovereigntyStore.create({
      getClient: async () => knex,
      migrations: { skip: false },
    });
    let sent = 0;
    const refresher = new CatalogRefresher({
      catalog: arrayCatalog(entities),
      auth,
      store,
      assess: createAssessor(knowledgeBase),
      settings: { defaultTargetProviders: ['ionos', 'stackit'] },
      maxRemovalShare: 0.5,
      logger: quietLogger,
      clock: () => new Date(Date.UTC(2026, 11, 4)),
      notifier: notify
        ? new RefreshNotifier({
            ledger: new NotificationLedger(knex),
            notifications: {
              send: async () => {
                sent += 1;
              },
            },
            settings: readNotificationSettings(new ConfigReader({})),
            index: createKnowledgeIndex(knowledgeBase),
            logger: quietLogger,
          })
        : undefined,
    });
    const timed = async () => {
      const start = process.hrtime.bigint();
      const result = await refresher.run();
      if (result.outcome !== 'completed' || result.errors > 0) {
        throw new Error(`refresh ${result.outcome}: ${result.message}`);
      }
      return Number(process.hrtime.bigint() - start) / 1e9;
    };
    const first = await timed();
    const sentFirst = sent;
    const unchanged: number[] = [];
    for (let i = 0; i < RUNS; i++) unchanged.push(await timed());
    return {
      first,
      unchanged: median(unchanged),
      sentFirst,
      sentLater: sent - sentFirst,
    };
  } finally {
    await knex.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const entities = withOverdueReviews(syntheticCatalog(COMPONENTS));
  // A discarded warm-up, then the two ways in turn, so neither gains from
  // running second on a warm process or loses to a busy neighbour.
  await measure(entities, false);
  const rounds: Array<[Measured, Measured]> = [];
  for (let i = 0; i < 3; i++) {
    rounds.push([
      await measure(entities, false),
      await measure(entities, true),
    ]);
  }
  const summary = (index: 0 | 1) => ({
    first: median(rounds.map(r => r[index].first)),
    unchanged: median(rounds.map(r => r[index].unchanged)),
    sentFirst: rounds[0][index].sentFirst,
    sentLater: rounds[0][index].sentLater,
  });
  const without = summary(0);
  const withNotifier = summary(1);
  const row = (label: string, r: Measured) =>
    console.log(
      `${label.padEnd(18)} first ${r.first.toFixed(
        2,
      )} s  unchanged ${r.unchanged.toFixed(2)} s  sent first ${
        r.sentFirst
      }, later ${r.sentLater}`,
    );
  console.log(
    `${entities.length} assessed entities, SQLite file; medians of 3 rounds, unchanged = median of ${RUNS} refreshes per round`,
  );
  row('without notifier', without);
  row('with notifier', withNotifier);
  console.log(
    `with/without: unchanged refresh ${(
      withNotifier.unchanged / without.unchanged
    ).toFixed(2)}x, first refresh ${(
      withNotifier.first / without.first
    ).toFixed(2)}x`,
  );
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
