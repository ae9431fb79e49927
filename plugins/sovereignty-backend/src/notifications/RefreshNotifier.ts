import type { Entity } from '@backstage/catalog-model';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type {
  Assessment,
  Grade,
  KnowledgeIndex,
} from '@portolan/plugin-sovereignty-common';
import { entityFacts, type EntityFacts } from './entityFacts';
import {
  gradeDropMessage,
  retestDueMessage,
  reviewOverdueMessage,
  type NotificationMessage,
} from './messages';
import {
  NotificationLedger,
  sentEventId,
  type SentEvent,
} from './NotificationLedger';
import type { NotificationKind, NotificationSettings } from './settings';

/** How many notifications of each kind one refresh sent. */
export type NotificationCounts = Record<NotificationKind, number> & {
  failed: number;
};

/** One refresh's view for notifications: its entities, then the end of it. */
export interface RefreshNotificationRound {
  add(entity: Entity, assessment: Assessment): void;
  /**
   * Notifies what is new and remembers it. `complete`: the refresh saw the
   * whole catalog (not a suspicious run), so what it did not see is gone.
   * Never throws: notifications must not fail a refresh.
   */
  finish(options: { complete: boolean }): Promise<NotificationCounts>;
}

/** Grades are single letters, A best: a later letter is a worse grade. */
function worse(grade: Grade, than: Grade): boolean {
  return grade > than;
}

/**
 * Tells an entity's owners, through the notifications backend, what a
 * refresh found that needs them: an accepted dependency whose review date
 * passed, a checklist re-test that is due, a grade that dropped. Each event
 * once: events sent are kept in the plugin's database while they stay true.
 */
export class RefreshNotifier {
  constructor(
    private readonly deps: {
      ledger: NotificationLedger;
      notifications: NotificationService;
      settings: NotificationSettings;
      index: KnowledgeIndex;
      logger: LoggerService;
    },
  ) {}

  startRound(startedAt: Date): RefreshNotificationRound {
    const facts: EntityFacts[] = [];
    const now = startedAt.toISOString();
    return {
      add: (entity, assessment) => {
        facts.push(entityFacts(entity, assessment, this.deps.index, now));
      },
      finish: async ({ complete }) => {
        try {
          return await this.notify(facts, startedAt, complete);
        } catch (error) {
          this.deps.logger.warn(
            `Could not send sovereignty notifications: ${
              (error as Error).message
            }`,
          );
          return { ...this.noCounts(), failed: 1 };
        }
      },
    };
  }

  private noCounts(): NotificationCounts {
    return { reviewOverdue: 0, retestDue: 0, gradeDrop: 0, failed: 0 };
  }

  private async notify(
    facts: EntityFacts[],
    at: Date,
    complete: boolean,
  ): Promise<NotificationCounts> {
    const { ledger, settings, logger } = this.deps;
    const counts = this.noCounts();
    const sent = new Set((await ledger.sentEvents()).map(sentEventId));
    const current = new Set<string>();
    const pending: Array<{
      event: SentEvent;
      owners: string[];
      message: NotificationMessage;
    }> = [];
    const consider = (
      event: SentEvent,
      owners: string[],
      message: NotificationMessage,
    ) => {
      const id = sentEventId(event);
      current.add(id);
      if (!settings[event.kind].enabled || owners.length === 0) return;
      if (!sent.has(id)) pending.push({ event, owners, message });
    };
    for (const entity of facts) {
      for (const review of entity.overdueReviews) {
        const key = `${review.service}@${review.reviewBy}`;
        consider(
          { entityRef: entity.entityRef, kind: 'reviewOverdue', key },
          entity.owners,
          reviewOverdueMessage(entity, review, key),
        );
      }
      for (const retest of entity.dueRetests) {
        const key = `${retest.itemId}@${retest.retestDue}`;
        consider(
          { entityRef: entity.entityRef, kind: 'retestDue', key },
          entity.owners,
          retestDueMessage(entity, retest, key),
        );
      }
    }
    // Recorded before sending, in a few statements: an event another run
    // recorded meanwhile is not sent twice; a crash between recording and
    // sending loses that notification rather than repeating it.
    const claimed = await ledger.claim(
      pending.map(p => p.event),
      at,
    );
    const undelivered: SentEvent[] = [];
    for (const { event, owners, message } of pending) {
      if (!claimed.has(sentEventId(event))) continue;
      if (await this.deliver(event.kind, owners, message)) {
        counts[event.kind] += 1;
      } else {
        counts.failed += 1;
        undelivered.push(event);
      }
    }
    // Not delivered: forgotten, so the next refresh tries again.
    await ledger.forget(undelivered);

    const grades = await ledger.grades();
    const gradesToRecord: Array<{ entityRef: string; grade: Grade }> = [];
    for (const entity of facts) {
      const previous = grades.get(entity.entityRef);
      if (previous === entity.grade) continue;
      const dropped =
        previous !== undefined &&
        worse(entity.grade, previous) &&
        settings.gradeDrop.enabled &&
        entity.owners.length > 0;
      if (dropped) {
        const key = `${previous}>${entity.grade}`;
        const delivered = await this.deliver(
          'gradeDrop',
          entity.owners,
          gradeDropMessage(entity, previous, key),
        );
        if (delivered) counts.gradeDrop += 1;
        else {
          // The grade it dropped from stays recorded: the next refresh tries again.
          counts.failed += 1;
          continue;
        }
      }
      gradesToRecord.push({ entityRef: entity.entityRef, grade: entity.grade });
    }
    await ledger.recordGrades(gradesToRecord, at);

    if (complete) {
      // Events no longer true (a review date moved, a re-test confirmed) are
      // forgotten, so the same event later is news again.
      const stale = (await ledger.sentEvents()).filter(
        event => !current.has(sentEventId(event)),
      );
      await ledger.forget(stale);
      await ledger.forgetGradesExcept(new Set(facts.map(f => f.entityRef)));
    }
    if (counts.failed > 0) {
      logger.warn(
        `${counts.failed} sovereignty notification(s) could not be sent; the next refresh tries again`,
      );
    }
    return counts;
  }

  private async deliver(
    kind: NotificationKind,
    owners: string[],
    message: NotificationMessage,
  ): Promise<boolean> {
    try {
      await this.deps.notifications.send({
        recipients: { type: 'entity', entityRef: owners },
        payload: { ...message, severity: this.deps.settings[kind].severity },
      });
      return true;
    } catch (error) {
      this.deps.logger.debug(
        `Could not notify ${owners.join(', ')}: ${(error as Error).message}`,
      );
      return false;
    }
  }
}
