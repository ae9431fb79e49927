import type { ReactNode } from 'react';
import { renderHook, waitFor } from '@testing-library/react';
import type { Entity } from '@backstage/catalog-model';
import { configApiRef, identityApiRef } from '@backstage/core-plugin-api';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { mockApis, TestApiProvider } from '@backstage/test-utils';
import { annotatedEntity } from '../../__testUtils__/fixtures';
import { useChecklistEditable } from './useChecklistEditable';

/** A fresh entity per case: permission answers are cached per entity ref. */
let cases = 0;
function ownedEntity(): Entity {
  cases += 1;
  return {
    ...annotatedEntity,
    metadata: { ...annotatedEntity.metadata, name: `payments-api-${cases}` },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/team-payments' }],
  };
}

function editable(options: {
  policy: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
  groups: string[];
  editors?: string;
}) {
  const owned = ownedEntity();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider
      apis={[
        [permissionApiRef, mockApis.permission({ authorize: options.policy })],
        [
          identityApiRef,
          mockApis.identity({
            userEntityRef: 'user:default/alice',
            ownershipEntityRefs: ['user:default/alice', ...options.groups],
          }),
        ],
        [
          configApiRef,
          mockApis.config({
            data: options.editors
              ? { sovereignty: { checklist: { editors: options.editors } } }
              : {},
          }),
        ],
      ]}
    >
      <EntityProvider entity={owned}>{children}</EntityProvider>
    </TestApiProvider>
  );
  return renderHook(() => useChecklistEditable(owned), { wrapper });
}

describe('useChecklistEditable', () => {
  it('needs ownership under an allowing policy by default, as the backend does', async () => {
    const member = editable({
      policy: AuthorizeResult.ALLOW,
      groups: ['group:default/team-payments'],
    });
    await waitFor(() => expect(member.result.current).toBe(true));

    const outsider = editable({ policy: AuthorizeResult.ALLOW, groups: [] });
    await waitFor(() => expect(outsider.result.current).toBe(false));
  });

  it('follows the policy alone with editors: policy', async () => {
    const outsider = editable({
      policy: AuthorizeResult.ALLOW,
      groups: [],
      editors: 'policy',
    });
    await waitFor(() => expect(outsider.result.current).toBe(true));
  });

  it('is false whenever the policy denies, owner or not', async () => {
    const owner = editable({
      policy: AuthorizeResult.DENY,
      groups: ['group:default/team-payments'],
    });
    await waitFor(() => expect(owner.result.current).toBe(false));
  });
});
