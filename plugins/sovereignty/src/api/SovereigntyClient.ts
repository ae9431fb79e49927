import { parseEntityRef } from '@backstage/catalog-model';
import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type { KnowledgeBase } from '@portolan/plugin-sovereignty-common';
import type {
  AssessmentList,
  AssessmentQuery,
  ChecklistUpdate,
  ChecklistUpdateResponse,
  EntityHistory,
  ExitPlan,
  ExitPlanRequest,
  Rollup,
  SovereigntyApi,
  StoredAssessment,
  Summary,
  TeamRollups,
} from './SovereigntyApi';

function entityPath(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return [kind, namespace, name].map(encodeURIComponent).join('/');
}

/** Talks to /api/sovereignty through the discovery and fetch APIs. @public */
export class SovereigntyClient implements SovereigntyApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  getAssessment(entityRef: string): Promise<StoredAssessment> {
    return this.request(`/entities/${entityPath(entityRef)}/assessment`);
  }

  getHistory(entityRef: string): Promise<EntityHistory> {
    return this.request(`/entities/${entityPath(entityRef)}/history`);
  }

  listAssessments(query: AssessmentQuery = {}): Promise<AssessmentList> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      // An empty filter means "any": leave it out of the query.
      if (value !== undefined && value !== '') params.set(key, String(value));
    }
    const suffix = params.size > 0 ? `?${params}` : '';
    return this.request(`/assessments${suffix}`);
  }

  getSummary(): Promise<Summary> {
    return this.request('/summary');
  }

  updateChecklistItem(
    entityRef: string,
    itemId: string,
    update: ChecklistUpdate,
  ): Promise<ChecklistUpdateResponse> {
    return this.request(
      `/entities/${entityPath(entityRef)}/checklist/${encodeURIComponent(
        itemId,
      )}`,
      {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(update),
      },
    );
  }

  getKnowledgeBase(): Promise<KnowledgeBase> {
    return this.request('/knowledge-base');
  }

  getRollup(entityRef: string): Promise<Rollup> {
    return this.request(`/entities/${entityPath(entityRef)}/rollup`);
  }

  getMyTeamsRollups(): Promise<TeamRollups> {
    return this.request('/rollups/mine');
  }

  getExitPlan(entityRef: string, request: ExitPlanRequest): Promise<ExitPlan> {
    const params = new URLSearchParams({ target: request.target });
    for (const id of request.keep ?? []) params.append('keep', id);
    for (const [service, filler] of Object.entries(request.gapFillers ?? {})) {
      params.append('gapFiller', `${service}=${filler}`);
    }
    return this.request(`/entities/${entityPath(entityRef)}/plan?${params}`);
  }

  private async request<T>(path: string, init?: RequestInit): Promise<T> {
    const baseUrl = await this.deps.discoveryApi.getBaseUrl('sovereignty');
    const response = await this.deps.fetchApi.fetch(`${baseUrl}${path}`, init);
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
