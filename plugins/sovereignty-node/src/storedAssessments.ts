import type {
  AuthService,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import type {
  AssessmentList,
  AssessmentListItem,
  StoredAssessment,
} from '@portolan/plugin-sovereignty-common';

/** Rows per page of GET /assessments: the most the API serves at once. */
const PAGE_SIZE = 1000;

/**
 * Reads what the sovereignty backend stored (the scores its card and tab
 * show, with the checklist people keep) as the calling plugin itself, for
 * integrations such as fact retrievers and scorecard metric providers.
 * @public
 */
export interface StoredAssessmentReader {
  /** One entity's assessment; undefined when the backend knows no such entity or does not assess its kind. */
  get(entityRef: string): Promise<StoredAssessment | undefined>;
  /** Every stored assessment's list row, page by page. */
  list(): AsyncIterable<AssessmentListItem>;
}

/** A reader over the sovereignty backend's REST API, with the plugin's own service credentials. @public */
export function createStoredAssessmentReader(deps: {
  discovery: DiscoveryService;
  auth: AuthService;
}): StoredAssessmentReader {
  const { discovery, auth } = deps;
  const request = async (path: string) => {
    const [baseUrl, { token }] = await Promise.all([
      discovery.getBaseUrl('sovereignty'),
      auth.getPluginRequestToken({
        onBehalfOf: await auth.getOwnServiceCredentials(),
        targetPluginId: 'sovereignty',
      }),
    ]);
    return fetch(`${baseUrl}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
  };
  const failed = async (response: Response, what: string) =>
    new Error(
      `The sovereignty backend answered ${response.status} for ${what}: ${(
        await response.text()
      ).slice(0, 500)}`,
    );
  return {
    async get(entityRef) {
      const { kind, namespace, name } = parseEntityRef(entityRef);
      const path = [kind, namespace, name].map(encodeURIComponent).join('/');
      const response = await request(`/entities/${path}/assessment`);
      if (response.status === 404) return undefined;
      if (!response.ok) throw await failed(response, entityRef);
      return (await response.json()) as StoredAssessment;
    },
    async *list() {
      for (let offset = 0; ; offset += PAGE_SIZE) {
        const response = await request(
          `/assessments?orderBy=entityRef&limit=${PAGE_SIZE}&offset=${offset}`,
        );
        if (!response.ok) throw await failed(response, 'the assessment list');
        const page = (await response.json()) as AssessmentList;
        yield* page.items;
        if (page.items.length < PAGE_SIZE) return;
      }
    },
  };
}
