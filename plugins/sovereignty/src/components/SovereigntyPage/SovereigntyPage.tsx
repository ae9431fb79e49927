import {
  Content,
  Header,
  Page,
  Table,
  TableColumn,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import type { Grade } from '@portolan/plugin-sovereignty-common';
import { sovereigntyApiRef, type AssessmentListItem } from '../../api';
import { GradeBadge } from '../common/GradeBadge';

const columns: TableColumn<AssessmentListItem>[] = [
  {
    title: 'Entity',
    field: 'entityRef',
    render: row => <EntityRefLink entityRef={row.entityRef} />,
  },
  { title: 'Kind', field: 'kind' },
  { title: 'Owner', field: 'owner' },
  { title: 'System', field: 'system' },
  {
    title: 'Grade',
    field: 'grade',
    render: row => <GradeBadge grade={row.grade as Grade} size={24} />,
  },
  { title: 'Score', field: 'score', type: 'numeric', defaultSort: 'asc' },
];

/** The architects' view across the catalog. */
export function SovereigntyPage() {
  const api = useApi(sovereigntyApiRef);
  const { value, loading, error } = useAsync(
    () => api.listAssessments({ limit: 500 }),
    [api],
  );
  return (
    <Page themeId="tool">
      <Header
        title="Cloud lock-in"
        subtitle="Sovereignty scores across the catalog"
      />
      <Content>
        {error ? (
          <ResponseErrorPanel error={error} />
        ) : (
          <Table<AssessmentListItem>
            title={`Assessed entities (${value?.totalItems ?? 0})`}
            isLoading={loading}
            columns={columns}
            data={value?.items ?? []}
            options={{ pageSize: 20, search: true }}
          />
        )}
      </Content>
    </Page>
  );
}
