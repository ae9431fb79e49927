import type { ExitPlan, ExitPlanService, ExitPlanStep } from './types';

/** Text inside a table cell or a list item: one line, no table breaks, no HTML. */
function inline(value: string): string {
  return value
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]<>|]/g, c => `\\${c}`)
    .trim();
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

function describe(service: ExitPlanService): string {
  if (service.action === 'keep') {
    const why =
      service.keptBecause === 'no-way-out'
        ? 'no equivalent and no gap filler: keep deliberately or redesign'
        : service.keptReason ?? 'kept';
    return `${inline(service.serviceName)} stays: ${inline(why)}`;
  }
  const filler = service.gapFiller
    ? ` (gap filler: ${inline(service.gapFiller.name)}${
        service.gapFillerChosen ? ', chosen' : ''
      })`
    : '';
  const unknown =
    service.targetServices.length === 0
      ? ' (no target service in the knowledge base yet: the score keeps counting the source)'
      : '';
  return `${inline(service.serviceName)} to ${inline(
    service.offering,
  )}${filler}, ${service.fit}, effort ${service.effort}${unknown}`;
}

function stepLines(step: ExitPlanStep): string[] {
  const lines = [
    `${step.order}. ${step.services.map(describe).join('; ')}.`,
    `   After this step: score ${step.scoreAfter} (${
      step.gradeAfter
    }), ${percent(step.readinessAfter.readyShare)} ready, ${
      step.effortPoints
    } effort point(s).`,
  ];
  if (step.movesHostingTo) {
    const { provider, region } = step.movesHostingTo;
    lines.push(
      `   Hosting moves to ${inline(
        `${provider}${region ? `:${region}` : ''}`,
      )}.`,
    );
  }
  const unblocks = [
    ...step.unblocks.findings.map(f => inline(f.message)),
    ...step.unblocks.checklist.map(
      c => `checklist item proven: ${inline(c.title)}`,
    ),
  ];
  if (unblocks.length > 0) lines.push(`   Unblocks: ${unblocks.join(' ')}`);
  if (step.introduces.length > 0) {
    lines.push(
      `   Brings: ${step.introduces.map(f => inline(f.message)).join(' ')}`,
    );
  }
  return lines;
}

/**
 * The plan as markdown for an architecture decision record or a ticket:
 * the figures, the mapping table and the waves with their steps.
 * @public
 */
export function renderExitPlanMarkdown(plan: ExitPlan): string {
  const out: string[] = [
    `# Exit plan: ${inline(plan.entityRef)} to ${inline(plan.targetName)}`,
    '',
    `Score ${plan.before.score} (${plan.before.grade}) before, ${
      plan.after.score
    } (${plan.after.grade}) after the last step; ${percent(
      plan.before.readiness.readyShare,
    )} ready for ${inline(plan.targetName)} before, ${percent(
      plan.after.readiness.readyShare,
    )} after.`,
    `${plan.totals.steps} step(s), ${plan.totals.effortPoints} effort point(s) (S=1, M=2, L=4, XL=8); ${plan.totals.moves} service(s) move, ${plan.totals.kept} stay.`,
  ];
  if (plan.hosting.from || plan.hosting.to) {
    const where = (h?: { provider: string; region?: string }) =>
      h
        ? inline(`${h.provider}${h.region ? `:${h.region}` : ''}`)
        : 'not declared';
    out.push(
      `Hosting: ${where(plan.hosting.from)} before, ${where(
        plan.hosting.to,
      )} after.`,
    );
  }
  if (plan.alreadyAtTarget.length > 0) {
    out.push(
      `Already at ${inline(plan.targetName)}: ${plan.alreadyAtTarget
        .map(inline)
        .join(', ')}.`,
    );
  }
  out.push(
    '',
    '## Mapping',
    '',
    `| Service | Category | At ${inline(
      plan.targetName,
    )} | Fit | Effort | Gap filler | Wave |`,
    '|---|---|---|---|---|---|---|',
  );
  for (const wave of plan.waves) {
    for (const step of wave.steps) {
      for (const s of step.services) {
        out.push(
          `| ${inline(s.serviceName)} (\`${s.service}\`) | ${inline(
            s.categoryName,
          )} | ${
            s.action === 'keep'
              ? `stays (${s.keptBecause})`
              : inline(s.offering)
          } | ${s.fit} | ${s.action === 'keep' ? '-' : s.effort} | ${
            s.gapFiller ? inline(s.gapFiller.name) : '-'
          } | ${inline(wave.title)} |`,
        );
      }
    }
  }
  for (const wave of plan.waves) {
    if (wave.steps.length === 0) continue;
    out.push(
      '',
      `## ${inline(wave.title)} (${wave.effortPoints} effort point(s))`,
      '',
    );
    for (const step of wave.steps) out.push(...stepLines(step));
  }
  out.push(
    '',
    `Computed by Portolan (model ${inline(
      plan.modelVersion,
    )}, knowledge base ${inline(
      plan.knowledgeBaseVersion,
    )}): each step's score is the assessment of the entity with that step's services replaced by their ${inline(
      plan.targetName,
    )} equivalents.`,
    '',
  );
  return out.join('\n');
}
