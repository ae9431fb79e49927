import type { DimensionId } from '@portolan/plugin-sovereignty-knowledge';
import type { Grade } from './types';

/**
 * Bump when scoring changes so stored history stays comparable: the history
 * chart marks where the model changed.
 * @public
 */
export const MODEL_VERSION = '1.3.1';

/**
 * The kinds Portolan assesses (the refresh, the CLI), and the only ones with
 * a card and tab. Catalog spelling.
 * @public
 */
export const ASSESSED_KINDS = ['Component', 'Resource', 'System'] as const;

/** @public */
export interface DimensionDefinition {
  id: DimensionId;
  name: string;
  objective: string;
  /** EU Cloud Sovereignty Framework v1.2.1 weight, in percent. */
  frameworkWeight: number;
  /**
   * Share of the dimension decided by the services an entity uses; the rest
   * is decided by its exit checklist. Strategic sovereignty is a matter of
   * decisions and plans, so it has no service share.
   */
  serviceShare: number;
}

/**
 * The framework's objectives that entity metadata can evidence. SOV-8
 * (environmental sustainability) has no evidence in catalog metadata and is
 * left out; the remaining weights are normalised.
 * @public
 */
export const DIMENSIONS: DimensionDefinition[] = [
  {
    id: 'strategic',
    name: 'Strategic',
    objective: 'SOV-1',
    frameworkWeight: 15,
    serviceShare: 0,
  },
  {
    id: 'legal',
    name: 'Legal & jurisdiction',
    objective: 'SOV-2',
    frameworkWeight: 10,
    serviceShare: 0.8,
  },
  {
    id: 'data',
    name: 'Data & AI',
    objective: 'SOV-3',
    frameworkWeight: 10,
    serviceShare: 0.7,
  },
  {
    id: 'operational',
    name: 'Operational & exit readiness',
    objective: 'SOV-4',
    frameworkWeight: 15,
    serviceShare: 0.5,
  },
  {
    id: 'supply-chain',
    name: 'Supply chain',
    objective: 'SOV-5',
    frameworkWeight: 20,
    serviceShare: 0.8,
  },
  {
    id: 'technology',
    name: 'Technology & portability',
    objective: 'SOV-6',
    frameworkWeight: 15,
    serviceShare: 0.8,
  },
  {
    id: 'security',
    name: 'Security & compliance',
    objective: 'SOV-7',
    frameworkWeight: 10,
    serviceShare: 0.6,
  },
];

/** The grades, best first. @public */
export const GRADES: readonly Grade[] = ['A', 'B', 'C', 'D', 'E'];

/** @public */
export function gradeFor(score: number): Grade {
  if (score >= 85) return 'A';
  if (score >= 70) return 'B';
  if (score >= 55) return 'C';
  if (score >= 40) return 'D';
  return 'E';
}

/**
 * SEAL-style level from a dimension score: 4 means no critical non-EU
 * dependency is left, 0 means no sovereignty.
 * @public
 */
export function levelFor(score: number): 0 | 1 | 2 | 3 | 4 {
  if (score >= 85) return 4;
  if (score >= 65) return 3;
  if (score >= 45) return 2;
  if (score >= 20) return 1;
  return 0;
}

/**
 * Effort points at which the operational service share halves: a component
 * needing one XL change (8 points) to leave is half way ready.
 */
export const EFFORT_HALF_POINT = 8;
