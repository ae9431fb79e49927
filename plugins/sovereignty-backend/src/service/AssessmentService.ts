import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { NotFoundError } from '@backstage/errors';
import type { Assessor } from '@portolan/plugin-sovereignty-common';
import type {
  SovereigntyStores,
  StoredAssessment,
} from '../database/SovereigntyStore';
import type { AssessmentSettings } from '@portolan/plugin-sovereignty-node';
import { catalogLookup, placementOf, relatedEntities } from './relatedEntities';

/** Assesses single catalog entities with the shared engine and keeps the result. */
export class AssessmentService {
  constructor(
    private readonly catalog: CatalogService,
    private readonly stores: Pick<
      SovereigntyStores,
      'assessments' | 'checklists'
    >,
    private readonly assess: Assessor,
    private readonly settings: AssessmentSettings,
    /** The plugin's own credentials: stored assessments see the whole catalog, as the refresh does. */
    private readonly ownCredentials: () => Promise<BackstageCredentials>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * The stored assessment, or one computed now if there is none. Nothing is
   * stored here: only the refresh and checklist writes store, so a read can
   * never add rows.
   */
  async current(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<StoredAssessment> {
    const stored = await this.stores.assessments.getAssessment(entityRef);
    if (stored) return stored;
    const { assessment, assessedAt } = await this.compute(
      entityRef,
      credentials,
    );
    return { assessment, assessedAt: assessedAt.toISOString(), stale: false };
  }

  /**
   * Assesses the entity now, with its current checklist state, and stores
   * it. Reads the catalog with the plugin's own credentials, so what is
   * stored does not depend on who triggered it; callers check visibility.
   */
  async reassess(entityRef: string): Promise<StoredAssessment> {
    const { assessment, assessedAt, placement } = await this.compute(
      entityRef,
      await this.ownCredentials(),
    );
    await this.stores.assessments.saveAssessments(
      [{ placement, assessment }],
      assessedAt,
    );
    return { assessment, assessedAt: assessedAt.toISOString(), stale: false };
  }

  private async compute(entityRef: string, credentials: BackstageCredentials) {
    const entity = await this.catalog.getEntityByRef(entityRef, {
      credentials,
    });
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    const lookup = catalogLookup(this.catalog, credentials);
    const related = await relatedEntities(entity, lookup);
    const assessedAt = this.clock();
    const assessment = this.assess(
      {
        entity,
        related,
        checklistState: await this.stores.checklists.getChecklistState(
          stringifyEntityRef(entity),
        ),
      },
      { now: assessedAt.toISOString(), ...this.settings },
    );
    return {
      assessment,
      assessedAt,
      placement: await placementOf(entity, lookup),
    };
  }

  /** An ad-hoc assessment of a posted entity; nothing is stored. */
  preview(entity: Entity, related: Entity[]) {
    return this.assess(
      { entity, related },
      { now: this.clock().toISOString(), ...this.settings },
    );
  }
}
