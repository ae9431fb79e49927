import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { InputError, NotFoundError } from '@backstage/errors';
import type {
  Assessment,
  Finding,
  FindingSeverity,
} from '@portolan/plugin-sovereignty-common';
import type { AssessmentService } from '../service/AssessmentService';
import type { CatalogVisibility } from '../service/CatalogVisibility';
import { withoutHiddenRefs } from '../service/router';
import {
  READ_ONLY_ATTRIBUTES,
  assessedEntityRef,
  effortSchema,
  entityRefSchema,
  fitSchema,
  targetSchema,
} from './shared';

/** Most severe first: what to fix before what merely explains. */
const SEVERITY_ORDER: Record<FindingSeverity, number> = {
  blocker: 0,
  warning: 1,
  booster: 2,
  info: 3,
};

const DEFAULT_FINDINGS = 5;
const MAX_FINDINGS = 50;

export function topFindings(findings: Finding[], limit: number) {
  return [...findings]
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    .slice(0, limit)
    .map(finding => ({
      severity: finding.severity,
      code: finding.code,
      message: finding.message,
      ...(finding.service ? { service: finding.service } : {}),
      ...(finding.inheritedFrom
        ? { inheritedFrom: finding.inheritedFrom }
        : {}),
    }));
}

/**
 * `get-entity-assessment`: an entity's score, grade, most severe findings
 * and the mapping of its services to one target, as the Sovereignty tab
 * shows them to this caller.
 */
export function registerGetEntityAssessmentAction(options: {
  actionsRegistry: ActionsRegistryService;
  assessments: AssessmentService;
  visibility: CatalogVisibility;
  tabUrl: (entityRef: string) => string;
}) {
  const { actionsRegistry, assessments, visibility, tabUrl } = options;
  actionsRegistry.register({
    name: 'get-entity-assessment',
    title: 'Get the cloud lock-in assessment of a catalog entity',
    description: `Returns a catalog entity's sovereignty score (0-100, higher is more portable), grade (A best to E worst), its most severe findings (blockers first), and for one migration target how each cloud service it uses maps there (offering, fit, effort, open-source gap filler) with the target's readiness. Use it to answer "what is our lock-in and what next?" for a Component, Resource or System. Entities the caller may not read in the catalog are answered as not found.`,
    attributes: READ_ONLY_ATTRIBUTES,
    schema: {
      input: z =>
        z.object({
          entityRef: entityRefSchema(z),
          target: targetSchema(z)
            .optional()
            .describe(
              "Migration target for the mapping; default: the entity's first assessed target",
            ),
          findings: z
            .number()
            .int()
            .min(1)
            .max(MAX_FINDINGS)
            .optional()
            .describe(
              `How many findings to return, most severe first; default ${DEFAULT_FINDINGS}`,
            ),
        }),
      output: z =>
        z.object({
          entityRef: z.string(),
          score: z.number(),
          grade: z.enum(['A', 'B', 'C', 'D', 'E']),
          status: z
            .enum(['assessed', 'unannotated'])
            .describe(
              'unannotated: nothing declared or discovered, the score reflects defaults only',
            ),
          assessedAt: z.string(),
          stale: z
            .boolean()
            .describe(
              'The last refresh could not reach the catalog for this entity',
            ),
          dimensions: z.array(
            z.object({
              id: z.string(),
              name: z.string(),
              score: z.number(),
              level: z.number().describe('SEAL-style level 0-4'),
            }),
          ),
          findingsTotal: z.number(),
          topFindings: z.array(
            z.object({
              severity: z.enum(['blocker', 'warning', 'booster', 'info']),
              code: z.string(),
              message: z.string(),
              service: z.string().optional(),
              inheritedFrom: z.string().optional(),
            }),
          ),
          target: targetSchema(z),
          assessedTargets: z.array(targetSchema(z)),
          mapping: z.array(
            z.object({
              service: z.string(),
              serviceName: z.string(),
              category: z.string(),
              inheritedFrom: z.array(z.string()).optional(),
              accepted: z
                .object({
                  reason: z.string(),
                  reviewBy: z.string().optional(),
                  overdue: z.boolean(),
                })
                .optional(),
              offering: z.string(),
              fit: fitSchema(z),
              effort: effortSchema(z),
              gapFiller: z.string().optional(),
              notes: z.string(),
            }),
          ),
          readiness: z
            .object({
              readyShare: z
                .number()
                .describe(
                  'Share (0-1) of services that move with a direct or partial fit',
                ),
              effort: effortSchema(z),
              effortPoints: z.number(),
              blockers: z.array(z.string()),
            })
            .optional(),
          url: z.string().describe("The entity's Sovereignty tab"),
        }),
    },
    action: async ({ input, credentials }) => {
      const entityRef = assessedEntityRef(input.entityRef);
      // A hidden entity answers exactly as an unknown one.
      if (!(await visibility.canRead(entityRef, credentials))) {
        throw new NotFoundError(`No entity ${entityRef} in the catalog`);
      }
      const seen = await visibility.forCaller(credentials);
      const stored = await assessments.current(entityRef, credentials);
      const { assessment } = (
        seen.all ? stored : withoutHiddenRefs(stored, seen.refs)
      ) as { assessment: Assessment };
      const target = input.target ?? assessment.targetProviders[0];
      if (!assessment.targetProviders.includes(target)) {
        throw new InputError(
          `${entityRef} is assessed for ${assessment.targetProviders.join(
            ', ',
          )}, not ${target}: name it in the entity's portolan.dev/target-providers, or ask explain-cloud-service for one service`,
        );
      }
      const readiness = assessment.readiness[target];
      return {
        output: {
          entityRef,
          score: assessment.score,
          grade: assessment.grade,
          status: assessment.status,
          assessedAt: stored.assessedAt,
          stale: stored.stale,
          dimensions: assessment.dimensions.map(d => ({
            id: d.id,
            name: d.name,
            score: d.score,
            level: d.level,
          })),
          findingsTotal: assessment.findings.length,
          topFindings: topFindings(
            assessment.findings,
            input.findings ?? DEFAULT_FINDINGS,
          ),
          target,
          assessedTargets: assessment.targetProviders,
          mapping: assessment.mappings.flatMap(row => {
            const cell = row.targets[target];
            if (!cell) return [];
            return [
              {
                service: row.service,
                serviceName: row.serviceName,
                category: row.categoryName,
                ...(row.inheritedFrom
                  ? { inheritedFrom: row.inheritedFrom }
                  : {}),
                ...(row.accepted
                  ? {
                      accepted: {
                        reason: row.accepted.reason,
                        ...(row.accepted.reviewBy
                          ? { reviewBy: row.accepted.reviewBy }
                          : {}),
                        overdue: row.accepted.overdue,
                      },
                    }
                  : {}),
                offering: cell.offering,
                fit: cell.fit,
                effort: cell.effort,
                ...(cell.gapFiller ? { gapFiller: cell.gapFiller.name } : {}),
                notes: cell.notes,
              },
            ];
          }),
          ...(readiness
            ? {
                readiness: {
                  readyShare: readiness.readyShare,
                  effort: readiness.effort,
                  effortPoints: readiness.effortPoints,
                  blockers: readiness.blockers,
                },
              }
            : {}),
          url: tabUrl(entityRef),
        },
      };
    },
  });
}
