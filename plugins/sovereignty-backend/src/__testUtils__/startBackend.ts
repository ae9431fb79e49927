import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type {
  SchedulerService,
  ServiceFactory,
} from '@backstage/backend-plugin-api';
import { sovereigntyPlugin } from '../plugin';
import { catalogEntities } from './entities';
import { userInfoFromCatalog } from './userInfo';

/** An audit event as a test sees it: what was opened, and how it ended. */
export interface RecordedAuditEvent {
  options: any;
  success: jest.Mock;
  fail: jest.Mock;
}

/** The test scheduler runs a task when asked; its type does not say it can be installed. */
type InstallableScheduler = SchedulerService & {
  factory(options?: { skipTaskRunOnStartup?: boolean }): ServiceFactory;
};

/** Scheduled refreshes stay out of the way; tests run one with `refresh()`. */
export const quietSchedule = {
  sovereignty: {
    schedule: {
      frequency: { hours: 24 },
      timeout: { minutes: 1 },
      initialDelay: { hours: 24 },
    },
  },
};

/**
 * A backend with the sovereignty plugin, by default over the small test
 * catalog, recording audit events.
 */
export async function startSovereigntyBackend(
  extra: ServiceFactory[] = [],
  options: {
    catalog?: boolean;
    features?: any[];
    /** More `sovereignty` config, beside the quiet schedule. */
    sovereignty?: Record<string, unknown>;
  } = {},
) {
  const auditor = mockServices.auditor.mock();
  const events: RecordedAuditEvent[] = [];
  auditor.createEvent.mockImplementation(async eventOptions => {
    const event = {
      options: eventOptions,
      success: jest.fn().mockResolvedValue(undefined),
      fail: jest.fn().mockResolvedValue(undefined),
    };
    events.push(event);
    return event;
  });
  const scheduler = mockServices.scheduler() as InstallableScheduler;
  const { server } = await startTestBackend({
    features: [
      sovereigntyPlugin,
      ...(options.catalog === false
        ? []
        : [catalogServiceMock.factory({ entities: catalogEntities })]),
      // Alice is in the team that owns the test entities, as in the catalog.
      userInfoFromCatalog(catalogEntities),
      auditor.factory,
      scheduler.factory({ skipTaskRunOnStartup: true }),
      mockServices.rootConfig.factory({
        data: {
          sovereignty: { ...quietSchedule.sovereignty, ...options.sovereignty },
        },
      }),
      ...(options.features ?? []),
      ...extra,
    ],
  });
  return {
    server,
    events,
    /** Runs the scheduled catalog refresh now and waits for it. */
    refresh: () => scheduler.triggerTask('sovereignty-refresh'),
  };
}
