import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import type { AcceptedDependency } from '@portolan/plugin-sovereignty-common';

/** Deliberate hybrid decisions: visible as waivers, with their review date. */
export function AcceptedDependencies(props: {
  dependencies: AcceptedDependency[];
}) {
  if (props.dependencies.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        None. Declare deliberate exceptions in
        portolan.dev/accepted-dependencies with a reason and a review date.
      </Typography>
    );
  }
  return (
    <List dense>
      {props.dependencies.map(dependency => (
        <ListItem key={dependency.service} disableGutters>
          <ListItemText
            primaryTypographyProps={{ style: { whiteSpace: 'normal' } }}
            secondaryTypographyProps={{ style: { whiteSpace: 'normal' } }}
            primary={
              <>
                {dependency.service}{' '}
                {dependency.overdue && (
                  <Chip
                    size="small"
                    label="review overdue"
                    style={{ backgroundColor: '#c62828', color: '#fff' }}
                  />
                )}
              </>
            }
            secondary={`${dependency.reason} · review by ${
              dependency.reviewBy ?? 'no date given'
            }`}
          />
        </ListItem>
      ))}
    </List>
  );
}
