import type { Entity } from '@backstage/catalog-model';
import { knowledgeBase } from '@portolan/plugin-sovereignty-knowledge';
import { createAssessor } from '../assessment/engine';
import { withDiscoveryReport } from '../discovery/parse';
import { planExit, planExitInSlices } from './plan';
import { migratedEntity } from './migrate';
import { exampleInputs } from './__testUtils__/exampleInputs';
import { aiAssistantAlone } from '../assessment/__testUtils__/aiAssistant';
import { ExitPlanRequestError, type ExitPlan } from './types';

/*
 * Situation 1A of the domain reference: the AI assistant leaving Azure for
 * IONOS. Its target architecture is the plan's model: the lowest common
 * denominator first, the gap fillers next, Entra ID kept deliberately.
 */
const NOW = '2026-12-04T12:00:00.000Z';
const assess = createAssessor(knowledgeBase);
const [assistantSystem] = exampleInputs('ai-assistant.yaml').filter(
  i => i.entity.kind === 'System',
);

const servicesOf = (plan: ExitPlan, wave: string) =>
  plan.waves
    .find(w => w.id === wave)!
    .steps.flatMap(s => s.services.map(x => x.service))
    .sort();
const serviceIn = (plan: ExitPlan, id: string) =>
  plan.waves
    .flatMap(w => w.steps)
    .flatMap(s => s.services)
    .find(s => s.service === id)!;

describe('the exit plan of the AI assistant to IONOS (domain 1A)', () => {
  const plan = planExit(
    knowledgeBase,
    assistantSystem,
    { target: 'ionos' },
    { now: NOW },
  );

  it('moves the lowest common denominator first, directly', () => {
    expect(servicesOf(plan, 'direct')).toEqual([
      'azure:blob-storage',
      'azure:container-apps',
      'azure:container-registry',
      'azure:files',
      'azure:log-analytics',
      'azure:openai',
    ]);
    expect(serviceIn(plan, 'azure:container-apps').targetServices).toEqual([
      'ionos:managed-kubernetes',
    ]);
    expect(serviceIn(plan, 'azure:blob-storage').targetServices).toEqual([
      'ionos:object-storage',
    ]);
    expect(serviceIn(plan, 'azure:openai').targetServices).toEqual([
      'ionos:ai-model-hub',
    ]);
  });

  it('starts with the cluster, and the hosting moves with it', () => {
    const first = plan.waves[0].steps[0];
    expect(first.services.map(s => s.service)).toContain(
      'azure:container-apps',
    );
    expect(first.movesHostingTo).toMatchObject({
      provider: 'ionos',
      country: 'DE',
    });
    expect(plan.hosting.to?.provider).toBe('ionos');
  });

  it('re-architects Key Vault with OpenBao and External Secrets, Table Storage with a Redis-compatible store', () => {
    expect(servicesOf(plan, 're-architect')).toEqual([
      'azure:key-vault',
      'azure:table-storage',
    ]);
    const vault = serviceIn(plan, 'azure:key-vault');
    expect(vault.gapFiller?.id).toBe('openbao');
    expect(vault.offering).toMatch(/External Secrets/);
    expect(vault.targetServices).toEqual(['kubernetes:openbao']);
    expect(serviceIn(plan, 'azure:table-storage').gapFiller?.name).toMatch(
      /Redis/,
    );
  });

  it('keeps Entra ID, accepted in the catalog, as the hybrid part', () => {
    expect(servicesOf(plan, 'kept')).toEqual(['azure:entra-id']);
    const entra = serviceIn(plan, 'azure:entra-id');
    expect(entra).toMatchObject({ action: 'keep', keptBecause: 'accepted' });
    expect(entra.keptReason).toMatch(/SSO federation/);
    expect(plan.migrated.services).toContain('azure:entra-id');
  });

  it('adapts the identity and IaC plumbing in the partial wave', () => {
    expect(servicesOf(plan, 'partial')).toEqual([
      'azure:managed-identity',
      'azure:resource-groups',
      'azure:resource-manager',
      'azure:service-principal',
    ]);
  });

  it('moves a service shared by several components once', () => {
    const all = plan.waves.flatMap(w => w.steps).flatMap(s => s.services);
    const ids = all.map(s => s.service);
    expect(new Set(ids).size).toBe(ids.length);
    // The chat UI declares Container Apps, and so does the Resource the others depend on.
    expect(
      serviceIn(plan, 'azure:container-apps').inheritedFrom!.length,
    ).toBeGreaterThan(1);
  });

  it('adds up effort from the steps, and ends better than it starts', () => {
    const steps = plan.waves.flatMap(w => w.steps);
    expect(plan.totals.steps).toBe(steps.length);
    expect(plan.totals.effortPoints).toBe(
      steps.reduce((sum, s) => sum + s.effortPoints, 0),
    );
    expect(plan.totals.moves + plan.totals.kept).toBe(13);
    expect(plan.after.score).toBeGreaterThan(plan.before.score);
    expect(plan.after.readiness.readyShare).toBeGreaterThan(
      plan.before.readiness.readyShare,
    );
    expect(steps[steps.length - 1].scoreAfter).toBe(plan.after.score);
  });

  it('says what each step unblocks', () => {
    const vaultStep = plan.waves
      .flatMap(w => w.steps)
      .find(s => s.services.some(x => x.service === 'azure:key-vault'))!;
    expect(
      vaultStep.unblocks.findings.some(f => f.service === 'azure:key-vault'),
    ).toBe(true);
    const proven = plan.waves
      .flatMap(w => w.steps)
      .flatMap(s => s.unblocks.checklist.map(c => c.id));
    expect(proven.length).toBeGreaterThan(0);
  });

  it('ends where the migrated entity, assessed alone, stands', () => {
    const migrated = assess(
      { entity: migratedEntity(assistantSystem.entity, plan.migrated) },
      { now: NOW },
    );
    expect(migrated.score).toBe(plan.after.score);
    expect(migrated.mappings.map(m => m.service).sort()).toEqual(
      [...plan.migrated.services].sort(),
    );
  });
});

describe('planExitInSlices', () => {
  it('gives the same plan, handing control back between steps', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const sliced = await planExitInSlices(
      knowledgeBase,
      assistantSystem,
      { target: 'ionos', keep: ['azure:blob-storage'] },
      { now: NOW },
    );
    clearInterval(timer);
    expect(sliced).toEqual(
      planExit(
        knowledgeBase,
        assistantSystem,
        { target: 'ionos', keep: ['azure:blob-storage'] },
        { now: NOW },
      ),
    );
    // Other work ran while the plan was computed.
    expect(ticks).toBeGreaterThan(0);
  });

  it('refuses a bad request the same way', async () => {
    await expect(
      planExitInSlices(
        knowledgeBase,
        assistantSystem,
        { target: 'ionos', keep: ['aws:s3'] },
        { now: NOW },
      ),
    ).rejects.toThrow(/does not use aws:s3/);
  });
});

describe('Entra ID without an accepted dependency', () => {
  it('stays as a service with no way out until it is accepted', () => {
    const open = planExit(
      knowledgeBase,
      { entity: aiAssistantAlone() },
      { target: 'ionos' },
      { now: NOW },
    );
    expect(serviceIn(open, 'azure:entra-id')).toMatchObject({
      action: 'keep',
      keptBecause: 'no-way-out',
      fit: 'none',
    });

    const accepted = planExit(
      knowledgeBase,
      {
        entity: aiAssistantAlone({
          'portolan.dev/accepted-dependencies':
            'azure:entra-id: SSO federation with existing users, review 2027-06',
        }),
      },
      { target: 'ionos' },
      { now: NOW },
    );
    expect(serviceIn(accepted, 'azure:entra-id').keptBecause).toBe('accepted');
    expect(servicesOf(accepted, 'direct')).toEqual(servicesOf(open, 'direct'));
    expect(accepted.after.score).toBeGreaterThanOrEqual(open.after.score);
  });
});

describe('alternatives', () => {
  const base = planExit(
    knowledgeBase,
    assistantSystem,
    { target: 'ionos' },
    { now: NOW },
  );

  it('keeps a service by decision, recorded as an accepted dependency with a review date', () => {
    const plan = planExit(
      knowledgeBase,
      assistantSystem,
      { target: 'ionos', keep: ['azure:blob-storage'] },
      { now: NOW },
    );
    expect(servicesOf(plan, 'kept')).toEqual([
      'azure:blob-storage',
      'azure:entra-id',
    ]);
    expect(serviceIn(plan, 'azure:blob-storage')).toMatchObject({
      keptBecause: 'decision',
      effortPoints: 0,
    });
    expect(plan.migrated.acceptedDependencies.join('\n')).toMatch(
      /azure:blob-storage: kept by decision in the exit plan to IONOS, review 2027-12-04/,
    );
    expect(plan.after.score).toBeLessThan(base.after.score);
    expect(plan.totals.effortPoints).toBeLessThan(base.totals.effortPoints);
  });

  it('runs another gap filler when one is chosen', () => {
    const plan = planExit(
      knowledgeBase,
      assistantSystem,
      { target: 'ionos', gapFillers: { 'azure:table-storage': 'k8ssandra' } },
      { now: NOW },
    );
    const table = serviceIn(plan, 'azure:table-storage');
    expect(table).toMatchObject({
      gapFillerChosen: true,
      gapFiller: { id: 'k8ssandra' },
      targetServices: ['kubernetes:k8ssandra'],
    });
    expect(table.offering).toMatch(/K8ssandra/);
    expect(table.gapFillerOptions.map(o => o.id)).toEqual(
      expect.arrayContaining(['valkey', 'k8ssandra']),
    );
    expect(plan.request.gapFillers).toEqual({
      'azure:table-storage': 'k8ssandra',
    });
  });

  it('accepts aliases and answers with canonical ids', () => {
    const plan = planExit(
      knowledgeBase,
      assistantSystem,
      { target: 'ionos', keep: ['Azure:Blob Storage'] },
      { now: NOW },
    );
    expect(plan.request.keep).toEqual(['azure:blob-storage']);
  });

  it.each([
    [{ target: 'aws' }, /target: aws is not a target provider/],
    [
      { target: 'ionos', keep: ['azure:key-valt'] },
      /keep: azure:key-valt is not a known service id/,
    ],
    [
      { target: 'ionos', keep: ['aws:s3'] },
      /keep: system:default\/ai-assistant does not use aws:s3/,
    ],
    [
      { target: 'ionos', gapFillers: { 'azure:key-vault': 'nope' } },
      /gapFiller: nope is not a known gap filler/,
    ],
    [
      { target: 'ionos', gapFillers: { 'azure:key-vault': 'valkey' } },
      /gapFiller: valkey does not replace secrets services such as azure:key-vault/,
    ],
    [
      {
        target: 'ionos',
        keep: ['azure:key-vault'],
        gapFillers: { 'azure:key-vault': 'openbao' },
      },
      /azure:key-vault is also kept/,
    ],
  ])('refuses %j with a specific message', (request, message) => {
    expect(() =>
      planExit(knowledgeBase, assistantSystem, request as any, { now: NOW }),
    ).toThrow(message);
    expect(() =>
      planExit(knowledgeBase, assistantSystem, request as any, { now: NOW }),
    ).toThrow(ExitPlanRequestError);
  });

  it('offers no gap filler for a service that is self-operated already', () => {
    const entity: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'ledger',
        annotations: {
          'portolan.dev/services': 'kubernetes:cloudnative-pg, azure:key-vault',
          'portolan.dev/hosting': 'azure:westeurope',
        },
      },
      spec: { type: 'service', owner: 'group:default/team' },
    };
    const plan = planExit(
      knowledgeBase,
      { entity },
      { target: 'ionos' },
      { now: NOW },
    );
    const postgres = serviceIn(plan, 'kubernetes:cloudnative-pg');
    expect(postgres.targetServices).toEqual(['kubernetes:cloudnative-pg']);
    expect(postgres.gapFillerOptions).toEqual([]);
    expect(() =>
      planExit(
        knowledgeBase,
        { entity },
        {
          target: 'ionos',
          gapFillers: { 'kubernetes:cloudnative-pg': 'cloudnative-pg' },
        },
        { now: NOW },
      ),
    ).toThrow(
      'gapFiller: kubernetes:cloudnative-pg is self-operated already; it moves with the cluster',
    );
  });
});

describe('services wherever they come from', () => {
  it('moves declared, discovered and cloud-provider resources alike', () => {
    const component = withDiscoveryReport(
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'jobs',
          annotations: {
            'portolan.dev/services': 'azure:blob-storage',
            'portolan.dev/hosting': 'azure:germanywestcentral',
          },
        },
        spec: { type: 'service', owner: 'group:default/team' },
      },
      {
        version: 1,
        scannedAt: '2026-12-01T00:00:00.000Z',
        services: [
          {
            id: 'azure:table-storage',
            evidence: [
              {
                path: 'package.json',
                line: 3,
                detector: 'dependencies',
                match: '@azure/data-tables',
                code: true,
              },
            ],
            evidenceCount: 1,
            codeLevel: true,
          },
        ],
        hosting: [],
        findings: [],
        scan: {
          files: 1,
          bytes: 10,
          skipped: 0,
          paths: [],
          formats: ['package.json'],
          durationMs: 1,
        },
      },
    );
    const vault: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: 'vault',
        annotations: {
          'management.azure.com/resourceId':
            '/subscriptions/0/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/jobs',
        },
      },
      spec: { type: 'secrets', owner: 'group:default/team' },
    };
    const input = { entity: component, related: [vault] };
    const before = assess(input, { now: NOW });
    expect(before.mappings.map(m => m.service).sort()).toEqual([
      'azure:blob-storage',
      'azure:key-vault',
      'azure:table-storage',
    ]);

    const plan = planExit(
      knowledgeBase,
      input,
      { target: 'stackit' },
      { now: NOW },
    );
    expect(
      plan.migrated.services.filter(id => id.startsWith('azure:')),
    ).toEqual([]);
    expect(plan.migrated.hosting).toMatch(/^stackit:/);
    // The SDK in the code makes Table Storage one effort size larger, as in the mapping.
    expect(serviceIn(plan, 'azure:table-storage').effort).toBe(
      before.mappings.find(m => m.service === 'azure:table-storage')!.targets
        .stackit!.effort,
    );
    const alone = assess(
      { entity: migratedEntity(component, plan.migrated) },
      { now: NOW },
    );
    expect(alone.score).toBe(plan.after.score);
  });
});
