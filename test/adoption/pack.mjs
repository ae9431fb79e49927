// Builds and packs Portolan's packages the way a release does (README,
// "Building and packing the packages"): root tsc, `backstage-cli package
// build` per package, then `npm pack`, whose prepack/postpack rewrite the
// package.json exactly as `npm publish` would.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The plugins an adopter installs: the four of the install section and their Portolan dependencies. */
export const PACKED_PLUGINS = [
  'sovereignty-knowledge',
  'sovereignty-common',
  'sovereignty-discovery',
  'sovereignty-node',
  'sovereignty-backend',
  'catalog-backend-module-sovereignty-discovery',
  'scaffolder-backend-module-sovereignty',
  'sovereignty',
];

export function run(command, args, { cwd, env, log }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = chunk => {
      output += chunk;
      log?.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('exit', code => {
      if (code === 0) resolve(output);
      else {
        reject(
          new Error(
            `${command} ${args.join(
              ' ',
            )} (in ${cwd}) exited with ${code}:\n${output.slice(-4000)}`,
          ),
        );
      }
    });
  });
}

/** Packs every plugin into `destination`; returns name -> tarball path. */
export async function packPlugins(root, destination, log) {
  const env = {
    PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH}`,
  };
  await run(join(root, 'node_modules', '.bin', 'tsc'), [], {
    cwd: root,
    env,
    log,
  });
  for (const plugin of PACKED_PLUGINS) {
    await run('backstage-cli', ['package', 'build'], {
      cwd: join(root, 'plugins', plugin),
      env,
      log,
    });
  }
  // One npm invocation for all: npm reads the workspace tree once.
  await run(
    'npm',
    [
      'pack',
      ...PACKED_PLUGINS.flatMap(plugin => ['--workspace', `plugins/${plugin}`]),
      '--pack-destination',
      destination,
    ],
    { cwd: root, env, log },
  );
  const tarballs = new Map();
  for (const plugin of PACKED_PLUGINS) {
    const { name, version } = manifest(root, plugin);
    tarballs.set(name, packedFile(destination, name, version));
  }
  return tarballs;
}

/** Registry packages at exact versions, as tarballs: name -> tarball path. */
export async function fetchRegistryTarballs(packages, destination, env) {
  const tarballs = new Map();
  for (const { name, version } of packages) {
    await run(
      'npm',
      [
        'pack',
        `${name}@${version}`,
        '--pack-destination',
        destination,
        '--prefer-offline',
      ],
      { cwd: destination, env },
    );
    tarballs.set(name, packedFile(destination, name, version));
  }
  return tarballs;
}

function packedFile(destination, name, version) {
  // npm's tarball name: scope and name joined by a dash, then the version.
  const file = join(
    destination,
    `${name.slice(1).replace('/', '-')}-${version}.tgz`,
  );
  if (!existsSync(file)) throw new Error(`npm pack wrote no ${file}`);
  return file;
}

function manifest(root, plugin) {
  return JSON.parse(
    readFileSync(join(root, 'plugins', plugin, 'package.json'), 'utf8'),
  );
}
