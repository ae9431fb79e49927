import { knowledgeBase } from '@portolan/plugin-sovereignty-knowledge';
import type { CloudService, TargetProviderId } from '@portolan/plugin-sovereignty-knowledge';
import { createKnowledgeIndex } from './knowledgeIndex';
import { createMappingCache } from './mapping';
import {
  SERVICE_FINDINGS_MEMO_ENTRIES,
  createServiceFindings,
} from './serviceFindings';

describe('createServiceFindings', () => {
  const index = createKnowledgeIndex(knowledgeBase);
  const mapping = createMappingCache(index);
  const keyVault = index.service('azure:key-vault')!;

  function counted() {
    const looked: string[] = [];
    const findings = createServiceFindings(
      index,
      (service: CloudService, target: TargetProviderId) => {
        looked.push(`${service.id}|${target}`);
        return mapping(service, target);
      },
    );
    return { findings, looked };
  }

  it('computes the findings of a service and targets once', () => {
    const { findings, looked } = counted();
    const first = findings(keyVault, ['stackit'], 'stackit', false);
    expect(first.map(f => f.code)).toContain('proprietary-non-eu');
    expect(findings(keyVault, ['stackit'], 'stackit', false)).toBe(first);
    expect(looked).toEqual(['azure:key-vault|stackit']);
  });

  it('forgets everything once it holds its bound of service and target pairs', () => {
    const { findings, looked } = counted();
    const first = findings(keyVault, ['stackit'], 'stackit', false);
    // Distinct keys, as posted entities could send (the key is not checked
    // against the targets, so no real target list is needed to fill it).
    for (let i = 1; i < SERVICE_FINDINGS_MEMO_ENTRIES; i++) {
      findings(keyVault, [], `filler-${i}`, false);
    }
    expect(findings(keyVault, ['stackit'], 'stackit', false)).toBe(first);
    findings(keyVault, [], 'one-more', false);
    const again = findings(keyVault, ['stackit'], 'stackit', false);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    expect(looked.filter(l => l === 'azure:key-vault|stackit')).toHaveLength(2);
  });
});
