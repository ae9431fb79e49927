import { NotFoundError } from '@backstage/errors';
import { parseEntityRef } from '@backstage/catalog-model';
import { ASSESSED_KINDS } from '@portolan/plugin-sovereignty-common';

const ASSESSED = new Set(ASSESSED_KINDS.map(k => k.toLocaleLowerCase('en-US')));

/**
 * Refuses refs of kinds the refresh never assesses: they would get rows and
 * checklist state no refresh keeps up to date.
 */
export function assertAssessedKind(entityRef: string): void {
  const { kind } = parseEntityRef(entityRef);
  if (!ASSESSED.has(kind.toLocaleLowerCase('en-US'))) {
    throw new NotFoundError(
      `${entityRef} is not assessed: only ${ASSESSED_KINDS.join(
        ', ',
      )} entities are`,
    );
  }
}
