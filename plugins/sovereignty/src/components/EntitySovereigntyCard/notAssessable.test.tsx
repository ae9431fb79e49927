import { screen, waitFor } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import type { Entity } from '@backstage/catalog-model';
import {
  makeStoredAssessment,
  unannotatedEntity,
} from '../../__testUtils__/fixtures';
import {
  EntityTestContext,
  mockSovereigntyApi,
} from '../../__testUtils__/mockApi';
import { EntitySovereigntyCard } from './EntitySovereigntyCard';

/** Annotated, but with nothing that says what it runs on. */
const onlyCriticality: Entity = {
  ...unannotatedEntity,
  metadata: {
    name: 'nightly-report',
    namespace: 'default',
    annotations: { 'portolan.dev/criticality': 'high' },
  },
};

describe('EntitySovereigntyCard for an entity with nothing to grade', () => {
  it('shows why and the annotation snippet instead of a grade', async () => {
    const stored = makeStoredAssessment({ entity: onlyCriticality });
    // The real engine: annotated, yet not assessable.
    expect(stored.assessment.status).toBe('assessed');
    expect(stored.assessment.assessable).toBe(false);

    await renderInTestApp(
      <EntityTestContext
        api={mockSovereigntyApi({ getAssessment: jest.fn(async () => stored) })}
        entity={onlyCriticality}
      >
        <EntitySovereigntyCard />
      </EntityTestContext>,
    );

    expect(
      await screen.findByText(stored.assessment.notAssessableReason!),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(document.body.textContent).toContain('portolan.dev/services:'),
    );
    expect(screen.queryByTestId('sovereignty-score')).not.toBeInTheDocument();
  });
});
