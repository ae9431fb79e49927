import type {
  BackstageCredentials,
  BackstageUserPrincipal,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  sovereigntyChecklistUpdatePermission,
  type ChecklistItemState,
  type ChecklistResult,
  type ChecklistUpdate,
  type ChecklistStatus,
  type KnowledgeIndex,
  type WrittenChecklistItem,
} from '@portolan/plugin-sovereignty-common';
import type {
  SovereigntyStores,
  StoredAssessment,
} from '../database/SovereigntyStore';
import type { AssessmentService } from './AssessmentService';
import { assertAssessedKind } from './assessedKinds';
import { hasDeceptiveChars } from './auditText';
import type { CatalogVisibility } from './CatalogVisibility';
import type { ChecklistEditors } from './ChecklistEditors';

const MAX_URL = 2000;

/**
 * An evidence link as it is stored: parsed, http(s) only, without
 * credentials or characters that disguise where it leads, normalised.
 */
function normalisedEvidenceUrl(raw: string): string {
  // Checked before parsing: the URL parser silently drops tabs and newlines.
  if (hasDeceptiveChars(raw)) {
    throw new InputError(
      'body.evidenceUrl must not contain control or bidirectional formatting characters',
    );
  }
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new InputError('body.evidenceUrl must be an http(s) URL');
  }
  if (url.username || url.password) {
    throw new InputError(
      'body.evidenceUrl must not carry credentials (user:password@): link to the evidence, not to a login',
    );
  }
  if (url.href.length > MAX_URL) {
    throw new InputError(
      `body.evidenceUrl must be at most ${MAX_URL} characters`,
    );
  }
  return url.href;
}

/**
 * The update as it is applied. The generated router has already checked the
 * body against the spec (fields, types, the status values, the version, the
 * lengths, an http(s) scheme); what a schema cannot say is checked here: the
 * evidence link must parse, carry no credentials or deceptive characters,
 * and is stored normalised. Empty strings mean "none".
 */
export function checkedChecklistUpdate(body: ChecklistUpdate): ChecklistUpdate {
  const evidenceUrl = body.evidenceUrl?.trim()
    ? normalisedEvidenceUrl(body.evidenceUrl.trim())
    : undefined;
  return {
    status: body.status,
    evidenceUrl,
    note: body.note || undefined,
    version: body.version,
  };
}

/** The status a metadata-decided item has; a write may only agree with it. */
function decidedStatus(item: ChecklistResult): ChecklistStatus {
  return item.state === 'done' ? 'done' : 'open';
}

export interface ChecklistUpdateResult {
  item: WrittenChecklistItem;
  /** What was stored before, for the audit log. */
  before?: ChecklistItemState;
  after: ChecklistItemState;
  assessment: StoredAssessment;
  /** Set when the write was committed but the assessment could not be updated. */
  reassessmentError?: string;
}

/**
 * People's updates to exit-checklist items: only for entities the caller
 * may read, authorized per entity through the permission framework, applied
 * only against the version the writer read. Items the automatic checks
 * decide keep their verdict: a person may add a note to them.
 */
export class ChecklistService {
  constructor(
    private readonly deps: {
      stores: Pick<SovereigntyStores, 'assessments' | 'checklists'>;
      assessments: AssessmentService;
      permissions: PermissionsService;
      visibility: CatalogVisibility;
      editors: ChecklistEditors;
      index: KnowledgeIndex;
      logger: LoggerService;
      onChange: () => void;
      clock?: () => Date;
    },
  ) {}

  /**
   * Applies one update. Throws for anything refused; the caller audits.
   * Once the write is committed this succeeds: a failed re-assessment marks
   * the stored assessment stale and is reported in `reassessmentError`.
   */
  async update(options: {
    entityRef: string;
    itemId: string;
    body: ChecklistUpdate;
    credentials: BackstageCredentials<BackstageUserPrincipal>;
  }): Promise<ChecklistUpdateResult> {
    const { entityRef, itemId, credentials } = options;
    const { stores, assessments, permissions, visibility, index, logger } =
      this.deps;
    if (!index.kb.checklist.some(item => item.id === itemId)) {
      throw new NotFoundError(`No checklist item ${itemId}`);
    }
    assertAssessedKind(entityRef);
    const update = checkedChecklistUpdate(options.body);
    // Hidden entities answer as unknown ones do, before anything else.
    if (!(await visibility.canRead(entityRef, credentials))) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    const [decision] = await permissions.authorize(
      [
        {
          permission: sovereigntyChecklistUpdatePermission,
          resourceRef: entityRef,
        },
      ],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `You may not update the exit checklist of ${entityRef}`,
      );
    }
    if (!(await this.deps.editors.mayEdit(entityRef, credentials))) {
      throw new NotAllowedError(
        `Only the owners of ${entityRef} may update its exit checklist (sovereignty.checklist.editors: owners)`,
      );
    }
    const before = await assessments.current(entityRef, credentials);
    const shown = before.assessment.checklist.find(item => item.id === itemId);
    let evidenceUrl = update.evidenceUrl;
    if (shown?.verifiedBy === 'metadata') {
      const status = decidedStatus(shown);
      const verdict = `${itemId} is ${
        status === 'done' ? 'proven' : 'disproven'
      } by metadata (${shown.autoReason ?? 'automatic check'})`;
      if (update.status !== status) {
        throw new InputError(
          `body.status cannot be set: ${verdict}. Only a note can be added, with status ${status}.`,
        );
      }
      if (update.evidenceUrl !== undefined) {
        throw new InputError(
          `body.evidenceUrl cannot be set: ${verdict}. Only a note can be added.`,
        );
      }
      // What people linked before metadata decided stays.
      evidenceUrl = shown.evidenceUrl;
    }

    const write = {
      entityRef,
      itemId,
      status: update.status,
      evidenceUrl,
      note: update.note,
      updatedBy: credentials.principal.userEntityRef,
      updatedAt: (this.deps.clock ?? (() => new Date()))(),
      expectedVersion: update.version,
    };
    const result = await stores.checklists.writeChecklistItem(write);
    if (!result.ok) {
      throw new ConflictError(
        `${itemId} of ${entityRef} changed since version ${
          update.version
        }: it is at version ${result.current?.version ?? 0}${
          result.current?.updatedBy
            ? `, set by ${result.current.updatedBy}`
            : ''
        }. Reload and apply your change again.`,
      );
    }
    this.deps.onChange();
    // Who and when are what this write recorded; a conditional write moves
    // the version by one.
    const item: WrittenChecklistItem = {
      ...result.after,
      itemId,
      updatedBy: write.updatedBy,
      updatedAt: result.after.updatedAt ?? write.updatedAt.toISOString(),
      version: result.after.version ?? update.version + 1,
    };
    const written = { item, before: result.before, after: result.after };
    try {
      return { ...written, assessment: await assessments.reassess(entityRef) };
    } catch (error) {
      const reassessmentError = `The change is saved, but the assessment could not be updated now (${
        (error as Error).message
      }); the next refresh updates it.`;
      logger.warn(
        `Re-assessing ${entityRef} after a checklist write failed: ${
          (error as Error).message
        }`,
      );
      const stale = await stores.assessments
        .markStale([entityRef])
        .then(() => stores.assessments.getAssessment(entityRef))
        .catch(() => undefined);
      return {
        ...written,
        assessment: { ...(stale ?? before), stale: true },
        reassessmentError,
      };
    }
  }
}
