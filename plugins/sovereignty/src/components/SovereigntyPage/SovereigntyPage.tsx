import { useMemo, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import GetAppIcon from '@material-ui/icons/GetApp';
import RefreshIcon from '@material-ui/icons/Refresh';
import {
  Content,
  Header,
  InfoCard,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { sovereigntyApiRef, type AssessmentQuery } from '../../api';
import { useKnowledgeBase } from '../common/useKnowledgeBase';
import { AssessmentFilters, type Filters } from './AssessmentFilters';
import { AssessmentTable, type Paging, type Sorting } from './AssessmentTable';
import { CatalogReadinessPanel } from './CatalogReadinessPanel';
import { downloadText, fetchAllRows, toCsv } from './csv';
import { GradeDistribution } from './GradeDistribution';
import { HotspotsTable } from './HotspotsTable';
import { KeyFigures } from './KeyFigures';
import { RefreshStatus } from './RefreshStatus';
import { TrendChart } from './TrendChart';

function useCsvExport(query: AssessmentQuery) {
  const api = useApi(sovereigntyApiRef);
  const alertApi = useApi(alertApiRef);
  const [exporting, setExporting] = useState(false);
  const exportCsv = async () => {
    setExporting(true);
    try {
      const rows = await fetchAllRows(api, query);
      const day = new Date().toISOString().slice(0, 10);
      downloadText(
        `sovereignty-${day}.csv`,
        toCsv(rows),
        'text/csv;charset=utf-8',
      );
    } catch (e) {
      alertApi.post({
        message: `CSV export failed: ${(e as Error).message}`,
        severity: 'error',
      });
    } finally {
      setExporting(false);
    }
  };
  return { exporting, exportCsv };
}

/** The architects' view across the catalog. */
export function SovereigntyPage() {
  const api = useApi(sovereigntyApiRef);
  const [filters, setFilters] = useState<Filters>({});
  const [sorting, setSorting] = useState<Sorting>({
    orderBy: 'score',
    order: 'asc',
  });
  const [paging, setPaging] = useState<Paging>({ page: 0, pageSize: 20 });
  // Bumped by the refresh button: refetches summary and table.
  const [generation, setGeneration] = useState(0);

  const summary = useAsync(() => api.getSummary(), [api, generation]);
  const query: AssessmentQuery = useMemo(
    () => ({ ...filters, ...sorting }),
    [filters, sorting],
  );
  const list = useAsync(
    () =>
      api.listAssessments({
        ...query,
        limit: paging.pageSize,
        offset: paging.page * paging.pageSize,
      }),
    [api, query, paging, generation],
  );
  const { value: kb } = useKnowledgeBase();
  const { exporting, exportCsv } = useCsvExport(query);

  const providerName = (id: string) =>
    kb?.providers.find(p => p.id === id)?.name ?? id;
  const providers = kb?.providers.map(p => ({ id: p.id, name: p.name })) ?? [];
  const targets = Object.keys(summary.value?.readiness ?? {});
  const changeFilters = (next: Filters) => {
    setFilters(next);
    setPaging({ ...paging, page: 0 });
  };

  return (
    <Page themeId="tool">
      <Header
        title="Cloud lock-in"
        subtitle="Sovereignty scores across the catalog"
      />
      <Content>
        <Grid container spacing={3}>
          {summary.error && (
            <Grid item xs={12}>
              <ResponseErrorPanel
                error={summary.error}
                title="Could not load the catalog summary"
              />
            </Grid>
          )}
          <Grid item xs={12} md={8}>
            <InfoCard title="Overview">
              {summary.loading && <Progress />}
              {summary.value && <KeyFigures summary={summary.value} />}
              <Box mt={2} display="flex" alignItems="center">
                {summary.value && (
                  <RefreshStatus refresh={summary.value.refresh} />
                )}
                <Box ml="auto">
                  <Button
                    size="small"
                    startIcon={<RefreshIcon />}
                    onClick={() => setGeneration(g => g + 1)}
                  >
                    Reload
                  </Button>
                </Box>
              </Box>
            </InfoCard>
          </Grid>
          <Grid item xs={12} md={4}>
            <InfoCard title="Grades">
              {summary.value && (
                <GradeDistribution
                  byGrade={summary.value.byGrade}
                  selected={filters.grade}
                  onSelect={grade => changeFilters({ ...filters, grade })}
                />
              )}
            </InfoCard>
          </Grid>
          <Grid item xs={12}>
            <InfoCard
              title={`Assessed entities (${list.value?.totalItems ?? '…'})`}
              action={
                <Button
                  startIcon={<GetAppIcon />}
                  onClick={exportCsv}
                  disabled={exporting}
                  style={{ marginTop: 8 }}
                >
                  {exporting ? 'Exporting…' : 'Export CSV'}
                </Button>
              }
            >
              <AssessmentFilters
                filters={filters}
                summary={summary.value}
                providers={providers}
                onChange={changeFilters}
              />
              {list.error ? (
                <ResponseErrorPanel
                  error={list.error}
                  title="Could not load the entities"
                />
              ) : (
                <AssessmentTable
                  list={list.value}
                  loading={list.loading}
                  sorting={sorting}
                  paging={paging}
                  onSort={next => {
                    setSorting(next);
                    setPaging({ ...paging, page: 0 });
                  }}
                  onPage={setPaging}
                />
              )}
            </InfoCard>
          </Grid>
          <Grid item xs={12} lg={8}>
            <InfoCard
              title="Lock-in hotspots"
              subheader="Services under non-EU law, by the number of entities using them"
            >
              {summary.value && (
                <HotspotsTable
                  hotspots={summary.value.hotspots ?? []}
                  targets={targets}
                  providerName={providerName}
                />
              )}
            </InfoCard>
          </Grid>
          <Grid item xs={12} lg={4}>
            <InfoCard title="Readiness per target provider">
              {summary.value && (
                <CatalogReadinessPanel
                  readiness={summary.value.readiness ?? {}}
                  providerName={providerName}
                />
              )}
            </InfoCard>
          </Grid>
          <Grid item xs={12}>
            <InfoCard title="Trend">
              {summary.value && <TrendChart trend={summary.value.trend} />}
            </InfoCard>
          </Grid>
        </Grid>
      </Content>
    </Page>
  );
}
