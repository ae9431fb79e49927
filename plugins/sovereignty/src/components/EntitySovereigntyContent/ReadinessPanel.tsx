import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import type { Assessment, Fit } from '@portolan/plugin-sovereignty-common';
import { FitChip } from '../common/FitChip';
import { percent } from '../common/format';

const FITS: Fit[] = ['direct', 'partial', 're-architect', 'none'];

/** How ready the entity is to move to each target provider. */
export function ReadinessPanel(props: {
  assessment: Assessment;
  providerName?: (id: string) => string;
}) {
  const { readiness, targetProviders } = props.assessment;
  const providerName = props.providerName ?? (id => id);
  return (
    <Grid container spacing={2}>
      {targetProviders.map(target => {
        const r = readiness[target];
        if (!r) return null;
        return (
          <Grid item xs={12} sm={6} md={4} key={target}>
            <Box data-testid={`readiness-${target}`}>
              <Typography variant="subtitle2">
                {providerName(target)}
              </Typography>
              <Box display="flex" justifyContent="space-between">
                <Typography variant="body2">
                  {percent(r.readyShare)} of {r.services} services move directly
                  or partly
                </Typography>
              </Box>
              <LinearProgress
                variant="determinate"
                value={r.readyShare * 100}
                aria-label={`${providerName(target)} readiness ${percent(
                  r.readyShare,
                )}`}
              />
              <Box mt={1}>
                {FITS.filter(fit => r.byFit[fit] > 0).map(fit => (
                  <Box component="span" mr={1} key={fit}>
                    <FitChip fit={fit} /> {r.byFit[fit]}
                  </Box>
                ))}
              </Box>
              <Typography
                variant="caption"
                color="textSecondary"
                display="block"
              >
                Effort {r.effort} ({r.effortPoints} points)
                {r.blockers.length > 0 &&
                  ` · no way out for ${r.blockers.join(', ')}`}
              </Typography>
            </Box>
          </Grid>
        );
      })}
    </Grid>
  );
}
