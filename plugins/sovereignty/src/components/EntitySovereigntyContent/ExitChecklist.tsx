import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Link from '@material-ui/core/Link';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { ChecklistResult } from '@portolan/plugin-sovereignty-common';
import { ChecklistStateChip } from '../common/ChecklistStateChip';
import { dateTime } from '../common/format';
import {
  ChecklistItemDialog,
  type ChecklistDraft,
  type SaveOutcome,
} from './ChecklistItemDialog';

const useStyles = makeStyles(theme => ({
  due: {
    backgroundColor: theme.palette.type === 'dark' ? '#4a1c1c' : '#fdecea',
    borderLeft: `4px solid ${theme.palette.error.main}`,
    paddingLeft: theme.spacing(1),
  },
}));

/**
 * The link target of an evidence URL, only when it is an http(s) URL: the
 * server checks this too, but a link is not rendered on its word alone.
 */
export function evidenceHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      return undefined;
    }
    return parsed.username || parsed.password ? undefined : parsed.href;
  } catch {
    return undefined;
  }
}

function Evidence(props: { url?: string }) {
  const href = evidenceHref(props.url);
  if (!props.url) return null;
  if (!href)
    return <span> · evidence link not shown (not an http(s) URL)</span>;
  return (
    <Link href={href} target="_blank" rel="noopener noreferrer">
      evidence
    </Link>
  );
}

function ItemDetails(props: { item: ChecklistResult }) {
  const { item } = props;
  if (item.verifiedBy === 'metadata') {
    const proven = item.state === 'done';
    return (
      <>
        <Chip
          size="small"
          label={proven ? 'proven by metadata' : 'metadata shows it is not met'}
          variant="outlined"
        />{' '}
        {item.autoReason}{' '}
        <span data-testid={`checklist-${item.id}-decided`}>
          It cannot be set by hand: the automatic check decides it
          {proven ? '' : '; change the metadata to meet it'}.
        </span>
        {item.note && <span> · {item.note}</span>}{' '}
        <Evidence url={item.evidenceUrl} />
      </>
    );
  }
  return (
    <>
      {item.state === 'due' && item.retestDue && (
        <strong>Re-test was due {item.retestDue}. </strong>
      )}
      {item.state === 'done' &&
        item.retestDue &&
        `Re-test by ${item.retestDue}. `}
      {item.updatedBy &&
        `Set by ${item.updatedBy}, ${dateTime(item.updatedAt)}. `}
      <Evidence url={item.evidenceUrl} />
      {item.note && <span> · {item.note}</span>}
      {!item.updatedBy &&
        item.autoReason &&
        `Automatic check: ${item.autoReason}`}
      {!item.required && ' · optional at this criticality'}
    </>
  );
}

/**
 * The exit checklist. Owners set items by hand; items the automatic checks
 * decide (proven or disproven by metadata) say so and why, and only take a
 * note; overdue re-tests stand out.
 */
export function ExitChecklist(props: {
  items: ChecklistResult[];
  /** Undefined while the permission is being checked. */
  canEdit: boolean | undefined;
  describe: (itemId: string) => string | undefined;
  onSave: (
    item: ChecklistResult,
    draft: ChecklistDraft,
    version: number,
  ) => Promise<SaveOutcome>;
}) {
  const { items, canEdit, describe, onSave } = props;
  const classes = useStyles();
  const [editing, setEditing] = useState<string>();
  const editedItem = items.find(item => item.id === editing);
  const due = items.filter(item => item.state === 'due').length;
  const done = items.filter(item => item.state === 'done').length;

  return (
    <>
      <Typography variant="body2" color="textSecondary">
        {done} of {items.length} done
        {due > 0 && (
          <Typography component="span" color="error">
            {' '}
            · {due} re-test{due > 1 ? 's' : ''} due
          </Typography>
        )}
        {canEdit === false &&
          ' · only the owners of this entity can change items'}
      </Typography>
      <List dense>
        {items.map(item => (
          <ListItem
            key={item.id}
            disableGutters
            className={item.state === 'due' ? classes.due : undefined}
            data-testid={`checklist-${item.id}`}
          >
            <Box mr={1} minWidth={96}>
              <ChecklistStateChip state={item.state} />
            </Box>
            <ListItemText
              primary={item.title}
              secondary={<ItemDetails item={item} />}
              secondaryTypographyProps={{ component: 'div' }}
            />
            {canEdit && item.verifiedBy !== 'metadata' && (
              <Button
                size="small"
                aria-label={`Set ${item.title}`}
                onClick={() => setEditing(item.id)}
              >
                Set
              </Button>
            )}
            {canEdit && item.verifiedBy === 'metadata' && (
              <Button
                size="small"
                aria-label={`Add a note to ${item.title}`}
                onClick={() => setEditing(item.id)}
              >
                Note
              </Button>
            )}
          </ListItem>
        ))}
      </List>
      {editedItem && (
        <ChecklistItemDialog
          item={editedItem}
          description={describe(editedItem.id)}
          onSave={(draft, version) => onSave(editedItem, draft, version)}
          onClose={() => setEditing(undefined)}
        />
      )}
    </>
  );
}
