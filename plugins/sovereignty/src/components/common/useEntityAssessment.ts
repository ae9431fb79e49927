import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { sovereigntyApiRef } from '../../api';

/** The current entity's stored assessment, with loading, error and retry. */
export function useEntityAssessment() {
  const { entity } = useEntity();
  const api = useApi(sovereigntyApiRef);
  const entityRef = stringifyEntityRef(entity);
  const state = useAsyncRetry(() => api.getAssessment(entityRef), [api, entityRef]);
  return { entity, entityRef, ...state };
}
