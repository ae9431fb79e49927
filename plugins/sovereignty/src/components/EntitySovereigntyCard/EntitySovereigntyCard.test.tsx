import { screen, waitFor, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import type { Entity } from '@backstage/catalog-model';
import type { SovereigntyApi } from '../../api';
import {
  annotatedEntity,
  emptyScanEntity,
  makeDiscoveredEntity,
  makeDiscoveryReport,
  makeStoredAssessment,
  unannotatedEntity,
} from '../../__testUtils__/fixtures';
import {
  EntityTestContext,
  mockSovereigntyApi,
} from '../../__testUtils__/mockApi';
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
    expect(screen.queryByTestId('nothing-found')).not.toBeInTheDocument();
    expect(screen.queryByTestId('discovery-line')).not.toBeInTheDocument();
  });

  describe('discovery', () => {
    it('says how many services were discovered, where, and how many are undeclared or ignored', async () => {
      const entity = makeDiscoveredEntity();
      const stored = makeStoredAssessment({ entity });
      // Key Vault, Cosmos DB and Service Bus count; the Monitor sample is ignored.
      expect(stored.assessment.discovery?.services).toBe(3);

      await renderCard(
        mockApi(async () => stored),
        entity,
      );

      const line = await screen.findByTestId('discovery-line');
      expect(line).toHaveTextContent(
        '3 services discovered in Terraform, dependencies (12 files) · 2 not declared · 1 ignored',
      );
      expect(within(line).queryByText('stale')).not.toBeInTheDocument();
      expect(screen.getByTestId('sovereignty-score')).toBeInTheDocument();
    });

    it('names only the formats services were found in', async () => {
      const report = makeDiscoveryReport();
      const entity = makeDiscoveredEntity({
        ...report,
        services: report.services.filter(s => s.id === 'azure:service-bus'),
      });

      await renderCard(
        mockApi(async () => makeStoredAssessment({ entity })),
        entity,
      );

      expect(await screen.findByTestId('discovery-line')).toHaveTextContent(
        /^1 service discovered in dependencies \(12 files\) · 1 not declared · 1 ignored$/,
      );
    });

    it('marks discovery results kept from an earlier scan as stale', async () => {
      const entity = makeDiscoveredEntity(makeDiscoveryReport({ stale: true }));

      await renderCard(
        mockApi(async () => makeStoredAssessment({ entity })),
        entity,
      );

      const line = await screen.findByTestId('discovery-line');
      expect(
        within(line).getByText('stale').closest('[title]'),
      ).toHaveAttribute(
        'title',
        expect.stringContaining('last read of the repository failed'),
      );
    });

    it('says what was scanned and why nothing matched, and still offers the snippet', async () => {
      const stored = makeStoredAssessment({ entity: emptyScanEntity });
      expect(stored.assessment.status).toBe('unannotated');

      await renderCard(
        mockApi(async () => stored),
        emptyScanEntity,
      );

      expect(await screen.findByTestId('discovery-line')).toHaveTextContent(
        'No services discovered in 7 files',
      );
      expect(screen.getByTestId('nothing-found')).toHaveTextContent(
        'Discovery read 7 file(s) in the repository, none of them infrastructure code, manifests or dependency files it knows and found no cloud service',
      );
      expect(
        screen.getByRole('link', { name: /What discovery scanned/ }),
      ).toHaveAttribute('href', '/sovereignty');
      await waitFor(() =>
        expect(document.body.textContent).toContain(
          'portolan.dev/services: azure:container-apps',
        ),
      );
      expect(document.body.textContent).toContain(
        '# portolan.dev/ignore-services: azure:key-vault: only the sample under docs/',
      );
    });

    it('says why a stored discovery report was left out', async () => {
      const entity = makeDiscoveredEntity(undefined, {
        'portolan.dev/discovered': '{"services": [',
      });

      await renderCard(
        mockApi(async () => makeStoredAssessment({ entity })),
        entity,
      );

      expect(
        await screen.findByText(
          /portolan.dev\/discovered is not a discovery report \(not JSON\)/,
        ),
      ).toBeInTheDocument();
      expect(screen.queryByTestId('discovery-line')).not.toBeInTheDocument();
    });

    it('renders a discovery summary with fields missing', async () => {
      const stored = makeStoredAssessment();
      // Older or hand-made data: no scan, no ignored list, no counts.
      stored.assessment.discovery = {
        scannedAt: '2026-01-15T09:00:00.000Z',
      } as any;

      await renderCard(mockApi(async () => stored));

      expect(await screen.findByTestId('discovery-line')).toHaveTextContent(
        'No services discovered in 0 files',
      );
    });
  });
});
