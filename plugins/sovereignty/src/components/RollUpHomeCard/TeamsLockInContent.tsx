import Box from '@material-ui/core/Box';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import type { Grade } from '@portolan/plugin-sovereignty-common';
import { sovereigntyApiRef } from '../../api';
import { GradeBadge } from '../common/GradeBadge';
import { GradeCounts, RollUpHeadline } from '../RollUpCard/RollUpFigures';

/**
 * "Your teams' lock-in": per group the signed-in user belongs to, its
 * count, average, grades and the entity most locked in. The home page
 * frames it (title, card), so this is only the content.
 */
export function TeamsLockInContent() {
  const api = useApi(sovereigntyApiRef);
  const { value, loading, error } = useAsync(
    () => api.getMyTeamsRollups(),
    [api],
  );
  if (loading) return <Progress />;
  if (error || !value) {
    return (
      <ResponseErrorPanel
        error={error ?? new Error('No roll-up available')}
        title="Could not load your teams' lock-in"
      />
    );
  }
  if (value.teams.length === 0 && value.omitted.length === 0) {
    return (
      <Typography variant="body2" data-testid="teams-empty">
        Your identity names no group in the catalog, so there is no team to roll
        up.
      </Typography>
    );
  }
  return (
    <Box data-testid="teams-lock-in">
      {value.teams.map((team, i) => {
        const worst = team.worst[0];
        return (
          <Box
            key={team.entityRef}
            data-testid="team-rollup"
            data-team={team.entityRef}
            py={1}
          >
            {i > 0 && (
              <Box mb={1}>
                <Divider />
              </Box>
            )}
            <Typography variant="subtitle1" component="h3">
              <EntityRefLink entityRef={team.entityRef} defaultKind="group" />
            </Typography>
            <RollUpHeadline rollup={team} />
            <Box mt={0.5}>
              <GradeCounts byGrade={team.byGrade} />
            </Box>
            {worst && (
              <Box display="flex" alignItems="center" mt={0.5}>
                <Typography variant="body2" style={{ marginRight: 6 }}>
                  Most locked in:
                </Typography>
                <GradeBadge grade={worst.grade as Grade} size={18} />
                <Typography
                  variant="body2"
                  component="span"
                  style={{ marginLeft: 6 }}
                >
                  <EntityRefLink entityRef={worst.entityRef} /> ({worst.score})
                </Typography>
              </Box>
            )}
            {team.overdueTotal > 0 && (
              <Typography variant="body2" color="error">
                {team.overdueTotal} overdue{' '}
                {team.overdueTotal === 1 ? 're-test' : 're-tests'}
              </Typography>
            )}
          </Box>
        );
      })}
      {value.omitted.map(team => (
        <Box key={team.entityRef} data-testid="team-omitted" py={1}>
          <Typography variant="subtitle1" component="h3">
            <EntityRefLink entityRef={team.entityRef} defaultKind="group" />
          </Typography>
          <Typography variant="body2" color="textSecondary">
            {team.reason}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
