import { knowledgeBase } from '@portolan/plugin-sovereignty-knowledge';
import { createAssessor } from './engine';
import { aiAssistantAlone } from './__testUtils__/aiAssistant';

/*
 * Situation 1A of the domain reference: an AI assistant that left Azure for
 * IONOS. Its published gap analysis, row by row, is what the engine must
 * reproduce for target IONOS.
 */
const assess = createAssessor(knowledgeBase);
const NOW = '2026-11-21T12:00:00.000Z';

const REPORT: Array<[string, string]> = [
  ['azure:resource-manager', 'partial'],
  ['azure:service-principal', 'partial'],
  ['azure:resource-groups', 'partial'],
  ['azure:container-apps', 'direct'],
  ['azure:log-analytics', 'direct'],
  ['azure:container-registry', 'direct'],
  ['azure:blob-storage', 'direct'],
  ['azure:files', 'direct'],
  ['azure:openai', 'direct'],
  ['azure:key-vault', 're-architect'],
  ['azure:table-storage', 're-architect'],
  ['azure:entra-id', 'none'],
  ['azure:managed-identity', 'partial'],
];

describe('the AI assistant leaving Azure for IONOS (domain 1A)', () => {
  const result = assess({ entity: aiAssistantAlone() }, { now: NOW });
  const ionos = (service: string) =>
    result.mappings.find(m => m.service === service)?.targets.ionos;

  it.each(REPORT)('maps %s to IONOS with fit %s', (service, fit) => {
    expect(ionos(service)?.fit).toBe(fit);
  });

  it('has exactly the report rows and no input problems', () => {
    expect(result.mappings.map(m => m.service).sort()).toEqual(
      REPORT.map(([s]) => s).sort(),
    );
    expect(result.findings.filter(f => f.code === 'unknown-service')).toEqual(
      [],
    );
  });

  it('names OpenBao with External Secrets for Key Vault and Redis for Table Storage', () => {
    expect(ionos('azure:key-vault')?.gapFiller?.id).toBe('openbao');
    expect(ionos('azure:key-vault')?.gapFiller?.name).toMatch(/OpenBao/);
    expect(ionos('azure:key-vault')?.offering).toMatch(/External Secrets/);
    expect(ionos('azure:table-storage')?.gapFiller?.name).toMatch(/Redis/);
  });

  it('counts readiness for IONOS over all thirteen services', () => {
    expect(result.readiness.ionos).toMatchObject({
      services: 13,
      byFit: { direct: 6, partial: 4, 're-architect': 2, none: 1 },
      blockers: ['azure:entra-id'],
    });
  });

  it('reports Entra ID as a blocker until it is accepted, then as a kept hybrid dependency', () => {
    expect(
      result.findings.some(
        f => f.code === 'no-equivalent' && f.service === 'azure:entra-id',
      ),
    ).toBe(true);

    const accepted = assess(
      {
        entity: aiAssistantAlone({
          'portolan.dev/accepted-dependencies':
            'azure:entra-id: SSO federation with existing users, review 2027-06',
        }),
      },
      { now: NOW },
    );
    expect(accepted.acceptedDependencies).toEqual([
      {
        service: 'azure:entra-id',
        reason: 'SSO federation with existing users, review 2027-06',
        reviewBy: '2027-06-30',
        overdue: false,
      },
    ]);
    const row = accepted.mappings.find(m => m.service === 'azure:entra-id');
    expect(row?.accepted?.service).toBe('azure:entra-id');
    expect(row?.targets.ionos?.fit).toBe('none');
    expect(
      accepted.findings.some(
        f => f.code === 'no-equivalent' && f.service === 'azure:entra-id',
      ),
    ).toBe(false);
    expect(
      accepted.findings.find(f => f.code === 'accepted-dependency')?.message,
    ).toContain('SSO federation');
    // A reviewed, deliberate decision counts as planned, not as no way out.
    expect(accepted.score).toBeGreaterThanOrEqual(result.score);
  });

  it('flags an accepted dependency whose review date has passed', () => {
    const overdue = assess(
      {
        entity: aiAssistantAlone({
          'portolan.dev/accepted-dependencies':
            'azure:entra-id: SSO federation, review 2026-01-31',
        }),
      },
      { now: NOW },
    );
    expect(overdue.acceptedDependencies[0].overdue).toBe(true);
    expect(overdue.findings.map(f => f.code)).toContain(
      'accepted-review-overdue',
    );
  });
});
