import { useState } from 'react';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Box from '@material-ui/core/Box';
import { WarningPanel } from '@backstage/core-components';
import type {
  ChecklistResult,
  ChecklistStatus,
} from '@portolan/plugin-sovereignty-common';
import type { ChecklistUpdate } from '../../api';
import { dateTime } from '../common/format';

export type ChecklistDraft = Omit<ChecklistUpdate, 'version'>;

/** What a save can end in, so the dialog can keep the user's input. */
export type SaveOutcome =
  | { kind: 'saved' }
  | { kind: 'conflict'; message: string; latest?: ChecklistResult }
  | { kind: 'failed'; message: string };

/** Metadata decides the item: people may only add a note. */
function decidedByMetadata(item: ChecklistResult): boolean {
  return item.verifiedBy === 'metadata';
}

function draftOf(item: ChecklistResult): ChecklistDraft {
  if (decidedByMetadata(item)) {
    // The server takes a note only with the status metadata decided.
    return {
      status: item.state === 'done' ? 'done' : 'open',
      evidenceUrl: '',
      note: item.note ?? '',
    };
  }
  // A due item was done once; its re-test is what is missing.
  let status: ChecklistStatus = 'open';
  if (item.state === 'not-applicable') status = 'not-applicable';
  else if (item.state === 'done' || item.state === 'due') status = 'done';
  return {
    status,
    evidenceUrl: item.evidenceUrl ?? '',
    note: item.note ?? '',
  };
}

function TheirVersion(props: { latest: ChecklistResult }) {
  const { latest } = props;
  return (
    <Typography variant="body2" component="div">
      Saved now: <strong>{latest.state}</strong>
      {latest.updatedBy &&
        ` by ${latest.updatedBy} at ${dateTime(latest.updatedAt)}`}
      {latest.evidenceUrl && <div>Evidence: {latest.evidenceUrl}</div>}
      {latest.note && <div>Note: {latest.note}</div>}
    </Typography>
  );
}

/**
 * Sets one checklist item. A write made against an old version comes back
 * as a conflict: the dialog then shows what is saved now next to the user's
 * input, which stays as typed, and saving again applies it on top.
 */
export function ChecklistItemDialog(props: {
  item: ChecklistResult;
  description?: string;
  onSave: (draft: ChecklistDraft, version: number) => Promise<SaveOutcome>;
  onClose: () => void;
}) {
  const { item, description, onSave, onClose } = props;
  const noteOnly = decidedByMetadata(item);
  const [draft, setDraft] = useState<ChecklistDraft>(() => draftOf(item));
  const [version, setVersion] = useState(item.version);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] =
    useState<Exclude<SaveOutcome, { kind: 'saved' }>>();

  const save = async () => {
    setSaving(true);
    const outcome = await onSave(draft, version);
    setSaving(false);
    if (outcome.kind === 'saved') {
      onClose();
      return;
    }
    setProblem(outcome);
    if (outcome.kind === 'conflict' && outcome.latest) {
      setVersion(outcome.latest.version);
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="checklist-dialog-title"
    >
      <DialogTitle id="checklist-dialog-title">{item.title}</DialogTitle>
      <DialogContent>
        {description && (
          <Typography variant="body2" color="textSecondary" paragraph>
            {description}
          </Typography>
        )}
        {problem?.kind === 'conflict' && (
          <Box mb={2} role="alert">
            <WarningPanel
              title="Someone changed this item while you were editing"
              message="Your input is kept below: save again to apply it over theirs, or cancel to keep theirs."
              defaultExpanded
            >
              {problem.latest && <TheirVersion latest={problem.latest} />}
              <Typography variant="caption" display="block">
                {problem.message}
              </Typography>
            </WarningPanel>
          </Box>
        )}
        {problem?.kind === 'failed' && (
          <Box mb={2} role="alert">
            <WarningPanel
              severity="error"
              title="Not saved"
              message={problem.message}
              defaultExpanded
            />
          </Box>
        )}
        {noteOnly && (
          <Typography variant="body2" paragraph data-testid="note-only">
            The automatic check decides this item ({item.autoReason}), so its
            state cannot be set here. You can add a note.
          </Typography>
        )}
        {!noteOnly && (
          <RadioGroup
            row
            aria-label="Status"
            value={draft.status}
            onChange={e =>
              setDraft({ ...draft, status: e.target.value as ChecklistStatus })
            }
          >
            <FormControlLabel value="done" control={<Radio />} label="Done" />
            <FormControlLabel value="open" control={<Radio />} label="Open" />
            <FormControlLabel
              value="not-applicable"
              control={<Radio />}
              label="Not applicable"
            />
          </RadioGroup>
        )}
        {!noteOnly && (
          <TextField
            id="checklist-evidence-url"
            label="Evidence link"
            placeholder="https://..."
            helperText="An http(s) link to the test report, contract clause or runbook"
            fullWidth
            margin="normal"
            value={draft.evidenceUrl}
            onChange={e => setDraft({ ...draft, evidenceUrl: e.target.value })}
          />
        )}
        <TextField
          id="checklist-note"
          label="Note"
          fullWidth
          multiline
          minRows={2}
          margin="normal"
          value={draft.note}
          onChange={e => setDraft({ ...draft, note: e.target.value })}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          onClick={save}
          disabled={saving}
        >
          {problem?.kind === 'conflict' ? 'Save mine again' : 'Save'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
