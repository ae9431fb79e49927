import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { Hotspot } from '../../api';
import { FitChip } from '../common/FitChip';

/**
 * Non-EU services ranked by how many entities use them: the changes that
 * remove the most lock-in at once.
 */
export function HotspotsTable(props: {
  hotspots: Hotspot[];
  targets: string[];
  providerName: (id: string) => string;
}) {
  const { hotspots, targets, providerName } = props;
  if (hotspots.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No service of a provider under non-EU law is in use.
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label="Lock-in hotspots">
      <TableHead>
        <TableRow>
          <TableCell>Service</TableCell>
          <TableCell align="right">Dependents</TableCell>
          {targets.map(target => (
            <TableCell key={target}>{providerName(target)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {hotspots.map(hotspot => (
          <TableRow
            key={hotspot.service}
            data-testid={`hotspot-${hotspot.service}`}
          >
            <TableCell>
              <Typography variant="body2">{hotspot.serviceName}</Typography>
              <Typography variant="caption" color="textSecondary">
                One change removes this lock-in from {hotspot.dependents}{' '}
                {hotspot.dependents === 1 ? 'component' : 'components'}
              </Typography>
            </TableCell>
            <TableCell align="right">{hotspot.dependents}</TableCell>
            {targets.map(target => {
              const cell = hotspot.targets[target as keyof Hotspot['targets']];
              return (
                <TableCell key={target}>
                  {cell ? (
                    <>
                      <Typography variant="body2">{cell.offering}</Typography>
                      <FitChip fit={cell.fit} />{' '}
                      <Typography variant="caption">
                        effort {cell.effort}
                        {cell.gapFiller && ` · ${cell.gapFiller}`}
                      </Typography>
                    </>
                  ) : (
                    '–'
                  )}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
