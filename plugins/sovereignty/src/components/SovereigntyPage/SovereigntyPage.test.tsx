import { screen, within } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { sovereigntyApiRef, type SovereigntyApi } from '../../api';
import {
  annotatedEntity,
  makeListItem,
  unannotatedEntity,
} from '../../testing/fixtures';
import { SovereigntyPage } from './SovereigntyPage';

async function renderPage(listAssessments: SovereigntyApi['listAssessments']) {
  const api: jest.Mocked<SovereigntyApi> = {
    getAssessment: jest.fn(),
    listAssessments: jest.fn(listAssessments),
  };
  await renderInTestApp(
    <TestApiProvider apis={[[sovereigntyApiRef, api]]}>
      <SovereigntyPage />
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
  return api;
}

describe('SovereigntyPage', () => {
  it('renders one row per assessed entity, linking to the entity', async () => {
    const payments = makeListItem(annotatedEntity, { system: 'checkout' });
    const legacy = makeListItem(unannotatedEntity);
    const api = await renderPage(async () => ({
      items: [payments, legacy],
      totalItems: 2,
    }));

    expect(
      await screen.findByText('Assessed entities (2)'),
    ).toBeInTheDocument();
    expect(api.listAssessments).toHaveBeenCalledWith({ limit: 500 });

    const paymentsLink = await screen.findByRole('link', {
      name: /payments-api/,
    });
    expect(paymentsLink).toHaveAttribute(
      'href',
      '/catalog/default/component/payments-api',
    );
    const legacyLink = screen.getByRole('link', { name: /legacy-batch/ });
    expect(legacyLink).toHaveAttribute(
      'href',
      '/catalog/default/component/legacy-batch',
    );

    const row = paymentsLink.closest('tr')!;
    expect(within(row).getByText('team-payments')).toBeInTheDocument();
    expect(within(row).getByText('checkout')).toBeInTheDocument();
    expect(within(row).getByText(String(payments.score))).toBeInTheDocument();
    expect(
      within(row).getByLabelText(`Grade ${payments.grade}`),
    ).toBeInTheDocument();
  });

  it('shows an error panel when listing fails', async () => {
    await renderPage(async () => {
      throw new Error('Request failed with 503 Service Unavailable');
    });

    expect(
      (
        await screen.findAllByText(
          /Request failed with 503 Service Unavailable/,
        )
      ).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByText(/Assessed entities/)).not.toBeInTheDocument();
  });
});
