import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import type { Assessment } from '@portolan/plugin-sovereignty-common';
import { FitChip } from '../common/FitChip';

/** One row per service used, one column per target provider. */
export function MappingTable(props: { assessment: Assessment }) {
  const { mappings, targetProviders } = props.assessment;
  if (mappings.length === 0) {
    return (
      <Typography variant="body2">
        No cloud services declared or inherited.
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label="Provider mapping">
      <TableHead>
        <TableRow>
          <TableCell>Service</TableCell>
          {targetProviders.map(target => (
            <TableCell key={target}>{target}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {mappings.map(row => (
          <TableRow key={row.service} data-testid={`mapping-${row.service}`}>
            <TableCell>
              <Typography variant="body2">{row.serviceName}</Typography>
              <Typography variant="caption" color="textSecondary">
                {row.service} · {row.categoryName}
                {row.inheritedFrom && ` · from ${row.inheritedFrom.join(', ')}`}
                {row.accepted && ' · accepted'}
              </Typography>
            </TableCell>
            {targetProviders.map(target => {
              const cell = row.targets[target];
              if (!cell) return <TableCell key={target}>—</TableCell>;
              return (
                <TableCell key={target}>
                  <Tooltip title={cell.notes}>
                    <div>
                      <Typography variant="body2">{cell.offering}</Typography>
                      <FitChip fit={cell.fit} />{' '}
                      <Typography variant="caption">effort {cell.effort}</Typography>
                      {cell.gapFiller && (
                        <Typography variant="caption" display="block">
                          gap filler: {cell.gapFiller.name}
                        </Typography>
                      )}
                    </div>
                  </Tooltip>
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
