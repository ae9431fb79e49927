/** @public */
export const ANNOTATION_PREFIX = 'portolan.dev/';

/** The annotation contract, v1. @public */
export const ANNOTATIONS = {
  services: 'portolan.dev/services',
  hosting: 'portolan.dev/hosting',
  dataClassification: 'portolan.dev/data-classification',
  criticality: 'portolan.dev/criticality',
  targetProviders: 'portolan.dev/target-providers',
  acceptedDependencies: 'portolan.dev/accepted-dependencies',
  exitPlan: 'portolan.dev/exit-plan',
} as const;

/**
 * Discovery's annotations. `discovered` is written by the catalog module, not
 * by people; the others steer it. Parsed by `discovery/parse.ts`.
 * @public
 */
export const DISCOVERY_ANNOTATIONS = {
  /** JSON {@link DiscoveryReport} the catalog module stores on the entity. */
  discovered: 'portolan.dev/discovered',
  /** Folders of the source repository that belong to this entity (monorepos). */
  discoveryPaths: 'portolan.dev/discovery-paths',
  /** `service-id: reason` per line: false positives, silenced visibly. */
  ignoreServices: 'portolan.dev/ignore-services',
  /** `off` switches discovery off for this entity. */
  discovery: 'portolan.dev/discovery',
} as const;

/** @public */
export type AnnotationKey = (typeof ANNOTATIONS)[keyof typeof ANNOTATIONS];

/** Annotations outside our prefix that still tell us how an entity runs. */
export const KUBERNETES_ANNOTATIONS = [
  'backstage.io/kubernetes-id',
  'backstage.io/kubernetes-label-selector',
  'backstage.io/kubernetes-namespace',
];

/** @public */
export const DATA_CLASSIFICATIONS = [
  'public',
  'internal',
  'confidential',
  'restricted',
] as const;
/** @public */
export type DataClassification = (typeof DATA_CLASSIFICATIONS)[number];

/** DORA: a critical or important function, or neither. @public */
export const CRITICALITIES = ['standard', 'important', 'critical'] as const;
/** @public */
export type Criticality = (typeof CRITICALITIES)[number];

/**
 * What reading one entity's `portolan.dev/*` annotations may cost, whoever
 * wrote them (a catalog file, a POST to /assess). Real values are far below
 * every cap; past one, the parser says so in a finding:
 * - a list longer than `listLength` is read up to its last separator before
 *   the cap (declared services still count, none is read half);
 * - an exit plan longer than `urlLength`, or a single value longer than
 *   `valueLength`, is refused: a cut URL or region is a wrong one;
 * - items past `listItems` in one list are not read;
 * - past `findings` findings from parsing, the rest are counted in one
 *   `findings-truncated` finding;
 * - only the first `suggestions` unknown values of each annotation get a
 *   "did you mean" (the search is the costliest step of parsing).
 * @public
 */
export const ANNOTATION_LIMITS = {
  listLength: 8 * 1024,
  urlLength: 2 * 1024,
  valueLength: 256,
  listItems: 200,
  findings: 50,
  suggestions: 10,
} as const;
