import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import type { Fit } from '@portolan/plugin-sovereignty-common';
import type { CatalogReadiness } from '../../api';
import { FitChip } from '../common/FitChip';
import { percent } from '../common/format';

const FITS: Fit[] = ['direct', 'partial', 're-architect', 'none'];

/** Across the catalog: how many service uses could move to each target. */
export function CatalogReadinessPanel(props: {
  readiness: Partial<Record<string, CatalogReadiness>>;
  providerName: (id: string) => string;
}) {
  const entries = Object.entries(props.readiness).filter(
    (entry): entry is [string, CatalogReadiness] => Boolean(entry[1]),
  );
  if (entries.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No target providers configured.
      </Typography>
    );
  }
  return (
    <Grid container spacing={2}>
      {entries.map(([target, r]) => {
        const name = props.providerName(target);
        return (
          <Grid
            item
            xs={12}
            sm={6}
            key={target}
            data-testid={`catalog-readiness-${target}`}
          >
            <Typography variant="subtitle2">{name}</Typography>
            <Typography variant="body2">
              {percent(r.readyShare)} of service uses move directly or partly ·{' '}
              {r.effortPoints} effort points
            </Typography>
            <LinearProgress
              variant="determinate"
              value={r.readyShare * 100}
              aria-label={`${name} readiness ${percent(r.readyShare)}`}
            />
            <Box mt={1}>
              {FITS.map(fit => (
                <Box component="span" mr={1} key={fit}>
                  <FitChip fit={fit} /> {r.byFit[fit] ?? 0}
                </Box>
              ))}
            </Box>
          </Grid>
        );
      })}
    </Grid>
  );
}
