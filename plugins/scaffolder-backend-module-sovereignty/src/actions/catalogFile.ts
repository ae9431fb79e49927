import { promises as fs } from 'node:fs';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { parseAllDocuments } from 'yaml';

/**
 * Reads a generated catalog file: the first entity is the one to assess, the
 * others count as its related entities (e.g. Resources it depends on).
 */
export async function readCatalogFile(
  workspacePath: string,
  path: string,
): Promise<{ entity: Entity; related: Entity[] }> {
  const file = resolveSafeChildPath(workspacePath, path);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new InputError(`No ${path} in the generated files`);
  }
  const entities = parseAllDocuments(text)
    .map(doc => doc.toJSON() as Entity | null)
    .filter((e): e is Entity => !!e && typeof e === 'object' && !!e.kind);
  if (entities.length === 0) {
    throw new InputError(`${path} holds no catalog entity`);
  }
  const [entity, ...related] = entities;
  return { entity, related };
}
