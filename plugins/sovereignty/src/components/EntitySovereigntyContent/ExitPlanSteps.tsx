import MenuItem from '@material-ui/core/MenuItem';
import Switch from '@material-ui/core/Switch';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import type {
  ExitPlanService,
  ExitPlanStep,
  ExitPlanWave,
} from '@portolan/plugin-sovereignty-common';
import { FitChip } from '../common/FitChip';
import { GradeBadge } from '../common/GradeBadge';
import { percent } from '../common/format';

/** What a user may change on one service of the plan. */
export interface ServiceAlternatives {
  onKeep(service: string, keep: boolean): void;
  onGapFiller(service: string, filler: string | undefined): void;
}

const KEPT_BECAUSE: Record<
  NonNullable<ExitPlanService['keptBecause']>,
  string
> = {
  accepted: 'accepted dependency in the catalog',
  decision: 'kept in this plan',
  'no-way-out':
    'no equivalent and no gap filler: keep deliberately or redesign',
};

function ServiceLine(props: {
  service: ExitPlanService;
  alternatives: ServiceAlternatives;
  disabled: boolean;
}) {
  const { service, alternatives, disabled } = props;
  // Kept in the catalog or without a way out: only a gap filler can move it.
  const keepFixed =
    service.action === 'keep' && service.keptBecause !== 'decision';
  const chosen = service.gapFillerChosen ? service.gapFiller?.id ?? '' : '';
  return (
    <div data-testid={`plan-service-${service.service}`}>
      <Typography variant="body2">
        <strong>{service.serviceName}</strong>{' '}
        <Typography component="span" variant="caption" color="textSecondary">
          {service.service} · {service.categoryName}
        </Typography>
      </Typography>
      <Typography variant="body2" component="div">
        {service.action === 'keep' ? (
          <>stays: {service.keptReason ?? KEPT_BECAUSE[service.keptBecause!]}</>
        ) : (
          <>
            to {service.offering} <FitChip fit={service.fit} /> effort{' '}
            {service.effort}
          </>
        )}
      </Typography>
      {service.action === 'move' && service.targetServices.length === 0 && (
        <Typography variant="caption" color="textSecondary" display="block">
          No target service in the knowledge base yet: the score keeps counting
          the source.
        </Typography>
      )}
      <div style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
        <Typography component="label" variant="caption">
          <Switch
            size="small"
            checked={service.action === 'keep'}
            disabled={disabled || keepFixed}
            onChange={(_e, checked) =>
              alternatives.onKeep(service.service, checked)
            }
            inputProps={{ 'aria-label': `Keep ${service.serviceName}` }}
          />
          keep (hybrid)
        </Typography>
        {service.gapFillerOptions.length > 0 &&
          service.keptBecause !== 'decision' && (
            <TextField
              select
              size="small"
              label="Gap filler"
              value={chosen}
              disabled={disabled}
              onChange={e =>
                alternatives.onGapFiller(
                  service.service,
                  e.target.value ? String(e.target.value) : undefined,
                )
              }
              InputLabelProps={{ shrink: true }}
              SelectProps={{
                displayEmpty: true,
                inputProps: {
                  'aria-label': `Gap filler for ${service.serviceName}`,
                },
              }}
              style={{ minWidth: 220 }}
            >
              <MenuItem value="">
                {service.gapFiller && !service.gapFillerChosen
                  ? `${service.gapFiller.name} (suggested)`
                  : 'as the knowledge base maps it'}
              </MenuItem>
              {service.gapFillerOptions
                .filter(
                  o =>
                    service.gapFillerChosen || o.id !== service.gapFiller?.id,
                )
                .map(o => (
                  <MenuItem key={o.id} value={o.id}>
                    {o.name}
                  </MenuItem>
                ))}
            </TextField>
          )}
      </div>
    </div>
  );
}

function Unblocks(props: { step: ExitPlanStep }) {
  const { findings, checklist } = props.step.unblocks;
  if (findings.length === 0 && checklist.length === 0) {
    return (
      <Typography variant="caption" color="textSecondary">
        –
      </Typography>
    );
  }
  return (
    <ul style={{ margin: 0, paddingLeft: 16 }}>
      {findings.map((f, i) => (
        <li key={`f${i}`}>
          <Typography variant="caption">{f.message}</Typography>
        </li>
      ))}
      {checklist.map(c => (
        <li key={c.id}>
          <Typography variant="caption">proves “{c.title}”</Typography>
        </li>
      ))}
    </ul>
  );
}

/** One wave's steps: what moves where, and what each step brings. */
export function ExitPlanWaveTable(props: {
  wave: ExitPlanWave;
  alternatives: ServiceAlternatives;
  disabled: boolean;
}) {
  const { wave, alternatives, disabled } = props;
  return (
    <section aria-label={wave.title} data-testid={`plan-wave-${wave.id}`}>
      <Typography variant="h6" component="h3">
        {wave.title}{' '}
        <Typography component="span" variant="body2" color="textSecondary">
          {wave.steps.length} step(s), {wave.effortPoints} effort point(s)
        </Typography>
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>#</TableCell>
            <TableCell>Services</TableCell>
            <TableCell style={{ whiteSpace: 'nowrap' }}>Effort</TableCell>
            <TableCell style={{ whiteSpace: 'nowrap' }}>Score after</TableCell>
            <TableCell style={{ whiteSpace: 'nowrap' }}>Ready after</TableCell>
            <TableCell>Unblocks</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {wave.steps.map(step => (
            <TableRow key={step.order} data-testid={`plan-step-${step.order}`}>
              <TableCell>{step.order}</TableCell>
              <TableCell>
                {step.services.map(service => (
                  <ServiceLine
                    key={service.service}
                    service={service}
                    alternatives={alternatives}
                    disabled={disabled}
                  />
                ))}
                {step.movesHostingTo && (
                  <Typography variant="caption" display="block">
                    Hosting moves to {step.movesHostingTo.provider}
                    {step.movesHostingTo.region
                      ? `:${step.movesHostingTo.region}`
                      : ''}
                    .
                  </Typography>
                )}
              </TableCell>
              <TableCell style={{ whiteSpace: 'nowrap' }}>
                {step.effortPoints} pt
              </TableCell>
              <TableCell>
                <span
                  style={{
                    display: 'inline-flex',
                    gap: 6,
                    alignItems: 'center',
                  }}
                >
                  <GradeBadge grade={step.gradeAfter} size={22} />
                  {step.scoreAfter}
                </span>
              </TableCell>
              <TableCell>{percent(step.readinessAfter.readyShare)}</TableCell>
              <TableCell>
                <Unblocks step={step} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
