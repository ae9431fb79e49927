import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  createSovereigntyAssessor,
  readSovereigntySettings,
  type SovereigntyAssessorService,
} from '@portolan/plugin-sovereignty-node';
import { ConfigReader } from '@backstage/config';
import { readCatalogFile } from './catalogFile';
import { assessmentReport } from './report';

/**
 * Reads the catalog-info.yaml a template generated and assesses it with the
 * same engine as the portal, so the template's last page can show the score.
 * The first entity is assessed; the other documents count as its related
 * entities (e.g. Resources it depends on).
 * @public
 */
export function createAssessAction(
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
    id: 'portolan:assess',
    description:
      'Assesses the generated catalog-info.yaml for cloud lock-in and outputs score, grade and findings.',
    supportsDryRun: true,
    schema: {
      input: {
        path: z =>
          z
            .string()
            .optional()
            .describe(
              'Path of the catalog file inside the workspace (default catalog-info.yaml)',
            ),
      },
      output: {
        score: z => z.number().describe('Sovereignty score 0-100'),
        grade: z => z.string().describe('Grade A-E'),
        summary: z => z.string().describe('One line for the final page'),
        findings: z =>
          z
            .array(
              z.object({
                severity: z.string(),
                message: z.string(),
              }),
            )
            .describe('Blockers, warnings and boosters'),
        report: z =>
          z
            .string()
            .describe(
              'Markdown: score, dimensions, top findings, open checklist items',
            ),
      },
    },
    async handler(ctx) {
      // The scaffolder validates input with JSON schema: zod defaults do not apply.
      const path = ctx.input.path ?? 'catalog-info.yaml';
      const { entity, related } = await readCatalogFile(
        ctx.workspacePath,
        path,
      );
      const assessment = assessor.assess({ entity, related }, clock());
      const summary = `${entity.metadata.name}: ${assessment.score}/100, grade ${assessment.grade}`;
      ctx.logger.info(`Sovereignty assessment ${summary}`);
      ctx.output('score', assessment.score);
      ctx.output('grade', assessment.grade);
      ctx.output('summary', summary);
      ctx.output(
        'findings',
        assessment.findings.map(f => ({
          severity: f.severity,
          message: f.message,
        })),
      );
      ctx.output('report', assessmentReport(entity.metadata.name, assessment));
    },
  });
}
