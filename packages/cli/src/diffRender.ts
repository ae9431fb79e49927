import { formatProblem } from './catalog';
import type {
  EntityChange,
  ReadinessState,
  ServiceChange,
  SovereigntyDiff,
} from './diff';
import { code, markdownText, percent, printable } from './format';
import type { Format } from './options';

const shortCommit = (diff: SovereigntyDiff) => diff.base.commit.slice(0, 12);

function signed(n: number): string {
  if (n > 0) return `+${n}`;
  return n < 0 ? `−${-n}` : '±0';
}

function scoreText(c: EntityChange): string {
  if (!c.before) return `new, ${c.after!.score} ${c.after!.grade}`;
  if (!c.after) return `removed (was ${c.before.score} ${c.before.grade})`;
  const delta = c.after.score - c.before.score;
  return `${c.before.score} ${c.before.grade} -> ${c.after.score} ${
    c.after.grade
  } (${signed(delta)})`;
}

/** `a.tf:1, b.json:6 (+2 more)`, each place through `show`. */
function places(s: ServiceChange, show: (text: string) => string): string {
  if (!s.foundIn) return '';
  const more = (s.evidenceCount ?? 0) - s.foundIn.length;
  return ` in ${s.foundIn.map(show).join(', ')}${
    more > 0 ? ` (+${more} more)` : ''
  }`;
}

const readinessText = (r?: ReadinessState) =>
  r ? `${percent(r.readyShare)} ready, effort ${r.effort}` : 'not a target';

/** The one line a diff with no change prints. */
export function noChangeLine(diff: SovereigntyDiff): string {
  return `Portolan: no sovereignty change against ${
    diff.base.ref
  } (${shortCommit(diff)}); ${diff.unchanged} entit${
    diff.unchanged === 1 ? 'y' : 'ies'
  } assessed.`;
}

export const hasChanges = (diff: SovereigntyDiff) =>
  diff.changed.length > 0 || diff.newProblems.length > 0;

/** The diff as text, markdown (the pull-request comment's body) or JSON. */
export function renderDiff(
  diff: SovereigntyDiff,
  format: Format,
  failures: string[],
): string {
  if (format === 'json') {
    return `${JSON.stringify({ ...diff, gateFailures: failures }, null, 2)}\n`;
  }
  if (!hasChanges(diff)) return `${noChangeLine(diff)}\n`;
  // The comment's body goes to the platform, not through the terminal guard.
  return format === 'markdown'
    ? printable(markdown(diff, failures))
    : text(diff);
}

function targetsText(s: ServiceChange): string[] {
  return Object.entries(s.targets).map(
    ([target, cell]) =>
      `${target}: ${cell.fit}${cell.offering ? `, ${cell.offering}` : ''}${
        cell.gapFiller ? ` with ${cell.gapFiller}` : ''
      } (effort ${cell.effort})`,
  );
}

function text(diff: SovereigntyDiff): string {
  const lines = [
    `Portolan: sovereignty change against ${diff.base.ref} (${shortCommit(
      diff,
    )})`,
  ];
  for (const c of diff.changed) {
    lines.push('', `${c.entityRef}  ${scoreText(c)}`);
    for (const s of c.servicesAdded) {
      lines.push(
        `  + ${s.service} (${s.name})${places(s, p => p)}`,
        ...targetsText(s).map(t => `      ${t}`),
      );
    }
    for (const s of c.servicesRemoved) {
      lines.push(`  - ${s.service} (${s.name})`);
    }
    for (const b of c.newBlockers) lines.push(`  new blocker: ${b}`);
    for (const b of c.resolvedBlockers) lines.push(`  resolved: ${b}`);
    for (const r of c.readiness) {
      lines.push(
        `  readiness ${r.target}: ${readinessText(r.before)} -> ${readinessText(
          r.after,
        )}`,
      );
    }
  }
  if (diff.newProblems.length > 0) {
    lines.push('', 'Files that do not parse:');
    for (const p of diff.newProblems) lines.push(`  ${formatProblem(p)}`);
  }
  if (diff.unchanged > 0) {
    lines.push(
      '',
      `${diff.unchanged} other entit${
        diff.unchanged === 1 ? 'y' : 'ies'
      } unchanged.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function markdownScore(c: EntityChange): string {
  if (!c.before) return `new: **${c.after!.score}**`;
  if (!c.after) return `removed (was ${c.before.score})`;
  const delta = c.after.score - c.before.score;
  return `${c.before.score} → **${c.after.score}** (${signed(delta)})`;
}

function markdownGrade(c: EntityChange): string {
  if (!c.before) return c.after!.grade;
  if (!c.after) return `~~${c.before.grade}~~`;
  return c.before.grade === c.after.grade
    ? c.after.grade
    : `${c.before.grade} → **${c.after.grade}**`;
}

function markdown(diff: SovereigntyDiff, failures: string[]): string {
  const out = [
    `### Portolan: sovereignty change against ${code(diff.base.ref)} (${code(
      shortCommit(diff),
    )})`,
    '',
  ];
  if (failures.length > 0) {
    out.push(
      `> [!CAUTION]`,
      ...failures.map(f => `> Gate failed: ${markdownText(f)}  `),
      '',
    );
  }
  if (diff.changed.length > 0) {
    out.push(
      '| Entity | Score | Grade | Services | New blockers |',
      '|---|---|---|---|---|',
      ...diff.changed.map(
        c =>
          `| ${code(c.entityRef)} | ${markdownScore(c)} | ${markdownGrade(
            c,
          )} | ${
            [
              ...c.servicesAdded.map(s => `+${s.service}`),
              ...c.servicesRemoved.map(s => `−${s.service}`),
            ].join(' ') || '–'
          } | ${c.newBlockers.length || '–'} |`,
      ),
      '',
    );
  }
  for (const c of diff.changed) {
    const details = entityDetails(c);
    if (details.length === 0) continue;
    out.push(`#### ${code(c.entityRef)}`, '', ...details, '');
  }
  if (diff.newProblems.length > 0) {
    out.push(
      '**Files that do not parse** (their services are not counted):',
      '',
      ...diff.newProblems.map(p => `- ${markdownText(formatProblem(p))}`),
      '',
    );
  }
  if (diff.unchanged > 0) {
    out.push(
      `${diff.unchanged} other entit${
        diff.unchanged === 1 ? 'y' : 'ies'
      } unchanged.`,
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function entityDetails(c: EntityChange): string[] {
  const lines: string[] = [];
  for (const s of c.servicesAdded) {
    lines.push(
      `**Adds** ${code(s.service)} (${markdownText(s.name)})${places(s, code)}`,
      '',
    );
    const targets = Object.entries(s.targets);
    if (targets.length > 0) {
      lines.push(
        '| Target | Fit | Offering | Effort |',
        '|---|---|---|---|',
        ...targets.map(
          ([target, cell]) =>
            `| ${target} | ${cell.fit} | ${
              markdownText(
                [cell.offering, cell.gapFiller && `with ${cell.gapFiller}`]
                  .filter(Boolean)
                  .join(' '),
              ) || '–'
            } | ${cell.effort} |`,
        ),
        '',
      );
    }
  }
  if (c.servicesRemoved.length > 0) {
    lines.push(
      `**Removes** ${c.servicesRemoved
        .map(s => `${code(s.service)} (${markdownText(s.name)})`)
        .join(', ')}`,
      '',
    );
  }
  for (const b of c.newBlockers)
    lines.push(`- :no_entry: New blocker: ${markdownText(b)}`);
  for (const b of c.resolvedBlockers)
    lines.push(`- :white_check_mark: Resolved: ${markdownText(b)}`);
  for (const r of c.readiness) {
    lines.push(
      `- Readiness for ${r.target}: ${readinessText(
        r.before,
      )} → ${readinessText(r.after)}`,
    );
  }
  return lines;
}
