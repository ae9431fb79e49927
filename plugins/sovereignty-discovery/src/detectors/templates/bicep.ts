import { childType } from './armTypes';

/**
 * Just enough of Bicep to find what a file deploys: `resource` and `module`
 * declarations, nested child resources, the `kind` and `location` of each,
 * and literal defaults of `param` and `var` (which locations often name).
 * One linear pass: a tokenizer that skips comments and strings (with
 * interpolations nested to any depth), then a walk over the tokens keeping a
 * stack of open brackets.
 * https://learn.microsoft.com/en-us/azure/azure-resource-manager/bicep/file
 */

interface Token {
  kind: 'word' | 'string' | 'symbol' | 'newline';
  text: string;
  line: number;
  /** For strings: no `${...}` interpolation, so the text is the value. */
  literal?: boolean;
}

/** A value written in a declaration's body. */
export interface BicepValue {
  /** The string, when it is a literal. */
  literal?: string;
  /** The identifier, when the value is a bare name (`location: location`). */
  reference?: string;
  line: number;
}

interface Declared {
  line: number;
  kind?: BicepValue;
  location?: BicepValue;
}

export interface BicepResource extends Declared {
  /** Full type without API version, child types joined to their parent's; undefined when interpolated. */
  type?: string;
  existing: boolean;
}

export interface BicepModule extends Declared {
  /** `br/public:avm/res/key-vault/vault:0.11.0`, `./storage.bicep`; undefined when interpolated. */
  path?: string;
}

export interface BicepFile {
  resources: BicepResource[];
  modules: BicepModule[];
  /** Literal string defaults of `param` and `var` declarations, by name. */
  constants: Map<string, string>;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '\n') {
      tokens.push({ kind: 'newline', text: c, line });
      line += 1;
      i += 1;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      i += 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i += 1;
    } else if (c === '/' && text[i + 1] === '*') {
      i += 2;
      while (i < n && !(text[i] === '*' && text[i + 1] === '/')) {
        if (text[i] === '\n') line += 1;
        i += 1;
      }
      i += 2;
    } else if (text.startsWith("'''", i)) {
      const start = line;
      const end = text.indexOf("'''", i + 3);
      const stop = end < 0 ? n : end;
      for (let j = i + 3; j < stop; j += 1) if (text[j] === '\n') line += 1;
      tokens.push({
        kind: 'string',
        text: text.slice(i + 3, stop),
        line: start,
        literal: end >= 0,
      });
      i = stop + 3;
    } else if (c === "'") {
      const read = readString(text, i);
      tokens.push({
        kind: 'string',
        text: read.value,
        line,
        literal: read.literal,
      });
      i = read.end;
    } else if (isWordChar(c)) {
      let j = i + 1;
      while (j < n && isWordChar(text[j])) j += 1;
      tokens.push({ kind: 'word', text: text.slice(i, j), line });
      i = j;
    } else {
      tokens.push({ kind: 'symbol', text: c, line });
      i += 1;
    }
  }
  return tokens;
}

function isWordChar(c: string): boolean {
  return (
    (c >= 'a' && c <= 'z') ||
    (c >= 'A' && c <= 'Z') ||
    (c >= '0' && c <= '9') ||
    c === '_'
  );
}

const ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  '\\': '\\',
  "'": "'",
  $: '$',
};

/**
 * A single-quoted string from `start`. Inside `${...}` further strings and
 * braces nest: a stack holds, per open interpolation, its brace depth.
 * A raw line break ends the string, interpolations included (single-quoted
 * strings are one line), so a missing quote cannot swallow the rest of the
 * file.
 */
function readString(text: string, start: number) {
  const interpolations: number[] = [];
  let inString = true;
  let literal = true;
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') return { value, literal: false, end: i };
    if (inString) {
      if (c === '\\') {
        if (interpolations.length === 0)
          value += ESCAPES[text[i + 1]] ?? text[i + 1] ?? '';
        i += 2;
        continue;
      }
      if (c === "'") {
        if (interpolations.length === 0) return { value, literal, end: i + 1 };
        inString = false;
      } else if (c === '$' && text[i + 1] === '{') {
        literal = false;
        interpolations.push(0);
        inString = false;
        i += 2;
        continue;
      } else if (interpolations.length === 0) {
        value += c;
      }
    } else if (c === "'") {
      inString = true;
    } else if (c === '{') {
      interpolations[interpolations.length - 1] += 1;
    } else if (c === '}') {
      const top = interpolations.length - 1;
      if (interpolations[top] === 0) {
        interpolations.pop();
        inString = true;
      } else {
        interpolations[top] -= 1;
      }
    }
    i += 1;
  }
  return { value, literal: false, end: i };
}

const CLOSERS: Record<string, string> = { '{': '}', '[': ']', '(': ')' };

interface Frame {
  closer: string;
  /** The declaration whose body (or module `params`) this brace opens: its properties are read. */
  holder?: Declared;
  /** Set on a resource body: nested `resource` declarations are its children. */
  resource?: BicepResource;
  /** Set on a module body: its `params` object holds the module's kind and location. */
  module?: BicepModule;
}

const typeWithoutVersion = (text: string) => {
  const at = text.indexOf('@');
  return at < 0 ? text : text.slice(0, at);
};

export function readBicep(text: string): BicepFile {
  const tokens = tokenize(text);
  const file: BicepFile = { resources: [], modules: [], constants: new Map() };
  const frames: Frame[] = [];
  /** A declaration whose body brace has not been seen yet. */
  let pending: { frame: Omit<Frame, 'closer'>; depth: number } | undefined;
  let previous: Token | undefined;

  const at = (i: number) => tokens[i];
  const isWord = (t: Token | undefined, word?: string) =>
    t?.kind === 'word' && (word === undefined || t.text === word);
  const isSymbol = (t: Token | undefined, symbol: string) =>
    t?.kind === 'symbol' && t.text === symbol;
  const endsStatement = (t: Token | undefined) =>
    t === undefined ||
    t.kind === 'newline' ||
    isSymbol(t, '}') ||
    isSymbol(t, ',');

  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    const statementStart =
      previous === undefined ||
      previous.kind === 'newline' ||
      isSymbol(previous, '{') ||
      isSymbol(previous, ',');
    const top = frames[frames.length - 1];

    if (token.kind === 'symbol' && CLOSERS[token.text]) {
      const frame: Frame = { closer: CLOSERS[token.text] };
      if (
        pending &&
        token.text === '{' &&
        frames.length <= pending.depth + 1 &&
        (isSymbol(previous, '=') ||
          isSymbol(previous, ':') ||
          isSymbol(previous, ')'))
      ) {
        Object.assign(frame, pending.frame);
        pending = undefined;
      } else if (
        token.text === '{' &&
        top?.module &&
        isSymbol(previous, ':') &&
        isWord(at(i - 2), 'params')
      ) {
        frame.holder = top.module;
      }
      frames.push(frame);
    } else if (
      token.kind === 'symbol' &&
      (token.text === '}' || token.text === ']' || token.text === ')')
    ) {
      frames.pop();
    } else if (token.kind === 'word' && statementStart) {
      const name = at(i + 1);
      const value = at(i + 2);
      if (
        token.text === 'resource' &&
        isWord(name) &&
        value?.kind === 'string'
      ) {
        const parent = top?.resource;
        const declared = value.literal
          ? typeWithoutVersion(value.text)
          : undefined;
        // A child resource's type is relative to its parent's, when known.
        let type = declared;
        if (declared !== undefined && parent) {
          type =
            parent.type === undefined
              ? undefined
              : childType(parent.type, declared);
        }
        const resource: BicepResource = {
          type,
          existing: isWord(at(i + 3), 'existing'),
          line: value.line,
        };
        file.resources.push(resource);
        pending = {
          frame: { holder: resource, resource },
          depth: frames.length,
        };
        i += 2;
      } else if (
        token.text === 'module' &&
        isWord(name) &&
        value?.kind === 'string'
      ) {
        const module: BicepModule = {
          path: value.literal ? value.text : undefined,
          line: value.line,
        };
        file.modules.push(module);
        pending = { frame: { module }, depth: frames.length };
        i += 2;
      } else if (
        frames.length === 0 &&
        (token.text === 'param' || token.text === 'var') &&
        isWord(name)
      ) {
        // param NAME TYPE = 'x'   |   var NAME = 'x'
        const eq = token.text === 'param' ? i + 3 : i + 2;
        const literal = at(eq + 1);
        if (
          isSymbol(at(eq), '=') &&
          literal?.kind === 'string' &&
          literal.literal &&
          endsStatement(at(eq + 2))
        ) {
          file.constants.set(name.text, literal.text);
        }
      } else if (
        top?.holder &&
        isSymbol(name, ':') &&
        (token.text === 'kind' || token.text === 'location')
      ) {
        let written: BicepValue | undefined;
        if (value?.kind === 'string') {
          if (value.literal)
            written = { literal: value.text, line: value.line };
        } else if (isWord(value) && endsStatement(at(i + 3))) {
          written = { reference: value!.text, line: value!.line };
        }
        if (written) top.holder[token.text] = written;
      }
    }
    if (token.kind !== 'newline' || previous?.kind !== 'newline')
      previous = token;
  }
  return file;
}
