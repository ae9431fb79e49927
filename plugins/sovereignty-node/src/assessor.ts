import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import {
  createAssessor,
  knowledgeBase as builtInKnowledgeBase,
  type Assessment,
  type AssessmentInput,
  type Assessor,
  type KnowledgeBase,
} from '@portolan/plugin-sovereignty-common';
import { extendKnowledgeBase, type KnowledgeAdditions } from './knowledge';
import { readSovereigntySettings, type SovereigntySettings } from './settings';

/** The sovereignty backend plugin, which registers the knowledge extension point. */
const SOVEREIGNTY_PLUGIN_ID = 'sovereignty';
/** How long a reader waits for that plugin to add the extension point's entries. */
const DEFAULT_EXTENSION_TIMEOUT_MS = 120_000;

/**
 * The portal's one way to assess an entity: the engine over the knowledge
 * base with the company's configured entries and the modules' entries from
 * `sovereigntyKnowledgeExtensionPoint`, and the configured targets and
 * weights. The backend, the scaffolder's `portolan:assess` and the
 * discovery module all use it, so they give the same answer.
 * @public
 */
export interface SovereigntyAssessorService {
  readonly settings: SovereigntySettings;
  /**
   * The built-in knowledge base with the extension point's entries and
   * `sovereignty.knowledgeBase.*` applied. Read it when you use it, not at
   * startup: the extension point's entries arrive when the sovereignty
   * plugin starts (see {@link SovereigntyAssessorService.knowledgeBaseReady}).
   */
  readonly knowledgeBase: KnowledgeBase;
  /** The engine over that knowledge base, for callers that pass their own options. */
  readonly engine: Assessor;
  /** Assesses with the configured targets and weights, as of `now`. */
  assess(input: AssessmentInput, now?: Date): Assessment;
  /**
   * Resolves with the final knowledge base: at once when no sovereignty
   * plugin is installed, else once it has added the extension point's
   * entries. Rejects when they were refused.
   */
  knowledgeBaseReady(): Promise<KnowledgeBase>;
  /**
   * Called once, by the sovereignty plugin, with what modules gave the
   * extension point; config is applied after them.
   * @throws KnowledgeValidationError naming every refused entry and field.
   */
  addKnowledgeExtensions(additions: KnowledgeAdditions): void;
}

/** @public */
export interface SovereigntyAssessorOptions {
  /** Wait for {@link SovereigntyAssessorService.addKnowledgeExtensions} before the knowledge base is ready. */
  awaitExtensions?: boolean;
  /** How long `knowledgeBaseReady()` waits for them; default two minutes. */
  extensionTimeoutMs?: number;
}

/** @public */
export function createSovereigntyAssessor(
  settings: SovereigntySettings,
  options: SovereigntyAssessorOptions = {},
): SovereigntyAssessorService {
  let knowledgeBase = settings.knowledgeBase;
  let engine = createAssessor(knowledgeBase);
  let extended = false;
  let settle!: { resolve(kb: KnowledgeBase): void; reject(e: Error): void };
  const ready = new Promise<KnowledgeBase>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // A rejection nobody awaits must not crash the process; readers see it.
  ready.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (options.awaitExtensions) {
    const ms = options.extensionTimeoutMs ?? DEFAULT_EXTENSION_TIMEOUT_MS;
    timer = setTimeout(
      () =>
        settle.reject(
          new Error(
            `The sovereignty backend plugin did not add the knowledge extension point's entries within ${ms} ms; check that it started`,
          ),
        ),
      ms,
    );
    // Never keeps a process alive on its own.
    timer.unref?.();
  } else {
    settle.resolve(knowledgeBase);
  }

  return {
    settings,
    get knowledgeBase() {
      return knowledgeBase;
    },
    get engine() {
      return engine;
    },
    assess: (input, now = new Date()) =>
      engine(input, { now: now.toISOString(), ...settings.assessment }),
    knowledgeBaseReady: () => ready,
    addKnowledgeExtensions(additions) {
      if (extended) {
        throw new Error('The knowledge extensions were already added');
      }
      extended = true;
      clearTimeout(timer);
      try {
        knowledgeBase = extendKnowledgeBase(builtInKnowledgeBase, [
          additions,
          settings.knowledgeAdditions,
        ]);
        engine = createAssessor(knowledgeBase);
      } catch (error) {
        settle.reject(error as Error);
        throw error;
      }
      settle.resolve(knowledgeBase);
    },
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
        deps: {
          config: coreServices.rootConfig,
          instance: coreServices.rootInstanceMetadata,
        },
        factory: async ({ config, instance }) => {
          const plugins = await instance.getInstalledPlugins();
          return createSovereigntyAssessor(readSovereigntySettings(config), {
            awaitExtensions: plugins.some(
              p => p.pluginId === SOVEREIGNTY_PLUGIN_ID,
            ),
          });
        },
      }),
  });
