import Typography from '@material-ui/core/Typography';
import type { Summary } from '../../api';
import { dateTime } from '../common/format';

/** When the catalog was last assessed, and whether that went well. */
export function RefreshStatus(props: { refresh: Summary['refresh'] }) {
  const run = props.refresh.lastRun;
  if (!run) {
    return (
      <Typography variant="body2" data-testid="refresh-status">
        No refresh has run yet: the first scheduled one fills this dashboard.
      </Typography>
    );
  }
  const finished = run.finishedAt
    ? `, finished ${dateTime(run.finishedAt)}`
    : '';
  return (
    <Typography
      variant="body2"
      data-testid="refresh-status"
      color={run.outcome === 'failed' ? 'error' : 'textPrimary'}
    >
      Last refresh {run.outcome}: started {dateTime(run.startedAt)}
      {finished}; {run.entities} entities, {run.changed} changed
      {run.errors > 0 && `, ${run.errors} failed`}
      {run.message && ` (${run.message})`}
    </Typography>
  );
}
