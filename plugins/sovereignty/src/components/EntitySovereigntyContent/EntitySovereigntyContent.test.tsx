import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import type { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import type { SovereigntyApi, StoredAssessment } from '../../api';
import type { DiscoveryApi } from '@backstage/core-plugin-api';
import { MockFetchApi, registerMswTestHooks } from '@backstage/test-utils';
import { setupServer } from 'msw/node';
import { SovereigntyClient } from '../../api';
import {
  annotatedEntity,
  emptyScanEntity,
  makeDiscoveredEntity,
  makeDiscoveryReport,
  makeStoredAssessment,
  unannotatedEntity,
} from '../../__testUtils__/fixtures';
import { createFakeSovereigntyBackend } from '../../__testUtils__/fakeSovereigntyBackend';
import {
  EntityTestContext,
  mockSovereigntyApi,
} from '../../__testUtils__/mockApi';
import { EntitySovereigntyContent } from './EntitySovereigntyContent';

async function renderContent(
  api: SovereigntyApi,
  options: { entity?: Entity; canEditChecklist?: boolean } = {},
) {
  await renderInTestApp(
    <EntityTestContext
      api={api}
      entity={options.entity ?? annotatedEntity}
      canEditChecklist={options.canEditChecklist}
    >
      <EntitySovereigntyContent />
    </EntityTestContext>,
  );
  return api;
}

/** The stored assessment after someone set `itemId`, as the backend returns it. */
function withItemSet(
  stored: StoredAssessment,
  itemId: string,
  change: Partial<StoredAssessment['assessment']['checklist'][number]>,
): StoredAssessment {
  return {
    ...stored,
    assessment: {
      ...stored.assessment,
      checklist: stored.assessment.checklist.map(c =>
        c.id === itemId ? { ...c, verifiedBy: 'people', ...change } : c,
      ),
    },
  };
}

async function conflictError() {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: {
          name: 'ConflictError',
          message:
            'exit-test of component:default/payments-api changed since version 0: it is at version 1, set by user:default/amira.haddad. Reload and apply your change again.',
        },
        response: { statusCode: 409 },
      }),
      { status: 409, headers: { 'content-type': 'application/json' } },
    ) as any,
  );
}

const BASE_URL = 'http://localhost:7007/api/sovereignty';
const server = setupServer();
registerMswTestHooks(server);

/** The real client against the fake backend, which checks every response against the OpenAPI spec. */
function clientServing(entity: Entity): SovereigntyApi {
  const fake = createFakeSovereigntyBackend(BASE_URL);
  const stored = makeStoredAssessment({ entity });
  fake.state.assessments.set(stored.assessment.entityRef, stored);
  server.use(...fake.handlers);
  const discoveryApi: DiscoveryApi = { getBaseUrl: async () => BASE_URL };
  return new SovereigntyClient({ discoveryApi, fetchApi: new MockFetchApi() });
}

describe('EntitySovereigntyContent', () => {
  it('maps azure:key-vault to a re-architect at IONOS with OpenBao as gap filler', async () => {
    await renderContent(mockSovereigntyApi());

    const table = await screen.findByRole('table', {
      name: 'Provider mapping',
    });
    expect(
      within(table).getByRole('columnheader', { name: 'ionos' }),
    ).toHaveTextContent('IONOS');

    const cell = screen.getByTestId('cell-azure:key-vault-ionos');
    expect(within(cell).getByText('re-architect')).toBeInTheDocument();
    expect(within(cell).getByText(/effort L/)).toBeInTheDocument();
    expect(
      within(cell).getByText(/^gap filler: .*OpenBao/),
    ).toBeInTheDocument();
    const row = screen.getByTestId('mapping-azure:key-vault');
    expect(
      within(row).getByText('Azure Key Vault (secrets and certificates)'),
    ).toBeInTheDocument();
    expect(within(row).getByText(/azure:key-vault · /)).toBeInTheDocument();
  });

  it('shows a partial fit for azure:container-apps at IONOS: the images move, the platform around them is rebuilt on Knative', async () => {
    await renderContent(mockSovereigntyApi());

    const cell = await screen.findByTestId('cell-azure:container-apps-ionos');
    expect(
      within(cell).getByText(
        'Knative Serving and Eventing on IONOS Managed Kubernetes',
      ),
    ).toBeInTheDocument();
    expect(within(cell).getByText('partial')).toBeInTheDocument();
    expect(within(cell).getByText(/effort M/)).toBeInTheDocument();
  });

  it('shows a service inherited from a dependency and its notes on demand', async () => {
    const stored = makeStoredAssessment();
    stored.assessment.mappings[0].inheritedFrom = [
      'resource:default/payments-vault',
    ];
    const keyVault = stored.assessment.mappings[0];
    await renderContent(
      mockSovereigntyApi({ getAssessment: async () => stored }),
    );

    const row = await screen.findByTestId(`mapping-${keyVault.service}`);
    expect(
      within(row).getByText('inherited from resource:default/payments-vault'),
    ).toBeInTheDocument();
    const notes = keyVault.targets.ionos!.notes;
    expect(screen.queryByText(notes)).not.toBeInTheDocument();

    await userEvent.click(
      within(row).getByRole('button', {
        name: `Notes for ${keyVault.serviceName}`,
      }),
    );

    expect(screen.getByText(notes)).toBeInTheDocument();
  });

  it('shows readiness per target provider', async () => {
    const stored = makeStoredAssessment();
    await renderContent(
      mockSovereigntyApi({ getAssessment: async () => stored }),
    );

    const readiness = await screen.findByTestId('readiness-ionos');
    expect(readiness).toHaveTextContent(
      '50 % of 2 services move directly or partly',
    );
    expect(readiness).toHaveTextContent('Effort M (6 points)');
  });

  it('lists findings, accepted dependencies and the exit checklist with automatic items marked', async () => {
    const stored = makeStoredAssessment();
    stored.assessment.acceptedDependencies = [
      {
        service: 'azure:entra-id',
        reason: 'SSO federation with existing users',
        reviewBy: '2027-06-30',
        overdue: false,
      },
    ];
    const { checklist, findings } = stored.assessment;
    await renderContent(
      mockSovereigntyApi({ getAssessment: async () => stored }),
    );

    expect(await screen.findByText('Exit checklist')).toBeInTheDocument();
    for (const item of checklist) {
      expect(screen.getByText(item.title)).toBeInTheDocument();
    }
    const automatic = screen.getByTestId('checklist-portable-runtime');
    expect(
      within(automatic).getByText('proven by metadata'),
    ).toBeInTheDocument();
    expect(
      within(automatic).getByText(/cannot be set by hand/),
    ).toBeInTheDocument();
    // No "Set" on what metadata proves; a note may still be added.
    expect(
      within(automatic).queryByRole('button', { name: /^Set/ }),
    ).not.toBeInTheDocument();
    expect(
      within(automatic).getByRole('button', { name: /Add a note/ }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByTestId('checklist-exit-test')).getByRole('button', {
        name: /Set/,
      }),
    ).toBeInTheDocument();
    for (const finding of findings) {
      expect(screen.getAllByText(finding.message).length).toBeGreaterThan(0);
    }
    expect(screen.getByText('azure:entra-id')).toBeInTheDocument();
    expect(
      screen.getByText(
        'SSO federation with existing users · review by 2027-06-30',
      ),
    ).toBeInTheDocument();
  });

  it('offers only a note on an item metadata disproves, and says why it cannot be set', async () => {
    const disproven = {
      verifiedBy: 'metadata' as const,
      state: 'open' as const,
      autoReason: 'Microsoft Azure is subject to non-EU law.',
    };
    const base = makeStoredAssessment();
    const stored = withItemSet(base, 'exit-test', disproven);
    const api = mockSovereigntyApi({
      getAssessment: async () => stored,
      updateChecklistItem: jest.fn(async () => ({
        item: {
          itemId: 'exit-test',
          status: 'open' as const,
          note: 'Moving in Q3',
          updatedBy: 'user:default/guest',
          updatedAt: '2026-01-15T10:00:00.000Z',
          version: 1,
        },
        assessment: withItemSet(base, 'exit-test', {
          ...disproven,
          note: 'Moving in Q3',
          version: 1,
        }),
      })),
    });
    await renderContent(api);

    const item = await screen.findByTestId('checklist-exit-test');
    expect(
      within(item).getByText('metadata shows it is not met'),
    ).toBeInTheDocument();
    expect(
      within(item).getByText(/change the metadata to meet it/),
    ).toBeInTheDocument();
    expect(
      within(item).queryByRole('button', { name: /^Set/ }),
    ).not.toBeInTheDocument();
    await userEvent.click(
      within(item).getByRole('button', { name: /Add a note/ }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('note-only')).toHaveTextContent(
      'non-EU law',
    );
    expect(within(dialog).queryByLabelText('Done')).not.toBeInTheDocument();
    expect(
      within(dialog).queryByLabelText('Evidence link'),
    ).not.toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText('Note'), 'Moving in Q3');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(api.updateChecklistItem).toHaveBeenCalledWith(
      'component:default/payments-api',
      'exit-test',
      {
        status: 'open',
        evidenceUrl: undefined,
        note: 'Moving in Q3',
        version: 0,
      },
    );
    await waitFor(() =>
      expect(
        within(screen.getByTestId('checklist-exit-test')).getByText(
          /Moving in Q3/,
        ),
      ).toBeInTheDocument(),
    );
  });

  it('renders an evidence link only for an http(s) URL', async () => {
    const stored = withItemSet(
      withItemSet(makeStoredAssessment(), 'exit-test', {
        state: 'done',
        // eslint-disable-next-line no-script-url -- the test proves a javascript: URL is never rendered as a link
        evidenceUrl: 'javascript:alert(document.cookie)',
        updatedBy: 'user:default/guest',
        updatedAt: '2026-01-15T10:00:00.000Z',
        version: 1,
      }),
      'data-classification',
      {
        state: 'done',
        evidenceUrl: 'https://wiki.example.com/classification',
        updatedBy: 'user:default/guest',
        updatedAt: '2026-01-15T10:00:00.000Z',
        version: 1,
      },
    );
    await renderContent(
      mockSovereigntyApi({ getAssessment: async () => stored }),
    );
    const unsafe = await screen.findByTestId('checklist-exit-test');
    expect(within(unsafe).queryByRole('link')).not.toBeInTheDocument();
    expect(
      within(unsafe).getByText(/evidence link not shown/),
    ).toBeInTheDocument();
    expect(
      within(screen.getByTestId('checklist-data-classification')).getByRole(
        'link',
        { name: 'evidence' },
      ),
    ).toHaveAttribute('href', 'https://wiki.example.com/classification');
  });

  it('makes a due re-test stand out', async () => {
    const stored = withItemSet(makeStoredAssessment(), 'exit-test', {
      state: 'due',
      retestDue: '2025-06-01',
      updatedBy: 'user:default/guest',
      updatedAt: '2024-06-01T10:00:00.000Z',
      version: 1,
    });
    await renderContent(
      mockSovereigntyApi({ getAssessment: async () => stored }),
    );

    const item = await screen.findByTestId('checklist-exit-test');
    expect(within(item).getByText('re-test due')).toBeInTheDocument();
    expect(
      within(item).getByText(/Re-test was due 2025-06-01/),
    ).toBeInTheDocument();
    expect(screen.getByText(/1 re-test due/)).toBeInTheDocument();
  });

  it('lets an owner set an item with evidence and a note, sending the version read', async () => {
    const stored = makeStoredAssessment();
    const updated = withItemSet(stored, 'exit-test', {
      state: 'done',
      evidenceUrl: 'https://wiki.example.com/exit-test',
      note: 'Restored on IONOS in 3 h',
      updatedBy: 'user:default/guest',
      updatedAt: '2026-01-15T10:00:00.000Z',
      version: 1,
    });
    const api = mockSovereigntyApi({
      getAssessment: async () => stored,
      updateChecklistItem: jest.fn(async () => ({
        item: {
          itemId: 'exit-test',
          status: 'done' as const,
          updatedBy: 'user:default/guest',
          updatedAt: '2026-01-15T10:00:00.000Z',
          version: 1,
        },
        assessment: updated,
      })),
    });
    await renderContent(api);

    const item = await screen.findByTestId('checklist-exit-test');
    await userEvent.click(within(item).getByRole('button', { name: /Set/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByLabelText('Done'));
    await userEvent.type(
      within(dialog).getByLabelText('Evidence link'),
      'https://wiki.example.com/exit-test',
    );
    await userEvent.type(
      within(dialog).getByLabelText('Note'),
      'Restored on IONOS in 3 h',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(api.updateChecklistItem).toHaveBeenCalledWith(
      'component:default/payments-api',
      'exit-test',
      {
        status: 'done',
        evidenceUrl: 'https://wiki.example.com/exit-test',
        note: 'Restored on IONOS in 3 h',
        version: 0,
      },
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    const after = screen.getByTestId('checklist-exit-test');
    expect(within(after).getByText('done')).toBeInTheDocument();
    expect(
      within(after).getByText(/Set by user:default\/guest/),
    ).toBeInTheDocument();
    expect(
      within(after).getByRole('link', { name: 'evidence' }),
    ).toHaveAttribute('href', 'https://wiki.example.com/exit-test');
  });

  it('explains a concurrent edit, keeps what the user typed and saves it on the current version', async () => {
    const stored = makeStoredAssessment();
    const theirs = withItemSet(stored, 'exit-test', {
      state: 'done',
      note: 'Tested by Amira',
      updatedBy: 'user:default/amira.haddad',
      updatedAt: '2026-01-15T09:45:00.000Z',
      version: 1,
    });
    const mine = withItemSet(stored, 'exit-test', {
      state: 'not-applicable',
      note: 'No exit planned for this prototype',
      updatedBy: 'user:default/guest',
      version: 2,
    });
    const getAssessment = jest
      .fn<Promise<StoredAssessment>, [string]>()
      .mockResolvedValueOnce(stored)
      .mockResolvedValue(theirs);
    const error = await conflictError();
    const updateChecklistItem = jest
      .fn()
      .mockRejectedValueOnce(error)
      .mockResolvedValueOnce({ item: {}, assessment: mine });
    await renderContent(
      mockSovereigntyApi({ getAssessment, updateChecklistItem }),
    );

    const item = await screen.findByTestId('checklist-exit-test');
    await userEvent.click(within(item).getByRole('button', { name: /Set/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByLabelText('Not applicable'));
    await userEvent.type(
      within(dialog).getByLabelText('Note'),
      'No exit planned for this prototype',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(
      await within(dialog).findByText(
        /Someone changed this item while you were editing/,
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(/by user:default\/amira.haddad/),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Note: Tested by Amira'),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Note')).toHaveValue(
      'No exit planned for this prototype',
    );
    expect(within(dialog).getByLabelText('Not applicable')).toBeChecked();

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Save mine again' }),
    );

    expect(updateChecklistItem).toHaveBeenLastCalledWith(
      'component:default/payments-api',
      'exit-test',
      {
        status: 'not-applicable',
        note: 'No exit planned for this prototype',
        version: 1,
      },
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(
      within(screen.getByTestId('checklist-exit-test')).getByText(
        'not applicable',
      ),
    ).toBeInTheDocument();
  });

  it('keeps the dialog open with the reason when the backend refuses the write', async () => {
    const api = mockSovereigntyApi({
      updateChecklistItem: jest.fn(async () => {
        throw new Error(
          'Request failed with 400 Bad Request: body.evidenceUrl must be an http(s) URL',
        );
      }),
    });
    await renderContent(api);

    const item = await screen.findByTestId('checklist-exit-test');
    await userEvent.click(within(item).getByRole('button', { name: /Set/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(
      within(dialog).getByLabelText('Evidence link'),
      'ftp://x',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(
      await within(dialog).findByText(
        /body.evidenceUrl must be an http\(s\) URL/,
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Evidence link')).toHaveValue(
      'ftp://x',
    );
  });

  it('offers no editing to someone who does not own the entity', async () => {
    // Permission answers are cached per entity across renders: use another one.
    const foreign = {
      ...annotatedEntity,
      metadata: { ...annotatedEntity.metadata, name: 'foreign-api' },
    };
    await renderContent(mockSovereigntyApi(), {
      entity: foreign,
      canEditChecklist: false,
    });

    expect(
      await screen.findByText(
        /only the owners of this entity can change items/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /^Set / }),
    ).not.toBeInTheDocument();
  });

  it('draws the score history with its values', async () => {
    await renderContent(mockSovereigntyApi());

    expect(
      await screen.findByRole('img', {
        name: /Sovereignty score over time: 3 points from 2025-11-01 to 2026-01-15, latest 47/,
      }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', {
      name: 'Sovereignty score over time',
    });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
  });

  it('shows a YAML snippet built from the knowledge base for an unannotated entity', async () => {
    const api = mockSovereigntyApi({
      getAssessment: async () =>
        makeStoredAssessment({ entity: unannotatedEntity }),
    });
    await renderContent(api, { entity: unannotatedEntity });

    expect(await screen.findByText('Get started')).toBeInTheDocument();
    // The snippet is syntax-highlighted, token by token: compare its text.
    await waitFor(() =>
      expect(document.body.textContent).toContain(
        'portolan.dev/target-providers: ionos, stackit',
      ),
    );
    expect(api.getKnowledgeBase).toHaveBeenCalled();
    expect(
      screen.getByText('No cloud services declared or inherited.'),
    ).toBeInTheDocument();
  });

  it('shows an error panel when the API rejects', async () => {
    await renderContent(
      mockSovereigntyApi({
        getAssessment: async () => {
          throw new Error('assessment store offline');
        },
      }),
    );

    expect(
      await screen.findByText(/Could not load the sovereignty assessment/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  describe('discovery', () => {
    const REPOSITORY = 'https://github.com/example-org/orders/tree/main';

    it('shows where each service was found, linked to the file and line in the repository', async () => {
      const entity = makeDiscoveredEntity();
      await renderContent(clientServing(entity), { entity });

      const table = await screen.findByRole('table', {
        name: 'Provider mapping',
      });
      expect(
        within(table).getByRole('columnheader', { name: 'Found in' }),
      ).toBeInTheDocument();

      // Declared and found: its evidence, no chip.
      const keyVault = screen.getByTestId('found-in-azure:key-vault');
      expect(
        within(keyVault).getByRole('link', { name: 'infra/main.tf:12' }),
      ).toHaveAttribute('href', `${REPOSITORY}/infra/main.tf#L12`);
      expect(keyVault).toHaveTextContent('(Terraform, azurerm_key_vault)');
      expect(
        within(keyVault).queryByText('discovered'),
      ).not.toBeInTheDocument();
      expect(within(keyVault).queryByText('code')).not.toBeInTheDocument();

      // Found only by discovery, with evidence without a line and more than the report keeps.
      const cosmos = screen.getByTestId('found-in-azure:cosmos-db');
      expect(within(cosmos).getByText('discovered')).toBeInTheDocument();
      expect(
        within(cosmos).getByRole('link', { name: 'infra/cosmos.tf:3' }),
      ).toHaveAttribute('href', `${REPOSITORY}/infra/cosmos.tf#L3`);
      expect(
        within(cosmos).getByRole('link', { name: 'infra/cosmos.tf.json' }),
      ).toHaveAttribute('href', `${REPOSITORY}/infra/cosmos.tf.json`);
      expect(within(cosmos).getByText('+7 more')).toBeInTheDocument();
      expect(
        within(screen.getByTestId('mapping-azure:cosmos-db')).getByText(
          'Azure Cosmos DB (NoSQL API)',
        ),
      ).toBeInTheDocument();

      // Called from code: marked, explained, and its effort raised.
      const serviceBus = screen.getByTestId('found-in-azure:service-bus');
      expect(within(serviceBus).getByText('discovered')).toBeInTheDocument();
      expect(
        within(serviceBus).getByRole('link', { name: 'src/package.json:14' }),
      ).toHaveAttribute('href', `${REPOSITORY}/src/package.json#L14`);
      await userEvent.hover(within(serviceBus).getByText('code'));
      expect(await screen.findByRole('tooltip')).toHaveTextContent(
        "Application code calls this service's SDK: moving it changes code",
      );
      await userEvent.click(
        screen.getByRole('button', { name: 'Notes for Azure Service Bus' }),
      );
      expect(
        screen.getByText(
          /Application code calls this service's SDK, so moving it is a code change/,
        ),
      ).toBeInTheDocument();

      // The ignored sample is not a row.
      expect(
        screen.queryByTestId('mapping-azure:monitor'),
      ).not.toBeInTheDocument();
    });

    it.each([
      ['a file URL', 'url:file:///srv/repositories/orders/'],
      [
        'not a url: location',
        'file:/srv/repositories/orders/catalog-info.yaml',
      ],
      ['not a URL at all', 'url:not a url'],
    ])(
      'keeps evidence as plain text when the source location is %s',
      async (_, sourceLocation) => {
        const entity = makeDiscoveredEntity(undefined, {
          'backstage.io/source-location': sourceLocation,
        });
        await renderContent(
          mockSovereigntyApi({
            getAssessment: async () => makeStoredAssessment({ entity }),
          }),
          { entity },
        );

        const keyVault = await screen.findByTestId('found-in-azure:key-vault');
        expect(keyVault).toHaveTextContent('infra/main.tf:12');
        expect(within(keyVault).queryByRole('link')).not.toBeInTheDocument();
        const table = screen.getByRole('table', { name: 'Provider mapping' });
        expect(within(table).queryAllByRole('link')).toHaveLength(0);
      },
    );

    it('keeps a service found in many places two lines high until asked', async () => {
      const report = makeDiscoveryReport();
      const entity = makeDiscoveredEntity(
        makeDiscoveryReport({
          services: [
            {
              ...report.services[0],
              evidence: [1, 2, 3, 4].map(i => ({
                path: `infra/vault${i}.tf`,
                line: i,
                detector: 'terraform',
                match: 'azurerm_key_vault',
              })),
              evidenceCount: 11,
            },
          ],
        }),
      );
      await renderContent(
        mockSovereigntyApi({
          getAssessment: async () => makeStoredAssessment({ entity }),
        }),
        { entity },
      );

      const keyVault = await screen.findByTestId('found-in-azure:key-vault');
      expect(within(keyVault).getAllByRole('link')).toHaveLength(2);
      expect(within(keyVault).queryByText('+7 more')).not.toBeInTheDocument();

      await userEvent.click(
        within(keyVault).getByRole('button', {
          name: 'Show 2 more locations of Azure Key Vault (secrets and certificates)',
        }),
      );

      expect(
        within(keyVault)
          .getAllByRole('link')
          .map(link => link.textContent),
      ).toEqual([
        'infra/vault1.tf:1',
        'infra/vault2.tf:2',
        'infra/vault3.tf:3',
        'infra/vault4.tf:4',
      ]);
      expect(within(keyVault).getByText('+7 more')).toBeInTheDocument();
    });

    it('says which services are only declared or inherited', async () => {
      const entity = makeDiscoveredEntity(undefined, {
        'portolan.dev/services': 'azure:key-vault, azure:container-apps',
      });
      const stored = makeStoredAssessment({ entity });
      const inherited = stored.assessment.mappings.find(
        row => row.service === 'azure:container-apps',
      )!;
      stored.assessment.mappings.push({
        ...inherited,
        service: 'azure:blob-storage',
        serviceName: 'Azure Blob Storage',
        inheritedFrom: ['resource:default/orders-bucket'],
      });
      await renderContent(
        mockSovereigntyApi({ getAssessment: async () => stored }),
        { entity },
      );

      expect(
        await screen.findByTestId('found-in-azure:container-apps'),
      ).toHaveTextContent(/^declared$/);
      expect(
        screen.getByTestId('found-in-azure:blob-storage'),
      ).toHaveTextContent(/^–$/);
      expect(
        within(screen.getByTestId('mapping-azure:blob-storage')).getByText(
          'inherited from resource:default/orders-bucket',
        ),
      ).toBeInTheDocument();
    });

    it('never links a path off the repository', async () => {
      // eslint-disable-next-line no-script-url -- the test proves a javascript: path is never rendered as a link
      const scriptPath = 'javascript:alert(1)';
      const report = makeDiscoveryReport();
      const hostile = makeDiscoveryReport({
        services: [
          {
            ...report.services[0],
            evidence: [
              {
                path: '//evil.example/steal',
                line: 1,
                detector: 'terraform',
                match: 'azurerm_key_vault',
              },
              {
                path: scriptPath,
                detector: 'terraform',
                match: 'azurerm_key_vault',
              },
            ],
            evidenceCount: 2,
          },
        ],
      });
      const linked = makeDiscoveredEntity(hostile);
      await renderContent(
        mockSovereigntyApi({
          getAssessment: async () => makeStoredAssessment({ entity: linked }),
        }),
        { entity: linked },
      );
      const keyVault = await screen.findByTestId('found-in-azure:key-vault');
      expect(keyVault).toHaveTextContent('//evil.example/steal:1');
      // The GitHub integration keeps a protocol-relative path inside the repository.
      for (const link of within(keyVault).queryAllByRole('link')) {
        expect(link.getAttribute('href')).toMatch(
          new RegExp(`^${REPOSITORY}/`),
        );
      }
      expect(within(keyVault).getByText(scriptPath).tagName).not.toBe('A');
      expect(
        within(keyVault).queryByRole('link', { name: scriptPath }),
      ).not.toBeInTheDocument();
    });

    it('shows what was scanned, ignored services with their reasons and scan findings', async () => {
      const entity = makeDiscoveredEntity();
      await renderContent(clientServing(entity), { entity });

      const panel = await screen.findByTestId('discovery-panel');
      expect(panel).toHaveTextContent(
        '3 services discovered in Terraform, dependencies (12 files)',
      );
      expect(panel).toHaveTextContent(
        '2 of them not declared in portolan.dev/services',
      );
      expect(panel).toHaveTextContent('Paths: infra, src');
      expect(panel).toHaveTextContent('Formats: Terraform, dependencies');
      expect(panel).toHaveTextContent(
        'Read: 12 files, 47 KB; 2 skipped; 41 ms',
      );
      expect(
        within(panel).getByRole('link', { name: `${REPOSITORY}/` }),
      ).toHaveAttribute('href', `${REPOSITORY}/`);
      expect(panel).toHaveTextContent(
        'Hosting: Runs on azure:westeurope, as infra/providers.tf:2 shows',
      );
      expect(within(panel).queryByText('stale')).not.toBeInTheDocument();

      const ignored = within(panel).getByRole('list', {
        name: 'Ignored services',
      });
      expect(within(ignored).getByText('azure:monitor')).toBeInTheDocument();
      expect(
        within(ignored).getByText('only the sample under docs/'),
      ).toBeInTheDocument();

      const findings = within(panel).getByRole('list', {
        name: 'Scan findings',
      });
      expect(
        within(findings).getByText(
          'infra/broken.tf could not be parsed: unclosed block.',
        ),
      ).toBeInTheDocument();
      expect(
        within(findings).getByText('unparsable-file · infra/broken.tf:4'),
      ).toBeInTheDocument();
    });

    it('keeps a long list of scan findings short until asked', async () => {
      const entity = makeDiscoveredEntity(
        makeDiscoveryReport({
          stale: true,
          findings: Array.from({ length: 5 }, (_, i) => ({
            code: 'unknown-resource-type' as const,
            message: `azurerm_thing_${i} is not in the lookup tables.`,
            path: `infra/thing${i}.tf`,
            value: `azurerm_thing_${i}`,
          })),
        }),
      );
      await renderContent(
        mockSovereigntyApi({
          getAssessment: async () => makeStoredAssessment({ entity }),
        }),
        { entity },
      );

      const panel = await screen.findByTestId('discovery-panel');
      expect(within(panel).getByText('stale')).toBeInTheDocument();
      const findings = within(panel).getByRole('list', {
        name: 'Scan findings',
      });
      expect(within(findings).getAllByRole('listitem')).toHaveLength(3);
      await userEvent.click(
        within(panel).getByRole('button', { name: 'show all 5' }),
      );
      expect(within(findings).getAllByRole('listitem')).toHaveLength(5);
      expect(
        within(findings).getByText(
          'unknown-resource-type · infra/thing4.tf · azurerm_thing_4',
        ),
      ).toBeInTheDocument();
    });

    it('says what an empty scan read and why nothing matched', async () => {
      await renderContent(clientServing(emptyScanEntity), {
        entity: emptyScanEntity,
      });

      const getStarted = (await screen.findByText('Get started')).closest(
        '.MuiCard-root',
      ) as HTMLElement;
      expect(getStarted).toHaveTextContent(
        'Discovery read 7 file(s) in the repository, none of them infrastructure code, manifests or dependency files it knows and found no cloud service',
      );
      const panel = screen.getByTestId('discovery-panel');
      expect(panel).toHaveTextContent('No services discovered in 7 files');
      expect(panel).toHaveTextContent('Paths: the whole repository');
      expect(panel).toHaveTextContent('Formats: none recognised');
      expect(
        within(panel).queryByRole('list', { name: 'Ignored services' }),
      ).not.toBeInTheDocument();
      expect(
        screen.getByText(
          'No cloud services declared, inherited or discovered.',
        ),
      ).toBeInTheDocument();
    });

    it('explains an entity that was never scanned, and keeps the table as it was', async () => {
      await renderContent(mockSovereigntyApi());

      expect(
        await screen.findByText(
          'Not scanned: this entity has no backstage.io/source-location, so there is no repository to read.',
        ),
      ).toBeInTheDocument();
      const table = screen.getByRole('table', { name: 'Provider mapping' });
      expect(
        within(table).queryByRole('columnheader', { name: 'Found in' }),
      ).not.toBeInTheDocument();
    });

    it('says why an unreadable discovery report was left out', async () => {
      const entity = makeDiscoveredEntity(undefined, {
        'portolan.dev/discovered': '{"version": 2, "services": []}',
      });
      await renderContent(
        mockSovereigntyApi({
          getAssessment: async () => makeStoredAssessment({ entity }),
        }),
        { entity },
      );

      expect(
        (
          await screen.findAllByText(
            /portolan.dev\/discovered is not a discovery report \(unknown format\)/,
          )
        ).length,
      ).toBeGreaterThan(0);
      expect(screen.queryByTestId('discovery-panel')).not.toBeInTheDocument();
    });

    it('renders odd discovery data without breaking the page', async () => {
      const entity = makeDiscoveredEntity();
      const stored = makeStoredAssessment({ entity });
      const [cosmos] = stored.assessment.mappings;
      expect(cosmos.service).toBe('azure:cosmos-db');
      // Hand-made or older data: no evidence list, no counts, no scan.
      cosmos.discovery = { declared: false } as any;
      stored.assessment.discovery = {
        scannedAt: '',
        stale: false,
        services: 1,
      } as any;
      await renderContent(
        mockSovereigntyApi({ getAssessment: async () => stored }),
        { entity },
      );

      const foundIn = await screen.findByTestId('found-in-azure:cosmos-db');
      expect(within(foundIn).getByText('discovered')).toBeInTheDocument();
      const panel = screen.getByTestId('discovery-panel');
      expect(panel).toHaveTextContent('Scanned: –');
      expect(panel).toHaveTextContent('Read: 0 files, 0 B; 0 skipped; 0 ms');
    });
  });
});
