import { FileLocationGuard } from './localPublishLocations';

describe('the file location guard of the example portal', () => {
  const guard = new FileLocationGuard([
    '/portal/catalog-info',
    '/portal/.portolan-data/scaffolded',
  ]);

  async function read(target: string) {
    const emit = jest.fn();
    const claimed = await guard.readLocation(
      { type: 'file', target },
      false,
      emit,
    );
    return { claimed, emitted: emit.mock.calls.map(([result]) => result) };
  }

  it('leaves files inside the catalog folders and the publish folder to the file reader', async () => {
    for (const target of [
      '/portal/catalog-info/all.yaml',
      '/portal/catalog-info/templates/exit-to-provider.yaml',
      '/portal/.portolan-data/scaffolded/ai-assistant-ionos/catalog-info.yaml',
    ]) {
      expect(await read(target)).toEqual({ claimed: false, emitted: [] });
    }
  });

  async function refused(target: string) {
    const { claimed, emitted } = await read(target);
    expect(claimed).toBe(true);
    expect(emitted).toEqual([
      expect.objectContaining({ type: 'error', error: expect.any(Error) }),
    ]);
    return emitted[0].error.message as string;
  }

  it('refuses any other file and says why', async () => {
    for (const target of ['/etc/passwd', '/portal/catalog-info-copy/x.yaml']) {
      expect(await refused(target)).toBe(
        `file location ${target} is outside the example catalog and the local publish folder`,
      );
    }
  });

  it('refuses wildcards and .. even below an allowed folder', async () => {
    for (const target of [
      '/portal/.portolan-data/scaffolded/../portal.sqlite',
      '/portal/.portolan-data/scaffolded/**/../x.yaml',
      '/portal/catalog-info/*.yaml',
      'catalog-info/all.yaml',
    ]) {
      expect(await refused(target)).toBe(
        `file location ${target} must be an absolute path without wildcards or ..`,
      );
    }
  });

  it('does not touch url locations', async () => {
    const emit = jest.fn();
    await expect(
      guard.readLocation(
        { type: 'url', target: 'https://example.com/catalog-info.yaml' },
        false,
        emit,
      ),
    ).resolves.toBe(false);
    expect(emit).not.toHaveBeenCalled();
  });
});
