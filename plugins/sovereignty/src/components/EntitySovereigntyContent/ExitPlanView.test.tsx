import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { registerMswTestHooks, renderInTestApp } from '@backstage/test-utils';
import type { Entity } from '@backstage/catalog-model';
import { setupServer } from 'msw/node';
import { parseAllDocuments } from 'yaml';
import {
  createAssessor,
  knowledgeBase,
} from '@portolan/plugin-sovereignty-common';
import { EntityTestContext } from '../../__testUtils__/mockApi';
import { FIXTURE_NOW } from '../../__testUtils__/fixtures';
import { ExitPlanSection, ExitPlanView } from './ExitPlanView';
import { planHandlers, realClient } from './__testUtils__/exitPlanTesting';

const server = setupServer();
registerMswTestHooks(server);

/** The AI assistant of the example catalog: the System and its parts. */
const [system, ...parts] = parseAllDocuments(
  readFileSync(
    join(
      __dirname,
      '..',
      '..',
      '..',
      '..',
      '..',
      'catalog-info',
      'ai-assistant.yaml',
    ),
    'utf8',
  ),
).map(doc => doc.toJSON() as Entity);
const assistant = { entity: system, related: parts };
const assessment = createAssessor(knowledgeBase)(assistant, {
  now: FIXTURE_NOW,
});
const SYSTEM_REF = 'system:default/ai-assistant';

async function renderPlan() {
  const { handler, seen } = planHandlers([assistant]);
  server.use(handler);
  await renderInTestApp(
    <EntityTestContext api={realClient()} entity={system}>
      <ExitPlanView
        entityRef={SYSTEM_REF}
        assessment={assessment}
        providerName={id =>
          knowledgeBase.providers.find(p => p.id === id)?.name ?? id
        }
      />
    </EntityTestContext>,
  );
  await screen.findByTestId('plan-score-after');
  return seen;
}

const waveServices = (wave: string) =>
  within(screen.getByTestId(`plan-wave-${wave}`))
    .getAllByTestId(/^plan-service-/)
    .map(el => el.getAttribute('data-testid')!.replace('plan-service-', ''))
    .sort();

const scoreAfter = () =>
  Number(screen.getByTestId('plan-score-after').textContent);

describe('ExitPlanView', () => {
  it("shows the AI assistant's waves to IONOS: direct moves, gap fillers, Entra ID kept", async () => {
    const seen = await renderPlan();
    expect(seen[0]).toEqual({ target: 'ionos', keep: [], gapFillers: {} });

    expect(waveServices('direct')).toEqual([
      'azure:blob-storage',
      'azure:container-apps',
      'azure:container-registry',
      'azure:files',
      'azure:log-analytics',
      'azure:openai',
    ]);
    expect(waveServices('re-architect')).toEqual([
      'azure:key-vault',
      'azure:table-storage',
    ]);
    expect(waveServices('kept')).toEqual(['azure:entra-id']);
    const vault = screen.getByTestId('plan-service-azure:key-vault');
    expect(vault).toHaveTextContent(/OpenBao/);
    expect(screen.getByTestId('plan-service-azure:entra-id')).toHaveTextContent(
      /stays: SSO federation/,
    );
    // The first step moves the cluster, and the hosting with it.
    expect(screen.getByTestId('plan-step-1')).toHaveTextContent(
      /Hosting moves to ionos:/,
    );
    expect(screen.getByTestId('plan-totals')).toHaveTextContent(
      /\d+ step\(s\), \d+ effort point\(s\); 12 service\(s\) move to IONOS, 1 stay/,
    );
    expect(scoreAfter()).toBeGreaterThan(
      Number(screen.getByTestId('plan-score-before').textContent),
    );
  });

  it('keeps a service by decision and shows the score recomputed', async () => {
    const seen = await renderPlan();
    const before = scoreAfter();

    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Keep Azure Blob Storage' }),
    );

    await waitFor(() => expect(scoreAfter()).toBeLessThan(before));
    expect(seen[seen.length - 1]).toEqual({
      target: 'ionos',
      keep: ['azure:blob-storage'],
      gapFillers: {},
    });
    expect(waveServices('kept')).toEqual([
      'azure:blob-storage',
      'azure:entra-id',
    ]);
    expect(
      screen.getByTestId('plan-service-azure:blob-storage'),
    ).toHaveTextContent(/kept by decision in the exit plan to IONOS/);

    // And back.
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Keep Azure Blob Storage' }),
    );
    await waitFor(() => expect(scoreAfter()).toBe(before));
  });

  it('runs another gap filler when one is chosen', async () => {
    const seen = await renderPlan();
    fireEvent.mouseDown(
      screen.getByRole('button', {
        name: /Gap filler for Azure Table Storage/,
      }),
    );
    await userEvent.click(
      await screen.findByRole('option', { name: /K8ssandra/ }),
    );

    await waitFor(() =>
      expect(
        screen.getByTestId('plan-service-azure:table-storage'),
      ).toHaveTextContent(/to K8ssandra/),
    );
    expect(seen[seen.length - 1].gapFillers).toEqual({
      'azure:table-storage': 'k8ssandra',
    });
  });

  it('plans for another target when one is picked', async () => {
    const seen = await renderPlan();
    fireEvent.mouseDown(screen.getByRole('button', { name: /Exit to/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'STACKIT' }),
    );

    await waitFor(() =>
      expect(screen.getByTestId('plan-totals')).toHaveTextContent(/STACKIT/),
    );
    expect(seen[seen.length - 1]).toEqual({
      target: 'stackit',
      keep: [],
      gapFillers: {},
    });
  });

  it('exports the plan as markdown and CSV, computed by the shared renderers', async () => {
    const createObjectURL = jest.fn((_blob: Blob) => 'blob:plan');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const downloads: string[] = [];
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function recordDownload(this: HTMLAnchorElement) {
        downloads.push(this.download);
      });
    await renderPlan();

    await userEvent.click(
      screen.getByRole('button', { name: 'Export markdown' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));

    expect(downloads).toEqual([
      'exit-plan-system-default-ai-assistant-ionos.md',
      'exit-plan-system-default-ai-assistant-ionos.csv',
    ]);
    const markdown = await createObjectURL.mock.calls[0][0].text();
    expect(markdown).toMatch(
      /^# Exit plan: system:default\/ai-assistant to IONOS\n/,
    );
    expect(markdown).toMatch(
      /\n\| Azure Key Vault.*\(`azure:key-vault`\) \|.*OpenBao/,
    );
    const csv = await createObjectURL.mock.calls[1][0].text();
    expect(csv.split('\r\n')[0]).toMatch(/^step,wave,service,/);
    click.mockRestore();
  });

  it('says why when the backend refuses the plan, and keeps the last one', async () => {
    await renderPlan();
    // A backend that no longer finds the entity.
    server.use(planHandlers([]).handler);
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Keep Azure Blob Storage' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Could not compute the plan: .*No entity system:default\/ai-assistant/,
    );
    expect(screen.getByTestId('plan-wave-direct')).toBeInTheDocument();
  });

  it('computes nothing until the folded section is opened', async () => {
    const { handler, seen } = planHandlers([assistant]);
    server.use(handler);
    await renderInTestApp(
      <EntityTestContext api={realClient()} entity={system}>
        <ExitPlanSection
          entityRef={SYSTEM_REF}
          assessment={assessment}
          providerName={id => id}
        />
      </EntityTestContext>,
    );
    expect(screen.getByText('Exit plan')).toBeInTheDocument();
    expect(seen).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: /Exit plan/ }));

    expect(await screen.findByTestId('plan-score-after')).toBeInTheDocument();
    expect(seen).toHaveLength(1);
  });
});
