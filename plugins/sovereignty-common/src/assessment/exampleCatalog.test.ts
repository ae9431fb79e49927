import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { Entity } from '@backstage/catalog-model';
import { knowledgeBase } from '@portolan/plugin-sovereignty-knowledge';
import { createAssessor } from './engine';

/*
 * The example catalog is what a new user learns from: every id in it must be
 * known to the knowledge base, except in the one entity that shows typos on
 * purpose.
 */
const CATALOG_DIR = join(__dirname, '..', '..', '..', '..', 'catalog-info');
const assess = createAssessor(knowledgeBase);

const entities: Entity[] = readdirSync(CATALOG_DIR)
  .filter(file => file.endsWith('.yaml'))
  .flatMap(file =>
    parseAllDocuments(readFileSync(join(CATALOG_DIR, file), 'utf8')).map(
      doc => doc.toJSON() as Entity,
    ),
  )
  .filter(e => e?.metadata?.annotations);

describe('the example catalog', () => {
  const annotated = entities.filter(e =>
    Object.keys(e.metadata.annotations ?? {}).some(k =>
      k.startsWith('portolan.dev/'),
    ),
  );

  it('has annotated entities of every kind the plugins show', () => {
    const kinds = new Set(annotated.map(e => e.kind));
    expect([...kinds].sort()).toEqual(['Component', 'Resource', 'System']);
    expect(annotated.length).toBeGreaterThanOrEqual(20);
  });

  it.each(
    annotated
      .filter(e => e.metadata.name !== 'legacy-reporting')
      .map(e => [e.metadata.name, e] as const),
  )('%s has no input findings', (_name, entity) => {
    const result = assess({ entity }, { now: '2026-11-21T00:00:00Z' });
    const inputProblems = result.findings.filter(f => f.annotation);
    expect(inputProblems).toEqual([]);
  });

  it('shows typos with suggestions in legacy-reporting', () => {
    const legacy = entities.find(e => e.metadata.name === 'legacy-reporting')!;
    const result = assess({ entity: legacy }, { now: '2026-11-21T00:00:00Z' });
    const byCode = (code: string) =>
      result.findings.filter(f => f.code === code);
    expect(byCode('unknown-service')[0]).toMatchObject({
      value: 'azure:key-valt',
      suggestion: 'azure:key-vault',
    });
    expect(byCode('unknown-region')[0]).toMatchObject({
      suggestion: expect.stringMatching(/^aws:eu-central-/),
    });
    expect(byCode('unknown-annotation')[0].annotation).toBe(
      'portolan.dev/owner-team',
    );
  });

  it('rates the portable STACKIT service far above the Azure assistant', () => {
    const score = (name: string) =>
      assess(
        { entity: entities.find(e => e.metadata.name === name)! },
        { now: '2026-11-21T00:00:00Z' },
      ).score;
    expect(score('invoice-service')).toBeGreaterThanOrEqual(70);
    expect(
      score('invoice-service') - score('assistant-chat-ui'),
    ).toBeGreaterThan(30);
  });
});
