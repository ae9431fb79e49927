import type { NotificationPayload } from '@backstage/plugin-notifications-common';
import type { Grade } from '@portolan/plugin-sovereignty-common';
import { sovereigntyTabPath } from '../service/entityTabLink';
import type { EntityFacts } from './entityFacts';
import type { NotificationKind } from './settings';

/** The topic Portolan's notifications are filed under in the inbox. */
export const NOTIFICATION_TOPIC = 'Cloud lock-in';

/** What a notification says, without its severity (a setting). */
export type NotificationMessage = Omit<NotificationPayload, 'severity'>;

function message(
  kind: NotificationKind,
  facts: EntityFacts,
  key: string,
  text: { title: string; description: string },
): NotificationMessage {
  return {
    ...text,
    link: sovereigntyTabPath(facts.entityRef),
    topic: NOTIFICATION_TOPIC,
    // The same event notified again (e.g. after a failed send) replaces the
    // earlier notification in the inbox instead of adding one.
    scope: `sovereignty:${kind}:${facts.entityRef}:${key}`,
    metadata: { entityRef: facts.entityRef, kind },
  };
}

export function reviewOverdueMessage(
  facts: EntityFacts,
  review: EntityFacts['overdueReviews'][number],
  key: string,
): NotificationMessage {
  return message('reviewOverdue', facts, key, {
    title: `Review overdue: ${review.service} accepted for ${facts.displayName}`,
    description: `${facts.entityRef} accepted its dependency on ${review.service} ("${review.reason}") until a review by ${review.reviewBy}, which has passed. Review the decision and record the next review date in portolan.dev/accepted-dependencies.`,
  });
}

export function retestDueMessage(
  facts: EntityFacts,
  retest: EntityFacts['dueRetests'][number],
  key: string,
): NotificationMessage {
  return message('retestDue', facts, key, {
    title: `Re-test due: ${retest.title} for ${facts.displayName}`,
    description: `The exit checklist item "${retest.title}" of ${facts.entityRef} was due for re-confirmation on ${retest.retestDue}. Confirm it again on the Sovereignty tab.`,
  });
}

export function gradeDropMessage(
  facts: EntityFacts,
  from: Grade,
  key: string,
): NotificationMessage {
  return message('gradeDrop', facts, key, {
    title: `Sovereignty grade dropped from ${from} to ${facts.grade}: ${facts.displayName}`,
    description: `The latest assessment of ${facts.entityRef} scores ${facts.score}/100, grade ${facts.grade} (it was ${from}). The Sovereignty tab shows the findings behind it.`,
  });
}
