import { useApi } from '@backstage/core-plugin-api';
import type { KnowledgeBase } from '@portolan/plugin-sovereignty-common';
import useAsync from 'react-use/esm/useAsync';
import { sovereigntyApiRef, type SovereigntyApi } from '../../api';

// The knowledge base is the same for every entity and changes only with a
// backend release: fetch it once per page load, not once per card.
const loaded = new WeakMap<SovereigntyApi, Promise<KnowledgeBase>>();

function knowledgeBaseOf(api: SovereigntyApi): Promise<KnowledgeBase> {
  let promise = loaded.get(api);
  if (!promise) {
    promise = api.getKnowledgeBase();
    promise.catch(() => loaded.delete(api));
    loaded.set(api, promise);
  }
  return promise;
}

/** The backend's knowledge base: providers, services, checklist items. */
export function useKnowledgeBase() {
  const api = useApi(sovereigntyApiRef);
  return useAsync(() => knowledgeBaseOf(api), [api]);
}
