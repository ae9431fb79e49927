import { screen, within } from '@testing-library/react';
import { registerMswTestHooks, renderInTestApp } from '@backstage/test-utils';
import type { Entity } from '@backstage/catalog-model';
import { setupServer } from 'msw/node';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { EntityTestContext } from '../../__testUtils__/mockApi';
import { rootRouteRef } from '../../routes';
import { EntitySovereigntyRollUpCard } from './EntitySovereigntyRollUpCard';
import {
  makeRollup,
  realClient,
  rollupHandlers,
} from './__testUtils__/rollupTesting';

const server = setupServer();
registerMswTestHooks(server);

const team: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'team-assistant', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

const domain: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Domain',
  metadata: { name: 'customer-products', namespace: 'default' },
  spec: { owner: 'group:default/engineering' },
};

async function renderCard(entity: Entity) {
  return renderInTestApp(
    <EntityTestContext api={realClient()} entity={entity}>
      <EntitySovereigntyRollUpCard />
    </EntityTestContext>,
    {
      mountedRoutes: {
        '/sovereignty': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}

describe('EntitySovereigntyRollUpCard', () => {
  it("shows a team's count, average, grades, worst entities, overdue re-tests and hotspots", async () => {
    const { handlers, seen } = rollupHandlers({
      rollups: { 'group:default/team-assistant': makeRollup() },
    });
    server.use(...handlers);

    await renderCard(team);

    expect(await screen.findByTestId('rollup-count')).toHaveTextContent(
      '3 entities',
    );
    expect(seen).toEqual(['group:default/team-assistant']);
    expect(screen.getByText("Team's lock-in")).toBeInTheDocument();
    expect(screen.getByText(/with 1 child group/)).toBeInTheDocument();
    expect(screen.getByTestId('rollup-headline')).toHaveTextContent(
      'average 52.3 / 100',
    );
    expect(screen.getByLabelText('Grade E: 1')).toBeInTheDocument();
    expect(screen.getByLabelText('Grade B: 0')).toBeInTheDocument();
    const worst = screen.getByText('Most locked in').parentElement!;
    const links = within(worst).getAllByRole('link');
    expect(links[0]).toHaveTextContent('assistant-mcp-server');
    expect(within(worst).getByText('40 / 100 · stale')).toBeInTheDocument();
    expect(screen.getByText('Overdue re-tests (1)')).toBeInTheDocument();
    expect(screen.getByText('Exit tested')).toBeInTheDocument();
    expect(screen.getByText(/due 2026-01-01/)).toBeInTheDocument();
    expect(
      screen.getByText('Azure Key Vault (azure:key-vault)'),
    ).toBeInTheDocument();
    expect(screen.getByText('2 entities depend on it')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /Lock-in dashboard/ }),
    ).toHaveAttribute('href', '/sovereignty');
  });

  it("names a domain's systems and says when nothing is overdue", async () => {
    server.use(
      ...rollupHandlers({
        rollups: {
          'domain:default/customer-products': makeRollup({
            entityRef: 'domain:default/customer-products',
            includes: [
              'system:default/ai-assistant',
              'system:default/invoicing',
            ],
            overdue: [],
            overdueTotal: 0,
          }),
        },
      }).handlers,
    );

    await renderCard(domain);

    expect(await screen.findByText("Domain's lock-in")).toBeInTheDocument();
    expect(
      screen.getByText('Its 2 systems and their parts'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('None: every re-test is within its interval.'),
    ).toBeInTheDocument();
  });

  it('says when the team owns nothing the caller can see', async () => {
    server.use(
      ...rollupHandlers({
        rollups: {
          'group:default/team-assistant': makeRollup({
            includes: [],
            totalEntities: 0,
            assessedEntities: 0,
            notAssessable: 0,
            averageScore: 0,
            byGrade: { A: 0, B: 0, C: 0, D: 0, E: 0 },
            worst: [],
            overdue: [],
            overdueTotal: 0,
            hotspots: [],
          }),
        },
      }).handlers,
    );

    await renderCard(team);

    expect(await screen.findByTestId('rollup-empty')).toHaveTextContent(
      'This team owns no component, resource or system you can see.',
    );
  });

  it("keeps the backend's refusal inside the card", async () => {
    server.use(...rollupHandlers({ rollups: {} }).handlers);

    await renderCard(team);

    expect(
      await screen.findByText(/Could not load the roll-up/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/No entity group:default\/team-assistant/).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByTestId('rollup-count')).not.toBeInTheDocument();
  });
});
