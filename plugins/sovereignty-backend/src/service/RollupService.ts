import type {
  BackstageCredentials,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  parseEntityRef,
  RELATION_PARENT_OF,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ASSESSED_KINDS,
  type Rollup,
  type RollupOverdueItem,
  type TeamRollups,
} from '@portolan/plugin-sovereignty-common';
import type {
  AssessmentStore,
  StoredAssessment,
  SummaryRow,
} from '../database/SovereigntyStore';
import { aggregateRows } from './aggregate';
import { isExitTested } from './exitTested';
import { hotspotsOf, type HotspotContext } from './hotspots';

/** A roll-up reads at most this many entities' assessments, by default. */
const MAX_ROLLUP_ENTITIES = 5_000;
/** Child groups followed at most, over every level. */
const MAX_GROUPS = 500;
/** Teams shown at most on "your teams' lock-in". */
const MAX_TEAMS = 20;
const WORST = 5;
const OVERDUE = 20;
const HOTSPOTS = 5;
/** Refs per catalog filter: the catalog ORs the values of one filter key. */
const REFS_PER_QUERY = 100;
const PAGE_SIZE = 1_000;
const REF_FIELDS = ['kind', 'metadata.name', 'metadata.namespace'];

const ROLLUP_KINDS = ['group', 'domain'] as const;
type RollupKind = (typeof ROLLUP_KINDS)[number];

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    result.push(items.slice(i, i + size));
  }
  return result;
}

function rollupKindOf(entityRef: string): RollupKind {
  const kind = parseEntityRef(entityRef).kind.toLocaleLowerCase('en-US');
  if (!(ROLLUP_KINDS as readonly string[]).includes(kind)) {
    throw new NotFoundError(
      `${entityRef} has no roll-up: only Group and Domain entities do`,
    );
  }
  return kind as RollupKind;
}

/** The row the dashboard's aggregation reads, from a full stored assessment. */
function summaryRowOf(stored: StoredAssessment): SummaryRow {
  const { assessment } = stored;
  return {
    entityRef: assessment.entityRef,
    assessable: assessment.assessable !== false,
    score: assessment.score,
    grade: assessment.grade,
    hasExitPlan: Boolean(assessment.exitPlan),
    exitTested: isExitTested(assessment),
    services: assessment.mappings.map(row => row.service),
  };
}

/**
 * Roll-ups of stored assessments by Group (with its child groups) and by
 * Domain (its systems and their parts). Which entities belong is read from
 * the catalog's relations with the caller's credentials, so a roll-up never
 * counts, names or aggregates an entity the catalog hides from the caller.
 */
export class RollupService {
  constructor(
    private readonly deps: HotspotContext & {
      catalog: CatalogService;
      store: Pick<AssessmentStore, 'getAssessments'>;
      userInfo: UserInfoService;
      maxEntities?: number;
    },
  ) {}

  private get maxEntities() {
    return this.deps.maxEntities ?? MAX_ROLLUP_ENTITIES;
  }

  private tooLarge() {
    return new InputError(
      `This roll-up covers more than ${this.maxEntities} entities; use the Lock-in dashboard filtered by owner or domain instead`,
    );
  }

  /** The roll-up of a Group or a Domain; a hidden one answers as unknown. */
  async rollup(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<Rollup> {
    const kind = rollupKindOf(entityRef);
    const root = await this.deps.catalog.getEntityByRef(entityRef, {
      credentials,
    });
    if (!root) throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    const ref = stringifyEntityRef(root);
    if (kind === 'group') {
      const groups = await this.groupTree(root, credentials);
      const members = await this.related('ownedBy', groups, credentials);
      return this.figures(ref, groups.slice(1), members);
    }
    const systems = await this.related('partOf', [ref], credentials, [
      'System',
    ]);
    const parts = await this.related('partOf', systems, credentials);
    return this.figures(ref, systems, [...new Set([...systems, ...parts])]);
  }

  /** A roll-up per group the signed-in user's identity names. */
  async forUser(credentials: BackstageCredentials): Promise<TeamRollups> {
    const { userEntityRef, ownershipEntityRefs } =
      await this.deps.userInfo.getUserInfo(credentials);
    const groups = ownershipEntityRefs
      .filter(
        ref => parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'group',
      )
      .slice(0, MAX_TEAMS);
    const result: TeamRollups = { userEntityRef, teams: [], omitted: [] };
    for (const group of groups) {
      try {
        result.teams.push(await this.rollup(group, credentials));
      } catch (error) {
        // A group the catalog hides from the user is left out unnamed; one
        // too large is named with the reason, the other teams still show.
        if (error instanceof InputError) {
          result.omitted.push({ entityRef: group, reason: error.message });
        } else if (!(error instanceof NotFoundError)) {
          throw error;
        }
      }
    }
    return result;
  }

  /** The group and its descendants the caller may read, the group first. */
  private async groupTree(
    root: Entity,
    credentials: BackstageCredentials,
  ): Promise<string[]> {
    const seen = new Set([stringifyEntityRef(root)]);
    let frontier = [root];
    while (frontier.length > 0 && seen.size < MAX_GROUPS) {
      const children = frontier
        .flatMap(group => group.relations ?? [])
        .filter(relation => relation.type === RELATION_PARENT_OF)
        .map(relation => relation.targetRef)
        .filter(ref => !seen.has(ref))
        .slice(0, MAX_GROUPS - seen.size);
      if (children.length === 0) break;
      const { items } = await this.deps.catalog.getEntitiesByRefs(
        {
          entityRefs: [...new Set(children)],
          fields: [...REF_FIELDS, 'relations'],
        },
        { credentials },
      );
      frontier = items.filter((item): item is Entity => Boolean(item));
      for (const group of frontier) seen.add(stringifyEntityRef(group));
    }
    return [...seen];
  }

  /**
   * Refs of the assessed entities (of `kind`, when given) with a relation of
   * this type to any of `targets`, as the caller sees them.
   */
  private async related(
    relation: 'ownedBy' | 'partOf',
    targets: string[],
    credentials: BackstageCredentials,
    kind: string[] = [...ASSESSED_KINDS],
  ): Promise<string[]> {
    const kinds = new Set(kind.map(k => k.toLocaleLowerCase('en-US')));
    const refs = new Set<string>();
    for (const part of chunks(targets, REFS_PER_QUERY)) {
      let cursor: string | undefined;
      do {
        const response = await this.deps.catalog.queryEntities(
          cursor
            ? { cursor, fields: REF_FIELDS, limit: PAGE_SIZE }
            : {
                filter: { [`relations.${relation}`]: part, kind },
                fields: REF_FIELDS,
                limit: PAGE_SIZE,
              },
          { credentials },
        );
        for (const entity of response.items) {
          // Checked here too: the catalog's in-memory test double applies
          // only the first list-valued filter key.
          if (kinds.has(entity.kind.toLocaleLowerCase('en-US'))) {
            refs.add(stringifyEntityRef(entity));
          }
        }
        if (refs.size > this.maxEntities) throw this.tooLarge();
        cursor = response.pageInfo.nextCursor;
      } while (cursor);
    }
    return [...refs];
  }

  private async figures(
    entityRef: string,
    includes: string[],
    members: string[],
  ): Promise<Rollup> {
    if (members.length > this.maxEntities) throw this.tooLarge();
    const stored = await this.deps.store.getAssessments(members);
    const rows = [...stored.values()].map(summaryRowOf);
    const { aggregates } = aggregateRows(rows);
    const overdue: RollupOverdueItem[] = [];
    for (const { assessment } of stored.values()) {
      for (const item of assessment.checklist) {
        if (item.state !== 'due') continue;
        overdue.push({
          entityRef: assessment.entityRef,
          itemId: item.id,
          title: item.title,
          retestDue: item.retestDue,
        });
      }
    }
    overdue.sort(
      (a, b) =>
        (a.retestDue ?? '').localeCompare(b.retestDue ?? '') ||
        a.entityRef.localeCompare(b.entityRef) ||
        a.itemId.localeCompare(b.itemId),
    );
    const worst = [...stored.values()]
      .filter(({ assessment }) => assessment.assessable !== false)
      .sort(
        (a, b) =>
          a.assessment.score - b.assessment.score ||
          a.assessment.entityRef.localeCompare(b.assessment.entityRef),
      )
      .slice(0, WORST)
      .map(({ assessment, stale }) => ({
        entityRef: assessment.entityRef,
        score: assessment.score,
        grade: assessment.grade,
        stale,
      }));
    return {
      entityRef,
      includes,
      totalEntities: members.length,
      assessedEntities: aggregates.totalEntities,
      notAssessable: aggregates.notAssessable,
      averageScore: aggregates.averageScore,
      byGrade: aggregates.byGrade,
      worst,
      overdue: overdue.slice(0, OVERDUE),
      overdueTotal: overdue.length,
      hotspots: hotspotsOf(aggregates.serviceUsage, this.deps, HOTSPOTS),
    };
  }
}
