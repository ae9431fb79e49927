import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { Entity } from '@backstage/catalog-model';
import {
  createAssessor,
  createDiscoveryLookup,
  knowledgeBase,
  readDiscoverySteering,
  withDiscoveryReport,
  type Assessment,
} from '@portolan/plugin-sovereignty-common';
import { builtInDetectors } from './detectors';
import { scanWorkingTree } from './fileSystem';

/*
 * The example catalog's systems carry their repositories inside the project
 * (catalog-info/repositories/). Discovery over those files must find what
 * the annotated entities declare: the AI assistant discovered from its own
 * files is the AI assistant of the domain reference's seed table.
 */
const CATALOG = resolve(__dirname, '../../../catalog-info');
const assess = createAssessor(knowledgeBase);
const lookup = createDiscoveryLookup();
const NOW = '2026-12-01T00:00:00.000Z';

function load(file: string): Entity[] {
  return parseAllDocuments(readFileSync(join(CATALOG, file), 'utf8')).map(
    doc => doc.toJSON() as Entity,
  );
}

/** What the catalog module does for file locations: scan, then annotate. */
async function withDiscovery(entity: Entity): Promise<Entity> {
  const source = entity.metadata.annotations?.['backstage.io/source-location'];
  const kind = entity.kind.toLowerCase();
  const { disabled, paths } = readDiscoverySteering(entity);
  if (
    disabled ||
    !source?.startsWith('file:') ||
    (kind !== 'component' && kind !== 'resource')
  ) {
    return entity;
  }
  const folder = resolve(CATALOG, source.slice('file:'.length));
  const options = { detectors: builtInDetectors, lookup, paths };
  const report = await scanWorkingTree(folder, options);
  return withDiscoveryReport(entity, report);
}

const withoutDeclaredServices = (entity: Entity): Entity => {
  const { ['portolan.dev/services']: _declared, ...rest } =
    entity.metadata.annotations ?? {};
  return { ...entity, metadata: { ...entity.metadata, annotations: rest } };
};

function assessSystem(entities: Entity[], name: string): Assessment {
  const system = entities.find(
    e => e.kind === 'System' && e.metadata.name === name,
  )!;
  return assess(
    { entity: system, related: entities.filter(e => e !== system) },
    { now: NOW },
  );
}

const fits = (assessment: Assessment) =>
  assessment.mappings.map(row => [
    row.service,
    Object.fromEntries(
      Object.entries(row.targets).map(([t, cell]) => [t, cell!.fit]),
    ),
  ]);

describe('the AI assistant discovered from its repository', () => {
  const annotated = load('ai-assistant.yaml');
  let discovered: Entity[];
  let discoveredOnly: Entity[];
  beforeAll(async () => {
    discovered = await Promise.all(annotated.map(withDiscovery));
    discoveredOnly = await Promise.all(
      annotated.map(withoutDeclaredServices).map(withDiscovery),
    );
  });

  it('reproduces the annotated assessment row by row, with nothing declared', () => {
    const expected = assessSystem(annotated, 'ai-assistant');
    const actual = assessSystem(discoveredOnly, 'ai-assistant');
    expect(fits(actual)).toEqual(fits(expected));
    expect(actual.mappings).toHaveLength(13);
    expect(
      actual.mappings.every(row => (row.discovery?.evidence.length ?? 0) > 0),
    ).toBe(true);
  });

  it('finds in each annotated entity what it declares, and nothing it does not', () => {
    for (const entity of discovered) {
      // As the backend does: a component with the Resources it depends on.
      const dependsOn = (
        (entity.spec?.dependsOn as string[] | undefined) ?? []
      ).map(ref => ref.slice(ref.indexOf(':') + 1));
      const related = discovered.filter(e =>
        dependsOn.includes(e.metadata.name),
      );
      const result = assess({ entity, related }, { now: NOW });
      const undeclared = result.findings.filter(
        f => f.code === 'discovered-not-declared',
      );
      expect([entity.metadata.name, undeclared]).toEqual([
        entity.metadata.name,
        [],
      ]);
      expect(
        result.findings.filter(f => f.code === 'unknown-resource-type'),
      ).toEqual([]);
      expect(result.discovery?.findings ?? []).toEqual([]);
    }
  });

  it('shows where each Resource was found, file and line', () => {
    const keyVault = discovered.find(
      e => e.metadata.name === 'assistant-key-vault',
    )!;
    const row = assess({ entity: keyVault }, { now: NOW }).mappings.find(
      m => m.service === 'azure:key-vault',
    )!;
    expect(row.discovery).toMatchObject({
      declared: true,
      evidence: [
        {
          path: 'infra/key-vault.tf',
          line: 3,
          detector: 'terraform',
          match: 'azurerm_key_vault',
        },
        {
          path: 'infra/key-vault.tf',
          line: 12,
          detector: 'terraform',
          match: 'azurerm_key_vault_secret',
        },
      ],
    });
  });
});
