import type { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { GRADES, type Grade } from '@portolan/plugin-sovereignty-common';
import type { Rollup } from '../../api';
import { GradeBadge } from '../common/GradeBadge';

/** Entities per grade, as a row of badges with counts. */
export function GradeCounts(props: { byGrade: Record<string, number> }) {
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      role="list"
      aria-label="Grade distribution"
    >
      {GRADES.map(grade => (
        <Box
          key={grade}
          role="listitem"
          display="flex"
          alignItems="center"
          mr={1.5}
          aria-label={`Grade ${grade}: ${props.byGrade[grade] ?? 0}`}
        >
          <GradeBadge grade={grade} size={20} />
          <Typography variant="body2" style={{ marginLeft: 4 }}>
            {props.byGrade[grade] ?? 0}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

/** Count and average: the line a roll-up starts with. */
export function RollUpHeadline(props: { rollup: Rollup }) {
  const { totalEntities, assessedEntities, notAssessable, averageScore } =
    props.rollup;
  const notYet = totalEntities - assessedEntities - notAssessable;
  // Entities left out of the average, and why.
  const apart = [
    notYet > 0 && `${notYet} not assessed yet`,
    notAssessable > 0 && `${notAssessable} with nothing to grade`,
  ].filter(Boolean);
  return (
    <Typography variant="body1" data-testid="rollup-headline">
      <strong data-testid="rollup-count">
        {totalEntities} {totalEntities === 1 ? 'entity' : 'entities'}
      </strong>
      {assessedEntities > 0 ? (
        <>
          {' '}
          · average <strong>{averageScore}</strong> / 100
        </>
      ) : (
        ' · none graded yet'
      )}
      {assessedEntities > 0 && apart.length > 0 && (
        <Typography variant="caption" color="textSecondary" component="span">
          {' '}
          ({apart.join(', ')})
        </Typography>
      )}
    </Typography>
  );
}

function Section(props: { title: string; children: ReactNode }) {
  return (
    <Box mt={2}>
      <Typography variant="subtitle2" component="h3">
        {props.title}
      </Typography>
      {props.children}
    </Box>
  );
}

/** Every figure of a Group's or Domain's roll-up. */
export function RollUpFigures(props: { rollup: Rollup }) {
  const { rollup } = props;
  return (
    <>
      <RollUpHeadline rollup={rollup} />
      <Box mt={1}>
        <GradeCounts byGrade={rollup.byGrade} />
      </Box>
      {rollup.worst.length > 0 && (
        <Section title="Most locked in">
          <List dense disablePadding>
            {rollup.worst.map(entity => (
              <ListItem key={entity.entityRef} disableGutters>
                <Box mr={1}>
                  <GradeBadge grade={entity.grade as Grade} size={20} />
                </Box>
                <ListItemText
                  primary={<EntityRefLink entityRef={entity.entityRef} />}
                  secondary={`${entity.score} / 100${
                    entity.stale ? ' · stale' : ''
                  }`}
                />
              </ListItem>
            ))}
          </List>
        </Section>
      )}
      <Section title={`Overdue re-tests (${rollup.overdueTotal})`}>
        {rollup.overdueTotal === 0 ? (
          <Typography variant="body2" color="textSecondary">
            None: every re-test is within its interval.
          </Typography>
        ) : (
          <List dense disablePadding>
            {rollup.overdue.map(item => (
              <ListItem key={`${item.entityRef}#${item.itemId}`} disableGutters>
                <ListItemText
                  primary={item.title}
                  primaryTypographyProps={{ style: { whiteSpace: 'normal' } }}
                  secondary={
                    <>
                      <EntityRefLink entityRef={item.entityRef} />
                      {item.retestDue ? ` · due ${item.retestDue}` : ''}
                    </>
                  }
                />
              </ListItem>
            ))}
            {rollup.overdueTotal > rollup.overdue.length && (
              <Typography variant="caption" color="textSecondary">
                and {rollup.overdueTotal - rollup.overdue.length} more
              </Typography>
            )}
          </List>
        )}
      </Section>
      {rollup.hotspots.length > 0 && (
        <Section title="Hotspots">
          <List dense disablePadding>
            {rollup.hotspots.map(hotspot => (
              <ListItem key={hotspot.service} disableGutters>
                <ListItemText
                  primary={`${hotspot.serviceName} (${hotspot.service})`}
                  secondary={`${hotspot.dependents} ${
                    hotspot.dependents === 1
                      ? 'entity depends'
                      : 'entities depend'
                  } on it`}
                />
              </ListItem>
            ))}
          </List>
        </Section>
      )}
    </>
  );
}
