import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import LinearProgress from '@material-ui/core/LinearProgress';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TablePagination from '@material-ui/core/TablePagination';
import TableRow from '@material-ui/core/TableRow';
import TableSortLabel from '@material-ui/core/TableSortLabel';
import Typography from '@material-ui/core/Typography';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type { Grade } from '@portolan/plugin-sovereignty-common';
import type { AssessmentList, AssessmentOrderBy } from '../../api';
import { GradeBadge } from '../common/GradeBadge';
import { dateTime } from '../common/format';

export interface Sorting {
  orderBy: AssessmentOrderBy;
  order: 'asc' | 'desc';
}

export interface Paging {
  page: number;
  pageSize: number;
}

const COLUMNS: Array<{
  title: string;
  sortBy?: AssessmentOrderBy;
  numeric?: boolean;
}> = [
  { title: 'Entity', sortBy: 'entityRef' },
  { title: 'Owner', sortBy: 'owner' },
  { title: 'System', sortBy: 'system' },
  { title: 'Domain' },
  { title: 'Grade' },
  { title: 'Score', sortBy: 'score', numeric: true },
  { title: 'Assessed', sortBy: 'assessedAt' },
];

/** One page of assessed entities; sorting and paging happen on the server. */
export function AssessmentTable(props: {
  list?: AssessmentList;
  loading: boolean;
  sorting: Sorting;
  paging: Paging;
  onSort: (sorting: Sorting) => void;
  onPage: (paging: Paging) => void;
}) {
  const { list, loading, sorting, paging, onSort, onPage } = props;
  const sortBy = (column: AssessmentOrderBy) =>
    onSort({
      orderBy: column,
      order:
        sorting.orderBy === column && sorting.order === 'asc' ? 'desc' : 'asc',
    });
  return (
    <>
      <Box height={4}>
        {loading && <LinearProgress aria-label="Loading entities" />}
      </Box>
      <Table size="small" aria-label="Assessed entities">
        <TableHead>
          <TableRow>
            {COLUMNS.map(column => (
              <TableCell
                key={column.title}
                align={column.numeric ? 'right' : 'left'}
                style={{ whiteSpace: 'nowrap' }}
                sortDirection={
                  column.sortBy && sorting.orderBy === column.sortBy
                    ? sorting.order
                    : false
                }
              >
                {column.sortBy ? (
                  <TableSortLabel
                    active={sorting.orderBy === column.sortBy}
                    direction={
                      sorting.orderBy === column.sortBy ? sorting.order : 'asc'
                    }
                    onClick={() => sortBy(column.sortBy!)}
                  >
                    {column.title}
                  </TableSortLabel>
                ) : (
                  column.title
                )}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {list?.items.map(row => (
            <TableRow key={row.entityRef} data-testid="assessment-row">
              <TableCell>
                <EntityRefLink entityRef={row.entityRef} />
                {row.stale && (
                  <Chip
                    size="small"
                    label="stale"
                    title="The last refresh could not reach the catalog for this entity."
                    style={{ marginLeft: 8 }}
                  />
                )}
              </TableCell>
              <TableCell>{row.owner ?? '–'}</TableCell>
              <TableCell>{row.system ?? '–'}</TableCell>
              <TableCell>{row.domain ?? '–'}</TableCell>
              {row.assessable === false ? (
                <TableCell colSpan={2}>
                  <Chip
                    size="small"
                    label="not assessable"
                    title="Nothing to grade: no service declared, discovered or inherited and no hosting. Counted apart, not averaged in."
                  />
                </TableCell>
              ) : (
                <>
                  <TableCell>
                    <GradeBadge grade={row.grade as Grade} size={24} />
                  </TableCell>
                  <TableCell align="right">{row.score}</TableCell>
                </>
              )}
              <TableCell>{dateTime(row.assessedAt)}</TableCell>
            </TableRow>
          ))}
          {list && list.items.length === 0 && (
            <TableRow>
              <TableCell colSpan={COLUMNS.length}>
                <Typography variant="body2" color="textSecondary">
                  No assessed entity matches these filters.
                </Typography>
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      <TablePagination
        component="div"
        count={list?.totalItems ?? 0}
        page={paging.page}
        rowsPerPage={paging.pageSize}
        rowsPerPageOptions={[20, 50, 100]}
        onPageChange={(_event, page) => onPage({ ...paging, page })}
        onRowsPerPageChange={event =>
          onPage({ page: 0, pageSize: Number(event.target.value) })
        }
      />
    </>
  );
}
