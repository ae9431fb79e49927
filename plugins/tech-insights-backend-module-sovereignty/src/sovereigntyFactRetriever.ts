import type {
  FactRetriever,
  TechInsightFact,
} from '@backstage-community/plugin-tech-insights-node';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  ASSESSED_KINDS,
  DIMENSIONS,
  type Assessment,
} from '@portolan/plugin-sovereignty-common';
import { createStoredAssessmentReader } from '@portolan/plugin-sovereignty-node';

/** The retriever's id, and its key under `techInsights.factRetrievers` in app-config. */
export const SOVEREIGNTY_FACT_RETRIEVER_ID = 'sovereigntyFactRetriever';

/** Assessments read from the sovereignty backend at once. */
const CONCURRENCY = 8;

/** `supply-chain` -> `levelSupplyChain`: a fact name json-rules-engine reads as is. */
export function dimensionLevelFact(dimensionId: string): string {
  return `level${dimensionId
    .split('-')
    .map(part => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')}`;
}

const schema: FactRetriever['schema'] = {
  score: {
    type: 'integer',
    description: 'Sovereignty score, 0 to 100 (higher is less locked in)',
  },
  grade: { type: 'string', description: 'Sovereignty grade, A to E' },
  assessable: {
    type: 'boolean',
    description:
      'False when there is nothing to grade (no service, no hosting): score and grade are then only defaults',
  },
  blockers: {
    type: 'integer',
    description:
      'Findings of severity blocker: what stands in the way of an exit',
  },
  overdueRetests: {
    type: 'integer',
    description: 'Exit checklist items whose re-test is overdue',
  },
  ...Object.fromEntries(
    DIMENSIONS.map(dimension => [
      dimensionLevelFact(dimension.id),
      {
        type: 'integer' as const,
        description: `${dimension.name} (${dimension.objective}): SEAL-style level 0 to 4`,
      },
    ]),
  ),
};

/** The facts of one stored assessment. */
export function factsOf(assessment: Assessment): TechInsightFact['facts'] {
  return {
    score: assessment.score,
    grade: assessment.grade,
    assessable: assessment.assessable !== false,
    blockers: assessment.findings.filter(f => f.severity === 'blocker').length,
    overdueRetests: assessment.checklist.filter(item => item.state === 'due')
      .length,
    ...Object.fromEntries(
      assessment.dimensions.map(d => [dimensionLevelFact(d.id), d.level]),
    ),
  };
}

/**
 * Facts from what the sovereignty backend stored, so a check sees the score
 * the entity's card shows, exit checklist kept by people included (an
 * assessment computed here would not know it). Read as this plugin, with
 * its own service credentials.
 */
export const sovereigntyFactRetriever: FactRetriever = {
  id: SOVEREIGNTY_FACT_RETRIEVER_ID,
  version: '0.1.0',
  title: 'Sovereignty',
  description:
    "Portolan's sovereignty score, grade, dimension levels, blockers and overdue exit re-tests",
  entityFilter: [
    { kind: ASSESSED_KINDS.map(k => k.toLocaleLowerCase('en-US')) },
  ],
  schema,
  async handler({ discovery, auth, logger }) {
    const reader = createStoredAssessmentReader({ discovery, auth });
    const refs: string[] = [];
    for await (const row of reader.list()) refs.push(row.entityRef);
    const facts: TechInsightFact[] = [];
    let failures = 0;
    // A few at a time: one request per entity, the backend serves them from its database.
    for (let i = 0; i < refs.length; i += CONCURRENCY) {
      const batch = refs.slice(i, i + CONCURRENCY);
      const read = await Promise.allSettled(batch.map(ref => reader.get(ref)));
      for (const [j, result] of read.entries()) {
        if (result.status === 'rejected') {
          failures += 1;
          logger.warn(`No sovereignty facts for ${batch[j]}: ${result.reason}`);
        } else if (result.value) {
          const { kind, namespace, name } = parseEntityRef(batch[j]);
          facts.push({
            entity: { kind, namespace, name },
            facts: factsOf(result.value.assessment),
          });
        }
      }
    }
    logger.info(
      `Sovereignty facts for ${facts.length} of ${
        refs.length
      } assessed entities${failures ? ` (${failures} could not be read)` : ''}`,
    );
    return facts;
  },
};
