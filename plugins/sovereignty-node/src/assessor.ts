import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import {
  createAssessor,
  type Assessment,
  type AssessmentInput,
  type Assessor,
  type KnowledgeBase,
} from '@portolan/plugin-sovereignty-common';
import { readSovereigntySettings, type SovereigntySettings } from './settings';

/**
 * The portal's one way to assess an entity: the engine over the knowledge
 * base with the company's configured services, and the configured targets
 * and weights. The backend, the scaffolder's `portolan:assess` and the
 * discovery module all use it, so they give the same answer.
 * @public
 */
export interface SovereigntyAssessorService {
  readonly settings: SovereigntySettings;
  /** The built-in knowledge base plus `sovereignty.knowledgeBase.services`. */
  readonly knowledgeBase: KnowledgeBase;
  /** The engine over that knowledge base, for callers that pass their own options. */
  readonly engine: Assessor;
  /** Assesses with the configured targets and weights, as of `now`. */
  assess(input: AssessmentInput, now?: Date): Assessment;
}

/** @public */
export function createSovereigntyAssessor(
  settings: SovereigntySettings,
): SovereigntyAssessorService {
  const engine = createAssessor(settings.knowledgeBase);
  return {
    settings,
    knowledgeBase: settings.knowledgeBase,
    engine,
    assess: (input, now = new Date()) =>
      engine(input, { now: now.toISOString(), ...settings.assessment }),
  };
}

/**
 * Reads `sovereignty.*` once per backend; a bad value stops the backend
 * with a message naming it.
 * @public
 */
export const sovereigntyAssessorServiceRef =
  createServiceRef<SovereigntyAssessorService>({
    id: 'sovereignty.assessor',
    scope: 'root',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: { config: coreServices.rootConfig },
        factory: ({ config }) =>
          createSovereigntyAssessor(readSovereigntySettings(config)),
      }),
  });
