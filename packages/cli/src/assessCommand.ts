import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Assessment } from '@portolan/plugin-sovereignty-common';
import { assessWorkingTree } from './assess';
import type { Output } from './run';

const FORMATS = ['text', 'markdown', 'json'] as const;
type Format = (typeof FORMATS)[number];

interface AssessOptions {
  format?: string;
  'fail-under'?: string;
  'fail-on'?: string;
}

const blockersOf = (a: Assessment) =>
  a.findings.filter(f => f.severity === 'blocker');

/** `portolan assess`: prints the assessments; resolves to the exit code (1 when a gate fails). */
export async function assessCommand(
  dir: string,
  options: AssessOptions,
  io: Output,
): Promise<number> {
  const format = options.format as Format;
  if (!FORMATS.includes(format)) {
    io.err(
      `portolan: --format must be one of ${FORMATS.join(', ')}, got ${
        options.format
      }\n`,
    );
    return 2;
  }
  let failUnder: number | undefined;
  if (options['fail-under'] !== undefined) {
    failUnder = Number(options['fail-under']);
    if (!Number.isFinite(failUnder) || failUnder < 0 || failUnder > 100) {
      io.err(
        `portolan: --fail-under takes a score from 0 to 100, got ${options['fail-under']}\n`,
      );
      return 2;
    }
  }
  if (options['fail-on'] !== undefined && options['fail-on'] !== 'blocker') {
    io.err(`portolan: --fail-on takes "blocker", got ${options['fail-on']}\n`);
    return 2;
  }
  const root = resolve(dir);
  if (!(await stat(root).catch(() => undefined))?.isDirectory()) {
    io.err(`portolan: ${dir} is not a folder\n`);
    return 2;
  }
  const { assessments, problems } = await assessWorkingTree(root, new Date());
  for (const problem of problems)
    io.err(`portolan: ${problem.file}: ${problem.message}\n`);
  if (assessments.length === 0) {
    io.err(
      `portolan: no Component, Resource or System in the catalog-info.yaml files under ${dir}\n`,
    );
    return 2;
  }
  io.out(render(assessments, format));

  const failures: string[] = [];
  for (const a of assessments) {
    if (failUnder !== undefined && a.score < failUnder) {
      failures.push(`${a.entityRef} scores ${a.score}, below ${failUnder}`);
    }
    if (options['fail-on'] === 'blocker' && blockersOf(a).length > 0) {
      failures.push(
        `${a.entityRef} has ${blockersOf(a).length} blocker(s): ${
          blockersOf(a)[0].message
        }`,
      );
    }
  }
  for (const failure of failures) io.err(`portolan: gate failed: ${failure}\n`);
  return failures.length > 0 ? 1 : 0;
}

function render(assessments: Assessment[], format: Format): string {
  if (format === 'json') {
    return `${JSON.stringify(
      assessments.map(a => ({
        entityRef: a.entityRef,
        score: a.score,
        grade: a.grade,
        status: a.status,
        services: a.mappings.map(m => m.service),
        blockers: blockersOf(a).map(f => f.message),
        readiness: Object.fromEntries(
          Object.entries(a.readiness).map(([target, r]) => [
            target,
            { readyShare: r!.readyShare, effort: r!.effort },
          ]),
        ),
      })),
      null,
      2,
    )}\n`;
  }
  const rows = assessments.map(a => [
    a.entityRef,
    String(a.score),
    a.grade,
    String(blockersOf(a).length),
    a.mappings.map(m => m.service).join(', ') || '-',
  ]);
  const header = ['ENTITY', 'SCORE', 'GRADE', 'BLOCKERS', 'SERVICES'];
  if (format === 'markdown') {
    const cell = (text: string) => text.replace(/\|/g, '\\|');
    return `${[
      `| ${header.join(' | ')} |`,
      `|${header.map(() => '---').join('|')}|`,
      ...rows.map(r => `| ${r.map(cell).join(' | ')} |`),
    ].join('\n')}\n`;
  }
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map(r => (i === 4 ? 0 : r[i].length))),
  );
  const line = (r: string[]) =>
    r.map((c, i) => (i === 4 ? c : c.padEnd(widths[i]))).join('  ');
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}
