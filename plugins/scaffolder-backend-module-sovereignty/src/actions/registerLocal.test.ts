import { join } from 'node:path';
import { createMockDirectory } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { createRegisterLocalAction } from './registerLocal';

const CATALOG_INFO = `apiVersion: backstage.io/v1alpha1
kind: System
metadata:
  name: ai-assistant-ionos
spec:
  owner: group:default/team-assistant
`;

describe('portolan:register:local', () => {
  const root = createMockDirectory();
  const workspace = createMockDirectory();
  let catalog: { addLocation: jest.Mock; refreshEntity: jest.Mock };

  beforeEach(() => {
    root.clear();
    workspace.clear();
    root.setContent({
      'ai-assistant-ionos': { 'catalog-info.yaml': CATALOG_INFO },
    });
    workspace.setContent({ 'catalog-info.yaml': CATALOG_INFO });
    catalog = { addLocation: jest.fn(), refreshEntity: jest.fn() };
  });

  function run(path: string, isDryRun = false) {
    const ctx = createMockActionContext({
      input: { path },
      workspacePath: workspace.path,
    });
    (ctx as any).isDryRun = isDryRun;
    const action = createRegisterLocalAction({
      catalog: catalog as unknown as CatalogService,
      rootDir: root.path,
    });
    return { ctx, done: action.handler(ctx as any) };
  }

  it('registers the published catalog-info.yaml as a file location with the user credentials', async () => {
    const { ctx, done } = run(join(root.path, 'ai-assistant-ionos'));
    await done;
    const target = join(root.path, 'ai-assistant-ionos', 'catalog-info.yaml');
    expect(catalog.addLocation).toHaveBeenCalledWith(
      { type: 'file', target },
      { credentials: await ctx.getInitiatorCredentials() },
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'entityRef',
      'system:default/ai-assistant-ionos',
    );
  });

  it('refreshes a location registered by an earlier publication of the same name', async () => {
    catalog.addLocation.mockRejectedValue(new ConflictError('exists'));
    const { done } = run(join(root.path, 'ai-assistant-ionos'));
    await done;
    expect(catalog.refreshEntity).toHaveBeenCalledWith(
      'system:default/ai-assistant-ionos',
      expect.anything(),
    );
  });

  it('refuses folders outside the local publish folder and registers nothing', async () => {
    await expect(run(workspace.path).done).rejects.toThrow(
      'is not a repository in the local publish folder',
    );
    await expect(run(root.path).done).rejects.toThrow(
      'is not a repository in the local publish folder',
    );
    expect(catalog.addLocation).not.toHaveBeenCalled();
  });

  it('registers nothing in a dry run but names the entity from the workspace', async () => {
    const { ctx, done } = run(join(root.path, 'not-published-yet'), true);
    await done;
    expect(catalog.addLocation).not.toHaveBeenCalled();
    expect(ctx.output).toHaveBeenCalledWith(
      'entityRef',
      'system:default/ai-assistant-ionos',
    );
  });
});
