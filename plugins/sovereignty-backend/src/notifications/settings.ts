import type { Config } from '@backstage/config';
import type { NotificationSeverity } from '@backstage/plugin-notifications-common';

/** The events Portolan notifies an entity's owners of. */
export const NOTIFICATION_KINDS = [
  'reviewOverdue',
  'retestDue',
  'gradeDrop',
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationKindSettings {
  enabled: boolean;
  severity: NotificationSeverity;
}

export type NotificationSettings = Record<
  NotificationKind,
  NotificationKindSettings
>;

const SEVERITIES: NotificationSeverity[] = [
  'critical',
  'high',
  'normal',
  'low',
];

/** A drop in grade is news; a due date that passed is a reminder. */
const DEFAULT_SEVERITY: Record<NotificationKind, NotificationSeverity> = {
  reviewOverdue: 'normal',
  retestDue: 'normal',
  gradeDrop: 'high',
};

/**
 * Reads `sovereignty.notifications.<kind>.{enabled,severity}`: every kind is
 * on by default. An unknown kind or severity stops the backend with a
 * message naming it, as the other `sovereignty.*` settings do.
 */
export function readNotificationSettings(config: Config): NotificationSettings {
  const root = config.getOptionalConfig('sovereignty.notifications');
  for (const key of root?.keys() ?? []) {
    if (!(NOTIFICATION_KINDS as readonly string[]).includes(key)) {
      throw new Error(
        `sovereignty.notifications.${key}: unknown kind of notification; use ${NOTIFICATION_KINDS.join(
          ', ',
        )}`,
      );
    }
  }
  const settings = {} as NotificationSettings;
  for (const kind of NOTIFICATION_KINDS) {
    const at = `sovereignty.notifications.${kind}`;
    const severity =
      config.getOptionalString(`${at}.severity`) ?? DEFAULT_SEVERITY[kind];
    if (!SEVERITIES.includes(severity as NotificationSeverity)) {
      throw new Error(
        `${at}.severity must be one of ${SEVERITIES.join(
          ', ',
        )}, not "${severity}"`,
      );
    }
    settings[kind] = {
      enabled: config.getOptionalBoolean(`${at}.enabled`) ?? true,
      severity: severity as NotificationSeverity,
    };
  }
  return settings;
}
