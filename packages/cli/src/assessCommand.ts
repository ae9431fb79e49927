import type { Assessment } from '@portolan/plugin-sovereignty-common';
import { assessInputs, readTreeInputs } from './assess';
import { formatProblem } from './catalog';
import { EXIT, InputError } from './errors';
import {
  openSource,
  readCatalogOption,
  readFolder,
  readFormat,
  readPoints,
  type Format,
  type SourceValues,
} from './options';
import { blockersOf, markdownText } from './format';
import type { Context } from './run';
import { workingTree } from './tree';

export interface AssessValues extends SourceValues {
  'fail-on'?: string;
}

/** `portolan assess`: prints the assessments; resolves to the exit code (1 when a gate fails). */
export async function assessCommand(
  dir: string,
  values: AssessValues,
  { io, env }: Context,
): Promise<number> {
  const format = readFormat(values.format);
  const failUnder = readPoints('fail-under', values['fail-under']);
  if (values['fail-on'] !== undefined && values['fail-on'] !== 'blocker') {
    throw new InputError(`--fail-on takes "blocker", got ${values['fail-on']}`);
  }
  const root = await readFolder(dir);
  const source = await openSource(values, env, new Date());
  const { assessments, problems } = await assessInputs(
    await readTreeInputs(
      workingTree(root),
      source.knowledgeBase,
      readCatalogOption(root, values.catalog),
    ),
    source,
  );
  for (const problem of problems)
    io.err(`portolan: ${formatProblem(problem)}\n`);
  if (assessments.length === 0) {
    throw new InputError(
      `no Component, Resource or System in the catalog files under ${dir}`,
    );
  }
  io.out(render(assessments, format));

  const failures: string[] = [];
  for (const a of assessments) {
    if (failUnder !== undefined && a.score < failUnder) {
      failures.push(`${a.entityRef} scores ${a.score}, below ${failUnder}`);
    }
    if (values['fail-on'] === 'blocker' && blockersOf(a).length > 0) {
      failures.push(
        `${a.entityRef} has ${blockersOf(a).length} blocker(s): ${
          blockersOf(a)[0].message
        }`,
      );
    }
  }
  for (const failure of failures) io.err(`portolan: gate failed: ${failure}\n`);
  return failures.length > 0 ? EXIT.gateFailed : EXIT.pass;
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
    return `${[
      `| ${header.join(' | ')} |`,
      `|${header.map(() => '---').join('|')}|`,
      ...rows.map(r => `| ${r.map(markdownText).join(' | ')} |`),
    ].join('\n')}\n`;
  }
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map(r => (i === 4 ? 0 : r[i].length))),
  );
  const line = (r: string[]) =>
    r.map((c, i) => (i === 4 ? c : c.padEnd(widths[i]))).join('  ');
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}
