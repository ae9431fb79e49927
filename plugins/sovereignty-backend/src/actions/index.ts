import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  createServiceMapper,
  type Assessor,
  type KnowledgeIndex,
} from '@portolan/plugin-sovereignty-common';
import type { AssessmentSettings } from '@portolan/plugin-sovereignty-node';
import type { ChecklistStore } from '../database/SovereigntyStore';
import type { AssessmentService } from '../service/AssessmentService';
import type { CatalogVisibility } from '../service/CatalogVisibility';
import type { SummaryService } from '../service/SummaryService';
import { registerExplainServiceAction } from './explainServiceAction';
import { registerGetEntityAssessmentAction } from './getEntityAssessmentAction';
import { registerListHotspotsAction } from './listHotspotsAction';
import { registerWhatIfAction } from './whatIfAction';

/**
 * Registers Portolan's read-only actions with the actions registry, for
 * assistants (through @backstage/plugin-mcp-actions-backend) and other
 * plugins. Each reads the catalog with the caller's credentials.
 */
export function registerSovereigntyActions(options: {
  actionsRegistry: ActionsRegistryService;
  catalog: CatalogService;
  checklists: Pick<ChecklistStore, 'getChecklistState'>;
  assessments: AssessmentService;
  visibility: CatalogVisibility;
  summary: SummaryService;
  assess: Assessor;
  settings: AssessmentSettings;
  index: KnowledgeIndex;
  /** Absolute URL of an entity's Sovereignty tab. */
  tabUrl: (entityRef: string) => string;
  clock?: () => Date;
}) {
  const clock = options.clock ?? (() => new Date());
  const { actionsRegistry, index } = options;
  registerGetEntityAssessmentAction(options);
  registerListHotspotsAction(options);
  registerExplainServiceAction({
    actionsRegistry,
    index,
    mapper: createServiceMapper(index),
    defaultTargets: options.settings.defaultTargetProviders,
    clock,
  });
  registerWhatIfAction({ ...options, clock });
}
