import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { NotFoundError } from '@backstage/errors';
import type {
  Assessor,
  DimensionId,
  TargetProviderId,
} from '@portolan/plugin-sovereignty-common';
import type {
  SovereigntyStore,
  StoredAssessment,
} from '../database/SovereigntyStore';
import { catalogLookup, placementOf, relatedEntities } from './relatedEntities';

export interface AssessmentSettings {
  defaultTargetProviders: TargetProviderId[];
  weights?: Partial<Record<DimensionId, number>>;
}

/** Assesses single catalog entities with the shared engine and keeps the result. */
export class AssessmentService {
  constructor(
    private readonly catalog: CatalogService,
    private readonly store: SovereigntyStore,
    private readonly assess: Assessor,
    private readonly settings: AssessmentSettings,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The stored assessment, computed and stored first if there is none. */
  async getForEntity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<StoredAssessment> {
    const stored = await this.store.getAssessment(entityRef);
    if (stored) return stored;
    return this.reassess(entityRef, credentials);
  }

  /** Assesses the entity now, with its current checklist state, and stores it. */
  async reassess(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<StoredAssessment> {
    const entity = await this.catalog.getEntityByRef(entityRef, {
      credentials,
    });
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    const lookup = catalogLookup(this.catalog, credentials);
    const related = await relatedEntities(entity, lookup);
    const now = this.clock();
    const assessment = this.assess(
      {
        entity,
        related,
        checklistState: await this.store.getChecklistState(
          stringifyEntityRef(entity),
        ),
      },
      { now: now.toISOString(), ...this.settings },
    );
    await this.store.saveAssessments(
      [{ placement: await placementOf(entity, lookup), assessment }],
      now,
    );
    return { assessment, assessedAt: now.toISOString(), stale: false };
  }

  /** An ad-hoc assessment of a posted entity; nothing is stored. */
  preview(entity: Entity, related: Entity[]) {
    return this.assess(
      { entity, related },
      { now: this.clock().toISOString(), ...this.settings },
    );
  }
}
