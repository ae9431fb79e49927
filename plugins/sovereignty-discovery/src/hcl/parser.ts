import { HclLexer, type HclError, type HclToken } from './lexer';

/**
 * The block structure of an HCL file: every block with its labels, the line
 * of its header, and its own attributes (not those of nested blocks) with
 * their literal string values where they have one. Expressions are skipped
 * by counting brackets, so object and list values never look like blocks.
 *
 * One pass over the tokens, an explicit stack instead of recursion (deep
 * nesting cannot overflow), and every error recorded instead of thrown.
 */

/** @public */
export interface HclAttribute {
  line: number;
  /** The value when it is a single string without interpolation; absent for any other expression. */
  literal?: string;
}

/** @public */
export interface HclBlock {
  type: string;
  labels: string[];
  line: number;
  /** Blocks this one sits in; 0 at the top of the file. */
  depth: number;
  attributes: Map<string, HclAttribute>;
}

/** @public */
export interface HclParseResult {
  blocks: HclBlock[];
  errors: HclError[];
}

/** @public */
export interface HclParseOptions {
  /**
   * Block types with this many labels that can only appear at the top of a
   * file (`resource` with 2). When one shows up inside an unclosed block or
   * expression, the parser takes it as the start of a new top-level block,
   * so one missing brace does not hide the rest of the file.
   */
  topLevelBlocks?: Record<string, number>;
}

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const CLOSERS = new Set([')', ']', '}']);

const isLabel = (token: HclToken) =>
  token.kind === 'identifier' || token.kind === 'string';

/** @public */
export function parseHclBlocks(
  text: string,
  options: HclParseOptions = {},
): HclParseResult {
  const lexer = new HclLexer(text);
  const errors: HclError[] = [];
  const blocks: HclBlock[] = [];
  const topLevel = options.topLevelBlocks ?? {};
  // Open blocks, innermost last.
  const open: HclBlock[] = [];

  /** `type label... {` starting at the next token, with the exact label count when `expected` is set. */
  const headerLength = (expected?: number): number | undefined => {
    const first = lexer.peek(0);
    if (first.kind !== 'identifier') return undefined;
    let offset = 1;
    while (isLabel(lexer.peek(offset))) {
      offset += 1;
      // Real headers have at most a few labels; a long run is not a header.
      if (offset > 4) return undefined;
    }
    const brace = lexer.peek(offset);
    if (brace.kind !== 'punctuation' || brace.text !== '{') return undefined;
    if (expected !== undefined && offset - 1 !== expected) return undefined;
    return offset;
  };

  const isTopLevelHeader = (): boolean => {
    const first = lexer.peek(0);
    const expected =
      first.kind === 'identifier' ? topLevel[first.text] : undefined;
    return expected !== undefined && headerLength(expected) !== undefined;
  };

  const openBlock = (labelCount: number) => {
    const typeToken = lexer.next();
    const labels: string[] = [];
    for (let i = 0; i < labelCount; i += 1) labels.push(lexer.next().text);
    lexer.next(); // the `{`
    const recovering =
      topLevel[typeToken.text] !== undefined && open.length > 0;
    if (recovering) {
      errors.push({
        line: typeToken.line,
        message: `${typeToken.text} block inside another block: a brace is missing above`,
      });
      open.length = 0;
    }
    const block: HclBlock = {
      type: typeToken.text,
      labels,
      line: typeToken.line,
      depth: open.length,
      attributes: new Map(),
    };
    blocks.push(block);
    open.push(block);
  };

  /**
   * Skips an expression up to the newline (or `}`/`,` of the enclosing
   * body) at bracket depth 0. Returns the literal when the whole
   * expression is one plain string.
   */
  const skipExpression = (): string | undefined => {
    const brackets: string[] = [];
    let count = 0;
    let onlyString: HclToken | undefined;
    for (;;) {
      const token = lexer.peek();
      if (token.kind === 'end') break;
      if (brackets.length === 0) {
        if (token.kind === 'newline') break;
        if (
          token.kind === 'punctuation' &&
          (token.text === '}' || token.text === ',')
        )
          break;
      } else if (token.kind === 'newline') {
        lexer.next();
        if (isTopLevelHeader()) {
          errors.push({
            line: token.line,
            message: 'unclosed bracket in an expression',
          });
          break;
        }
        continue;
      }
      lexer.next();
      count += 1;
      if (count === 1 && token.kind === 'string' && token.literal)
        onlyString = token;
      if (token.kind !== 'punctuation') continue;
      const closer = OPENERS[token.text];
      if (closer) {
        brackets.push(closer);
      } else if (CLOSERS.has(token.text)) {
        if (brackets[brackets.length - 1] === token.text) {
          brackets.pop();
        } else {
          errors.push({
            line: token.line,
            message: `unexpected ${token.text}`,
          });
          // Drop to the matching opener if there is one; each opener is popped once, so this stays linear.
          const match = brackets.lastIndexOf(token.text);
          if (match >= 0) brackets.length = match;
        }
      }
    }
    return count === 1 && onlyString ? onlyString.text : undefined;
  };

  for (;;) {
    const token = lexer.peek();
    if (token.kind === 'end') break;
    if (token.kind === 'newline') {
      lexer.next();
      continue;
    }
    if (token.kind === 'punctuation' && token.text === '}') {
      lexer.next();
      if (open.length > 0) open.pop();
      else errors.push({ line: token.line, message: 'unexpected }' });
      continue;
    }
    if (token.kind === 'identifier') {
      const next = lexer.peek(1);
      if (next.kind === 'punctuation' && next.text === '=') {
        lexer.next();
        lexer.next();
        const literal = skipExpression();
        const body = open[open.length - 1];
        if (body && !body.attributes.has(token.text)) {
          body.attributes.set(token.text, {
            line: token.line,
            ...(literal !== undefined ? { literal } : {}),
          });
        }
        continue;
      }
      const length = headerLength();
      if (length !== undefined) {
        openBlock(length - 1);
        continue;
      }
    }
    // Anything else is not a body item: report it once per line and skip to the next line.
    errors.push({
      line: token.line,
      message: `unexpected ${token.kind} ${token.text.slice(0, 40)}`,
    });
    while (lexer.peek().kind !== 'newline' && lexer.peek().kind !== 'end') {
      const skipped = lexer.next();
      if (
        skipped.kind === 'punctuation' &&
        skipped.text === '}' &&
        open.length > 0
      )
        open.pop();
    }
  }
  if (open.length > 0) {
    errors.push({
      line: open[open.length - 1].line,
      message: 'unclosed block',
    });
  }
  // Lexer errors first: a string, heredoc or comment that never ends explains the structural errors after it.
  return { blocks, errors: [...lexer.errors, ...errors] };
}
