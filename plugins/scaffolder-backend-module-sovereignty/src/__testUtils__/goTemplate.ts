import { stringify } from 'yaml';

/*
 * A strict renderer for the subset of Go templates (with Helm's functions)
 * that the Portable service chart uses. There is no helm binary in CI, so the
 * tests render the chart with this. Anything outside the subset throws, as
 * does a missing value, so the chart cannot drift into constructs this
 * renderer would render differently from Helm.
 *
 * Supported: text, comments, trim markers, {{ pipeline }}, if / else if /
 * else, range (over lists and maps, with $k, $v := or $v :=), with, define,
 * fields of . and $ and variables, string and number literals, parenthesised
 * pipelines, and the functions below.
 */

type Value = unknown;
type Scope = { dot: Value; root: Value; vars: Map<string, Value> };

type Token =
  | { kind: 'field'; path: string[] } // .a.b
  | { kind: 'var'; name: string; path: string[] } // $x.a
  | { kind: 'ident'; name: string }
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'punct'; value: '(' | ')' | '|' | ':=' | ',' };

type Operand =
  | { kind: 'field'; path: string[] }
  | { kind: 'var'; name: string; path: string[] }
  | { kind: 'literal'; value: Value }
  | { kind: 'pipeline'; pipeline: Pipeline }
  | { kind: 'ident'; name: string };
type Command = Operand[];
type Pipeline = Command[];

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'output'; pipeline: Pipeline }
  | {
      kind: 'if';
      branches: Array<{ cond: Pipeline; body: Node[] }>;
      otherwise: Node[];
    }
  | {
      kind: 'range';
      keyVar?: string;
      valueVar?: string;
      pipeline: Pipeline;
      body: Node[];
    }
  | { kind: 'with'; pipeline: Pipeline; body: Node[] };

export class TemplateError extends Error {}

/* ---------- lexing of the template into text and actions ---------- */

interface RawAction {
  text: string;
}

function split(source: string, file: string): Array<string | RawAction> {
  const parts: Array<string | RawAction> = [];
  let pos = 0;
  while (pos < source.length) {
    const open = source.indexOf('{{', pos);
    if (open < 0) {
      parts.push(source.slice(pos));
      break;
    }
    let text = source.slice(pos, open);
    let start = open + 2;
    if (source.startsWith('- ', start)) {
      text = text.replace(/\s+$/, '');
      start += 2;
    }
    const close = source.indexOf('}}', start);
    if (close < 0) throw new TemplateError(`${file}: unclosed action`);
    let inner = source.slice(start, close);
    let next = close + 2;
    if (inner.endsWith(' -')) {
      inner = inner.slice(0, -2);
      const rest = source.slice(next);
      next += rest.length - rest.replace(/^\s+/, '').length;
    }
    parts.push(text, { text: inner.trim() });
    pos = next;
  }
  return parts;
}

function tokenize(action: string, file: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fieldPath = (): string[] => {
    const path: string[] = [];
    while (action[i] === '.' && /[A-Za-z_]/.test(action[i + 1] ?? '')) {
      i += 1;
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(action.slice(i))!;
      path.push(m[0]);
      i += m[0].length;
    }
    return path;
  };
  while (i < action.length) {
    const c = action[i];
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === '"') {
      let j = i + 1;
      let value = '';
      while (action[j] !== '"') {
        if (j >= action.length)
          throw new TemplateError(`${file}: unterminated string`);
        if (action[j] === '\\') {
          const e = action[j + 1];
          if (e === 'n') value += '\n';
          else if (e === '"' || e === '\\') value += e;
          else throw new TemplateError(`${file}: unsupported escape \\${e}`);
          j += 2;
        } else {
          value += action[j];
          j += 1;
        }
      }
      tokens.push({ kind: 'string', value });
      i = j + 1;
    } else if (c === '.') {
      if (/[A-Za-z_]/.test(action[i + 1] ?? '')) {
        tokens.push({ kind: 'field', path: fieldPath() });
      } else {
        tokens.push({ kind: 'field', path: [] });
        i += 1;
      }
    } else if (c === '$') {
      const m = /^\$[A-Za-z0-9_]*/.exec(action.slice(i))!;
      i += m[0].length;
      tokens.push({ kind: 'var', name: m[0], path: fieldPath() });
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+/.exec(action.slice(i))!;
      tokens.push({ kind: 'number', value: Number(m[0]) });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(action.slice(i))!;
      i += m[0].length;
      if (m[0] === 'true' || m[0] === 'false') {
        tokens.push({ kind: 'bool', value: m[0] === 'true' });
      } else {
        tokens.push({ kind: 'ident', name: m[0] });
      }
    } else if (action.startsWith(':=', i)) {
      tokens.push({ kind: 'punct', value: ':=' });
      i += 2;
    } else if ('()|,'.includes(c)) {
      tokens.push({ kind: 'punct', value: c as '(' | ')' | '|' | ',' });
      i += 1;
    } else {
      throw new TemplateError(
        `${file}: unsupported character ${c} in {{ ${action} }}`,
      );
    }
  }
  return tokens;
}

/* ---------- parsing ---------- */

function parsePipeline(tokens: Token[], file: string): Pipeline {
  let pos = 0;
  const pipeline = (): Pipeline => {
    const commands: Pipeline = [[]];
    while (pos < tokens.length) {
      const t = tokens[pos];
      if (t.kind === 'punct' && t.value === ')') break;
      pos += 1;
      if (t.kind === 'punct' && t.value === '|') {
        commands.push([]);
      } else if (t.kind === 'punct' && t.value === '(') {
        const inner = pipeline();
        const closing = tokens[pos];
        if (!(closing?.kind === 'punct' && closing.value === ')')) {
          throw new TemplateError(`${file}: missing )`);
        }
        pos += 1;
        commands[commands.length - 1].push({
          kind: 'pipeline',
          pipeline: inner,
        });
      } else if (t.kind === 'punct') {
        throw new TemplateError(`${file}: unexpected ${t.value}`);
      } else if (
        t.kind === 'string' ||
        t.kind === 'number' ||
        t.kind === 'bool'
      ) {
        commands[commands.length - 1].push({ kind: 'literal', value: t.value });
      } else {
        commands[commands.length - 1].push(t);
      }
    }
    if (commands.some(c => c.length === 0)) {
      throw new TemplateError(`${file}: empty command in pipeline`);
    }
    return commands;
  };
  const result = pipeline();
  if (pos !== tokens.length) throw new TemplateError(`${file}: unbalanced )`);
  return result;
}

function parse(
  source: string,
  file: string,
  defines: Map<string, Node[]>,
): Node[] {
  const parts = split(source, file);
  let pos = 0;

  // Parses until one of the given keywords; returns the nodes and the keyword's tokens.
  const block = (stops: string[]): { nodes: Node[]; stop?: Token[] } => {
    const nodes: Node[] = [];
    while (pos < parts.length) {
      const part = parts[pos++];
      if (typeof part === 'string') {
        if (part) nodes.push({ kind: 'text', text: part });
        continue;
      }
      if (part.text.startsWith('/*')) {
        if (!part.text.endsWith('*/'))
          throw new TemplateError(`${file}: bad comment`);
        continue;
      }
      const tokens = tokenize(part.text, file);
      const head = tokens[0];
      const keyword = head?.kind === 'ident' ? head.name : undefined;
      if (keyword && stops.includes(keyword)) return { nodes, stop: tokens };
      switch (keyword) {
        case 'if': {
          const branches = [
            { cond: parsePipeline(tokens.slice(1), file), body: [] as Node[] },
          ];
          let otherwise: Node[] = [];
          for (;;) {
            const inner = block(['else', 'end']);
            const last = branches[branches.length - 1];
            if (!inner.stop) throw new TemplateError(`${file}: if without end`);
            if (
              inner.stop[0].kind === 'ident' &&
              inner.stop[0].name === 'end'
            ) {
              last.body = inner.nodes;
              break;
            }
            // else / else if
            last.body = inner.nodes;
            const rest = inner.stop.slice(1);
            if (rest[0]?.kind === 'ident' && rest[0].name === 'if') {
              branches.push({
                cond: parsePipeline(rest.slice(1), file),
                body: [],
              });
            } else {
              if (rest.length)
                throw new TemplateError(`${file}: unsupported else form`);
              const tail = block(['end']);
              if (!tail.stop)
                throw new TemplateError(`${file}: if without end`);
              otherwise = tail.nodes;
              break;
            }
          }
          nodes.push({ kind: 'if', branches, otherwise });
          break;
        }
        case 'range': {
          let rest = tokens.slice(1);
          let keyVar: string | undefined;
          let valueVar: string | undefined;
          const assign = rest.findIndex(
            t => t.kind === 'punct' && t.value === ':=',
          );
          if (assign >= 0) {
            const vars = rest
              .slice(0, assign)
              .filter(t => !(t.kind === 'punct' && t.value === ','));
            if (
              !vars.every(v => v.kind === 'var' && v.path.length === 0) ||
              vars.length > 2
            ) {
              throw new TemplateError(`${file}: unsupported range variables`);
            }
            const names = vars.map(v => (v as { name: string }).name);
            [keyVar, valueVar] =
              names.length === 2 ? names : [undefined, names[0]];
            rest = rest.slice(assign + 1);
          }
          const inner = block(['end', 'else']);
          if (
            !inner.stop ||
            (inner.stop[0] as { name?: string }).name !== 'end'
          ) {
            throw new TemplateError(
              `${file}: range needs end (range/else is not supported)`,
            );
          }
          nodes.push({
            kind: 'range',
            keyVar,
            valueVar,
            pipeline: parsePipeline(rest, file),
            body: inner.nodes,
          });
          break;
        }
        case 'with': {
          const inner = block(['end', 'else']);
          if (
            !inner.stop ||
            (inner.stop[0] as { name?: string }).name !== 'end'
          ) {
            throw new TemplateError(
              `${file}: with needs end (with/else is not supported)`,
            );
          }
          nodes.push({
            kind: 'with',
            pipeline: parsePipeline(tokens.slice(1), file),
            body: inner.nodes,
          });
          break;
        }
        case 'define': {
          const name = tokens[1];
          if (name?.kind !== 'string' || tokens.length !== 2) {
            throw new TemplateError(`${file}: define needs one name`);
          }
          const inner = block(['end']);
          if (!inner.stop)
            throw new TemplateError(`${file}: define without end`);
          defines.set(name.value, inner.nodes);
          break;
        }
        case 'else':
        case 'end':
          throw new TemplateError(`${file}: unexpected ${keyword}`);
        case 'template':
        case 'block':
        case 'break':
        case 'continue':
          throw new TemplateError(`${file}: ${keyword} is not supported`);
        default:
          if (tokens.some(t => t.kind === 'punct' && t.value === ':=')) {
            throw new TemplateError(
              `${file}: variable assignment is not supported`,
            );
          }
          nodes.push({ kind: 'output', pipeline: parsePipeline(tokens, file) });
      }
    }
    return { nodes };
  };
  const result = block([]);
  return result.nodes;
}

/* ---------- evaluation ---------- */

function isTruthy(value: Value): boolean {
  if (value === undefined || value === null || value === false) return false;
  if (value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value as object).length > 0;
  return true;
}

function lookup(base: Value, path: string[], what: string): Value {
  let value = base;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new TemplateError(`${what}: cannot read .${key} of a non-map`);
    }
    if (!(key in (value as object))) {
      throw new TemplateError(`${what}: no value at .${path.join('.')}`);
    }
    value = (value as Record<string, Value>)[key];
  }
  return value;
}

function print(value: Value, what: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  throw new TemplateError(`${what}: cannot print ${JSON.stringify(value)}`);
}

function indentLines(spaces: number, text: string): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map(line => pad + line)
    .join('\n');
}

/** Helm's toYaml: sigs.k8s.io/yaml output without the trailing newline. */
function toYaml(value: Value): string {
  if (value === null || value === undefined) return 'null';
  return stringify(value, { sortMapEntries: true, lineWidth: 0 }).replace(
    /\n$/,
    '',
  );
}

export class GoTemplateRenderer {
  private readonly defines = new Map<string, Node[]>();
  private readonly files = new Map<string, Node[]>();

  /** Adds a template file; `_*.tpl` files only contribute defines. */
  add(name: string, source: string) {
    this.files.set(name, parse(source, name, this.defines));
  }

  render(name: string, data: Value): string {
    const nodes = this.files.get(name);
    if (!nodes) throw new TemplateError(`no template ${name}`);
    return this.exec(nodes, { dot: data, root: data, vars: new Map() }, name);
  }

  private exec(nodes: Node[], scope: Scope, file: string): string {
    let out = '';
    for (const node of nodes) {
      switch (node.kind) {
        case 'text':
          out += node.text;
          break;
        case 'output':
          out += print(this.pipeline(node.pipeline, scope, file), file);
          break;
        case 'if': {
          const branch = node.branches.find(b =>
            isTruthy(this.pipeline(b.cond, scope, file)),
          );
          out += this.exec(branch ? branch.body : node.otherwise, scope, file);
          break;
        }
        case 'with': {
          const value = this.pipeline(node.pipeline, scope, file);
          if (isTruthy(value))
            out += this.exec(node.body, { ...scope, dot: value }, file);
          break;
        }
        case 'range': {
          const value = this.pipeline(node.pipeline, scope, file);
          let entries: Array<[Value, Value]>;
          if (Array.isArray(value)) entries = value.map((v, i) => [i, v]);
          else if (value && typeof value === 'object') {
            // Go ranges over map keys in sorted order.
            entries = Object.keys(value)
              .sort()
              .map(k => [k, (value as Record<string, Value>)[k]]);
          } else if (value === null || value === undefined) entries = [];
          else
            throw new TemplateError(
              `${file}: cannot range over ${JSON.stringify(value)}`,
            );
          for (const [key, item] of entries) {
            const vars = new Map(scope.vars);
            if (node.keyVar) vars.set(node.keyVar, key);
            if (node.valueVar) vars.set(node.valueVar, item);
            out += this.exec(
              node.body,
              { dot: item, root: scope.root, vars },
              file,
            );
          }
          break;
        }
        default:
          throw new TemplateError(`${file}: unknown node`);
      }
    }
    return out;
  }

  private operand(op: Operand, scope: Scope, file: string): Value {
    switch (op.kind) {
      case 'literal':
        return op.value;
      case 'field':
        return lookup(scope.dot, op.path, file);
      case 'var': {
        const base = op.name === '$' ? scope.root : scope.vars.get(op.name);
        if (op.name !== '$' && !scope.vars.has(op.name)) {
          throw new TemplateError(`${file}: undefined variable ${op.name}`);
        }
        return lookup(base, op.path, file);
      }
      case 'pipeline':
        return this.pipeline(op.pipeline, scope, file);
      case 'ident':
        return this.call(op.name, [], file);
      default:
        throw new TemplateError(`${file}: bad operand`);
    }
  }

  private pipeline(pipeline: Pipeline, scope: Scope, file: string): Value {
    let piped: Value;
    let hasPiped = false;
    for (const command of pipeline) {
      const [head, ...rest] = command;
      if (head.kind === 'ident') {
        const args = rest.map(a => this.operand(a, scope, file));
        if (hasPiped) args.push(piped);
        piped = this.call(head.name, args, file);
      } else {
        if (hasPiped || rest.length > 0) {
          throw new TemplateError(
            `${file}: only a function can take arguments or a piped value`,
          );
        }
        piped = this.operand(head, scope, file);
      }
      hasPiped = true;
    }
    return piped;
  }

  private call(name: string, args: Value[], file: string): Value {
    const arity = (n: number) => {
      if (args.length !== n)
        throw new TemplateError(
          `${file}: ${name} takes ${n} arguments, got ${args.length}`,
        );
    };
    const str = (v: Value) => {
      if (typeof v !== 'string')
        throw new TemplateError(
          `${file}: ${name} needs a string, got ${JSON.stringify(v)}`,
        );
      return v;
    };
    const int = (v: Value) => {
      if (typeof v !== 'number' || !Number.isInteger(v))
        throw new TemplateError(`${file}: ${name} needs an integer`);
      return v;
    };
    switch (name) {
      case 'include': {
        arity(2);
        const body = this.defines.get(str(args[0]));
        if (!body)
          throw new TemplateError(`${file}: no template "${args[0]}" defined`);
        return this.exec(
          body,
          { dot: args[1], root: args[1], vars: new Map() },
          file,
        );
      }
      case 'quote':
        arity(1);
        return JSON.stringify(print(args[0], file));
      case 'default':
        arity(2);
        return isTruthy(args[1]) ? args[1] : args[0];
      case 'toYaml':
        arity(1);
        return toYaml(args[0]);
      case 'nindent':
        arity(2);
        return `\n${indentLines(int(args[0]), str(args[1]))}`;
      case 'indent':
        arity(2);
        return indentLines(int(args[0]), str(args[1]));
      case 'trunc':
        arity(2);
        return str(args[1]).slice(0, int(args[0]));
      case 'trimSuffix': {
        arity(2);
        const [suffix, value] = [str(args[0]), str(args[1])];
        return suffix && value.endsWith(suffix)
          ? value.slice(0, -suffix.length)
          : value;
      }
      case 'printf': {
        const [format, ...rest] = args;
        let i = 0;
        const out = str(format).replace(/%(.)/g, (_m, verb: string) => {
          if (verb === '%') return '%';
          if (verb !== 's')
            throw new TemplateError(`${file}: printf supports %s only`);
          if (i >= rest.length)
            throw new TemplateError(`${file}: printf is missing an argument`);
          return print(rest[i++], file);
        });
        if (i !== rest.length)
          throw new TemplateError(`${file}: printf has extra arguments`);
        return out;
      }
      case 'eq':
        arity(2);
        if (typeof args[0] !== typeof args[1]) {
          throw new TemplateError(
            `${file}: eq compares values of different types`,
          );
        }
        return args[0] === args[1];
      case 'not':
        arity(1);
        return !isTruthy(args[0]);
      default:
        throw new TemplateError(`${file}: function ${name} is not supported`);
    }
  }
}
