import { ConfigReader } from '@backstage/config';
import type { Entity } from '@backstage/catalog-model';
import { createSovereigntyAssessor } from './assessor';
import { readSovereigntySettings } from './settings';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'orders',
    annotations: {
      'portolan.dev/services': 'azure:key-vault, azure:acme-ledger',
    },
  },
  spec: { owner: 'team-a' },
};

const assessorFor = (sovereignty: object) =>
  createSovereigntyAssessor(
    readSovereigntySettings(new ConfigReader({ sovereignty })),
  );

describe('the sovereignty assessor service', () => {
  it('assesses with the configured targets, weights and company services', () => {
    const assessor = assessorFor({
      targetProviders: ['scaleway'],
      weights: { legal: 50 },
      knowledgeBase: {
        services: [
          {
            id: 'azure:acme-ledger',
            name: 'ACME ledger on Azure',
            category: 'postgresql',
            source: 'https://wiki.example.com/acme-ledger',
            terraformResources: ['azurerm_acme_ledger'],
          },
        ],
      },
    });
    const result = assessor.assess(
      { entity },
      new Date('2026-12-01T00:00:00Z'),
    );
    expect(result.targetProviders).toEqual(['scaleway']);
    expect(result.dimensions.find(d => d.id === 'legal')!.weight).toBe(50);
    expect(result.mappings.map(m => m.service)).toEqual([
      'azure:acme-ledger',
      'azure:key-vault',
    ]);
    expect(assessor.knowledgeBase.version).toMatch(/\+config$/);
  });

  it('stops on a bad value with a message naming it', () => {
    expect(() => assessorFor({ targetProviders: ['mars'] })).toThrow(
      /sovereignty.targetProviders: unknown provider mars/,
    );
    expect(() => assessorFor({ weights: { vibes: 1 } })).toThrow(
      /sovereignty.weights.vibes/,
    );
  });
});
