import type { Assessment } from '@portolan/plugin-sovereignty-common';

const TOP_FINDINGS = 5;

/**
 * Markdown for the template's last page: score and grade, the dimensions,
 * the findings that matter most, and the open checklist items that still
 * count against the score (a new service cannot have tested its exit yet,
 * so the page says what the team records next).
 */
export function assessmentReport(name: string, assessment: Assessment): string {
  const lines = [
    `**${name}: ${assessment.score}/100, grade ${assessment.grade}** (model ${assessment.modelVersion})`,
    '',
    '| dimension | score |',
    '|---|---|',
    ...assessment.dimensions.map(d => `| ${d.name} | ${d.score} |`),
  ];
  const top = assessment.findings
    .filter(f => f.severity !== 'info')
    .slice(0, TOP_FINDINGS);
  if (top.length > 0) {
    lines.push('', 'Top findings:', '');
    for (const finding of top) {
      lines.push(`- ${finding.severity}: ${finding.message}`);
    }
  }
  const open = assessment.checklist.filter(
    item => item.required && item.state !== 'done',
  );
  if (open.length > 0) {
    lines.push(
      '',
      'Still open on the exit checklist (record them on the Sovereignty tab once done):',
      '',
      ...open.map(item => `- ${item.title}`),
    );
  }
  return lines.join('\n');
}
