import { resolve } from 'node:path';
import { run } from './run';
import { captureOutput } from './testing/output';

// Real git repositories, processes and servers: slower than a unit test on a loaded CI machine.
jest.setTimeout(60_000);

const EXAMPLES = resolve(__dirname, '../../../catalog-info');

describe('portolan plan', () => {
  const args = ['plan', EXAMPLES, '--catalog', 'ai-assistant.yaml'];
  /** The AI assistant's exit to IONOS. */
  const toIonos = [
    ...args,
    '--entity',
    'system:ai-assistant',
    '--target',
    'ionos',
  ];

  it("plans the AI assistant's exit to IONOS from the example repository, as the shared planner does", async () => {
    const json = captureOutput();
    expect(await run([...toIonos, '--format', 'json'], json.io)).toBe(0);
    const plan = JSON.parse(json.out());
    expect(plan.entityRef).toBe('system:default/ai-assistant');
    expect(plan.after.score).toBeGreaterThanOrEqual(plan.before.score);
    const steps = plan.waves.flatMap((w: any) => w.steps);
    expect(steps.length).toBeGreaterThan(0);

    const markdown = captureOutput();
    await run(toIonos, markdown.io);
    expect(markdown.out()).toMatch(/^# Exit plan: /);
    const csv = captureOutput();
    await run([...toIonos, '--format', 'csv'], csv.io);
    expect(csv.out().split('\n').length).toBeGreaterThan(steps.length);
  });

  it('names what it needs: a target, one entity, services it can keep', async () => {
    const noTarget = captureOutput();
    expect(
      await run([...args, '--entity', 'system:ai-assistant'], noTarget.io),
    ).toBe(2);
    expect(noTarget.err()).toContain('--target takes one of ionos');
    const which = captureOutput();
    expect(await run([...args, '--target', 'ionos'], which.io)).toBe(2);
    expect(which.err()).toMatch(
      /--entity REF is needed; the entities are .*system:default\/ai-assistant/,
    );
    const keep = captureOutput();
    expect(
      await run([...toIonos, '--keep', 'azure:no-such-service'], keep.io),
    ).toBe(2);
    expect(keep.err()).toContain('azure:no-such-service');
  });
});
