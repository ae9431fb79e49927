import type { ReactNode } from 'react';
import { configApiRef } from '@backstage/core-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import {
  ScmIntegrationsApi,
  scmIntegrationsApiRef,
} from '@backstage/integration-react';
import { mockApis, TestApiProvider } from '@backstage/test-utils';
import { knowledgeBase } from '@portolan/plugin-sovereignty-common';
import { sovereigntyApiRef, type SovereigntyApi } from '../api';
import {
  annotatedEntity,
  makeHistory,
  makeStoredAssessment,
  makeSummary,
} from './fixtures';

/** A SovereigntyApi whose every method answers from the fixtures unless overridden. */
export function mockSovereigntyApi(
  overrides: Partial<SovereigntyApi> = {},
): jest.Mocked<SovereigntyApi> {
  return {
    getAssessment: jest.fn(async () => makeStoredAssessment()),
    getHistory: jest.fn(async (ref: string) => makeHistory(ref)),
    listAssessments: jest.fn(async () => ({ items: [], totalItems: 0 })),
    getSummary: jest.fn(async () => makeSummary()),
    updateChecklistItem: jest.fn(),
    getKnowledgeBase: jest.fn(async () => knowledgeBase),
    ...overrides,
  } as jest.Mocked<SovereigntyApi>;
}

/** The API, a permission answer, SCM integrations and the entity in context, as on an entity page. */
export function EntityTestContext(props: {
  api: SovereigntyApi;
  entity?: Entity;
  canEditChecklist?: boolean;
  children: ReactNode;
}) {
  const permission = mockApis.permission({
    authorize:
      props.canEditChecklist === false
        ? AuthorizeResult.DENY
        : AuthorizeResult.ALLOW,
  });
  return (
    <TestApiProvider
      apis={[
        [sovereigntyApiRef, props.api],
        [permissionApiRef, permission],
        // The permission alone decides here (canEditChecklist); the owners
        // rule is tested with useChecklistEditable.
        [
          configApiRef,
          mockApis.config({
            data: { sovereignty: { checklist: { editors: 'policy' } } },
          }),
        ],
        // The default integrations only (github.com, gitlab.com, ...), as in an app without config.
        [
          scmIntegrationsApiRef,
          ScmIntegrationsApi.fromConfig(mockApis.config()),
        ],
      ]}
    >
      <EntityProvider entity={props.entity ?? annotatedEntity}>
        {props.children}
      </EntityProvider>
    </TestApiProvider>
  );
}
