// Bundles the CLI with the knowledge base, the engine and the detectors into
// one file, so the packed tarball installs with no dependencies: `npx` on a
// machine with only Node 20 and no registry access beyond the tarball.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [join(root, 'src/main.ts')],
  outfile: join(root, 'dist/portolan.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
});
