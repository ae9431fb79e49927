import { parseEntityRef } from '@backstage/catalog-model';

/**
 * The path of an entity's Sovereignty tab in the app, as the example
 * portal's entity pages mount it (`/catalog/:namespace/:kind/:name`, kind in
 * lower case, the tab at `/sovereignty`).
 */
export function sovereigntyTabPath(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/catalog/${encodeURIComponent(namespace)}/${encodeURIComponent(
    kind.toLocaleLowerCase('en-US'),
  )}/${encodeURIComponent(name)}/sovereignty`;
}
