// Reads the root README's install section ("Add Portolan to your Backstage
// app"): the test applies what it finds there, so README and test cannot
// drift apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SECTION = '## Add Portolan to your Backstage app';

function installSection(root) {
  const text = readFileSync(join(root, 'README.md'), 'utf8');
  const start = text.indexOf(`\n${SECTION}\n`);
  if (start < 0) throw new Error(`README.md has no "${SECTION}" section`);
  const rest = text.slice(start + 1);
  const next = rest.indexOf('\n## ', SECTION.length);
  return next < 0 ? rest : rest.slice(0, next);
}

/** The fenced code blocks under one `### ` heading of the install section. */
function blocksUnder(section, heading) {
  const start = section.indexOf(`\n### ${heading}\n`);
  if (start < 0)
    throw new Error(`README install section has no "### ${heading}"`);
  const body = section.slice(start + 1);
  const end = body.indexOf('\n### ', 4);
  const part = end < 0 ? body : body.slice(0, end);
  return [...part.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map(m => ({
    lang: m[1],
    lines: m[2].replace(/\n$/, '').split('\n'),
  }));
}

/** `yarn --cwd packages/<workspace> add <packages>` lines, `\` continued. */
function installCommands(section) {
  const intro = section.slice(0, section.indexOf('\n### '));
  const sh = [...intro.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map(m => m[1]);
  if (sh.length !== 1) {
    throw new Error(
      `expected one sh block before the first ###, found ${sh.length}`,
    );
  }
  const commands = sh[0]
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .filter(line => line.trim() && !line.trim().startsWith('#'));
  return commands.map(command => {
    const m =
      /^yarn --cwd (packages\/[\w-]+) add ((?:@portolan\/[\w-]+\s*)+)$/.exec(
        command.trim(),
      );
    if (!m) throw new Error(`install command not understood: ${command}`);
    return { workspace: m[1], packages: m[2].trim().split(/\s+/) };
  });
}

const isComment = line => /^\s*(\/\/|#)/.test(line);

/**
 * A legacy-frontend block: first line `// <file>`, then segments, each
 * introduced by a `// ... <where>` line.
 */
function fileEdits(block) {
  const [header, ...rest] = block.lines;
  const file = /^\/\/ (packages\/\S+)$/.exec(header)?.[1];
  if (!file)
    throw new Error(`block does not start with "// packages/...": ${header}`);
  const segments = [];
  for (const line of rest) {
    const where = /^\/\/ \.\.\. (.+)$/.exec(line)?.[1];
    if (where) segments.push({ where, lines: [] });
    else if (!segments.length)
      throw new Error(`${file}: code before the first "// ..." line`);
    else segments.at(-1).lines.push(line);
  }
  return { file, segments };
}

export function readInstallSection(root) {
  const section = installSection(root);
  const backend = blocksUnder(section, 'Backend');
  if (backend.length !== 1)
    throw new Error('expected one block under ### Backend');
  const legacy = blocksUnder(section, 'Frontend: legacy frontend system')
    .filter(b => b.lang === 'tsx')
    .map(fileEdits);
  return {
    installs: installCommands(section),
    backendLines: backend[0].lines,
    legacyEdits: legacy,
  };
}

/** Lines an adopter types: code lines, not comments or blank lines. */
export function countCode(lines) {
  return lines.filter(line => line.trim() && !isComment(line)).length;
}
