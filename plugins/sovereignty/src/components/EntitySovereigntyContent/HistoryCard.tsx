import Typography from '@material-ui/core/Typography';
import { InfoCard, Progress, WarningPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { sovereigntyApiRef } from '../../api';
import { ScoreChart } from '../common/ScoreChart';

/** The entity's score over time, one point per change. */
export function HistoryCard(props: { entityRef: string; version: string }) {
  const api = useApi(sovereigntyApiRef);
  // `version` changes when the assessment does, so a checklist edit shows up.
  const { value, loading, error } = useAsync(
    () => api.getHistory(props.entityRef),
    [api, props.entityRef, props.version],
  );
  return (
    <InfoCard title="Score history">
      {loading && <Progress />}
      {error && (
        <WarningPanel
          title="Could not load the history"
          message={error.message}
        />
      )}
      {value && value.points.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          No history yet: a point is recorded whenever the score changes.
        </Typography>
      )}
      {value && value.points.length > 0 && (
        <ScoreChart
          title="Sovereignty score over time"
          points={value.points.map(p => ({
            at: p.recordedAt,
            value: p.score,
            detail: `grade ${p.grade}, model ${p.modelVersion}`,
          }))}
        />
      )}
    </InfoCard>
  );
}
