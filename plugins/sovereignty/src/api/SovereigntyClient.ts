import { parseEntityRef } from '@backstage/catalog-model';
import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  AssessmentList,
  SovereigntyApi,
  StoredAssessment,
} from './SovereigntyApi';

/** Talks to /api/sovereignty through the discovery and fetch APIs. @public */
export class SovereigntyClient implements SovereigntyApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  async getAssessment(entityRef: string): Promise<StoredAssessment> {
    const { kind, namespace, name } = parseEntityRef(entityRef);
    const path = [kind, namespace, name].map(encodeURIComponent).join('/');
    return this.get(`/entities/${path}/assessment`);
  }

  async listAssessments(
    options: { limit?: number; offset?: number } = {},
  ): Promise<AssessmentList> {
    const query = new URLSearchParams();
    if (options.limit !== undefined) query.set('limit', String(options.limit));
    if (options.offset !== undefined) query.set('offset', String(options.offset));
    const suffix = query.size > 0 ? `?${query}` : '';
    return this.get(`/assessments${suffix}`);
  }

  private async get<T>(path: string): Promise<T> {
    const baseUrl = await this.deps.discoveryApi.getBaseUrl('sovereignty');
    const response = await this.deps.fetchApi.fetch(`${baseUrl}${path}`);
    if (!response.ok) {
      const error = await ResponseError.fromResponse(response);
      // fromResponse only says "Request failed with 404 Not Found"; carry the
      // server's reason so panels that show error.message say why.
      const reason = error.cause?.message;
      if (reason && !reason.startsWith('Request failed')) {
        error.message = `${error.message}: ${reason}`;
      }
      throw error;
    }
    return (await response.json()) as T;
  }
}
