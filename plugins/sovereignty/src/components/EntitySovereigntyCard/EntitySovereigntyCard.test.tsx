import { screen } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import { sovereigntyApiRef, type SovereigntyApi } from '../../api';
import {
  annotatedEntity,
  makeStoredAssessment,
  unannotatedEntity,
} from '../../testing/fixtures';
import { EntitySovereigntyCard } from './EntitySovereigntyCard';

function mockApi(
  getAssessment: SovereigntyApi['getAssessment'],
): jest.Mocked<SovereigntyApi> {
  return {
    getAssessment: jest.fn(getAssessment),
    listAssessments: jest.fn(),
  };
}

async function renderCard(
  api: SovereigntyApi,
  entity: Entity = annotatedEntity,
) {
  return renderInTestApp(
    <TestApiProvider apis={[[sovereigntyApiRef, api]]}>
      <EntityProvider entity={entity}>
        <EntitySovereigntyCard />
      </EntityProvider>
    </TestApiProvider>,
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
    expect(
      screen.getAllByText(/portolan\.dev\/services/).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByTestId('sovereignty-score')).not.toBeInTheDocument();
  });
});
