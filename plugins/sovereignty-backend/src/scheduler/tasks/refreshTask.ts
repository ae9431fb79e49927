import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  type LoggerService,
  type RootConfigService,
  type SchedulerService,
  type SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import type { CatalogRefresher } from '../../service/CatalogRefresher';
import type { SummaryService } from '../../service/SummaryService';

/** The scheduler's id of the refresh: one run at a time across replicas. */
export const REFRESH_TASK_ID = 'sovereignty-refresh';

const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 30 },
  timeout: { minutes: 15 },
  initialDelay: { seconds: 30 },
};

/**
 * Schedules the catalog refresh on `sovereignty.schedule` (every 30 minutes
 * unless set), recomputing the dashboard aggregates after each run.
 */
export async function scheduleRefreshTask(options: {
  scheduler: SchedulerService;
  config: RootConfigService;
  refresher: CatalogRefresher;
  summary: SummaryService;
  logger: LoggerService;
}): Promise<void> {
  const { scheduler, config, refresher, summary, logger } = options;
  const schedule = config.has('sovereignty.schedule')
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig('sovereignty.schedule'),
      )
    : DEFAULT_SCHEDULE;
  await scheduler.scheduleTask({
    id: REFRESH_TASK_ID,
    ...schedule,
    fn: async () => {
      await refresher.run();
      // Recompute the dashboard aggregates now, not on a user's request.
      summary.invalidate();
      await summary
        .recompute()
        .catch(error =>
          logger.warn(`Could not compute the summary: ${error.message}`),
        );
    },
  });
}
