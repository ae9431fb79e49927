/*
 * One catalog pass for discovery.bench.ts: a real catalog backend on SQLite
 * in memory over ENTITIES components registered from local files, with or
 * without the discovery module. Prints the milliseconds until every
 * component is stitched (with discovery: carries its report).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend } from '@backstage/backend-defaults';

const [root, entitiesArg, discoveryArg] = process.argv.slice(2);
const ENTITIES = Number(entitiesArg);
const DISCOVERY = discoveryArg === 'true';
const PORT = 7300 + (DISCOVERY ? 1 : 0);

async function main() {
  const docs = Array.from({ length: ENTITIES }, (_, i) =>
    [
      'apiVersion: backstage.io/v1alpha1',
      'kind: Component',
      'metadata:',
      `  name: svc-${i}`,
      '  annotations:',
      `    backstage.io/source-location: file:./services/svc-${i}/`,
      'spec: { type: service, owner: team-a, lifecycle: production }',
    ].join('\n'),
  );
  // Beside the services: a local source must lie inside the catalog file's folder.
  const catalogFile = join(root, 'catalog-info.yaml');
  writeFileSync(catalogFile, docs.join('\n---\n'));
  const configFile = join(root, `config-${DISCOVERY}.json`);
  writeFileSync(
    configFile,
    JSON.stringify({
      backend: {
        baseUrl: `http://localhost:${PORT}`,
        listen: { port: PORT, host: '127.0.0.1' },
        database: { client: 'better-sqlite3', connection: ':memory:' },
        auth: { dangerouslyDisableDefaultAuthPolicy: true },
      },
      catalog: {
        rules: [{ allow: ['Component'] }],
        locations: [{ type: 'file', target: catalogFile }],
      },
    }),
  );
  process.argv = [process.argv[0], process.argv[1], '--config', configFile];
  const backend = createBackend();
  backend.add(import('@backstage/plugin-catalog-backend'));
  if (DISCOVERY) {
    backend.add(import('@portolan/plugin-catalog-backend-module-sovereignty-discovery'));
  }
  const started = performance.now();
  await backend.start();
  const annotation = 'portolan.dev/discovered';
  for (;;) {
    const response = await fetch(
      `http://127.0.0.1:${PORT}/api/catalog/entities/by-query?filter=kind=component&limit=${ENTITIES}&fields=metadata.annotations`,
    );
    const body = (await response.json()) as { items?: Array<{ metadata: { annotations?: Record<string, string> } }> };
    const items = body.items ?? [];
    const ready = items.filter(e => !DISCOVERY || e.metadata.annotations?.[annotation]).length;
    if (ready >= ENTITIES) break;
    if (performance.now() - started > 20 * 60_000) throw new Error(`only ${ready} of ${ENTITIES} entities after 20 minutes`);
    await new Promise(r => setTimeout(r, 250));
  }
  const elapsed = performance.now() - started;
  await backend.stop();
  console.log(String(Math.round(elapsed)));
  process.exit(0);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
