import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type {
  ChecklistItemState,
  ChecklistStatus,
} from '@portolan/plugin-sovereignty-common';
import type {
  ChecklistStore,
  ChecklistWrite,
  ChecklistWriteResult,
} from './SovereigntyStore';
import { toIso } from './knexRows';

function checklistRowToState(row: any): ChecklistItemState {
  return {
    status: row.status as ChecklistStatus,
    evidenceUrl: row.evidence_url ?? undefined,
    note: row.note ?? undefined,
    updatedBy: row.updated_by,
    updatedAt: toIso(row.updated_at),
    version: Number(row.version),
  };
}

export class KnexChecklistStore implements ChecklistStore {
  constructor(private readonly db: Knex) {}

  async getChecklistState(
    entityRef: string,
  ): Promise<Record<string, ChecklistItemState>> {
    const rows = await this.db('checklist_state')
      .where({ entity_ref: entityRef })
      .select();
    const result: Record<string, ChecklistItemState> = {};
    for (const row of rows) result[row.item_id] = checklistRowToState(row);
    return result;
  }

  async getAllChecklistStates(): Promise<
    Map<string, Record<string, ChecklistItemState>>
  > {
    const result = new Map<string, Record<string, ChecklistItemState>>();
    for (const row of await this.db('checklist_state').select()) {
      let forEntity = result.get(row.entity_ref);
      if (!forEntity) {
        forEntity = {};
        result.set(row.entity_ref, forEntity);
      }
      forEntity[row.item_id] = checklistRowToState(row);
    }
    return result;
  }

  /**
   * Optimistic concurrency: an update applies only where the stored version
   * is the one the writer read; a first write inserts and then checks its own
   * write id won, so of concurrent writers exactly one wins. Write and
   * read-back share one transaction, so a writer reads its own write back,
   * never a later writer's that committed in between.
   */
  async writeChecklistItem(
    write: ChecklistWrite,
  ): Promise<ChecklistWriteResult> {
    return this.db.transaction(async tx => {
      const key = { entity_ref: write.entityRef, item_id: write.itemId };
      const currentRow = await tx('checklist_state').where(key).first();
      const current = currentRow ? checklistRowToState(currentRow) : undefined;
      if ((current?.version ?? 0) !== write.expectedVersion) {
        return { ok: false, current };
      }
      const writeId = randomUUID();
      const values = {
        status: write.status,
        evidence_url: write.evidenceUrl ?? null,
        note: write.note ?? null,
        updated_by: write.updatedBy,
        updated_at: write.updatedAt,
        version: write.expectedVersion + 1,
        write_id: writeId,
      };
      if (write.expectedVersion === 0) {
        await tx('checklist_state')
          .insert({ ...key, ...values })
          .onConflict(['entity_ref', 'item_id'])
          .ignore();
      } else {
        await tx('checklist_state')
          .where({ ...key, version: write.expectedVersion })
          .update(values);
      }
      const after = await tx('checklist_state').where(key).first();
      if (!after || after.write_id !== writeId) {
        return {
          ok: false,
          current: after ? checklistRowToState(after) : undefined,
        };
      }
      return { ok: true, before: current, after: checklistRowToState(after) };
    });
  }
}
