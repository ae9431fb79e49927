import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import type { ChecklistResult } from '@portolan/plugin-sovereignty-common';
import { sovereigntyApiRef } from '../../api';
import { AnnotationHint } from '../common/AnnotationHint';
import {
  nothingFoundMessage,
  SOURCE_LOCATION_ANNOTATION,
} from '../common/discovery';
import { useEntityAssessment } from '../common/useEntityAssessment';
import { useKnowledgeBase } from '../common/useKnowledgeBase';
import { AcceptedDependencies } from './AcceptedDependencies';
import { DiscoveryPanel } from './DiscoveryPanel';
import type { ChecklistDraft, SaveOutcome } from './ChecklistItemDialog';
import { ExitChecklist } from './ExitChecklist';
import { ExitPlanSection } from './ExitPlanView';
import { FindingsList } from './FindingsList';
import { HistoryCard } from './HistoryCard';
import { MappingTable } from './MappingTable';
import { ReadinessPanel } from './ReadinessPanel';
import { useChecklistEditable } from './useChecklistEditable';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The entity tab: where each service goes, why the score is what it is, and what to do. */
export function EntitySovereigntyContent() {
  const api = useApi(sovereigntyApiRef);
  const { entity, entityRef, value, loading, error, replace, reload } =
    useEntityAssessment();
  const canEdit = useChecklistEditable(entity);
  const { value: kb } = useKnowledgeBase();

  if (loading) return <Progress />;
  if (error || !value) {
    return (
      <ResponseErrorPanel
        error={error ?? new Error('No assessment available')}
        title="Could not load the sovereignty assessment"
      />
    );
  }

  const providerName = (id: string) =>
    kb?.providers.find(p => p.id === id)?.name ?? id;
  const describe = (itemId: string) =>
    kb?.checklist.find(i => i.id === itemId)?.description;

  const saveChecklistItem = async (
    item: ChecklistResult,
    draft: ChecklistDraft,
    version: number,
  ): Promise<SaveOutcome> => {
    try {
      const result = await api.updateChecklistItem(entityRef, item.id, {
        status: draft.status,
        evidenceUrl: draft.evidenceUrl?.trim() || undefined,
        note: draft.note?.trim() || undefined,
        version,
      });
      replace(result.assessment);
      return { kind: 'saved' };
    } catch (e) {
      if ((e as { statusCode?: number }).statusCode !== 409) {
        return { kind: 'failed', message: messageOf(e) };
      }
      // Fetch what is saved now, so the user sees it and the next save
      // carries the current version.
      const latest = await reload().then(
        stored => stored.assessment.checklist.find(c => c.id === item.id),
        () => undefined,
      );
      return { kind: 'conflict', message: messageOf(e), latest };
    }
  };

  const { assessment } = value;
  const sourceLocation =
    entity.metadata.annotations?.[SOURCE_LOCATION_ANNOTATION];
  const nothingFound = nothingFoundMessage(assessment);
  return (
    <Grid container spacing={3}>
      {assessment.status === 'unannotated' && (
        <Grid item xs={12}>
          <InfoCard title="Get started">
            {nothingFound && (
              <Typography variant="body2" paragraph>
                {nothingFound}
              </Typography>
            )}
            <AnnotationHint />
          </InfoCard>
        </Grid>
      )}
      <Grid item xs={12}>
        <InfoCard title="Readiness per target provider">
          <ReadinessPanel assessment={assessment} providerName={providerName} />
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard title="Provider mapping">
          <MappingTable
            assessment={assessment}
            providerName={providerName}
            sourceLocation={sourceLocation}
          />
        </InfoCard>
      </Grid>
      {assessment.mappings.length > 0 && (
        <Grid item xs={12}>
          <ExitPlanSection
            entityRef={entityRef}
            assessment={assessment}
            providerName={providerName}
          />
        </Grid>
      )}
      <Grid item xs={12} md={7}>
        <InfoCard title="Exit checklist">
          <ExitChecklist
            items={assessment.checklist}
            canEdit={canEdit}
            describe={describe}
            onSave={saveChecklistItem}
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={5}>
        <Box display="flex" flexDirection="column" style={{ gap: 24 }}>
          <HistoryCard entityRef={entityRef} version={value.assessedAt} />
          <InfoCard title="Discovery">
            <DiscoveryPanel
              assessment={assessment}
              sourceLocation={sourceLocation}
            />
          </InfoCard>
          <InfoCard title="Accepted dependencies">
            <AcceptedDependencies
              dependencies={assessment.acceptedDependencies}
            />
          </InfoCard>
          <InfoCard title="Findings">
            <FindingsList findings={assessment.findings} />
          </InfoCard>
        </Box>
      </Grid>
    </Grid>
  );
}
