import { screen, waitFor } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import type { Entity } from '@backstage/catalog-model';
import type { SovereigntyApi } from '../../api';
import {
  annotatedEntity,
  makeStoredAssessment,
  unannotatedEntity,
} from '../../testing/fixtures';
import { EntityTestContext, mockSovereigntyApi } from '../../testing/mockApi';
import { EntitySovereigntyCard } from './EntitySovereigntyCard';

function mockApi(getAssessment: SovereigntyApi['getAssessment']) {
  return mockSovereigntyApi({ getAssessment: jest.fn(getAssessment) });
}

async function renderCard(
  api: SovereigntyApi,
  entity: Entity = annotatedEntity,
) {
  return renderInTestApp(
    <EntityTestContext api={api} entity={entity}>
      <EntitySovereigntyCard />
    </EntityTestContext>,
  );
}

describe('EntitySovereigntyCard', () => {
  it('shows the score and grade of the stored assessment', async () => {
    const stored = makeStoredAssessment();
    const api = mockApi(async () => stored);

    await renderCard(api);

    const score = await screen.findByTestId('sovereignty-score');
    expect(score).toHaveTextContent(`${stored.assessment.score} / 100`);
    expect(
      screen.getByLabelText(`Grade ${stored.assessment.grade}`),
    ).toHaveTextContent(stored.assessment.grade);
    expect(api.getAssessment).toHaveBeenCalledWith(
      'component:default/payments-api',
    );
    expect(screen.getByText(/targets ionos/)).toBeInTheDocument();
    expect(screen.queryByText('stale')).not.toBeInTheDocument();
  });

  it('links to the entity tab', async () => {
    await renderCard(mockApi(async () => makeStoredAssessment()));

    expect(
      await screen.findByRole('link', { name: /Mapping and exit checklist/ }),
    ).toHaveAttribute('href', '/sovereignty');
  });

  it('summarises readiness per target provider', async () => {
    await renderCard(mockApi(async () => makeStoredAssessment()));

    expect(
      await screen.findByText('ionos: 50 % ready, effort M'),
    ).toBeInTheDocument();
  });

  it('shows the top blocker with its label', async () => {
    const stored = makeStoredAssessment();
    const blocker = stored.assessment.findings.find(
      f => f.severity === 'blocker',
    );
    expect(blocker?.message).toContain('Azure Key Vault');

    await renderCard(mockApi(async () => stored));

    expect(await screen.findByText(blocker!.message)).toBeInTheDocument();
    expect(screen.getAllByText('Blocker').length).toBeGreaterThan(0);
    expect(
      screen.getByText('Data stays in the EU/EEA (azure:westeurope).'),
    ).toBeInTheDocument();
  });

  it('shows one progress bar per dimension', async () => {
    const stored = makeStoredAssessment();

    await renderCard(mockApi(async () => stored));

    await screen.findByTestId('sovereignty-score');
    for (const dimension of stored.assessment.dimensions) {
      expect(
        screen.getByLabelText(`${dimension.name} ${dimension.score} of 100`),
      ).toBeInTheDocument();
    }
  });

  it('marks a stale assessment', async () => {
    await renderCard(
      mockApi(async () => makeStoredAssessment({ stale: true })),
    );

    expect(await screen.findByText('stale')).toBeInTheDocument();
  });

  it('shows an error panel when the API rejects', async () => {
    await renderCard(
      mockApi(async () => {
        throw new Error('sovereignty backend unreachable');
      }),
    );

    expect(
      await screen.findByText(/Could not load the sovereignty assessment/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/sovereignty backend unreachable/).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByTestId('sovereignty-score')).not.toBeInTheDocument();
  });

  it('shows the annotation hint for an unannotated entity', async () => {
    const stored = makeStoredAssessment({ entity: unannotatedEntity });
    expect(stored.assessment.status).toBe('unannotated');

    await renderCard(
      mockApi(async () => stored),
      unannotatedEntity,
    );

    expect(await screen.findByText(/Nothing declared yet/)).toBeInTheDocument();
    // The snippet is syntax-highlighted, token by token: compare its text.
    await waitFor(() =>
      expect(document.body.textContent).toContain(
        'portolan.dev/services: azure:container-apps',
      ),
    );
    expect(screen.queryByTestId('sovereignty-score')).not.toBeInTheDocument();
  });
});
