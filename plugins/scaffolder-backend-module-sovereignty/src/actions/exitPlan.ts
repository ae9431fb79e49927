import { promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import type { Assessment, Source } from '@portolan/plugin-sovereignty-common';
import { knowledgeBase } from '@portolan/plugin-sovereignty-common';
import {
  createSovereigntyAssessor,
  readSovereigntySettings,
  type SovereigntyAssessorService,
} from '@portolan/plugin-sovereignty-node';
import { ConfigReader } from '@backstage/config';
import { readCatalogFile } from './catalogFile';

/**
 * Writes docs/exit-plan.md from the knowledge base's exit checklist, so the
 * plan asks exactly what the portal checks: one section per item, with what
 * metadata already proves and the sources that demand it.
 * @public
 */
export function createExitPlanAction(
  options: {
    /** The portal's assessor (configured targets, weights, company services); built-in defaults when absent. */
    assessor?: SovereigntyAssessorService;
    clock?: () => Date;
  } = {},
) {
  const clock = options.clock ?? (() => new Date());
  const assessor =
    options.assessor ??
    createSovereigntyAssessor(readSovereigntySettings(new ConfigReader({})));
  return createTemplateAction({
    id: 'portolan:exit-plan',
    description:
      'Writes an exit plan skeleton from the exit checklist for the generated catalog-info.yaml.',
    supportsDryRun: true,
    schema: {
      input: {
        catalogPath: z =>
          z
            .string()
            .optional()
            .describe(
              'Catalog file the plan is for (default catalog-info.yaml)',
            ),
        path: z =>
          z
            .string()
            .optional()
            .describe('Where the plan is written (default docs/exit-plan.md)'),
      },
      output: {
        path: z => z.string().describe('Path of the written plan'),
      },
    },
    async handler(ctx) {
      // The scaffolder validates input with JSON schema: zod defaults do not apply.
      const catalogPath = ctx.input.catalogPath ?? 'catalog-info.yaml';
      const planPath = ctx.input.path ?? 'docs/exit-plan.md';
      const { entity, related } = await readCatalogFile(
        ctx.workspacePath,
        catalogPath,
      );
      const now = clock();
      const assessment = assessor.assess({ entity, related }, now);
      const target = resolveSafeChildPath(ctx.workspacePath, planPath);
      await fs.mkdir(dirname(target), { recursive: true });
      await fs.writeFile(
        target,
        exitPlanMarkdown(entity.metadata.name, assessment, now),
      );
      ctx.output('path', planPath);
    },
  });
}

function sourceText(source: Source): string {
  switch (source.kind) {
    case 'docs':
      return `[${source.title}](${source.url})`;
    case 'terraform':
      return `Terraform ${source.provider} ${source.resourceType}`;
    case 'regulation':
      return source.url
        ? `[${source.title}, ${source.reference}](${source.url})`
        : `${source.title}, ${source.reference}`;
    default:
      return source.url ? `[${source.title}](${source.url})` : source.title;
  }
}

export function exitPlanMarkdown(
  name: string,
  assessment: Assessment,
  now: Date,
): string {
  const review = new Date(now);
  review.setUTCFullYear(review.getUTCFullYear() + 1);
  const targets = assessment.targetProviders;
  const lines = [
    `# Exit plan: ${name}`,
    '',
    `Hosting: ${
      assessment.hosting
        ? `${assessment.hosting.provider}${
            assessment.hosting.region ? `:${assessment.hosting.region}` : ''
          }`
        : 'not declared'
    }.`,
    `Criticality: ${
      assessment.criticality ?? 'not declared'
    }; data classification: ${
      assessment.dataClassification ?? 'not declared'
    }.`,
    `Exit targets: ${targets.join(', ')}. Proposed next review: ${review
      .toISOString()
      .slice(0, 10)}.`,
    '',
    'Generated from the exit checklist of the Portolan portal: each section is one',
    'checklist item. Items marked "proved by metadata" follow from catalog-info.yaml;',
    'fill in the others and record them on the Sovereignty tab.',
    '',
    '## Alternatives per service',
    '',
    `| service | ${targets.join(' | ')} |`,
    `|---|${targets.map(() => '---').join('|')}|`,
    ...assessment.mappings.map(
      row =>
        `| ${row.service} | ${targets
          .map(t => {
            const cell = row.targets[t];
            return cell ? `${cell.offering} (${cell.fit}, ${cell.effort})` : '';
          })
          .join(' | ')} |`,
    ),
  ];
  const results = new Map(assessment.checklist.map(r => [r.id, r]));
  for (const item of knowledgeBase.checklist) {
    const result = results.get(item.id);
    const status =
      result?.state === 'done' && result.verifiedBy === 'metadata'
        ? `proved by metadata: ${result.autoReason ?? ''}`.trim()
        : `open${result?.required ? ', required' : ''}`;
    lines.push(
      '',
      `## ${item.title}`,
      '',
      `Status: ${status}`,
      '',
      item.description,
      '',
      `Sources: ${item.sources.map(sourceText).join('; ')}.`,
      '',
      'Answer: _to be written by the team_',
    );
  }
  return `${lines.join('\n')}\n`;
}
