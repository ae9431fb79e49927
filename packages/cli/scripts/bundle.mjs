// Bundles the CLI with the knowledge base, the engine and the detectors into
// one file, so the packed tarball installs with no dependencies: `npx` on a
// machine with only Node 20 and no registry access beyond the tarball.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Tests bundle to a folder of their own, so they never race npm pack's bundle.
const outfile = process.argv[2] ?? join(root, 'dist/portolan.cjs');
await build({
  entryPoints: [join(root, 'src/main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
});
