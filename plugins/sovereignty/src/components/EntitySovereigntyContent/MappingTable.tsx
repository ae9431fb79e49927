import { Fragment, useState } from 'react';
import IconButton from '@material-ui/core/IconButton';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import NotesIcon from '@material-ui/icons/Notes';
import type {
  Assessment,
  MappingRow,
  TargetProviderId,
} from '@portolan/plugin-sovereignty-common';
import { FitChip } from '../common/FitChip';
import { FoundInCell, useEvidenceHref } from './FoundIn';

function ServiceCell(props: {
  row: MappingRow;
  notesShown: boolean;
  onToggleNotes: () => void;
}) {
  const { row, notesShown, onToggleNotes } = props;
  return (
    <TableCell>
      <Typography variant="body2">
        {row.serviceName}
        <IconButton
          size="small"
          aria-label={`Notes for ${row.serviceName}`}
          aria-expanded={notesShown}
          onClick={onToggleNotes}
        >
          <NotesIcon fontSize="small" />
        </IconButton>
      </Typography>
      <Typography variant="caption" color="textSecondary" display="block">
        {row.service} · {row.categoryName}
      </Typography>
      {row.inheritedFrom && (
        <Typography variant="caption" color="textSecondary" display="block">
          inherited from {row.inheritedFrom.join(', ')}
        </Typography>
      )}
      {row.accepted && (
        <Typography variant="caption" display="block">
          accepted dependency
        </Typography>
      )}
    </TableCell>
  );
}

function TargetCell(props: { row: MappingRow; target: TargetProviderId }) {
  const cell = props.row.targets[props.target];
  if (!cell) return <TableCell>–</TableCell>;
  return (
    <TableCell data-testid={`cell-${props.row.service}-${props.target}`}>
      <Typography variant="body2">{cell.offering}</Typography>
      <FitChip fit={cell.fit} />{' '}
      <Typography variant="caption">effort {cell.effort}</Typography>
      {cell.gapFiller && (
        <Typography variant="caption" display="block">
          gap filler: {cell.gapFiller.name}
        </Typography>
      )}
    </TableCell>
  );
}

function NotesRow(props: {
  row: MappingRow;
  targets: TargetProviderId[];
  withFoundIn: boolean;
}) {
  const { row, targets, withFoundIn } = props;
  return (
    <TableRow>
      <TableCell />
      {withFoundIn && <TableCell />}
      {targets.map(target => {
        const cell = row.targets[target];
        return (
          <TableCell key={target}>
            <Typography variant="caption" display="block">
              {cell?.notes}
            </Typography>
            {cell?.gapFiller && (
              <Typography
                variant="caption"
                color="textSecondary"
                display="block"
              >
                Running {cell.gapFiller.name}: {cell.gapFiller.operatingBurden}
              </Typography>
            )}
          </TableCell>
        );
      })}
    </TableRow>
  );
}

/**
 * One row per service used, one column per target provider; where
 * discovery ran, a column with the files each service was found in.
 */
export function MappingTable(props: {
  assessment: Assessment;
  providerName?: (id: string) => string;
  /** The entity's `backstage.io/source-location`, to link evidence to its files. */
  sourceLocation?: string;
}) {
  const { mappings, targetProviders, discovery } = props.assessment;
  const providerName = props.providerName ?? (id => id);
  const [notesFor, setNotesFor] = useState<Set<string>>(new Set());
  const hrefOf = useEvidenceHref(props.sourceLocation);
  if (mappings.length === 0) {
    return (
      <Typography variant="body2">
        {discovery
          ? 'No cloud services declared, inherited or discovered.'
          : 'No cloud services declared or inherited.'}
      </Typography>
    );
  }
  const withFoundIn = !!discovery || mappings.some(row => row.discovery);
  const toggle = (service: string) =>
    setNotesFor(previous => {
      const next = new Set(previous);
      if (!next.delete(service)) next.add(service);
      return next;
    });
  return (
    <Table size="small" aria-label="Provider mapping">
      <TableHead>
        <TableRow>
          <TableCell>Service</TableCell>
          {withFoundIn && <TableCell>Found in</TableCell>}
          {targetProviders.map(target => (
            <TableCell key={target} aria-label={target}>
              {providerName(target)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {mappings.map(row => (
          <Fragment key={row.service}>
            <TableRow data-testid={`mapping-${row.service}`}>
              <ServiceCell
                row={row}
                notesShown={notesFor.has(row.service)}
                onToggleNotes={() => toggle(row.service)}
              />
              {withFoundIn && <FoundInCell row={row} hrefOf={hrefOf} />}
              {targetProviders.map(target => (
                <TargetCell key={target} row={row} target={target} />
              ))}
            </TableRow>
            {notesFor.has(row.service) && (
              <NotesRow
                row={row}
                targets={targetProviders}
                withFoundIn={withFoundIn}
              />
            )}
          </Fragment>
        ))}
      </TableBody>
    </Table>
  );
}
