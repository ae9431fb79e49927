import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import type { Finding } from '@portolan/plugin-sovereignty-common';

const ORDER: Finding['severity'][] = ['blocker', 'warning', 'booster', 'info'];

/** Every reason behind the score, the ones that cost most first. */
export function FindingsList(props: { findings: Finding[] }) {
  const sorted = [...props.findings].sort(
    (a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity),
  );
  return (
    <List dense>
      {sorted.map((finding, i) => (
        <ListItem key={i} disableGutters>
          <ListItemText
            primaryTypographyProps={{ style: { whiteSpace: 'normal' } }}
            secondaryTypographyProps={{ style: { whiteSpace: 'normal' } }}
            primary={finding.message}
            secondary={[
              finding.severity,
              finding.inheritedFrom && `from ${finding.inheritedFrom}`,
              finding.suggestion && `suggestion: ${finding.suggestion}`,
            ]
              .filter(Boolean)
              .join(' · ')}
          />
        </ListItem>
      ))}
    </List>
  );
}
