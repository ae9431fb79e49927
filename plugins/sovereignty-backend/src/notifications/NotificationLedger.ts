import type { Knex } from 'knex';
import { handBackToLoop } from '../service/eventLoop';
import type { Grade } from '@portolan/plugin-sovereignty-common';

/** The kinds of event whose sending the ledger remembers one by one. */
export type LedgerKind = 'reviewOverdue' | 'retestDue';

/** One event the owners were told of. */
export interface SentEvent {
  entityRef: string;
  kind: LedgerKind;
  key: string;
}

/**
 * Rows per statement: well below SQLite's bound-variable limit; the loop is
 * handed back between statements, which SQLite runs synchronously.
 */
const CHUNK = 300;

function chunks<T>(items: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) {
    result.push(items.slice(i, i + CHUNK));
  }
  return result;
}

export function sentEventId(event: SentEvent): string {
  return JSON.stringify([event.entityRef, event.kind, event.key]);
}

/**
 * What notifications were sent, in the plugin's database (tables of the
 * `notifications` migration), so a refresh tells each event once.
 */
export class NotificationLedger {
  constructor(private readonly db: Knex) {}

  async sentEvents(): Promise<SentEvent[]> {
    const rows = await this.db('notifications_sent').select(
      'entity_ref',
      'kind',
      'event_key',
    );
    return rows.map(row => ({
      entityRef: row.entity_ref,
      kind: row.kind,
      key: row.event_key,
    }));
  }

  /**
   * Records events before they are sent, in a few statements. Returns the
   * ids (`sentEventId`) of those recorded now: one already recorded, e.g.
   * by another replica, must not be sent again.
   */
  async claim(events: SentEvent[], at: Date): Promise<Set<string>> {
    const claimed = new Set<string>();
    for (const chunk of chunks(events)) {
      const rows = await this.db('notifications_sent')
        .insert(
          chunk.map(event => ({
            entity_ref: event.entityRef,
            kind: event.kind,
            event_key: event.key,
            sent_at: at,
          })),
        )
        .onConflict(['entity_ref', 'kind', 'event_key'])
        .ignore()
        .returning(['entity_ref', 'kind', 'event_key']);
      for (const row of rows) {
        claimed.add(
          sentEventId({
            entityRef: row.entity_ref,
            kind: row.kind,
            key: row.event_key,
          }),
        );
      }
      await handBackToLoop();
    }
    return claimed;
  }

  /** Forgets events: a claim whose sending failed, or events no longer true. */
  async forget(events: SentEvent[]): Promise<void> {
    for (const chunk of chunks(events)) {
      await this.db('notifications_sent')
        .where(builder => {
          for (const event of chunk) {
            builder.orWhere({
              entity_ref: event.entityRef,
              kind: event.kind,
              event_key: event.key,
            });
          }
        })
        .delete();
      await handBackToLoop();
    }
  }

  async grades(): Promise<Map<string, Grade>> {
    const rows = await this.db('notification_grades').select(
      'entity_ref',
      'grade',
    );
    return new Map(rows.map(row => [row.entity_ref, row.grade as Grade]));
  }

  async recordGrades(
    grades: Array<{ entityRef: string; grade: Grade }>,
    at: Date,
  ): Promise<void> {
    for (const chunk of chunks(grades)) {
      await this.db('notification_grades')
        .insert(
          chunk.map(({ entityRef, grade }) => ({
            entity_ref: entityRef,
            grade,
            recorded_at: at,
          })),
        )
        .onConflict('entity_ref')
        .merge(['grade', 'recorded_at']);
      await handBackToLoop();
    }
  }

  /** Forgets the grades of entities the catalog no longer has. */
  async forgetGradesExcept(entityRefs: ReadonlySet<string>): Promise<void> {
    const stored = await this.db('notification_grades').pluck('entity_ref');
    const gone = stored.filter((ref: string) => !entityRefs.has(ref));
    for (const chunk of chunks(gone)) {
      await this.db('notification_grades')
        .whereIn('entity_ref', chunk)
        .delete();
      await handBackToLoop();
    }
  }
}
