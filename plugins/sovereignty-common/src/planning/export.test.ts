import { knowledgeBase } from '@portolan/plugin-sovereignty-knowledge';
import { planExit } from './plan';
import { renderExitPlanMarkdown } from './markdown';
import { csvCell, renderExitPlanCsv } from './csv';
import { exampleInputs } from './__testUtils__/exampleInputs';

const NOW = '2026-12-04T12:00:00.000Z';
const [assistant] = exampleInputs('ai-assistant.yaml').filter(
  i => i.entity.kind === 'System',
);
const plan = planExit(
  knowledgeBase,
  assistant,
  { target: 'ionos' },
  { now: NOW },
);
const allServices = plan.waves.flatMap(w => w.steps).flatMap(s => s.services);

describe('renderExitPlanMarkdown', () => {
  const markdown = renderExitPlanMarkdown(plan);

  it('titles the plan and gives the figures before and after', () => {
    expect(markdown.split('\n')[0]).toBe(
      '# Exit plan: system:default/ai-assistant to IONOS',
    );
    expect(markdown).toContain(
      `Score ${plan.before.score} (${plan.before.grade}) before, ${plan.after.score} (${plan.after.grade}) after the last step`,
    );
    expect(markdown).toContain(
      `${plan.totals.steps} step(s), ${plan.totals.effortPoints} effort point(s)`,
    );
  });

  it('has a mapping table row for every service, in plan order', () => {
    const rows = markdown
      .split('\n')
      .filter(line => line.startsWith('| ') && line.includes('(`'));
    expect(rows).toHaveLength(allServices.length);
    expect(rows[0]).toContain('`azure:container-apps`');
    const vault = rows.find(r => r.includes('`azure:key-vault`'))!;
    expect(vault).toContain('OpenBao');
    expect(vault).toContain('re-architect');
    expect(rows.find(r => r.includes('`azure:entra-id`'))).toContain(
      'stays (accepted)',
    );
  });

  it('lists the waves with each step, its score after and what it unblocks', () => {
    for (const wave of plan.waves.filter(w => w.steps.length > 0)) {
      expect(markdown).toContain(`## ${wave.title}`);
    }
    for (const step of plan.waves.flatMap(w => w.steps)) {
      expect(markdown).toContain(
        `After this step: score ${step.scoreAfter} (${step.gradeAfter})`,
      );
    }
    expect(markdown).toMatch(/Unblocks: /);
    expect(markdown).toMatch(/Hosting moves to ionos:de\/fra/);
  });

  it('keeps user text from breaking the table or adding HTML', () => {
    const hostile = planExit(
      knowledgeBase,
      {
        entity: {
          ...assistant.entity,
          metadata: {
            ...assistant.entity.metadata,
            annotations: {
              ...assistant.entity.metadata.annotations,
              'portolan.dev/accepted-dependencies':
                'azure:entra-id: keep | <script>x</script>, review 2027-06',
            },
          },
        },
        related: assistant.related,
      },
      { target: 'ionos' },
      { now: NOW },
    );
    const text = renderExitPlanMarkdown(hostile);
    expect(text).not.toContain('<script>');
    expect(text).toContain('keep \\| \\<script\\>x\\</script\\>');
  });
});

describe('renderExitPlanCsv', () => {
  const csv = renderExitPlanCsv(plan);
  const lines = csv.split('\r\n');

  it('has a header and one row per service', () => {
    expect(lines[0]).toBe(
      'step,wave,service,service name,category,action,offering,target services,gap filler,fit,effort,effort points,score after,grade after,ready share after,unblocks',
    );
    expect(lines.filter(Boolean)).toHaveLength(allServices.length + 1);
    expect(csv.endsWith('\r\n')).toBe(true);
    const vault = lines.find(l => l.includes(',azure:key-vault,'))!;
    expect(vault).toContain(',kubernetes:openbao,');
    expect(vault).toContain(',re-architect,');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-')).toBe("'-");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(undefined)).toBe('');
  });
});
