import type { Entity } from '@backstage/catalog-model';
import { knowledgeBase } from '@portolan/plugin-sovereignty-knowledge';
import { AI_ASSISTANT_SYSTEM } from '@portolan/plugin-sovereignty-knowledge';
import { holdsState, stateLocked } from '@portolan/plugin-sovereignty-knowledge';
import { AI_ASSISTANT_REPORT } from '@portolan/plugin-sovereignty-knowledge';
import {
  HYPERSCALER_IDS,
  TARGET_PROVIDER_IDS,
  type TargetProviderId,
} from '@portolan/plugin-sovereignty-knowledge';
import { createKnowledgeIndex } from './knowledgeIndex';
import { EFFORT_RANGE, mapServiceToTarget } from './mapping';
import { createAssessor } from './engine';

/*
 * The mapping rules as general properties over every cell of the knowledge
 * base, so that a class of error is caught wherever it recurs, not only in
 * the example that revealed it.
 */

const kb = knowledgeBase;
const index = createKnowledgeIndex(kb);
const assess = createAssessor(kb);
const NOW = '2026-11-21T12:00:00.000Z';
const EFFORTS = ['S', 'M', 'L', 'XL'] as const;

const hyperscalerServices = kb.services.filter(s =>
  (HYPERSCALER_IDS as readonly string[]).includes(s.provider),
);
const cells = kb.services.flatMap(service =>
  TARGET_PROVIDER_IDS.filter(target => target !== service.provider).map(
    target => ({
      service,
      target,
      cell: mapServiceToTarget(index, service, target),
    }),
  ),
);
const cellOf = (service: string, target: TargetProviderId) =>
  mapServiceToTarget(index, index.service(service)!, target);

function entity(
  annotations: Record<string, string>,
  extra: Partial<Entity> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'subject', annotations },
    spec: { type: 'service', owner: 'group:default/team' },
    ...extra,
  };
}

describe('every cell', () => {
  it('has an effort its fit allows (no re-architect S, no direct L, none is XL)', () => {
    const impossible = cells
      .filter(({ cell }) => {
        const [low, high] = EFFORT_RANGE[cell.fit];
        const rank = EFFORTS.indexOf(cell.effort);
        return rank < EFFORTS.indexOf(low) || rank > EFFORTS.indexOf(high);
      })
      .map(
        ({ service, target, cell }) =>
          `${service.id}@${target}: ${cell.fit} ${cell.effort}`,
      );
    expect(impossible).toEqual([]);
  });

  it('never sizes running a replacement yourself below the easiest managed path for the same service', () => {
    const cheaper = cells
      .filter(({ service, target, cell }) => {
        if (service.provider === 'kubernetes' || !cell.gapFiller) return false;
        if (index.equivalent(service.category, target)) return false;
        if (index.override(service.id, target)) return false;
        const managed = cells.filter(
          other =>
            other.service.id === service.id &&
            other.target !== target &&
            (index.equivalent(service.category, other.target) ||
              index.override(service.id, other.target)),
        );
        return (
          managed.length > 0 &&
          managed.every(
            other =>
              EFFORTS.indexOf(cell.effort) < EFFORTS.indexOf(other.cell.effort),
          )
        );
      })
      .map(
        ({ service, target, cell }) =>
          `${service.id}@${target}: ${cell.effort}`,
      );
    expect(cheaper).toEqual([]);
    expect(cellOf('gcp:firestore', 'hetzner').effort).toBe('XL');
  });

  it('never sizes a move of stateful data as S', () => {
    const small = cells
      .filter(
        ({ service, cell }) =>
          holdsState(index.category(service.category)) && cell.effort === 'S',
      )
      .map(({ service, target }) => `${service.id}@${target}`);
    expect(small).toEqual([]);
  });

  it('never sizes a re-architecture that carries data below L', () => {
    const small = cells
      .filter(
        ({ service, cell }) =>
          holdsState(index.category(service.category)) &&
          cell.fit === 're-architect' &&
          EFFORTS.indexOf(cell.effort) < EFFORTS.indexOf('L'),
      )
      .map(
        ({ service, target, cell }) =>
          `${service.id}@${target}: ${cell.effort}`,
      );
    expect(small).toEqual([]);
    expect(cellOf('azure:table-storage', 'stackit').effort).toBe('L');
  });

  it('is direct through an equivalent only when an interface (not just a format) is shared', () => {
    const byFormat = cells
      .filter(({ service, target, cell }) => {
        const equivalent = index.equivalent(service.category, target);
        return (
          cell.fit === 'direct' &&
          service.provider !== 'kubernetes' &&
          !index.override(service.id, target) &&
          equivalent &&
          equivalent.fit !== 'direct' &&
          !service.interfaces.some(i => equivalent.interfaces.includes(i))
        );
      })
      .map(({ service, target }) => `${service.id}@${target}`);
    expect(byFormat).toEqual([]);
  });

  it('says "none" only where neither a managed offering nor a self-managed path exists', () => {
    const none = cells
      .filter(({ cell }) => cell.fit === 'none')
      .filter(
        ({ service, target }) =>
          index.equivalent(service.category, target) ||
          index.gapFillerFor(service.category) ||
          service.preferredGapFiller,
      )
      .map(({ service, target }) => `${service.id}@${target}`);
    expect(none).toEqual([]);
    // Every category a hyperscaler service sits in has such a path.
    const withoutPath = [
      ...new Set(hyperscalerServices.map(s => s.category)),
    ].filter(
      category =>
        !index.gapFillerFor(category) &&
        TARGET_PROVIDER_IDS.some(t => !index.equivalent(category, t)),
    );
    expect(withoutPath).toEqual([]);
  });

  it('keeps locked state out of a partial fit: a self-run replacement speaking the same protocol is a re-architecture', () => {
    const lockedCells = cells.filter(
      ({ service, target }) =>
        service.provider !== 'kubernetes' &&
        stateLocked(index.category(service.category)) &&
        !index.equivalent(service.category, target) &&
        !index.override(service.id, target),
    );
    expect(lockedCells.length).toBeGreaterThan(0);
    expect(
      lockedCells
        .filter(({ cell }) => cell.fit !== 're-architect')
        .map(
          ({ service, target, cell }) => `${service.id}@${target}: ${cell.fit}`,
        ),
    ).toEqual([]);
    const cognito = cellOf('aws:cognito', 'hetzner');
    expect(cognito).toMatchObject({
      fit: 're-architect',
      gapFiller: { id: 'keycloak' },
    });
    expect(cognito.notes).toMatch(/password hashes/);
  });
});

describe('interfaces', () => {
  it('tell AMQP 1.0 from AMQP 0-9-1: Service Bus needs no override to be partial at a RabbitMQ offering', () => {
    expect(kb.overrides.filter(o => o.service === 'azure:service-bus')).toEqual(
      [],
    );
    expect(cellOf('azure:service-bus', 'stackit').fit).toBe('partial');
    expect(cellOf('aws:mq-rabbitmq', 'stackit').fit).toBe('direct');
    expect(cellOf('aws:mq', 'stackit').fit).toBe('partial');
  });

  it('name the protocol one deployment speaks: SMB shares and Event Hubs SDK clients are not direct at NFS and Kafka targets', () => {
    expect(cellOf('azure:files', 'ionos').fit).toBe('partial');
    expect(cellOf('azure:files-nfs', 'ionos')).toMatchObject({
      fit: 'direct',
      effort: 'M',
    });
    expect(cellOf('azure:event-hubs', 'ionos').fit).not.toBe('direct');
    expect(cellOf('azure:event-hubs-kafka', 'ionos')).toMatchObject({
      fit: 'direct',
      effort: 'M',
    });
    expect(cellOf('aws:elasticache-memcached', 'stackit').fit).not.toBe(
      'direct',
    );
  });

  it('do not treat a shared image format as an equivalent container platform', () => {
    const platforms = hyperscalerServices.filter(
      s => s.category === 'container-platform',
    );
    const direct = platforms.flatMap(service =>
      TARGET_PROVIDER_IDS.filter(
        t => mapServiceToTarget(index, service, t).fit === 'direct',
      ).map(t => `${service.id}@${t}`),
    );
    expect(direct).toEqual([]);
    expect(cellOf('gcp:cloud-run', 'scaleway').notes).toMatch(
      /oci-image format is shared/,
    );
  });
});

describe('efforts', () => {
  it.each([
    ['aws:rds-postgresql', 'ionos'],
    ['aws:msk', 'ionos'],
    ['aws:documentdb', 'stackit'],
    ['aws:s3', 'hetzner'],
  ] as Array<[string, TargetProviderId]>)(
    'keep the knowledge base’s own M for a direct move of %s to %s',
    (service, target) => {
      expect(cellOf(service, target)).toMatchObject({
        fit: 'direct',
        effort: 'M',
      });
    },
  );

  it('size re-architecting VM scale sets onto KEDA as more than S', () => {
    const cell = cellOf('azure:vm-scale-sets', 'stackit');
    expect(cell.fit).toBe('re-architect');
    expect(cell.effort).not.toBe('S');
  });
});

describe('self-managed paths', () => {
  it.each([
    'azure:sql-database',
    'aws:rds-sqlserver',
    'gcp:cloud-sql-sqlserver',
  ])(
    '%s runs self-managed from Microsoft’s Linux images where no managed SQL Server exists, with a licence caveat',
    service => {
      for (const target of ['ionos', 'hetzner', 'kubernetes'] as const) {
        const cell = cellOf(service, target);
        expect(cell.fit).toBe('partial');
        expect(cell.gapFiller?.id).toBe('sql-server-linux');
        expect(cell.notes).toMatch(/licen[cs]e/i);
      }
    },
  );
});

describe('one system’s evidence', () => {
  it('is never a rule for everyone', () => {
    const global = kb.overrides.filter(
      o =>
        !o.system &&
        o.sources.some(
          s => JSON.stringify(s) === JSON.stringify(AI_ASSISTANT_REPORT),
        ),
    );
    expect(global).toEqual([]);
  });

  it.each([
    ['azure:container-apps', ['ovhcloud', 'otc']],
    ['azure:log-analytics', ['stackit', 'ovhcloud', 'otc']],
    ['azure:openai', ['stackit', 'ovhcloud', 'scaleway']],
    ['azure:files', ['stackit', 'ovhcloud', 'otc']],
    ['azure:entra-id', ['stackit', 'ovhcloud', 'hetzner']],
  ] as Array<[string, TargetProviderId[]]>)(
    'rates %s at IONOS like the same kind of offering elsewhere',
    (service, peers) => {
      const ionos = cellOf(service, 'ionos');
      for (const peer of peers) {
        expect({ peer, fit: ionos.fit }).toEqual({
          peer,
          fit: cellOf(service, peer).fit,
        });
      }
      expect(ionos.fit).not.toBe('none');
    },
  );

  it('applies to the system and its parts, not to another system with the same services', () => {
    const annotations = {
      'portolan.dev/services': 'azure:entra-id, azure:container-apps',
      'portolan.dev/target-providers': 'ionos',
    };
    const row = (e: Entity, service: string) =>
      assess({ entity: e }, { now: NOW }).mappings.find(
        m => m.service === service,
      )!.targets.ionos!;
    const part = entity(annotations, {
      spec: {
        type: 'service',
        owner: 'group:default/team',
        system: 'ai-assistant',
      },
    });
    const other = entity(annotations, {
      spec: { type: 'service', owner: 'group:default/team', system: 'other' },
    });
    expect(row(part, 'azure:entra-id').fit).toBe('none');
    expect(row(part, 'azure:container-apps').fit).toBe('direct');
    expect(row(other, 'azure:entra-id').fit).toBe('re-architect');
    expect(row(other, 'azure:container-apps').fit).toBe('partial');
    expect(AI_ASSISTANT_SYSTEM).toBe('system:default/ai-assistant');
  });
});

describe('jurisdiction of the hosting', () => {
  const legalOf = (hosting: string) => {
    const result = assess(
      {
        entity: entity({
          'portolan.dev/services':
            hosting.split(':')[0] === 'aws' ? 'aws:s3' : 'azure:blob-storage',
          'portolan.dev/hosting': hosting,
        }),
      },
      { now: NOW },
    );
    return {
      legal: result.dimensions.find(d => d.id === 'legal')!.score,
      findings: result.findings.map(f => f.code),
    };
  };

  it('puts a hyperscaler’s sovereign partition between its plain EU region and an EU provider, and says why', () => {
    const plain = legalOf('aws:eu-central-1');
    const sovereign = legalOf('aws:eusc-de-east-1');
    expect(sovereign.legal).toBeGreaterThan(plain.legal);
    expect(sovereign.legal).toBeLessThan(100);
    expect(sovereign.findings).toContain('sovereign-variant');
    expect(plain.findings).not.toContain('sovereign-variant');
  });

  it('rates a partner-operated cloud (Delos, Bleu) above a hyperscaler-operated sovereign partition', () => {
    const esc = legalOf('aws:eusc-de-east-1').legal;
    expect(legalOf('azure:deloscloudgermanycentral').legal).toBeGreaterThan(
      legalOf('azure:germanywestcentral').legal,
    );
    const delos = legalOf('azure:deloscloudgermanycentral');
    const bleu = legalOf('azure:bleufrancecentral');
    expect(delos.findings).toContain('sovereign-variant');
    expect(bleu.legal).toBe(delos.legal);
    // Level 3 (EU operator) against level 2 (EU subsidiary of a US parent),
    // each with one service of its own provider.
    expect(delos.legal).toBeGreaterThan(esc);
  });

  it('never lets a proprietary service of the variant’s provider raise the score', () => {
    const score = (services: string) =>
      assess(
        {
          entity: entity({
            'portolan.dev/services': services,
            'portolan.dev/hosting': 'aws:eusc-de-east-1',
          }),
        },
        { now: NOW },
      ).score;
    expect(score('gcp:bigquery, aws:lambda')).toBeLessThanOrEqual(
      score('gcp:bigquery'),
    );
  });

  it('counts a region’s own law, not only its operator’s', () => {
    const host = (hosting: string) =>
      assess(
        {
          entity: entity({
            'portolan.dev/services': 'ionos:object-storage',
            'portolan.dev/hosting': hosting,
          }),
        },
        { now: NOW },
      );
    const eu = host('ionos:de/fra');
    const us = host('ionos:us/las');
    const legal = (a: typeof eu) =>
      a.dimensions.find(d => d.id === 'legal')!.score;
    expect(legal(us)).toBeLessThan(legal(eu));
    expect(us.findings.map(f => f.code)).toContain('region-outside-eu-law');
    expect(eu.findings.map(f => f.code)).not.toContain('region-outside-eu-law');
  });
});

describe('exit readiness', () => {
  it('does not fall with the number of services that move equally well', () => {
    const operational = (services: string[]) =>
      assess(
        {
          entity: entity({
            'portolan.dev/services': services.join(', '),
            'portolan.dev/hosting': 'stackit:eu01',
            'portolan.dev/target-providers': 'ionos, kubernetes',
          }),
        },
        { now: NOW },
      ).dimensions.find(d => d.id === 'operational')!.score;
    const one = operational(['aws:rds-postgresql']);
    const same = ['aws:rds-postgresql', 'gcp:cloud-sql-postgresql'];
    // Both move identically, so they weigh the same as one.
    const cellsAlike = (['ionos', 'kubernetes'] as const).every(
      t =>
        JSON.stringify([cellOf(same[0], t).fit, cellOf(same[0], t).effort]) ===
        JSON.stringify([cellOf(same[1], t).fit, cellOf(same[1], t).effort]),
    );
    expect(cellsAlike).toBe(true);
    expect(operational(same)).toBe(one);
  });
});
