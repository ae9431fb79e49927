import type {
  Assessment,
  AssessmentInput,
  KnowledgeBase,
} from '@portolan/plugin-sovereignty-common';
import {
  createSovereigntyAssessor,
  type SovereigntySettings,
} from '@portolan/plugin-sovereignty-node';

/**
 * Where assessments come from: the bundled engine with the portal's settings,
 * or a portal's `POST /assess` (`portal.ts`). Discovery maps files with the
 * same knowledge base the assessments use.
 */
export interface AssessmentSource {
  knowledgeBase: KnowledgeBase;
  assess(input: AssessmentInput): Promise<Assessment>;
  /** How many assessments may be under way at once. */
  concurrency: number;
}

/** The bundled engine, as the portal's assessor service runs it. */
export function bundledSource(
  settings: SovereigntySettings,
  now: Date,
): AssessmentSource {
  const assessor = createSovereigntyAssessor(settings);
  return {
    knowledgeBase: assessor.knowledgeBase,
    assess: async input => assessor.assess(input, now),
    concurrency: 1,
  };
}
