/**
 * A TOML reader just large enough for dependency manifests (pyproject.toml,
 * Pipfile, Gradle version catalogs): table headers, dotted keys, strings of
 * all four kinds, arrays and inline tables, each value with its line. Other
 * scalars (numbers, dates, booleans) are read as opaque. One pass over the
 * text, nesting bounded, no regular expressions.
 */

export type TomlValue =
  | { kind: 'string'; value: string; line: number }
  | { kind: 'array'; items: TomlValue[]; line: number }
  | { kind: 'table'; entries: Map<string, TomlValue>; line: number }
  | { kind: 'other'; line: number };

export interface TomlVisitor {
  /** Every key/value pair, with the full key (table header and dotted key joined). */
  pair(key: string[], value: TomlValue, line: number): void;
  /** Every table header (`[a.b]`, `[[a.b]]`). */
  table(key: string[], line: number): void;
}

export class TomlError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
  }
}

const MAX_NESTING = 32;

const isBareKeyChar = (c: string) =>
  (c >= 'a' && c <= 'z') ||
  (c >= 'A' && c <= 'Z') ||
  (c >= '0' && c <= '9') ||
  c === '_' ||
  c === '-';

/**
 * Reads the document and calls the visitor as it goes, so everything before
 * a syntax error has been reported when the {@link TomlError} is thrown.
 */
export function scanToml(text: string, visitor: TomlVisitor): void {
  let i = 0;
  let line = 1;
  let table: string[] = [];

  const fail = (message: string): never => {
    throw new TomlError(message, line);
  };
  const skipSpaces = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i += 1;
  };
  const skipComment = () => {
    if (text[i] === '#') while (i < text.length && text[i] !== '\n') i += 1;
  };
  /** Inside arrays: spaces, newlines and comments. */
  const skipBlank = () => {
    for (;;) {
      skipSpaces();
      skipComment();
      if (text[i] === '\r') i += 1;
      if (text[i] !== '\n') return;
      i += 1;
      line += 1;
    }
  };

  const readBasicString = (multiline: boolean): string => {
    let out = '';
    for (;;) {
      if (i >= text.length) fail('unterminated string');
      const c = text[i];
      if (multiline && text.startsWith('"""', i)) {
        i += 3;
        return out;
      }
      if (!multiline && c === '"') {
        i += 1;
        return out;
      }
      if (c === '\n') {
        if (!multiline) fail('newline in a string');
        line += 1;
      }
      if (c === '\\' && i + 1 < text.length) {
        out += text[i + 1] === 'n' ? '\n' : text[i + 1];
        if (text[i + 1] === '\n') line += 1;
        i += 2;
        continue;
      }
      out += c;
      i += 1;
    }
  };
  const readLiteralString = (multiline: boolean): string => {
    const close = multiline ? "'''" : "'";
    const end = text.indexOf(close, i);
    if (end < 0) fail('unterminated string');
    const value = text.slice(i, end);
    for (const c of value) {
      if (c === '\n') {
        if (!multiline) fail('newline in a string');
        line += 1;
      }
    }
    i = end + close.length;
    return value;
  };
  const readString = (): string => {
    if (text.startsWith('"""', i)) {
      i += 3;
      return readBasicString(true);
    }
    if (text.startsWith("'''", i)) {
      i += 3;
      return readLiteralString(true);
    }
    const quote = text[i];
    i += 1;
    return quote === '"' ? readBasicString(false) : readLiteralString(false);
  };

  const readKey = (): string[] => {
    const parts: string[] = [];
    for (;;) {
      skipSpaces();
      const c = text[i];
      if (c === '"' || c === "'") {
        parts.push(readString());
      } else {
        const start = i;
        while (i < text.length && isBareKeyChar(text[i])) i += 1;
        if (i === start) fail('expected a key');
        parts.push(text.slice(start, i));
      }
      skipSpaces();
      if (text[i] !== '.') return parts;
      i += 1;
    }
  };

  const readValue = (depth: number): TomlValue => {
    if (depth > MAX_NESTING) fail('values nested too deeply');
    const valueLine = line;
    const c = text[i];
    if (c === '"' || c === "'")
      return { kind: 'string', value: readString(), line: valueLine };
    if (c === '[') {
      i += 1;
      const items: TomlValue[] = [];
      for (;;) {
        skipBlank();
        if (i >= text.length) fail('unterminated array');
        if (text[i] === ']') {
          i += 1;
          return { kind: 'array', items, line: valueLine };
        }
        items.push(readValue(depth + 1));
        skipBlank();
        if (text[i] === ',') i += 1;
        else if (text[i] !== ']') fail('expected , or ] in an array');
      }
    }
    if (c === '{') {
      i += 1;
      const entries = new Map<string, TomlValue>();
      // Newlines are allowed inside, as TOML 1.1 and Poetry's files have them.
      for (;;) {
        skipBlank();
        if (i >= text.length) fail('unterminated inline table');
        if (text[i] === '}') {
          i += 1;
          return { kind: 'table', entries, line: valueLine };
        }
        const key = readKey();
        if (text[i] !== '=') fail('expected = in an inline table');
        i += 1;
        skipSpaces();
        entries.set(key.join('.'), readValue(depth + 1));
        skipBlank();
        if (text[i] === ',') i += 1;
        else if (text[i] !== '}') fail('expected , or } in an inline table');
      }
    }
    const start = i;
    while (i < text.length && !',]}#\n'.includes(text[i])) i += 1;
    if (text.slice(start, i).trim() === '') fail('expected a value');
    return { kind: 'other', line: valueLine };
  };

  while (i < text.length) {
    skipSpaces();
    skipComment();
    if (i >= text.length) break;
    if (text[i] === '\r') i += 1;
    if (text[i] === '\n') {
      i += 1;
      line += 1;
      continue;
    }
    if (text[i] === '[') {
      const arrayTable = text[i + 1] === '[';
      i += arrayTable ? 2 : 1;
      table = readKey();
      if (text[i] !== ']' || (arrayTable && text[i + 1] !== ']'))
        fail('unterminated table header');
      i += arrayTable ? 2 : 1;
      visitor.table(table, line);
    } else {
      const keyLine = line;
      const key = readKey();
      if (text[i] !== '=') fail('expected = after a key');
      i += 1;
      skipSpaces();
      visitor.pair([...table, ...key], readValue(0), keyLine);
    }
    skipSpaces();
    skipComment();
    if (text[i] === '\r') i += 1;
    if (i < text.length && text[i] !== '\n')
      fail('expected the end of the line');
  }
}
