import { startScaffolder } from './__testUtils__/scaffolderDryRun';

jest.setTimeout(120_000);

describe('the Portable service template ends the way Backstage templates do', () => {
  let scaffolder: Awaited<ReturnType<typeof startScaffolder>>;
  beforeAll(async () => {
    scaffolder = await startScaffolder();
  });
  afterAll(async () => {
    await scaffolder?.stop();
  });

  it('registers the generated service and links to its entity page and Sovereignty tab', async () => {
    const result = await scaffolder.dryRun({
      name: 'orders-api',
      owner: 'group:default/team-test',
      provider: 'scaleway',
      components: 'api',
      needs: ['postgresql'],
      dataClassification: 'internal',
      criticality: 'standard',
      ci: 'gitlab',
      publishTo: 'local',
    });
    const steps = result.steps.map(s => s.id);
    // Registration follows publication; catalog:register is for git hosts.
    expect(steps.indexOf('register-local')).toBeGreaterThan(
      steps.indexOf('publish-local'),
    );
    expect(steps).toContain('register');
    expect(result.output.links).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entityRef: 'component:default/orders-api' }),
        expect.objectContaining({
          url: '/catalog/default/component/orders-api/sovereignty',
        }),
      ]),
    );
  });
});
