import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { createMockDirectory } from '@backstage/backend-test-utils';
import type { JsonObject } from '@backstage/types';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { createPublishLocalAction } from './publishLocal';

describe('portolan:publish:local', () => {
  const dir = createMockDirectory();
  const action = () =>
    createPublishLocalAction({ rootDir: dir.resolve('published') });

  beforeEach(() => {
    dir.clear();
    dir.setContent({
      workspace: { 'README.md': '# x', 'chart/values.yaml': 'a: 1' },
    });
  });

  function context(input: JsonObject, isDryRun = false) {
    // The mock drops isDryRun, so it is set afterwards.
    return {
      ...createMockActionContext({
        input,
        workspacePath: dir.resolve('workspace'),
      }),
      isDryRun,
    };
  }

  it('copies the workspace into the configured folder and outputs a file URL', async () => {
    const ctx = context({ name: 'orders' });
    await action().handler(ctx as any);
    const target = dir.resolve('published/orders');
    expect(await fs.readFile(join(target, 'chart/values.yaml'), 'utf8')).toBe(
      'a: 1',
    );
    expect(ctx.output).toHaveBeenCalledWith('remoteUrl', `file://${target}`);
    expect(ctx.output).toHaveBeenCalledWith('fileCount', 2);
  });

  it('writes nothing in a dry run but reports where it would', async () => {
    const ctx = context({ name: 'orders' }, true);
    await action().handler(ctx as any);
    await expect(fs.stat(dir.resolve('published/orders'))).rejects.toThrow();
    expect(ctx.output).toHaveBeenCalledWith(
      'path',
      dir.resolve('published/orders'),
    );
  });

  it('refuses to replace an earlier publication unless asked', async () => {
    await action().handler(context({ name: 'orders' }) as any);
    await expect(
      action().handler(context({ name: 'orders' }) as any),
    ).rejects.toThrow(/published before/);
    await expect(
      action().handler(context({ name: 'orders', overwrite: true }) as any),
    ).resolves.toBeUndefined();
  });

  it('refuses names and source paths that leave their folders', async () => {
    await expect(
      action().handler(context({ name: '../escape' }) as any),
    ).rejects.toThrow();
    await expect(
      action().handler(context({ name: 'orders', sourcePath: '../..' }) as any),
    ).rejects.toThrow(/outside/);
  });
});
