// Turns a copy of a stock app fixture into an app that adopted Portolan:
// the README's install commands (package.json entries plus the packed
// tarballs in node_modules), its backend lines and, for the legacy frontend
// system, its frontend lines.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { run } from './pack.mjs';
import { countCode } from './readme.mjs';

const require = createRequire(import.meta.url);
const semver = require('semver');

const readJson = file => JSON.parse(readFileSync(file, 'utf8'));
const writeJson = (file, value) =>
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

export function copyFixture(fixtureDir, workDir) {
  cpSync(fixtureDir, workDir, { recursive: true });
}

async function extract(tarball, into) {
  mkdirSync(into, { recursive: true });
  await run('tar', ['xzf', tarball, '-C', into, '--strip-components=1'], {
    cwd: dirname(tarball),
  });
}

/**
 * What `yarn --cwd <workspace> add <packages>` does: a `^version` entry in
 * the workspace's package.json, and the packages with their Portolan
 * dependencies in the app's root node_modules (where npm and yarn's
 * node-modules linker hoist them). Everything else they need is resolved
 * from the node_modules above the app; `checkResolution` proves that npm
 * would not have nested a second copy of any of it.
 */
export async function installPackages(workDir, installs, tarballs) {
  const installed = new Set();
  const install = async name => {
    if (installed.has(name)) return;
    const tarball = tarballs.get(name);
    if (!tarball) throw new Error(`no tarball for ${name}`);
    installed.add(name);
    const into = join(workDir, 'node_modules', ...name.split('/'));
    await extract(tarball, into);
    const manifest = readJson(join(into, 'package.json'));
    for (const dep of Object.keys(manifest.dependencies ?? {})) {
      if (tarballs.has(dep)) await install(dep);
    }
  };
  for (const { workspace, packages } of installs) {
    const file = join(workDir, workspace, 'package.json');
    const manifest = readJson(file);
    for (const name of packages) {
      await install(name);
      const { version } = readJson(
        join(workDir, 'node_modules', ...name.split('/'), 'package.json'),
      );
      manifest.dependencies[name] = `^${version}`;
    }
    writeJson(file, manifest);
  }
  return [...installed];
}

/** Stock dependencies the repository's node_modules lacks, from their registry tarballs. */
export async function installStockTarballs(workDir, stockTarballs) {
  for (const [name, tarball] of stockTarballs) {
    await extract(tarball, join(workDir, 'node_modules', ...name.split('/')));
  }
}

function resolvedManifest(fromDir, name) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', ...name.split('/'), 'package.json');
    if (existsSync(file)) return { file, version: readJson(file).version };
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Every dependency and peer dependency of the installed Portolan packages
 * resolves to one version that satisfies its range: what a real install
 * would dedupe to, rather than nest a second copy (as it did when the
 * ranges lagged the app's Backstage release).
 */
export function checkResolution(workDir, names) {
  const problems = [];
  for (const name of names) {
    const dir = join(workDir, 'node_modules', ...name.split('/'));
    const manifest = readJson(join(dir, 'package.json'));
    const optional = manifest.peerDependenciesMeta ?? {};
    const wanted = { ...manifest.peerDependencies, ...manifest.dependencies };
    for (const [dep, range] of Object.entries(wanted)) {
      if (optional[dep]?.optional) continue;
      const found = resolvedManifest(dir, dep);
      if (!found) problems.push(`${name}: ${dep}@${range} is not installed`);
      else if (!semver.satisfies(found.version, range)) {
        problems.push(
          `${name}: ${dep}@${range} resolves to ${found.version} (${found.file}); npm would nest a second copy`,
        );
      }
    }
  }
  if (problems.length) throw new Error(problems.join('\n'));
}

function insertAt(file, anchor, block) {
  const text = readFileSync(file, 'utf8').split('\n');
  const at = anchor(text);
  text.splice(at, 0, ...block);
  writeFileSync(file, text.join('\n'));
}

function onlyIndex(text, predicate, what) {
  const hits = text.flatMap((line, i) => (predicate(line) ? [i] : []));
  if (hits.length !== 1) {
    throw new Error(`expected one ${what}, found ${hits.length}`);
  }
  return hits[0];
}

/** The backend block goes before `backend.start();`, as in every backend index. */
export function addBackendLines(workDir, backendLines) {
  const file = join(workDir, 'packages/backend/src/index.ts');
  insertAt(
    file,
    text =>
      onlyIndex(
        text,
        line => line.trim() === 'backend.start();',
        'backend.start()',
      ),
    backendLines,
  );
  return countCode(backendLines);
}

const layoutEnd = name => text => {
  const start = onlyIndex(
    text,
    line => line === `const ${name} = (`,
    `const ${name}`,
  );
  const end = text.findIndex(
    (line, i) => i > start && line.trim() === '</EntityLayout>',
  );
  if (end < 0) throw new Error(`${name} has no </EntityLayout>`);
  return end;
};

/**
 * Where each `// ... <where>` line of the README's legacy blocks points in
 * a stock `--legacy` app; a README wording this table does not know fails
 * the test, so a changed instruction is a changed test.
 */
const PLACES = {
  'with the other imports': [() => 0],
  'inside <FlatRoutes>': [
    text =>
      onlyIndex(text, line => line.trim() === '<FlatRoutes>', '<FlatRoutes>') +
      1,
  ],
  "in overviewContent, after the EntityAboutCard's grid item": [
    text => {
      const start = onlyIndex(
        text,
        line => line === 'const overviewContent = (',
        'const overviewContent',
      );
      const card = text.findIndex(
        (line, i) => i > start && line.trim() === '<EntityAboutCard />',
      );
      if (card < 0 || text[card + 1].trim() !== '</Grid>') {
        throw new Error('overviewContent has no EntityAboutCard grid item');
      }
      return card + 2;
    },
  ],
  'before serviceEntityPage': [
    text =>
      onlyIndex(
        text,
        line => line === 'const serviceEntityPage = (',
        'serviceEntityPage',
      ),
  ],
  'as the last route of serviceEntityPage, websiteEntityPage, defaultEntityPage and systemPage':
    [
      'serviceEntityPage',
      'websiteEntityPage',
      'defaultEntityPage',
      'systemPage',
    ].map(layoutEnd),
  'in the "Menu" <SidebarGroup>': [
    text =>
      onlyIndex(
        text,
        line => line.includes('<SidebarGroup label="Menu"'),
        'Menu group',
      ) + 1,
  ],
};

/** Applies the README's legacy blocks; returns the lines an adopter types. */
export function addLegacyFrontendLines(workDir, legacyEdits) {
  let typed = 0;
  for (const { file, segments } of legacyEdits) {
    const path = join(workDir, file);
    if (!existsSync(path))
      throw new Error(`README names ${file}, which a stock app lacks`);
    for (const { where, lines } of segments) {
      const anchors = PLACES[where];
      if (!anchors)
        throw new Error(
          `README place not known to the test: "// ... ${where}" (${file})`,
        );
      for (const anchor of anchors) {
        insertAt(path, anchor, lines);
        typed += countCode(lines);
      }
    }
  }
  return typed;
}
