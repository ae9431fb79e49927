import { LineCounter, isMap, isScalar, isSeq, parseAllDocuments } from 'yaml';

/**
 * One `key: value` of a YAML document, flattened: the keys above it (list
 * items keep their parent key, without an index), its key, its value when it
 * is a plain scalar, and its 1-based line. Both readers below produce this
 * shape, so the signal rules are written once for parsed YAML and for Helm
 * templates read as text.
 */
export interface YamlEntry {
  path: readonly string[];
  key: string;
  /** Absent for maps, lists, nulls and templated (`{{ }}`) values. */
  value?: string;
  line: number;
}

export interface YamlDocumentEntries {
  entries: YamlEntry[];
}

export interface ParsedYaml {
  documents: YamlDocumentEntries[];
  /** The first syntax error, when a document is broken; its entries are left out. */
  error?: { message: string; line?: number };
}

/** Nesting deeper than this is not Kubernetes; it is skipped, not recursed into. */
const MAX_DEPTH = 64;

/**
 * Parses every document of a YAML stream and flattens it. Aliases are not
 * followed (no alias can multiply the work), tags are ignored, and a
 * document with a syntax error is dropped while the others are kept.
 */
export function readYamlEntries(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, {
    lineCounter,
    uniqueKeys: false,
    prettyErrors: false,
  });
  const documents: YamlDocumentEntries[] = [];
  let error: ParsedYaml['error'];
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? 1 : lineCounter.linePos(offset).line;

  const list = Array.isArray(parsed) ? parsed : [];
  for (const document of list) {
    if (document.errors.length > 0) {
      const first = document.errors[0];
      error ??= {
        message: first.message.split('\n')[0],
        line: first.linePos?.[0]?.line ?? lineOf(first.pos?.[0]),
      };
      continue;
    }
    const entries: YamlEntry[] = [];
    walk(document.contents, [], entries, 0, lineOf);
    documents.push({ entries });
  }
  return { documents, error };
}

function walk(
  node: unknown,
  path: readonly string[],
  out: YamlEntry[],
  depth: number,
  lineOf: (offset: number | undefined) => number,
): void {
  if (depth > MAX_DEPTH || !isMap(node)) return;
  for (const pair of node.items) {
    if (!isScalar(pair.key) || pair.key.value === null) continue;
    const key = String(pair.key.value);
    const line = lineOf(pair.key.range?.[0]);
    const value = pair.value;
    if (isScalar(value)) {
      const text =
        value.value === null || value.value === undefined
          ? undefined
          : String(value.value);
      out.push({ path, key, value: text, line });
      continue;
    }
    out.push({ path, key, line });
    const below = [...path, key];
    if (isMap(value)) {
      walk(value, below, out, depth + 1, lineOf);
    } else if (isSeq(value)) {
      for (const item of value.items) walk(item, below, out, depth + 1, lineOf);
    }
  }
}

/**
 * Reads a Helm template (or any YAML with `{{ }}` that a parser would
 * reject) line by line: indentation gives the keys above each entry, lines
 * that are only template actions are skipped, and values containing
 * template actions are treated as unknown. Never renders anything. Linear:
 * each line is scanned a constant number of times, and the key stack only
 * grows by one per line.
 */
export function readTemplateEntries(text: string): YamlDocumentEntries[] {
  const documents: YamlDocumentEntries[] = [];
  let entries: YamlEntry[] = [];
  let stack: Array<{ indent: number; key: string }> = [];
  /** Indent of the key that opened a block scalar (`|`, `>`), or -1. */
  let blockIndent = -1;
  const endDocument = () => {
    if (entries.length > 0) documents.push({ entries });
    entries = [];
    stack = [];
    blockIndent = -1;
  };

  let lineStart = 0;
  let lineNumber = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    lineNumber += 1;
    const raw = text.slice(
      lineStart,
      lineEnd > lineStart && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd,
    );
    lineStart = lineEnd + 1;

    if (raw.startsWith('---') || raw.startsWith('...')) {
      endDocument();
      continue;
    }
    let indent = 0;
    while (indent < raw.length && raw[indent] === ' ') indent += 1;
    if (indent === raw.length) continue; // blank lines belong to any block scalar
    if (blockIndent >= 0) {
      if (indent > blockIndent) continue;
      blockIndent = -1;
    }
    let content = raw.slice(indent);
    if (content.startsWith('#') || content.startsWith('{{')) continue;
    // `- key: value`: the key sits where the item's content starts.
    while (content === '-' || content.startsWith('- ')) {
      let skip = 1;
      while (skip < content.length && content[skip] === ' ') skip += 1;
      indent += skip;
      content = content.slice(skip);
    }
    const entry = splitKeyValue(content);
    if (!entry) continue;
    while (stack.length > 0 && stack[stack.length - 1].indent >= indent)
      stack.pop();
    if (!entry.key.includes('{{')) {
      entries.push({
        path: stack.map(s => s.key),
        key: entry.key,
        ...(entry.value !== undefined ? { value: entry.value } : {}),
        line: lineNumber,
      });
    }
    if (entry.blockScalar) blockIndent = indent;
    stack.push({ indent, key: entry.key });
  }
  endDocument();
  return documents;
}

/** `key: value` of one line; quotes and a trailing comment removed. */
function splitKeyValue(
  content: string,
): { key: string; value?: string; blockScalar: boolean } | undefined {
  let key: string;
  let rest: string;
  const quote = content[0];
  if (quote === '"' || quote === "'") {
    const close = content.indexOf(quote, 1);
    if (close < 0 || content[close + 1] !== ':') return undefined;
    key = content.slice(1, close);
    rest = content.slice(close + 2);
  } else {
    const colon = content.indexOf(': ');
    if (colon > 0) {
      key = content.slice(0, colon);
      rest = content.slice(colon + 2);
    } else if (content.endsWith(':') && content.length > 1) {
      key = content.slice(0, -1);
      rest = '';
    } else {
      return undefined;
    }
  }
  key = key.trim();
  if (key === '') return undefined;
  const value = scalarValue(rest.trim());
  const blockScalar =
    value !== undefined && (value.startsWith('|') || value.startsWith('>'));
  return {
    key,
    value:
      blockScalar || value === undefined || value.includes('{{')
        ? undefined
        : value,
    blockScalar,
  };
}

function scalarValue(rest: string): string | undefined {
  if (rest === '' || rest.startsWith('#')) return undefined;
  const quote = rest[0];
  if (quote === '"' || quote === "'") {
    const close = rest.indexOf(quote, 1);
    return close > 0 ? rest.slice(1, close) : rest.slice(1);
  }
  const comment = rest.indexOf(' #');
  const value = (comment >= 0 ? rest.slice(0, comment) : rest).trim();
  return value === '' ? undefined : value;
}
