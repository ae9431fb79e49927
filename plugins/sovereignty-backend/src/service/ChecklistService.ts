import type {
  AuditorService,
  BackstageCredentials,
  BackstageUserPrincipal,
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
  type ChecklistStatus,
  type KnowledgeIndex,
} from '@portolan/plugin-sovereignty-common';
import type { Request } from 'express';
import type {
  SovereigntyStore,
  StoredAssessment,
} from '../database/SovereigntyStore';
import type { AssessmentService } from './AssessmentService';

const STATUSES: ChecklistStatus[] = ['done', 'open', 'not-applicable'];
const MAX_URL = 2000;
const MAX_NOTE = 4000;

export interface ChecklistUpdate {
  status: ChecklistStatus;
  evidenceUrl?: string;
  note?: string;
  version: number;
}

/** Checks a body field by field, so a 400 names the field and the reason. */
export function validateChecklistUpdate(body: unknown): ChecklistUpdate {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new InputError('body must be a JSON object');
  }
  const input = body as Record<string, unknown>;
  const unknown = Object.keys(input).filter(
    k => !['status', 'evidenceUrl', 'note', 'version'].includes(k),
  );
  if (unknown.length > 0) {
    throw new InputError(`body.${unknown[0]} is not a known field`);
  }
  if (!STATUSES.includes(input.status as ChecklistStatus)) {
    throw new InputError(`body.status must be one of ${STATUSES.join(', ')}`);
  }
  if (
    typeof input.version !== 'number' ||
    !Number.isInteger(input.version) ||
    input.version < 0
  ) {
    throw new InputError(
      'body.version must be the integer version you last read (0 if never set)',
    );
  }
  let evidenceUrl: string | undefined;
  if (input.evidenceUrl !== undefined && input.evidenceUrl !== '') {
    if (typeof input.evidenceUrl !== 'string') {
      throw new InputError('body.evidenceUrl must be a string');
    }
    evidenceUrl = input.evidenceUrl.trim();
    let url: URL | undefined;
    try {
      url = new URL(evidenceUrl);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      throw new InputError('body.evidenceUrl must be an http(s) URL');
    }
    if (evidenceUrl.length > MAX_URL) {
      throw new InputError(
        `body.evidenceUrl must be at most ${MAX_URL} characters`,
      );
    }
  }
  let note: string | undefined;
  if (input.note !== undefined && input.note !== '') {
    if (typeof input.note !== 'string') {
      throw new InputError('body.note must be a string');
    }
    if (input.note.length > MAX_NOTE) {
      throw new InputError(`body.note must be at most ${MAX_NOTE} characters`);
    }
    note = input.note;
  }
  return {
    status: input.status as ChecklistStatus,
    evidenceUrl,
    note,
    version: input.version,
  };
}

/**
 * People's updates to exit-checklist items: authorized per entity through the
 * permission framework, audited with before and after, and applied only
 * against the version the writer read.
 */
export class ChecklistService {
  constructor(
    private readonly deps: {
      store: SovereigntyStore;
      assessments: AssessmentService;
      permissions: PermissionsService;
      auditor: AuditorService;
      index: KnowledgeIndex;
      onChange: () => void;
      clock?: () => Date;
    },
  ) {}

  async update(options: {
    entityRef: string;
    itemId: string;
    body: unknown;
    credentials: BackstageCredentials<BackstageUserPrincipal>;
    request: Request;
  }): Promise<{
    item: ChecklistItemState & { itemId: string };
    assessment: StoredAssessment;
  }> {
    const { entityRef, itemId, credentials, request } = options;
    const { store, assessments, permissions, auditor, index } = this.deps;
    const event = await auditor.createEvent({
      eventId: 'checklist-update',
      severityLevel: 'medium',
      request,
      meta: { entityRef, itemId },
    });
    try {
      if (!index.kb.checklist.some(item => item.id === itemId)) {
        throw new NotFoundError(`No checklist item ${itemId}`);
      }
      const update = validateChecklistUpdate(options.body);
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
      // Fails with 404 before anything is written if the entity is unknown.
      await assessments.getForEntity(entityRef, credentials);

      const result = await store.writeChecklistItem({
        entityRef,
        itemId,
        status: update.status,
        evidenceUrl: update.evidenceUrl,
        note: update.note,
        updatedBy: credentials.principal.userEntityRef,
        updatedAt: (this.deps.clock ?? (() => new Date()))(),
        expectedVersion: update.version,
      });
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
      const assessment = await assessments.reassess(entityRef, credentials);
      this.deps.onChange();
      await event.success({
        meta: {
          before: result.before ? { ...result.before } : null,
          after: { ...result.after },
        },
      });
      return { item: { itemId, ...result.after }, assessment };
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  }
}
