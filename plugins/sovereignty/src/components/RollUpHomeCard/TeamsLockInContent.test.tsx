import { screen, within } from '@testing-library/react';
import {
  registerMswTestHooks,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { setupServer } from 'msw/node';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { sovereigntyApiRef } from '../../api';
import {
  makeRollup,
  realClient,
  rollupHandlers,
} from '../RollUpCard/__testUtils__/rollupTesting';
import { TeamsLockInContent } from './TeamsLockInContent';

const server = setupServer();
registerMswTestHooks(server);

async function renderContent() {
  return renderInTestApp(
    <TestApiProvider apis={[[sovereigntyApiRef, realClient()]]}>
      <TeamsLockInContent />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe("Your teams' lock-in", () => {
  it('shows each of the signed-in user’s teams with count, average and what is most locked in', async () => {
    server.use(
      ...rollupHandlers({
        mine: {
          userEntityRef: 'user:default/guest',
          teams: [
            makeRollup(),
            makeRollup({
              entityRef: 'group:default/team-platform',
              includes: [],
              totalEntities: 9,
              assessedEntities: 7,
              notAssessable: 1,
              averageScore: 61,
              overdue: [],
              overdueTotal: 0,
            }),
          ],
          omitted: [
            {
              entityRef: 'group:default/engineering',
              reason:
                'This roll-up covers more than 5000 entities; use the Lock-in dashboard filtered by owner or domain instead',
            },
          ],
        },
      }).handlers,
    );

    await renderContent();

    const teams = await screen.findAllByTestId('team-rollup');
    expect(teams.map(t => t.getAttribute('data-team'))).toEqual([
      'group:default/team-assistant',
      'group:default/team-platform',
    ]);
    const [assistant, platform] = teams;
    expect(within(assistant).getByRole('heading')).toHaveTextContent(
      'team-assistant',
    );
    expect(within(assistant).getByTestId('rollup-count')).toHaveTextContent(
      '3 entities',
    );
    expect(
      within(assistant).getByText(/assistant-mcp-server/),
    ).toBeInTheDocument();
    expect(
      within(assistant).getByText('1 overdue re-test'),
    ).toBeInTheDocument();
    expect(within(platform).getByTestId('rollup-headline')).toHaveTextContent(
      '9 entities · average 61 / 100 (1 not assessed yet, 1 with nothing to grade)',
    );
    expect(within(platform).queryByText(/overdue/)).not.toBeInTheDocument();
    const omitted = screen.getByTestId('team-omitted');
    expect(omitted).toHaveTextContent('engineering');
    expect(omitted).toHaveTextContent(/more than 5000 entities/);
  });

  it('says so when the user belongs to no team', async () => {
    server.use(
      ...rollupHandlers({
        mine: { userEntityRef: 'user:default/guest', teams: [], omitted: [] },
      }).handlers,
    );

    await renderContent();

    expect(await screen.findByTestId('teams-empty')).toHaveTextContent(
      /names no group in the catalog/,
    );
  });
});
