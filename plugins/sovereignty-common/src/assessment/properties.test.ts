import fc from 'fast-check';
import type { Entity } from '@backstage/catalog-model';
import { knowledgeBase } from '@portolan/plugin-sovereignty-knowledge';
import {
  CRITICALITIES,
  DATA_CLASSIFICATIONS,
  ANNOTATIONS,
} from '../annotations/keys';
import {
  TARGET_PROVIDER_IDS,
  type CloudService,
} from '@portolan/plugin-sovereignty-knowledge';
import { createAssessor } from './engine';
import { isOpen } from './checklist';
import type { ChecklistItemState } from './types';

const assess = createAssessor(knowledgeBase);
const NOW = '2026-11-21T12:00:00.000Z';
const RUNS = { numRuns: 300 };

const providerOf = (s: CloudService) =>
  knowledgeBase.providers.find(p => p.id === s.provider)!;
const serviceIds = knowledgeBase.services.map(s => s.id);
const nonEuProprietary = knowledgeBase.services.filter(
  s => providerOf(s).nonEuLawReach && !isOpen(s),
);
const hostings = knowledgeBase.providers.flatMap(p =>
  p.regions.map(r => `${p.id}:${r.id}`),
);

function entityWith(annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'subject', annotations },
    spec: { type: 'service', owner: 'group:default/team' },
  };
}

/** Well-formed annotations over the knowledge base, minus the services. */
const context = fc.record(
  {
    [ANNOTATIONS.hosting]: fc.constantFrom(...hostings),
    [ANNOTATIONS.dataClassification]: fc.constantFrom(...DATA_CLASSIFICATIONS),
    [ANNOTATIONS.criticality]: fc.constantFrom(...CRITICALITIES),
    [ANNOTATIONS.targetProviders]: fc
      .subarray([...TARGET_PROVIDER_IDS], { minLength: 1 })
      .map(t => t.join(', ')),
    [ANNOTATIONS.exitPlan]: fc.constant('docs/exit-plan.md'),
    [ANNOTATIONS.acceptedDependencies]: fc
      .subarray(serviceIds, { maxLength: 3 })
      .map(ids =>
        ids.map(id => `${id}: kept on purpose, review 2027-01`).join('\n'),
      ),
  },
  { requiredKeys: [] },
);

const services = fc.uniqueArray(fc.constantFrom(...serviceIds), {
  maxLength: 8,
});

const checklistState = fc.dictionary(
  fc.constantFrom(...knowledgeBase.checklist.map(i => i.id)),
  fc.record({
    status: fc.constantFrom('done', 'open', 'not-applicable'),
    updatedAt: fc.constantFrom(
      '2024-01-01T00:00:00.000Z',
      '2026-06-01T00:00:00.000Z',
    ),
  }) as fc.Arbitrary<ChecklistItemState>,
);

function score(
  annotations: Record<string, string>,
  ids: string[],
  state?: Record<string, ChecklistItemState>,
) {
  return assess(
    {
      entity: entityWith({
        ...annotations,
        ...(ids.length ? { [ANNOTATIONS.services]: ids.join(', ') } : {}),
      }),
      checklistState: state,
    },
    { now: NOW },
  ).score;
}

describe('assessment properties', () => {
  it('turns any string in any annotation into findings, never an exception', () => {
    const key = fc.oneof(
      fc.constantFrom(...Object.values(ANNOTATIONS)),
      fc.string().map(s => `portolan.dev/${s}`),
    );
    const value = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary', maxLength: 2000 }),
      fc.constantFrom(
        '',
        ' , ,\n,',
        'azure:',
        ':',
        // eslint-disable-next-line no-script-url -- hostile input the parser must survive, never a link
        'javascript:alert(1)',
        'x'.repeat(100_000),
        // What used to backtrack for seconds (issue 11).
        ':'.repeat(95_000),
        `https://${'a'.repeat(95_000)} x`,
        'azure:key-vault: ',
        'review 2027-13-45',
      ),
    );
    fc.assert(
      fc.property(fc.dictionary(key, value), annotations => {
        const result = assess(
          { entity: entityWith(annotations) },
          { now: NOW },
        );
        expect(Number.isInteger(result.score)).toBe(true);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        for (const finding of result.findings) {
          expect(typeof finding.message).toBe('string');
          expect((finding.value ?? '').length).toBeLessThanOrEqual(81);
        }
      }),
      RUNS,
    );
  });

  it('survives entities that are not even well-formed', () => {
    const garbage = [
      {},
      { kind: 'Component' },
      { kind: 'Component', metadata: { name: 'x', annotations: null } },
      {
        kind: 'Component',
        metadata: { name: 'x', annotations: { 'portolan.dev/services': 42 } },
      },
    ] as unknown as Entity[];
    for (const entity of garbage) {
      expect(() =>
        assess({ entity, related: garbage }, { now: NOW }),
      ).not.toThrow();
    }
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(
        context,
        services,
        checklistState,
        (annotations, ids, state) => {
          const input = {
            entity: entityWith({
              ...annotations,
              [ANNOTATIONS.services]: ids.join(', '),
            }),
            checklistState: state,
          };
          expect(assess(input, { now: NOW })).toEqual(
            assess(input, { now: NOW }),
          );
        },
      ),
      RUNS,
    );
  });

  it('never raises the score when a non-EU proprietary service is added', () => {
    fc.assert(
      fc.property(
        context,
        services,
        fc.constantFrom(...nonEuProprietary.map(s => s.id)),
        checklistState,
        (annotations, ids, added, state) => {
          fc.pre(!ids.includes(added));
          expect(
            score(annotations, [...ids, added], state),
          ).toBeLessThanOrEqual(score(annotations, ids, state));
        },
      ),
      RUNS,
    );
  });

  it('never lowers the score when a used service is accepted as a reviewed dependency', () => {
    // Found by the exit planner: an exit effort that counted the hardest
    // service whole dropped when a waiver halved it and another became hardest.
    const repro = {
      [ANNOTATIONS.hosting]: 'otc:eu-nl',
      [ANNOTATIONS.targetProviders]: 'otc',
    };
    const used = [
      'otc:ecs',
      'otc:functiongraph',
      'kubernetes:postgresql',
      'otc:iam-projects',
      'otc:apig',
      'otc:dws',
      'gcp:workflows',
      'aws:api-gateway',
    ];
    expect(
      score(
        {
          ...repro,
          [ANNOTATIONS.acceptedDependencies]:
            'aws:api-gateway: kept on purpose, review 2027-12-04',
        },
        used,
      ),
    ).toBeGreaterThanOrEqual(score(repro, used));

    fc.assert(
      fc.property(
        context.map(
          ({ [ANNOTATIONS.acceptedDependencies]: _, ...rest }) => rest,
        ),
        services.filter(ids => ids.length > 0),
        fc.nat(),
        checklistState,
        (annotations, ids, pick, state) => {
          const accepted = ids[pick % ids.length];
          expect(
            score(
              {
                ...annotations,
                [ANNOTATIONS.acceptedDependencies]: `${accepted}: kept on purpose, review 2027-12-04`,
              },
              ids,
              state,
            ),
          ).toBeGreaterThanOrEqual(score(annotations, ids, state));
        },
      ),
      RUNS,
    );
  });

  it('never lowers the score when a service is replaced by its direct EU equivalent', () => {
    const replacements = knowledgeBase.services.flatMap(original => {
      if (!providerOf(original).nonEuLawReach) return [];
      return knowledgeBase.services
        .filter(
          candidate =>
            candidate.category === original.category &&
            providerOf(candidate).kind === 'eu-cloud' &&
            candidate.interfaces.some(i => original.interfaces.includes(i)),
        )
        .map(candidate => [original.id, candidate.id] as const);
    });
    expect(replacements.length).toBeGreaterThan(20);
    fc.assert(
      fc.property(
        context,
        services,
        fc.constantFrom(...replacements),
        checklistState,
        (annotations, ids, [original, replacement], state) => {
          fc.pre(!ids.includes(original) && !ids.includes(replacement));
          expect(
            score(annotations, [...ids, replacement], state),
          ).toBeGreaterThanOrEqual(
            score(annotations, [...ids, original], state),
          );
        },
      ),
      RUNS,
    );
  });

  it('never lowers the score when a checklist item is completed', () => {
    fc.assert(
      fc.property(
        context,
        services,
        checklistState,
        fc.constantFrom(...knowledgeBase.checklist.map(i => i.id)),
        (annotations, ids, state, item) => {
          const before = score(annotations, ids, state);
          const after = score(annotations, ids, {
            ...state,
            [item]: { status: 'done', updatedAt: NOW },
          });
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
      RUNS,
    );
  });
});
