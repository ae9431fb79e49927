import type { PackageEcosystem } from '@portolan/plugin-sovereignty-common';
import { scanToml, type TomlValue } from './toml';
import { scanXml } from './xml';

/** A package a manifest depends on, named as the registry spells it. */
export interface PackageUse {
  ecosystem: PackageEcosystem;
  /** Normalised for lookup (PyPI per PEP 503; Go without a major-version suffix). */
  name: string;
  line?: number;
}

/** Reads one manifest; may throw after emitting what it read before the error. */
export type ManifestReader = (
  text: string,
  emit: (use: PackageUse) => void,
) => void;

/**
 * Sections of package.json that ship with the package. `devDependencies`
 * are left out: they are build and test tooling that is not deployed, so a
 * cloud SDK there (a test emulator client, a seeding script) does not tie
 * the running service to the cloud. Bundled frontends that keep runtime
 * code in devDependencies are the known gap of this choice.
 */
const NPM_SECTIONS = [
  'dependencies',
  'optionalDependencies',
  'peerDependencies',
];

export const readPackageJson: ManifestReader = (text, emit) => {
  const manifest: unknown = JSON.parse(text);
  if (!manifest || typeof manifest !== 'object') return;
  const lines = objectKeyLines(text);
  for (const section of NPM_SECTIONS) {
    const dependencies = (manifest as Record<string, unknown>)[section];
    if (!dependencies || typeof dependencies !== 'object') continue;
    for (const [key, spec] of Object.entries(dependencies)) {
      emit({
        ecosystem: 'npm',
        name: npmAliasTarget(key, spec),
        line: lines.get(key),
      });
    }
  }
};

/** `"alias": "npm:@aws-sdk/client-s3@^3"` installs the package after `npm:`. */
function npmAliasTarget(key: string, spec: unknown): string {
  if (typeof spec !== 'string' || !spec.startsWith('npm:')) return key;
  const target = spec.slice(4);
  const versionAt = target.indexOf('@', 1);
  return versionAt > 0 ? target.slice(0, versionAt) : target;
}

/** The first line on which each JSON object key appears, in one pass over the text. */
function objectKeyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') line += 1;
    if (c !== '"') {
      i += 1;
      continue;
    }
    const start = i + 1;
    const keyLine = line;
    i = start;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i += 1;
      else if (text[i] === '\n') line += 1;
      i += 1;
    }
    const key = text.slice(start, i);
    i += 1;
    let j = i;
    while (j < text.length && ' \t\r\n'.includes(text[j])) j += 1;
    if (text[j] === ':' && !lines.has(key)) lines.set(key, keyLine);
  }
  return lines;
}

const isNameChar = (c: string) =>
  (c >= 'a' && c <= 'z') ||
  (c >= 'A' && c <= 'Z') ||
  (c >= '0' && c <= '9') ||
  c === '-' ||
  c === '_' ||
  c === '.';

/** What may follow a project name in a PEP 508 requirement. */
const REQUIREMENT_NAME_END = ' \t[<>=!~;@(,';

/** PEP 503: lower case, runs of `-`, `_`, `.` become one `-`. */
export function normalisePypiName(name: string): string {
  let out = '';
  let inSeparator = false;
  for (const c of name.toLowerCase()) {
    if (c === '-' || c === '_' || c === '.') {
      if (!inSeparator) out += '-';
      inSeparator = true;
    } else {
      out += c;
      inSeparator = false;
    }
  }
  return out;
}

/**
 * The project name of a PEP 508 requirement (`azure-cosmos[aio]>=4.5;
 * python_version>"3.8"`), or undefined for URLs, paths and options.
 */
export function requirementName(spec: string): string | undefined {
  let i = 0;
  while (i < spec.length && (spec[i] === ' ' || spec[i] === '\t')) i += 1;
  const start = i;
  while (i < spec.length && isNameChar(spec[i])) i += 1;
  if (i === start || !/[A-Za-z0-9]/.test(spec[start])) return undefined;
  if (i < spec.length && !REQUIREMENT_NAME_END.includes(spec[i]))
    return undefined;
  return normalisePypiName(spec.slice(start, i));
}

/**
 * Where pip-compile (and `uv pip compile`) say a pinned requirement comes
 * from: a requirements input (`-r requirements.in`) or the project's own
 * metadata (`my-app (pyproject.toml)`) for the project's direct
 * dependencies, another package's name for everything pulled in by them.
 * A constraints file (`-c constraints.txt`) only pins versions, so it does
 * not make a requirement direct.
 */
const DIRECT_ORIGIN_PREFIXES = ['-r '];
const DIRECT_ORIGIN_SUFFIXES = [
  '(pyproject.toml)',
  '(setup.py)',
  '(setup.cfg)',
];
const isDirectOrigin = (origin: string) =>
  DIRECT_ORIGIN_PREFIXES.some(prefix => origin.startsWith(prefix)) ||
  DIRECT_ORIGIN_SUFFIXES.some(suffix => origin.endsWith(suffix));

/**
 * requirements*.txt: one requirement per line, `\` continues a line,
 * options skipped. A compiled lock file annotates each pin with
 * `# via ...`; pins that only other packages pull in are transitive and
 * left out, as `// indirect` ones are in go.mod: a cloud SDK that a
 * framework depends on is not the service's own use.
 */
export const readRequirementsTxt: ManifestReader = (text, emit) => {
  const lines = text.split('\n');
  const withoutCr = (line: string) =>
    line.endsWith('\r') ? line.slice(0, -1) : line;
  let pending: (PackageUse & { origins?: string[] }) | undefined;
  let readingOrigins = false;
  const flush = () => {
    const origins = pending?.origins ?? [];
    if (pending && (origins.length === 0 || origins.some(isDirectOrigin)))
      emit({
        ecosystem: pending.ecosystem,
        name: pending.name,
        line: pending.line,
      });
    pending = undefined;
  };
  for (let index = 0; index < lines.length; index += 1) {
    const firstLine = index + 1;
    const parts = [withoutCr(lines[index])];
    while (parts[parts.length - 1].endsWith('\\') && index + 1 < lines.length) {
      parts[parts.length - 1] = parts[parts.length - 1].slice(0, -1);
      index += 1;
      parts.push(withoutCr(lines[index]));
    }
    const logical = parts.join('');
    const comment = commentStart(logical);
    const requirement = (
      comment >= 0 ? logical.slice(0, comment) : logical
    ).trim();
    if (requirement === '' && comment >= 0 && pending) {
      const note = logical.slice(comment + 1).trim();
      if (note === 'via') {
        pending.origins = [];
        readingOrigins = true;
      } else if (note.startsWith('via ')) {
        pending.origins = [note.slice('via '.length).trim()];
        readingOrigins = false;
      } else if (readingOrigins && note !== '') {
        pending.origins?.push(note);
      } else {
        readingOrigins = false;
      }
      continue;
    }
    if (requirement === '' || requirement.startsWith('-')) continue;
    const name = requirementName(requirement);
    if (!name) continue;
    flush();
    readingOrigins = false;
    pending = { ecosystem: 'pypi', name, line: firstLine };
  }
  flush();
};

/** `#` at the start or after whitespace starts a comment in requirements files. */
function commentStart(line: string): number {
  for (let i = 0; i < line.length; i += 1) {
    if (
      line[i] === '#' &&
      (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')
    )
      return i;
  }
  return -1;
}

const strings = (value: TomlValue): Array<{ value: string; line: number }> =>
  value.kind === 'array'
    ? value.items.flatMap(item => (item.kind === 'string' ? [item] : []))
    : [];

const startsWithPath = (key: string[], prefix: string[]) =>
  key.length >= prefix.length && prefix.every((part, i) => key[i] === part);

/**
 * pyproject.toml: PEP 621 `[project] dependencies` and optional
 * dependencies, and Poetry's main `[tool.poetry.dependencies]` (groups are
 * development tooling, left out like npm's devDependencies).
 */
export const readPyproject: ManifestReader = (text, emit) => {
  const seen = new Set<string>();
  const once = (name: string | undefined, line: number) => {
    if (!name || name === 'python' || seen.has(name)) return;
    seen.add(name);
    emit({ ecosystem: 'pypi', name, line });
  };
  scanToml(text, {
    table: () => {},
    // `[tool.poetry.dependencies.requests]` sub-tables arrive as pairs with a longer key.
    pair: (key, value, line) => {
      if (
        key.length === 2 &&
        startsWithPath(key, ['project', 'dependencies'])
      ) {
        for (const item of strings(value))
          once(requirementName(item.value), item.line);
      } else if (
        key.length === 3 &&
        startsWithPath(key, ['project', 'optional-dependencies'])
      ) {
        for (const item of strings(value))
          once(requirementName(item.value), item.line);
      } else if (
        key.length >= 4 &&
        startsWithPath(key, ['tool', 'poetry', 'dependencies'])
      ) {
        once(normalisePypiName(key[3]), line);
      }
    },
  });
};

/** Pipfile: the `[packages]` table; `[dev-packages]` is tooling. */
export const readPipfile: ManifestReader = (text, emit) => {
  const seen = new Set<string>();
  scanToml(text, {
    table: () => {},
    pair: (key, _value, line) => {
      if (key.length < 2 || key[0] !== 'packages') return;
      const name = normalisePypiName(key[1]);
      if (seen.has(name)) return;
      seen.add(name);
      emit({ ecosystem: 'pypi', name, line });
    },
  });
};

/** Gradle version catalog: `[libraries]` entries as `"g:a:v"`, `{ module = "g:a" }` or `{ group, name }`. */
export const readVersionCatalog: ManifestReader = (text, emit) => {
  scanToml(text, {
    table: () => {},
    pair: (key, value, line) => {
      if (key.length !== 2 || key[0] !== 'libraries') return;
      let coordinates: string | undefined;
      if (value.kind === 'string') coordinates = value.value;
      else if (value.kind === 'table') {
        const module = value.entries.get('module');
        const group = value.entries.get('group');
        const name = value.entries.get('name');
        if (module?.kind === 'string') coordinates = module.value;
        else if (group?.kind === 'string' && name?.kind === 'string') {
          coordinates = `${group.value}:${name.value}`;
        }
      }
      const maven = coordinates && mavenCoordinates(coordinates);
      if (maven) emit({ ecosystem: 'maven', name: maven, line });
    },
  });
};

/** `group:artifact[:version][@ext]` -> `group:artifact`. */
function mavenCoordinates(text: string): string | undefined {
  const parts = text.split(':');
  if (parts.length < 2 || !parts[0] || !parts[1]) return undefined;
  const at = parts[1].indexOf('@');
  return `${parts[0].trim()}:${(at >= 0
    ? parts[1].slice(0, at)
    : parts[1]
  ).trim()}`;
}

/** `cloud.google.com/go/pubsub/v2` -> `cloud.google.com/go/pubsub`: one rule per module. */
export function withoutMajorVersion(module: string): string {
  const slash = module.lastIndexOf('/');
  const last = module.slice(slash + 1);
  if (slash > 0 && last.length > 1 && last[0] === 'v') {
    let digits = true;
    for (const c of last.slice(1)) if (c < '0' || c > '9') digits = false;
    if (digits) return module.slice(0, slash);
  }
  return module;
}

/** go.mod: `require` lines and blocks; `// indirect` requirements are transitive and left out. */
export const readGoMod: ManifestReader = (text, emit) => {
  let inRequireBlock = false;
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const comment = raw.indexOf('//');
    const code = (comment >= 0 ? raw.slice(0, comment) : raw).trim();
    const indirect =
      comment >= 0 &&
      raw
        .slice(comment + 2)
        .trim()
        .startsWith('indirect');
    let module: string | undefined;
    if (inRequireBlock) {
      if (code.startsWith(')')) inRequireBlock = false;
      else module = firstToken(code);
    } else if (code.startsWith('require')) {
      const rest = code.slice('require'.length).trim();
      if (rest.startsWith('(')) inRequireBlock = true;
      else if (
        rest !== '' &&
        code[7] !== undefined &&
        ' \t'.includes(code[7])
      ) {
        module = firstToken(rest);
      }
    }
    if (module && !indirect) {
      emit({
        ecosystem: 'go',
        name: withoutMajorVersion(module),
        line: index + 1,
      });
    }
  });
};

function firstToken(code: string): string | undefined {
  if (code === '') return undefined;
  const quote = code[0];
  if (quote === '"' || quote === '`') {
    const close = code.indexOf(quote, 1);
    return close > 1 ? code.slice(1, close) : undefined;
  }
  let end = 0;
  while (end < code.length && code[end] !== ' ' && code[end] !== '\t') end += 1;
  return code.slice(0, end);
}

/**
 * pom.xml: `<dependency>` elements directly under `<dependencies>`, outside
 * `<dependencyManagement>` (versions and BOMs, not use) and `<plugin>`
 * (build tooling); test scope is tooling too.
 */
export const readPom: ManifestReader = (text, emit) => {
  const stack: string[] = [];
  let excluded = 0;
  let current:
    | { groupId?: string; artifactId?: string; scope?: string; line: number }
    | undefined;
  scanXml(text, {
    open: (name, _attributes, line, selfClosing) => {
      if (selfClosing) return;
      if (name === 'dependencyManagement' || name === 'plugin') excluded += 1;
      if (
        name === 'dependency' &&
        excluded === 0 &&
        stack[stack.length - 1] === 'dependencies'
      ) {
        current = { line };
      } else if (
        current &&
        name === 'artifactId' &&
        stack[stack.length - 1] === 'dependency'
      ) {
        current.line = line;
      }
      stack.push(name);
    },
    text: value => {
      const element = stack[stack.length - 1];
      if (!current || stack[stack.length - 2] !== 'dependency') return;
      if (
        element === 'groupId' ||
        element === 'artifactId' ||
        element === 'scope'
      ) {
        current[element] = value.trim();
      }
    },
    close: name => {
      // Tolerant of unbalanced tags: only a matching close pops, so the scan stays linear.
      if (stack[stack.length - 1] !== name) return;
      stack.pop();
      if (name === 'dependencyManagement' || name === 'plugin') excluded -= 1;
      if (
        name === 'dependency' &&
        current &&
        stack[stack.length - 1] === 'dependencies'
      ) {
        const { groupId, artifactId, scope, line } = current;
        current = undefined;
        if (groupId && artifactId && scope !== 'test') {
          emit({ ecosystem: 'maven', name: `${groupId}:${artifactId}`, line });
        }
      }
    },
  });
};

/**
 * .csproj/.fsproj/.vbproj and Directory.Build.props: `<PackageReference
 * Include="...">`; packages.config: `<package id="...">`. Central
 * `<PackageVersion>` entries only pin versions and are not use.
 */
export const readNugetProject: ManifestReader = (text, emit) => {
  scanXml(text, {
    open: (name, attributes, line) => {
      let id: string | undefined;
      if (name === 'PackageReference') id = attributes.get('include');
      else if (name === 'package') id = attributes.get('id');
      if (id && id.trim()) emit({ ecosystem: 'nuget', name: id.trim(), line });
    },
    close: () => {},
    text: () => {},
  });
};

/** Configurations whose dependencies ship with the application. */
const GRADLE_CONFIGURATIONS = new Set([
  'implementation',
  'api',
  'compile',
  'runtimeOnly',
  'runtime',
]);

/**
 * build.gradle / build.gradle.kts, line by line: `implementation("g:a:v")`,
 * `implementation 'g:a:v'`, `implementation(group = "g", name = "a")`,
 * `api group: 'g', name: 'a'`. `platform(...)` BOMs pin versions and are
 * not services; test configurations are tooling.
 */
export const readGradle: ManifestReader = (text, emit) => {
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    let end = 0;
    while (end < line.length && /[A-Za-z]/.test(line[end])) end += 1;
    if (!GRADLE_CONFIGURATIONS.has(line.slice(0, end))) return;
    const rest = line.slice(end);
    if (rest !== '' && !' \t("\''.includes(rest[0])) return;
    if (rest.includes('platform(')) return;
    const group = namedArgument(rest, 'group');
    const name = namedArgument(rest, 'name');
    const coordinates = group && name ? `${group}:${name}` : firstQuoted(rest);
    const maven = coordinates ? mavenCoordinates(coordinates) : undefined;
    if (maven) emit({ ecosystem: 'maven', name: maven, line: index + 1 });
  });
};

function firstQuoted(text: string): string | undefined {
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '"' || text[i] === "'") {
      const close = text.indexOf(text[i], i + 1);
      return close > i ? text.slice(i + 1, close) : undefined;
    }
  }
  return undefined;
}

/** The quoted value after `name:` or `name =`, if the argument is there. */
function namedArgument(text: string, argument: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = text.indexOf(argument, from);
    if (at < 0) return undefined;
    from = at + argument.length;
    const before = at === 0 ? ' ' : text[at - 1];
    if (!' \t(,'.includes(before)) continue;
    let i = from;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i += 1;
    if (text[i] !== ':' && text[i] !== '=') continue;
    return firstQuoted(text.slice(i + 1));
  }
}
