import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import { GRADES } from '@portolan/plugin-sovereignty-common';
import type { AssessmentQuery, Summary } from '../../api';

export type Filters = Pick<
  AssessmentQuery,
  'owner' | 'system' | 'domain' | 'kind' | 'grade' | 'provider' | 'search'
>;

const KINDS = ['component', 'resource', 'system', 'api'];

function FilterSelect(props: {
  id: string;
  label: string;
  value: string | undefined;
  options: Array<{ value: string; label: string }>;
  onChange: (value: string | undefined) => void;
}) {
  return (
    <Grid item xs={6} sm={4} md={2}>
      <TextField
        id={`sovereignty-filter-${props.id}`}
        select
        fullWidth
        label={props.label}
        value={props.value ?? ''}
        onChange={e => props.onChange(e.target.value || undefined)}
        SelectProps={{ native: true }}
        InputLabelProps={{ shrink: true }}
      >
        <option value="">All</option>
        {props.options.map(option => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </TextField>
    </Grid>
  );
}

const keysOf = (groups: Summary['byOwner'] | undefined) =>
  (groups ?? []).map(g => ({
    value: g.key,
    label: `${g.key} (${g.entities})`,
  }));

/** Owner, system, domain, kind, grade and provider, all applied on the server. */
export function AssessmentFilters(props: {
  filters: Filters;
  summary?: Summary;
  providers: Array<{ id: string; name: string }>;
  onChange: (filters: Filters) => void;
}) {
  const { filters, summary, providers, onChange } = props;
  const set = (key: keyof Filters) => (value: string | undefined) =>
    onChange({ ...filters, [key]: value });
  return (
    <Grid container spacing={2}>
      <FilterSelect
        id="owner"
        label="Owner"
        value={filters.owner}
        options={keysOf(summary?.byOwner)}
        onChange={set('owner')}
      />
      <FilterSelect
        id="system"
        label="System"
        value={filters.system}
        options={keysOf(summary?.bySystem)}
        onChange={set('system')}
      />
      <FilterSelect
        id="domain"
        label="Domain"
        value={filters.domain}
        options={keysOf(summary?.byDomain)}
        onChange={set('domain')}
      />
      <FilterSelect
        id="kind"
        label="Kind"
        value={filters.kind}
        options={KINDS.map(k => ({ value: k, label: k }))}
        onChange={set('kind')}
      />
      <FilterSelect
        id="grade"
        label="Grade"
        value={filters.grade}
        options={GRADES.map(g => ({ value: g, label: g }))}
        onChange={set('grade')}
      />
      <FilterSelect
        id="provider"
        label="Uses provider"
        value={filters.provider}
        options={providers.map(p => ({ value: p.id, label: p.name }))}
        onChange={set('provider')}
      />
    </Grid>
  );
}
