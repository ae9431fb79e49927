import { assessInputs, readTreeInputs } from './assess';
import { formatProblem } from './catalog';
import {
  diffAssessments,
  gateFailures,
  type DiffGates,
  type SovereigntyDiff,
} from './diff';
import { renderDiff } from './diffRender';
import { EXIT, InputError } from './errors';
import { openBase } from './git';
import {
  openSource,
  readCatalogOption,
  readFolder,
  readFormat,
  readPoints,
  type SourceValues,
} from './options';
import type { Context } from './run';
import { commitTree, workingTree } from './tree';

export interface DiffValues extends SourceValues {
  base?: string;
  'fail-on-new-blocker'?: boolean;
  'fail-on-drop'?: string;
  'fail-on-grade-drop'?: boolean;
}

/** A diff and the gates it fails, for `diff` to print and `comment` to post. */
export interface ComputedDiff {
  diff: SovereigntyDiff;
  failures: string[];
}

/**
 * Assesses the base commit and the working tree of DIR with one source and
 * one clock, so only the change itself can make a difference.
 */
export async function computeDiff(
  dir: string,
  values: DiffValues,
  { io, env }: Context,
): Promise<ComputedDiff> {
  if (!values.base) {
    throw new InputError('--base REF is required (the commit to compare with)');
  }
  const gates: DiffGates = {
    failOnNewBlocker: values['fail-on-new-blocker'] === true,
    failOnDrop: readPoints('fail-on-drop', values['fail-on-drop']),
    failOnGradeDrop: values['fail-on-grade-drop'] === true,
    failUnder: readPoints('fail-under', values['fail-under']),
  };
  const root = await readFolder(dir);
  const catalogFiles = readCatalogOption(root, values.catalog);
  const source = await openSource(values, env, new Date());
  const base = await openBase(root, values.base);
  try {
    // The working tree first: the base takes its reports for folders the
    // change did not touch, and scans only the rest from git's objects.
    const head = await readTreeInputs(
      workingTree(root),
      source.knowledgeBase,
      catalogFiles,
    );
    const baseInputs = await readTreeInputs(
      commitTree(base.objects),
      source.knowledgeBase,
      catalogFiles,
      { reports: head.scans, changed: base.changed },
    ).catch(error => {
      // A catalog file named with --catalog may be new in this change.
      if (error instanceof InputError && catalogFiles.length > 0) {
        return { inputs: [], problems: [], scans: new Map() };
      }
      throw error;
    });
    const [before, after] = await Promise.all([
      assessInputs(baseInputs, source),
      assessInputs(head, source),
    ]);
    for (const problem of after.problems) {
      io.err(`portolan: ${formatProblem(problem)}\n`);
    }
    if (after.assessments.length === 0 && before.assessments.length === 0) {
      throw new InputError(
        `no Component, Resource or System in the catalog files under ${dir}, now or at ${values.base}`,
      );
    }
    const diff = diffAssessments(
      { ref: values.base, commit: base.commit },
      before,
      after,
    );
    return { diff, failures: gateFailures(diff, after.assessments, gates) };
  } finally {
    base.close();
  }
}

/** `portolan diff`: prints what the change does; 1 when a gate fails. */
export async function diffCommand(
  dir: string,
  values: DiffValues & { format?: string },
  context: Context,
): Promise<number> {
  const format = readFormat(values.format);
  const { diff, failures } = await computeDiff(dir, values, context);
  context.io.out(renderDiff(diff, format, failures));
  for (const failure of failures) {
    context.io.err(`portolan: gate failed: ${failure}\n`);
  }
  return failures.length > 0 ? EXIT.gateFailed : EXIT.pass;
}
