import { promises as fs } from 'node:fs';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import type { Entity } from '@backstage/catalog-model';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  createAssessor,
  knowledgeBase,
} from '@portolan/plugin-sovereignty-common';
import { parseAllDocuments } from 'yaml';

const assess = createAssessor(knowledgeBase);

/**
 * Reads the catalog-info.yaml a template generated and assesses it with the
 * same engine as the portal, so the template's last page can show the score.
 * The first entity is assessed; the other documents count as its related
 * entities (e.g. Resources it depends on).
 * @public
 */
export function createAssessAction(options: { clock?: () => Date } = {}) {
  const clock = options.clock ?? (() => new Date());
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
            .default('catalog-info.yaml')
            .describe('Path of the catalog file inside the workspace'),
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
      },
    },
    async handler(ctx) {
      const file = resolveSafeChildPath(ctx.workspacePath, ctx.input.path);
      let text: string;
      try {
        text = await fs.readFile(file, 'utf8');
      } catch {
        throw new InputError(`No ${ctx.input.path} in the generated files`);
      }
      const entities = parseAllDocuments(text)
        .map(doc => doc.toJSON() as Entity | null)
        .filter((e): e is Entity => !!e && typeof e === 'object' && !!e.kind);
      if (entities.length === 0) {
        throw new InputError(`${ctx.input.path} holds no catalog entity`);
      }
      const [entity, ...related] = entities;
      const assessment = assess(
        { entity, related },
        { now: clock().toISOString() },
      );
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
    },
  });
}
