import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import type { Summary } from '../../api';
import { percent } from '../common/format';

function Figure(props: { label: string; value: string; hint: string }) {
  return (
    <Grid item xs={6} md={3}>
      <Box textAlign="center" aria-label={`${props.label}: ${props.value}`}>
        <Typography variant="h4" component="p">
          {props.value}
        </Typography>
        <Typography variant="subtitle2">{props.label}</Typography>
        <Typography variant="caption" color="textSecondary">
          {props.hint}
        </Typography>
      </Box>
    </Grid>
  );
}

/**
 * The four numbers an architect reports upwards. Entities with nothing to
 * grade are named beside the count, not averaged in.
 */
export function KeyFigures(props: { summary: Summary }) {
  const { summary } = props;
  return (
    <Grid container spacing={2}>
      <Figure
        label="Entities assessed"
        value={String(summary.totalEntities)}
        hint={
          summary.notAssessable > 0
            ? `by the last refresh; ${summary.notAssessable} not assessable (no service or hosting known), not counted`
            : 'by the last refresh'
        }
      />
      <Figure
        label="Average score"
        value={String(Math.round(summary.averageScore))}
        hint="0-100, higher is more sovereign"
      />
      <Figure
        label="With an exit plan"
        value={percent(summary.withExitPlan)}
        hint="portolan.dev/exit-plan linked"
      />
      <Figure
        label="With a tested exit"
        value={percent(summary.withTestedExit)}
        hint="exit test done and not due"
      />
    </Grid>
  );
}
