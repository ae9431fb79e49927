import {
  ExitPlanRequestError,
  TARGET_PROVIDER_IDS,
  planExit,
  renderExitPlanCsv,
  renderExitPlanMarkdown,
  type TargetProviderId,
} from '@portolan/plugin-sovereignty-common';
import { fullRef, readTreeInputs, refOf } from './assess';
import { formatProblem } from './catalog';
import { EXIT, InputError } from './errors';
import { readCatalogOption, readFolder, readList } from './options';
import type { Context } from './run';
import { readSettings } from './settings';
import { workingTree } from './tree';

export interface PlanValues {
  target?: string;
  entity?: string;
  keep?: string;
  format?: string;
  config?: string;
  catalog?: string;
}

const PLAN_FORMATS = ['markdown', 'json', 'csv'] as const;

/**
 * `portolan plan --target T [DIR]`: the exit plan of one entity of the
 * working tree, computed by the shared planner the portal's Sovereignty tab
 * and the exit template use, with `--config`'s weights.
 */
export async function planCommand(
  dir: string,
  values: PlanValues,
  { io }: Context,
): Promise<number> {
  const target = values.target as TargetProviderId;
  if (!(TARGET_PROVIDER_IDS as readonly string[]).includes(target)) {
    throw new InputError(
      `--target takes one of ${TARGET_PROVIDER_IDS.join(', ')}, got ${
        values.target ?? 'nothing'
      }`,
    );
  }
  const format = (values.format ?? 'markdown') as (typeof PLAN_FORMATS)[number];
  if (!PLAN_FORMATS.includes(format)) {
    throw new InputError(
      `--format for plan takes ${PLAN_FORMATS.join(', ')}, got ${
        values.format
      }`,
    );
  }
  const root = await readFolder(dir);
  const settings = await readSettings(values.config);
  const { inputs, problems } = await readTreeInputs(
    workingTree(root),
    settings.knowledgeBase,
    readCatalogOption(root, values.catalog),
  );
  for (const problem of problems)
    io.err(`portolan: ${formatProblem(problem)}\n`);
  const refs = inputs.map(input => refOf(input.entity));
  const wanted = values.entity
    ? fullRef(values.entity, 'component')
    : undefined;
  const only = inputs.length === 1 ? inputs[0] : undefined;
  const chosen = wanted
    ? inputs.find(input => refOf(input.entity) === wanted)
    : only;
  if (!chosen) {
    throw new InputError(
      refs.length === 0
        ? `no Component, Resource or System in the catalog files under ${dir}`
        : `${
            wanted ? `no ${wanted} here` : '--entity REF is needed'
          }; the entities are ${refs.join(', ')}`,
    );
  }
  let plan;
  try {
    plan = planExit(
      settings.knowledgeBase,
      chosen,
      { target, keep: readList(values.keep) },
      {
        now: new Date().toISOString(),
        weights: settings.assessment.weights,
      },
    );
  } catch (error) {
    if (error instanceof ExitPlanRequestError) {
      throw new InputError(error.message);
    }
    throw error;
  }
  const render = {
    json: () => `${JSON.stringify(plan, null, 2)}\n`,
    csv: () => renderExitPlanCsv(plan),
    markdown: () => renderExitPlanMarkdown(plan),
  };
  io.out(render[format]());
  return EXIT.pass;
}
