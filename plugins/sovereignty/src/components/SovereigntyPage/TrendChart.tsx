import Typography from '@material-ui/core/Typography';
import type { TrendPoint } from '../../api';
import { ScoreChart } from '../common/ScoreChart';

/** The catalog's average score per day. */
export function TrendChart(props: { trend?: TrendPoint[] }) {
  const { trend } = props;
  if (!trend || trend.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No trend yet: every completed refresh adds the day's average score.
      </Typography>
    );
  }
  return (
    <ScoreChart
      title="Average score of the catalog over time"
      valueLabel="Average score"
      points={trend.map(p => ({
        at: p.recordedAt,
        value: p.averageScore,
        detail: `${p.totalEntities} entities`,
      }))}
    />
  );
}
