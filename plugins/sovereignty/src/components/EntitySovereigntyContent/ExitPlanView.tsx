import { useEffect, useState } from 'react';
import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import LinearProgress from '@material-ui/core/LinearProgress';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { useApi } from '@backstage/core-plugin-api';
import {
  TARGET_PROVIDER_IDS,
  renderExitPlanCsv,
  renderExitPlanMarkdown,
  type Assessment,
  type ExitPlan,
  type ExitPlanRequest,
  type TargetProviderId,
} from '@portolan/plugin-sovereignty-common';
import useAsync from 'react-use/esm/useAsync';
import { sovereigntyApiRef } from '../../api';
import { GradeBadge } from '../common/GradeBadge';
import { downloadText } from '../SovereigntyPage/csv';
import { ExitPlanWaveTable, type ServiceAlternatives } from './ExitPlanSteps';

/** The entity's targets first, then the other providers one can exit to. */
function targetOptions(assessment: Assessment): TargetProviderId[] {
  const own = assessment.targetProviders ?? [];
  return [...own, ...TARGET_PROVIDER_IDS.filter(t => !own.includes(t))];
}

const fileBase = (plan: ExitPlan) =>
  `exit-plan-${plan.entityRef.replace(/[^a-zA-Z0-9-]+/g, '-')}-${plan.target}`;

/**
 * The exit plan for a target the user picks: the services in waves, each
 * step with its effort, the score and readiness after it and what it
 * unblocks. Every toggle asks the backend again, which runs the same
 * planner as the API, the CLI and the exports.
 */
export function ExitPlanView(props: {
  entityRef: string;
  assessment: Assessment;
  providerName: (id: string) => string;
}) {
  const { entityRef, assessment, providerName } = props;
  const api = useApi(sovereigntyApiRef);
  const options = targetOptions(assessment);
  const [request, setRequest] = useState<Required<ExitPlanRequest>>({
    target: options[0],
    keep: [],
    gapFillers: {},
  });
  const key = JSON.stringify(request);
  const fetched = useAsync(
    () => api.getExitPlan(entityRef, request),
    // The request's content, not its identity, decides a new plan.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, entityRef, key],
  );
  // The last plan stays on screen while the next one is computed.
  const [shown, setShown] = useState<ExitPlan>();
  useEffect(() => {
    if (fetched.value) setShown(fetched.value);
  }, [fetched.value]);
  const plan = fetched.value ?? shown;

  const alternatives: ServiceAlternatives = {
    onKeep: (service, keep) =>
      setRequest(r => {
        const gapFillers = { ...r.gapFillers };
        delete gapFillers[service];
        return {
          ...r,
          keep: keep
            ? [...r.keep.filter(s => s !== service), service]
            : r.keep.filter(s => s !== service),
          gapFillers,
        };
      }),
    onGapFiller: (service, filler) =>
      setRequest(r => {
        const gapFillers = { ...r.gapFillers };
        if (filler) gapFillers[service] = filler;
        else delete gapFillers[service];
        return { ...r, gapFillers };
      }),
  };

  const changed =
    request.keep.length > 0 || Object.keys(request.gapFillers).length > 0;
  return (
    <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 16 }}
      >
        <TextField
          select
          size="small"
          label="Exit to"
          value={request.target}
          onChange={e =>
            setRequest({
              target: e.target.value as TargetProviderId,
              keep: [],
              gapFillers: {},
            })
          }
          SelectProps={{ inputProps: { 'aria-label': 'Exit to' } }}
          style={{ minWidth: 200 }}
        >
          {options.map(t => (
            <MenuItem key={t} value={t}>
              {providerName(t)}
            </MenuItem>
          ))}
        </TextField>
        {changed && (
          <Button
            size="small"
            onClick={() =>
              setRequest(r => ({ target: r.target, keep: [], gapFillers: {} }))
            }
          >
            Reset alternatives
          </Button>
        )}
        <Box flexGrow={1} />
        <Button
          variant="outlined"
          size="small"
          disabled={!plan || fetched.loading}
          onClick={() =>
            plan &&
            downloadText(
              `${fileBase(plan)}.md`,
              renderExitPlanMarkdown(plan),
              'text/markdown',
            )
          }
        >
          Export markdown
        </Button>
        <Button
          variant="outlined"
          size="small"
          disabled={!plan || fetched.loading}
          onClick={() =>
            plan &&
            downloadText(
              `${fileBase(plan)}.csv`,
              renderExitPlanCsv(plan),
              'text/csv',
            )
          }
        >
          Export CSV
        </Button>
      </Box>
      {fetched.loading && <LinearProgress aria-label="Computing the plan" />}
      {fetched.error && (
        <Typography color="error" role="alert">
          Could not compute the plan: {fetched.error.message}
        </Typography>
      )}
      {plan && (
        <>
          <Box
            display="flex"
            alignItems="center"
            flexWrap="wrap"
            style={{ gap: 12 }}
          >
            <Typography variant="body1">Now</Typography>
            <GradeBadge grade={plan.before.grade} size={28} />
            <Typography
              variant="h6"
              component="span"
              data-testid="plan-score-before"
            >
              {plan.before.score}
            </Typography>
            <Typography variant="body1">after the plan</Typography>
            <GradeBadge grade={plan.after.grade} size={28} />
            <Typography
              variant="h6"
              component="span"
              data-testid="plan-score-after"
            >
              {plan.after.score}
            </Typography>
            <Typography
              variant="body2"
              color="textSecondary"
              data-testid="plan-totals"
            >
              {plan.totals.steps} step(s), {plan.totals.effortPoints} effort
              point(s); {plan.totals.moves} service(s) move to {plan.targetName}
              , {plan.totals.kept} stay
            </Typography>
          </Box>
          {plan.alreadyAtTarget.length > 0 && (
            <Typography variant="body2">
              Already at {plan.targetName}: {plan.alreadyAtTarget.join(', ')}
            </Typography>
          )}
          {plan.waves
            .filter(w => w.steps.length > 0)
            .map(wave => (
              <ExitPlanWaveTable
                key={wave.id}
                wave={wave}
                alternatives={alternatives}
                disabled={fetched.loading}
              />
            ))}
          {plan.totals.steps === 0 && (
            <Typography variant="body2">
              Nothing to move: every service already runs at {plan.targetName}.
            </Typography>
          )}
        </>
      )}
    </Box>
  );
}

/**
 * The plan on the tab, folded until asked for: a plan re-assesses the
 * entity once per step, so it is computed when someone wants to see it.
 */
export function ExitPlanSection(props: {
  entityRef: string;
  assessment: Assessment;
  providerName: (id: string) => string;
}) {
  return (
    <Accordion TransitionProps={{ unmountOnExit: true }}>
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        aria-controls="exit-plan-content"
        id="exit-plan-header"
      >
        <Box>
          <Typography variant="h5" component="h2">
            Exit plan
          </Typography>
          <Typography variant="body2" color="textSecondary">
            The services in waves for a target you pick: effort, score and
            readiness after each step, alternatives to try, markdown and CSV
            export.
          </Typography>
        </Box>
      </AccordionSummary>
      <AccordionDetails id="exit-plan-content">
        <Box width="100%">
          <ExitPlanView {...props} />
        </Box>
      </AccordionDetails>
    </Accordion>
  );
}
