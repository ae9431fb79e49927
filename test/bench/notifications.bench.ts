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
import type { Entity } from '@backstage/catalog-model';
import {
  createKnowledgeIndex,
  knowledgeBase,
} from '@portolan/plugin-sovereignty-common';
import { NotificationLedger } from '../../plugins/sovereignty-backend/src/notifications/NotificationLedger';
import { RefreshNotifier } from '../../plugins/sovereignty-backend/src/notifications/RefreshNotifier';
import { readNotificationSettings } from '../../plugins/sovereignty-backend/src/notifications/settings';
import { ConfigReader } from '@backstage/config';
import { arrayCatalog, syntheticCatalog } from './synthetic';
import {
  benchRefresher,
  migratedStores,
  quietLogger,
  sqliteEngine,
  timedRefresh,
} from './refreshSetup';

const COMPONENTS = Number(process.argv[2] ?? 10_000);
const RUNS = Number(process.argv[3] ?? 5);

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
  const engine = sqliteEngine();
  const knex = await engine.open();
  try {
    let sent = 0;
    const refresher = benchRefresher({
      catalog: arrayCatalog(entities),
      stores: await migratedStores(knex),
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
    const first = await timedRefresh(refresher);
    const sentFirst = sent;
    const unchanged: number[] = [];
    for (let i = 0; i < RUNS; i++)
      unchanged.push(await timedRefresh(refresher));
    return {
      first,
      unchanged: median(unchanged),
      sentFirst,
      sentLater: sent - sentFirst,
    };
  } finally {
    await engine.close(knex);
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
