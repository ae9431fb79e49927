import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import LinearProgress from '@material-ui/core/LinearProgress';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import type { Finding } from '@portolan/plugin-sovereignty-common';
import { GradeBadge } from '../common/GradeBadge';
import { AnnotationHint } from '../common/AnnotationHint';
import { useEntityAssessment } from '../common/useEntityAssessment';
import { percent } from '../common/format';
import { nothingFoundMessage } from '../common/discovery';
import { DiscoveryLine } from './DiscoveryLine';

const TOP_FINDINGS = 4;

function topFindings(findings: Finding[]): Finding[] {
  const blockers = findings.filter(f => f.severity === 'blocker');
  const boosters = findings.filter(f => f.severity === 'booster');
  return [...blockers.slice(0, TOP_FINDINGS), ...boosters.slice(0, 2)];
}

/** Score and grade at a glance, with the reasons that weigh most. */
export function EntitySovereigntyCard() {
  const { value, loading, error } = useEntityAssessment();
  const deepLink = { title: 'Mapping and exit checklist', link: 'sovereignty' };

  if (loading) {
    return (
      <InfoCard title="Sovereignty">
        <Progress />
      </InfoCard>
    );
  }
  if (error || !value) {
    return (
      <InfoCard title="Sovereignty">
        <ResponseErrorPanel
          error={error ?? new Error('No assessment available')}
          title="Could not load the sovereignty assessment"
        />
      </InfoCard>
    );
  }
  const { assessment, stale, assessedAt } = value;
  // Nothing to grade (no annotations, or some but no service or hosting):
  // no grade, the annotation snippet instead.
  if (assessment.status === 'unannotated' || assessment.assessable === false) {
    // Discovery ran and found nothing: say what it read and why nothing
    // matched before asking for annotations.
    const nothingFound =
      nothingFoundMessage(assessment) ??
      (assessment.status === 'unannotated'
        ? undefined
        : assessment.notAssessableReason);
    return (
      <InfoCard
        title="Sovereignty"
        deepLink={
          assessment.discovery
            ? { title: 'What discovery scanned', link: 'sovereignty' }
            : undefined
        }
      >
        <DiscoveryLine assessment={assessment} />
        {nothingFound && (
          <Typography variant="body2" paragraph data-testid="nothing-found">
            {nothingFound}
          </Typography>
        )}
        <AnnotationHint />
      </InfoCard>
    );
  }
  return (
    <InfoCard title="Sovereignty" deepLink={deepLink}>
      <Box display="flex" alignItems="center" mb={2}>
        <GradeBadge grade={assessment.grade} size={56} />
        <Box ml={2}>
          <Typography
            variant="h4"
            component="p"
            data-testid="sovereignty-score"
          >
            {assessment.score}
            <Typography variant="body2" component="span">
              {' '}
              / 100
            </Typography>
          </Typography>
          <Typography variant="caption" color="textSecondary">
            Assessed {new Date(assessedAt).toLocaleString()} · targets{' '}
            {assessment.targetProviders.join(', ')}
          </Typography>
        </Box>
        {stale && (
          <Box ml="auto">
            <Chip
              size="small"
              label="stale"
              title="The last refresh could not reach the catalog; this is the last known assessment."
            />
          </Box>
        )}
      </Box>
      <DiscoveryLine assessment={assessment} />
      {assessment.dimensions.map(dimension => (
        <Box key={dimension.id} mb={1}>
          <Box display="flex" justifyContent="space-between">
            <Typography variant="body2">
              {dimension.name}{' '}
              <Typography variant="caption" color="textSecondary">
                {dimension.objective} · level {dimension.level}
              </Typography>
            </Typography>
            <Typography variant="body2">{dimension.score}</Typography>
          </Box>
          <LinearProgress
            variant="determinate"
            value={dimension.score}
            aria-label={`${dimension.name} ${dimension.score} of 100`}
          />
        </Box>
      ))}
      <Box mt={1}>
        {assessment.targetProviders.map(target => {
          const readiness = assessment.readiness[target];
          return (
            readiness && (
              <Typography variant="body2" key={target}>
                {target}: {percent(readiness.readyShare)} ready, effort{' '}
                {readiness.effort}
              </Typography>
            )
          );
        })}
      </Box>
      <List dense>
        {topFindings(assessment.findings).map((finding, i) => (
          <ListItem key={i} disableGutters>
            <ListItemText
              primary={finding.message}
              // Findings are sentences: wrap them, a card is narrow.
              primaryTypographyProps={{ style: { whiteSpace: 'normal' } }}
              secondary={finding.severity === 'blocker' ? 'Blocker' : 'Booster'}
            />
          </ListItem>
        ))}
      </List>
    </InfoCard>
  );
}
