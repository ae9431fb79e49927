import { ASSESSED_KINDS } from '@portolan/plugin-sovereignty-common';
import type {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { AuthorizeResult } from '@backstage/plugin-permission-common';

/** What one caller may read: everything, or exactly these entity refs. */
export type Visibility =
  | { all: true }
  | { all: false; refs: ReadonlySet<string> };

/** How long one caller's visibility is reused: a dashboard's burst of requests. */
const TTL_MS = 10_000;
/** Callers remembered at once; the oldest is forgotten first. */
const MAX_CALLERS = 500;
/** Visibility pages: only the ref fields, so large pages stay cheap. */
const PAGE_SIZE = 5_000;
const REF_FIELDS = ['kind', 'metadata.name', 'metadata.namespace'];

function callerKey(credentials: BackstageCredentials): string {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
  };
  return `${principal.type}:${
    principal.userEntityRef ?? principal.subject ?? ''
  }`;
}

/**
 * Which assessed entities a caller may read, decided by the catalog's own
 * `catalog.entity.read` with the caller's credentials. An unconditional
 * ALLOW (or DENY) needs no catalog round trip; a conditional decision is
 * resolved by paging the caller's view of the catalog, refs only.
 */
export class CatalogVisibility {
  private readonly cache = new Map<
    string,
    { at: number; visibility: Promise<Visibility> }
  >();

  constructor(
    private readonly deps: {
      catalog: CatalogService;
      permissions: PermissionsService;
      now?: () => number;
    },
  ) {}

  /** The caller's visibility, reused for a few seconds. */
  forCaller(credentials: BackstageCredentials): Promise<Visibility> {
    const key = callerKey(credentials);
    const now = (this.deps.now ?? Date.now)();
    const cached = this.cache.get(key);
    if (cached && now - cached.at <= TTL_MS) return cached.visibility;
    const visibility = this.resolve(credentials);
    this.cache.delete(key);
    this.cache.set(key, { at: now, visibility });
    // A failed lookup is not remembered: the next request asks again.
    visibility.catch(() => {
      if (this.cache.get(key)?.visibility === visibility) {
        this.cache.delete(key);
      }
    });
    if (this.cache.size > MAX_CALLERS) {
      this.cache.delete(this.cache.keys().next().value!);
    }
    return visibility;
  }

  /**
   * Whether the caller may read this one entity, asked of the catalog now
   * unless the caller may read everything.
   */
  async canRead(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<boolean> {
    const visibility = await this.forCaller(credentials);
    if (visibility.all) return true;
    const { items } = await this.deps.catalog.getEntitiesByRefs(
      { entityRefs: [entityRef], fields: REF_FIELDS },
      { credentials },
    );
    return Boolean(items[0]);
  }

  private async resolve(
    credentials: BackstageCredentials,
  ): Promise<Visibility> {
    const [decision] = await this.deps.permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.ALLOW) return { all: true };
    if (decision.result === AuthorizeResult.DENY) {
      return { all: false, refs: new Set() };
    }
    const refs = new Set<string>();
    let cursor: string | undefined;
    do {
      const response = await this.deps.catalog.queryEntities(
        cursor
          ? { cursor, fields: REF_FIELDS, limit: PAGE_SIZE }
          : {
              filter: ASSESSED_KINDS.map(kind => ({ kind })),
              fields: REF_FIELDS,
              limit: PAGE_SIZE,
            },
        { credentials },
      );
      for (const entity of response.items) refs.add(stringifyEntityRef(entity));
      cursor = response.pageInfo.nextCursor;
    } while (cursor);
    return { all: false, refs };
  }
}
