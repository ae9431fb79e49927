import { screen, within } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import { sovereigntyApiRef, type SovereigntyApi } from '../../api';
import {
  annotatedEntity,
  makeStoredAssessment,
  unannotatedEntity,
} from '../../testing/fixtures';
import { EntitySovereigntyContent } from './EntitySovereigntyContent';

async function renderContent(
  getAssessment: SovereigntyApi['getAssessment'],
  entity: Entity = annotatedEntity,
) {
  const api: jest.Mocked<SovereigntyApi> = {
    getAssessment: jest.fn(getAssessment),
    listAssessments: jest.fn(),
  };
  await renderInTestApp(
    <TestApiProvider apis={[[sovereigntyApiRef, api]]}>
      <EntityProvider entity={entity}>
        <EntitySovereigntyContent />
      </EntityProvider>
    </TestApiProvider>,
  );
  return api;
}

describe('EntitySovereigntyContent', () => {
  it('maps azure:key-vault to a re-architect at IONOS with OpenBao as gap filler', async () => {
    await renderContent(async () => makeStoredAssessment());

    const table = await screen.findByRole('table', {
      name: 'Provider mapping',
    });
    expect(
      within(table).getByRole('columnheader', { name: 'ionos' }),
    ).toBeInTheDocument();

    const row = screen.getByTestId('mapping-azure:key-vault');
    expect(
      within(row).getByText('Azure Key Vault (secrets and certificates)'),
    ).toBeInTheDocument();
    expect(within(row).getByText('re-architect')).toBeInTheDocument();
    expect(within(row).getByText(/effort L/)).toBeInTheDocument();
    expect(within(row).getByText(/^gap filler: .*OpenBao/)).toBeInTheDocument();
  });

  it('shows a direct fit for azure:container-apps at IONOS', async () => {
    await renderContent(async () => makeStoredAssessment());

    const row = await screen.findByTestId('mapping-azure:container-apps');
    expect(
      within(row).getByText('IONOS Managed Kubernetes'),
    ).toBeInTheDocument();
    expect(within(row).getByText('direct')).toBeInTheDocument();
    expect(within(row).queryByText(/gap filler/)).not.toBeInTheDocument();
  });

  it('lists findings and the exit checklist', async () => {
    const stored = makeStoredAssessment();
    const { checklist, findings } = stored.assessment;
    expect(checklist.length).toBeGreaterThan(5);

    await renderContent(async () => stored);

    expect(await screen.findByText('Exit checklist')).toBeInTheDocument();
    for (const item of checklist) {
      expect(screen.getByText(item.title)).toBeInTheDocument();
    }
    expect(
      screen.getByText('Exit plan is documented and linked'),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/verified from metadata/).length,
    ).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(screen.getAllByText(finding.message).length).toBeGreaterThan(0);
    }
    expect(screen.getByText(/suggestion: openbao/)).toBeInTheDocument();
  });

  it('shows the annotation hint and an empty mapping for an unannotated entity', async () => {
    await renderContent(
      async () => makeStoredAssessment({ entity: unannotatedEntity }),
      unannotatedEntity,
    );

    expect(await screen.findByText('Get started')).toBeInTheDocument();
    expect(
      screen.getAllByText(/portolan\.dev\/services/).length,
    ).toBeGreaterThan(0);
    expect(
      screen.getByText('No cloud services declared or inherited.'),
    ).toBeInTheDocument();
  });

  it('shows an error panel when the API rejects', async () => {
    await renderContent(async () => {
      throw new Error('assessment store offline');
    });

    expect(
      await screen.findByText(/Could not load the sovereignty assessment/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
