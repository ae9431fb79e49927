import type { ExitPlan } from './types';

/**
 * One RFC 4180 field. Cells a spreadsheet would run as a formula (CSV
 * injection) get a leading `'`, so they open as text.
 * @public
 */
export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as CSV text, CRLF line ends, a final line end. @public */
export function csvText(rows: unknown[][]): string {
  return `${rows.map(row => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const HEADER = [
  'step',
  'wave',
  'service',
  'service name',
  'category',
  'action',
  'offering',
  'target services',
  'gap filler',
  'fit',
  'effort',
  'effort points',
  'score after',
  'grade after',
  'ready share after',
  'unblocks',
];

/**
 * The plan as a spreadsheet: one row per service, in plan order; the
 * score and readiness after a step repeat on each of its services' rows.
 * @public
 */
export function renderExitPlanCsv(plan: ExitPlan): string {
  const rows: unknown[][] = [HEADER];
  for (const wave of plan.waves) {
    for (const step of wave.steps) {
      const unblocks = [
        ...step.unblocks.findings.map(f => f.message),
        ...step.unblocks.checklist.map(c => `checklist: ${c.title}`),
      ].join('; ');
      for (const service of step.services) {
        rows.push([
          step.order,
          wave.title,
          service.service,
          service.serviceName,
          service.categoryName,
          service.action === 'keep' ? `keep (${service.keptBecause})` : 'move',
          service.offering,
          service.targetServices.join(' '),
          service.gapFiller?.name ?? '',
          service.fit,
          service.effort,
          service.effortPoints,
          step.scoreAfter,
          step.gradeAfter,
          step.readinessAfter.readyShare.toFixed(2),
          unblocks,
        ]);
      }
    }
  }
  return csvText(rows);
}
