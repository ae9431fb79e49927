import Grid from '@material-ui/core/Grid';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { AnnotationHint } from '../common/AnnotationHint';
import { useEntityAssessment } from '../common/useEntityAssessment';
import { MappingTable } from './MappingTable';

/** The entity tab: where each service goes, why the score is what it is, and what to do. */
export function EntitySovereigntyContent() {
  const { value, loading, error } = useEntityAssessment();
  if (loading) return <Progress />;
  if (error || !value) {
    return (
      <ResponseErrorPanel
        error={error ?? new Error('No assessment available')}
        title="Could not load the sovereignty assessment"
      />
    );
  }
  const { assessment } = value;
  return (
    <Grid container spacing={3}>
      {assessment.status === 'unannotated' && (
        <Grid item xs={12}>
          <InfoCard title="Get started">
            <AnnotationHint />
          </InfoCard>
        </Grid>
      )}
      <Grid item xs={12}>
        <InfoCard title="Provider mapping">
          <MappingTable assessment={assessment} />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="Findings">
          <List dense>
            {assessment.findings.map((finding, i) => (
              <ListItem key={i} disableGutters>
                <ListItemText
                  primary={finding.message}
                  secondary={[finding.severity, finding.suggestion && `suggestion: ${finding.suggestion}`]
                    .filter(Boolean)
                    .join(' · ')}
                />
              </ListItem>
            ))}
          </List>
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="Exit checklist">
          <List dense>
            {assessment.checklist.map(item => (
              <ListItem key={item.id} disableGutters>
                <ListItemText
                  primary={item.title}
                  secondary={`${item.state}${
                    item.verifiedBy === 'metadata' ? ' (verified from metadata)' : ''
                  }${item.required ? '' : ' · optional'}`}
                />
              </ListItem>
            ))}
          </List>
        </InfoCard>
      </Grid>
    </Grid>
  );
}
