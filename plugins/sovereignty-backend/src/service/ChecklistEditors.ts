import type {
  BackstageCredentials,
  BackstageUserPrincipal,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { RELATION_OWNED_BY } from '@backstage/catalog-model';
import type { Config } from '@backstage/config';
import { NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';

/**
 * Who may edit an exit checklist besides what the permission policy says:
 * `owners` (the default) also requires the caller to own the entity, so an
 * allow-all policy does not open every checklist to every user; `policy`
 * leaves the decision to the permission policy alone.
 */
export type ChecklistEditorsMode = 'owners' | 'policy';

const MODES: readonly ChecklistEditorsMode[] = ['owners', 'policy'];
const CHECKLIST_EDITORS_KEY = 'sovereignty.checklist.editors';

/** Reads `sovereignty.checklist.editors`; an unknown value stops the start. */
export function readChecklistEditorsMode(config: Config): ChecklistEditorsMode {
  const value = config.getOptionalString(CHECKLIST_EDITORS_KEY) ?? 'owners';
  if (!MODES.includes(value as ChecklistEditorsMode)) {
    throw new Error(
      `${CHECKLIST_EDITORS_KEY} must be one of ${MODES.join(
        ', ',
      )}, got '${value}'`,
    );
  }
  return value as ChecklistEditorsMode;
}

/**
 * The ownership check of `owners` mode, with the same meaning as the
 * catalog's `IS_ENTITY_OWNER` rule: one of the entity's `ownedBy` relations
 * names the user or a group in the user's ownership claims.
 */
export class ChecklistEditors {
  constructor(
    private readonly deps: {
      mode: ChecklistEditorsMode;
      catalog: CatalogService;
      userInfo: UserInfoService;
    },
  ) {}

  /** Whether the mode lets this caller, already allowed by the policy, edit. */
  async mayEdit(
    entityRef: string,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<boolean> {
    if (this.deps.mode === 'policy') return true;
    const [{ ownershipEntityRefs }, { items }] = await Promise.all([
      this.deps.userInfo.getUserInfo(credentials),
      this.deps.catalog.getEntitiesByRefs(
        { entityRefs: [entityRef], fields: ['relations'] },
        { credentials },
      ),
    ]);
    const entity = items[0];
    if (!entity)
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    const claims = new Set(ownershipEntityRefs.map(ref => ref.toLowerCase()));
    return (entity.relations ?? []).some(
      relation =>
        relation.type === RELATION_OWNED_BY &&
        claims.has(relation.targetRef.toLowerCase()),
    );
  }
}
