import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { ServiceFactory } from '@backstage/backend-plugin-api';
import { sovereigntyPlugin } from '../plugin';
import { catalogEntities } from './entities';

/** An audit event as a test sees it: what was opened, and how it ended. */
export interface RecordedAuditEvent {
  options: any;
  success: jest.Mock;
  fail: jest.Mock;
}

/**
 * A backend with the sovereignty plugin over the small test catalog, whose
 * scheduled refresh stays out of the way, recording audit events.
 */
export async function startSovereigntyBackend(extra: ServiceFactory[] = []) {
  const auditor = mockServices.auditor.mock();
  const events: RecordedAuditEvent[] = [];
  auditor.createEvent.mockImplementation(async options => {
    const event = { options, success: jest.fn(), fail: jest.fn() };
    events.push(event);
    return event;
  });
  const { server } = await startTestBackend({
    features: [
      sovereigntyPlugin,
      catalogServiceMock.factory({ entities: catalogEntities }),
      auditor.factory,
      mockServices.rootConfig.factory({
        data: {
          sovereignty: {
            schedule: {
              frequency: { hours: 24 },
              timeout: { minutes: 1 },
              initialDelay: { hours: 24 },
            },
          },
        },
      }),
      ...extra,
    ],
  });
  return { server, events };
}
