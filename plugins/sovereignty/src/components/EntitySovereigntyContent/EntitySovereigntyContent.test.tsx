import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import type { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import type { SovereigntyApi, StoredAssessment } from '../../api';
import {
  annotatedEntity,
  makeStoredAssessment,
  unannotatedEntity,
} from '../../testing/fixtures';
import { EntityTestContext, mockSovereigntyApi } from '../../testing/mockApi';
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

  it('shows a direct fit for azure:container-apps at IONOS', async () => {
    await renderContent(mockSovereigntyApi());

    const cell = await screen.findByTestId('cell-azure:container-apps-ionos');
    expect(
      within(cell).getByText('IONOS Managed Kubernetes'),
    ).toBeInTheDocument();
    expect(within(cell).getByText('direct')).toBeInTheDocument();
    expect(within(cell).queryByText(/gap filler/)).not.toBeInTheDocument();
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
      within(automatic).getByText('verified from metadata'),
    ).toBeInTheDocument();
    expect(within(automatic).queryByRole('button')).not.toBeInTheDocument();
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
});
