import type { CloudService, TargetProviderId } from '@portolan/plugin-sovereignty-knowledge';
import type { KnowledgeIndex } from './knowledgeIndex';
import { TARGET_NAMES, type MappingCache } from './mapping';
import { isOpen } from './checklist';
import type { Finding } from './types';

/** Findings about one service that do not depend on the entity using it. */
export type ServiceFindings = (
  service: CloudService,
  targets: TargetProviderId[],
  /** Identifies targets and system together: the memo key. */
  targetsKey: string,
  accepted: boolean,
  system?: string,
) => readonly Finding[];

/** (targets, service) pairs remembered; past it the memo starts over. */
export const SERVICE_FINDINGS_MEMO_ENTRIES = 50_000;

/**
 * Why a service raises or lowers the score, and where it cannot move. The
 * same for every entity that uses it, so assessments share the result.
 */
export function createServiceFindings(
  index: KnowledgeIndex,
  cell: MappingCache,
): ServiceFindings {
  // targets, then service id, then [not accepted, accepted]
  const memo = new Map<string, Map<string, Array<readonly Finding[]>>>();
  let entries = 0;
  return (service, targets, targetsKey, accepted, system) => {
    let byService = memo.get(targetsKey);
    if (!byService) {
      byService = new Map();
      memo.set(targetsKey, byService);
    }
    let variants = byService.get(service.id);
    if (!variants) {
      // Target lists are typed in any order, so posted entities could grow
      // the memo without end; a real catalog never gets near the bound.
      if (entries >= SERVICE_FINDINGS_MEMO_ENTRIES) {
        memo.clear();
        entries = 0;
        byService = new Map();
        memo.set(targetsKey, byService);
      }
      variants = [];
      byService.set(service.id, variants);
      entries += 1;
    }
    const slot = accepted ? 1 : 0;
    return (variants[slot] ??= compute(service, targets, accepted, system));
  };

  function compute(
    service: CloudService,
    targets: TargetProviderId[],
    accepted: boolean,
    system: string | undefined,
  ): Finding[] {
    const result: Finding[] = [];
    const provider = index.provider(service.provider);
    if (provider?.nonEuLawReach) {
      const proprietary = !isOpen(service);
      result.push({
        code: proprietary ? 'proprietary-non-eu' : 'non-eu-jurisdiction',
        severity: proprietary && !accepted ? 'blocker' : 'warning',
        dimension: 'legal',
        service: service.id,
        message: proprietary
          ? `${service.name} is a proprietary ${provider.name} service under non-EU jurisdiction.`
          : `${service.name} speaks an open interface or format (${[
              ...service.interfaces,
              ...(service.formats ?? []),
            ].join(', ')}) but runs under non-EU jurisdiction (${
              provider.name
            }).`,
      });
    } else if (provider) {
      result.push({
        code:
          service.provider === 'kubernetes'
            ? 'self-operated-open-source'
            : 'eu-provider',
        severity: 'booster',
        dimension: service.provider === 'kubernetes' ? 'technology' : 'legal',
        service: service.id,
        message:
          service.provider === 'kubernetes'
            ? `${service.name} is open source you run on any Kubernetes.`
            : `${service.name} is run by ${provider.name} under EU jurisdiction.`,
      });
    }
    for (const target of targets) {
      const mapping = cell(service, target, system);
      if (mapping.fit === 'none' && !accepted) {
        result.push({
          code: 'no-equivalent',
          severity: 'blocker',
          dimension: 'operational',
          service: service.id,
          message: `No replacement for ${service.name} at ${TARGET_NAMES[target]}: ${mapping.notes}`,
        });
      } else if (mapping.fit === 're-architect' && mapping.gapFiller) {
        result.push({
          code: 're-architect',
          severity: 'warning',
          dimension: 'operational',
          service: service.id,
          suggestion: mapping.gapFiller.id,
          message: `${service.name} needs re-architecting for ${TARGET_NAMES[target]}: replace it with ${mapping.gapFiller.name}.`,
        });
      }
    }
    return result;
  }
}
