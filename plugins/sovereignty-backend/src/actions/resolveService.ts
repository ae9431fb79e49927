import { InputError } from '@backstage/errors';
import {
  ANNOTATIONS,
  parseAnnotations,
  type CloudService,
  type KnowledgeIndex,
} from '@portolan/plugin-sovereignty-common';

/**
 * The knowledge base's service for an id someone typed (aliases and case
 * allowed), read the way `portolan.dev/services` is read, so an unknown id
 * is refused with the same "did you mean" the Sovereignty tab shows.
 */
export function resolveService(
  index: KnowledgeIndex,
  typed: string,
  now: string,
): CloudService {
  const { annotations, findings } = parseAnnotations(
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'typed',
        annotations: { [ANNOTATIONS.services]: typed },
      },
    },
    index,
    now,
  );
  const [id] = annotations.services;
  const service = id && annotations.services.length === 1 && index.service(id);
  if (service) return service;
  const unknown = findings.find(f => f.code === 'unknown-service');
  throw new InputError(
    unknown?.message ??
      `"${typed}" must name exactly one service, e.g. azure:key-vault`,
  );
}
