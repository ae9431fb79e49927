import { useCallback, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { sovereigntyApiRef, type StoredAssessment } from '../../api';

/**
 * The current entity's stored assessment. `replace` takes a newer one (a
 * checklist write returns it), `reload` fetches the latest, e.g. after a
 * conflicting edit.
 */
export function useEntityAssessment() {
  const { entity } = useEntity();
  const api = useApi(sovereigntyApiRef);
  const entityRef = stringifyEntityRef(entity);
  const fetched = useAsync(
    () => api.getAssessment(entityRef),
    [api, entityRef],
  );
  const [newer, setNewer] = useState<{
    entityRef: string;
    value: StoredAssessment;
  }>();
  const replace = useCallback(
    (value: StoredAssessment) => setNewer({ entityRef, value }),
    [entityRef],
  );
  const reload = useCallback(async () => {
    const value = await api.getAssessment(entityRef);
    setNewer({ entityRef, value });
    return value;
  }, [api, entityRef]);
  const value = newer?.entityRef === entityRef ? newer.value : fetched.value;
  return {
    entity,
    entityRef,
    value,
    loading: fetched.loading && !value,
    error: fetched.error,
    replace,
    reload,
  };
}
