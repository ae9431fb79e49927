/**
 * A small HCL 2 lexer: enough of the native syntax to find blocks and the
 * literal values of their attributes. It reads each character once (no
 * regular expressions, no backtracking) and never throws: what it cannot
 * read becomes an {@link HclError} and lexing goes on.
 */

/** @public */
export type HclTokenKind =
  | 'identifier'
  | 'string'
  | 'heredoc'
  | 'number'
  | 'punctuation'
  | 'newline'
  | 'end';

/** @public */
export interface HclToken {
  kind: HclTokenKind;
  /** Identifier or number text, the punctuation character, or a string's value. */
  text: string;
  /** 1-based line where the token starts. */
  line: number;
  /** Strings only: false when the string holds `${...}` or `%{...}`, so its value is not a literal. */
  literal?: boolean;
}

/** @public */
export interface HclError {
  line: number;
  message: string;
}

const isIdentifierStart = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c > 127;
const isIdentifierPart = (c: number) =>
  isIdentifierStart(c) || (c >= 48 && c <= 57) || c === 45;
const isDigit = (c: number) => c >= 48 && c <= 57;

const NEWLINE = 10;
const QUOTE = 34;
const BACKSLASH = 92;
const DOLLAR = 36;
const PERCENT = 37;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  '"': '"',
  '\\': '\\',
};

/** Streams tokens from HCL source with a small lookahead. */
export class HclLexer {
  private position = 0;
  private line = 1;
  private readonly lookahead: HclToken[] = [];
  readonly errors: HclError[] = [];

  constructor(private readonly text: string) {}

  /** The token `offset` places ahead (0 = the next one), without consuming it. */
  peek(offset = 0): HclToken {
    while (this.lookahead.length <= offset) this.lookahead.push(this.scan());
    return this.lookahead[offset];
  }

  next(): HclToken {
    return this.lookahead.length > 0 ? this.lookahead.shift()! : this.scan();
  }

  private error(line: number, message: string) {
    this.errors.push({ line, message });
  }

  private code(offset = 0): number {
    const index = this.position + offset;
    return index < this.text.length ? this.text.charCodeAt(index) : -1;
  }

  private scan(): HclToken {
    const text = this.text;
    while (this.position < text.length) {
      const c = text.charCodeAt(this.position);
      const line = this.line;
      if (c === NEWLINE) {
        this.position += 1;
        this.line += 1;
        return { kind: 'newline', text: '\n', line };
      }
      if (c === 32 || c === 9 || c === 13 || c === 0xfeff) {
        this.position += 1;
        continue;
      }
      if (c === 35 || (c === 47 && this.code(1) === 47)) {
        this.skipLineComment();
        continue;
      }
      if (c === 47 && this.code(1) === 42) {
        this.skipBlockComment();
        continue;
      }
      if (isIdentifierStart(c)) {
        const start = this.position;
        while (isIdentifierPart(this.code())) this.position += 1;
        return {
          kind: 'identifier',
          text: text.slice(start, this.position),
          line,
        };
      }
      if (isDigit(c)) {
        const start = this.position;
        while (isDigit(this.code()) || this.code() === 46) this.position += 1;
        return { kind: 'number', text: text.slice(start, this.position), line };
      }
      if (c === QUOTE) return this.scanQuoted();
      if (c === 60 && this.code(1) === 60 && this.startsHeredoc()) {
        return this.scanHeredoc();
      }
      this.position += 1;
      return { kind: 'punctuation', text: text[this.position - 1], line };
    }
    return { kind: 'end', text: '', line: this.line };
  }

  /** Leaves the position on the newline, which stays a token of its own. */
  private skipLineComment() {
    const end = this.text.indexOf('\n', this.position);
    this.position = end < 0 ? this.text.length : end;
  }

  private skipBlockComment() {
    const startLine = this.line;
    const end = this.text.indexOf('*/', this.position + 2);
    const stop = end < 0 ? this.text.length : end + 2;
    this.countLines(this.position, stop);
    this.position = stop;
    if (end < 0) this.error(startLine, 'unterminated /* comment');
  }

  private countLines(from: number, to: number) {
    for (let i = from; i < to; i += 1) {
      if (this.text.charCodeAt(i) === NEWLINE) this.line += 1;
    }
  }

  /**
   * A quoted template. Its `${...}` / `%{...}` sequences may hold nested
   * strings and braces; a stack of open sequences finds where the string
   * really ends in one pass. A newline in the literal part ends the string
   * with an error (HCL forbids it), which keeps a stray quote from
   * swallowing the rest of the file.
   */
  private scanQuoted(): HclToken {
    const text = this.text;
    const line = this.line;
    this.position += 1;
    let value = '';
    let literal = true;
    // One entry per open template sequence: the brace depth inside it and whether we are in a nested string.
    const templates: Array<{ braces: number; inString: boolean }> = [];
    while (this.position < text.length) {
      const c = text.charCodeAt(this.position);
      const inner = templates[templates.length - 1];
      const inLiteralPart = !inner || inner.inString;
      if (inLiteralPart) {
        if (c === NEWLINE) {
          this.error(line, 'unterminated string');
          // Unwind everything: the string ends here, the newline stays a token.
          return { kind: 'string', text: value, line, literal: false };
        }
        if (c === BACKSLASH) {
          const escaped = text[this.position + 1] ?? '';
          if (!inner) value += SIMPLE_ESCAPES[escaped] ?? escaped;
          this.position += escaped === '\n' ? 1 : 2;
          continue;
        }
        if (c === QUOTE) {
          this.position += 1;
          if (!inner) return { kind: 'string', text: value, line, literal };
          inner.inString = false;
          continue;
        }
        if ((c === DOLLAR || c === PERCENT) && this.code(1) === OPEN_BRACE) {
          if (
            this.code(-1) === c &&
            this.position > 0 &&
            this.isDoubledMarker()
          ) {
            // `$${` and `%%{` are escapes for a literal `${` / `%{`.
            if (!inner) value += '{';
            this.position += 2;
            continue;
          }
          literal = false;
          if (inner) inner.inString = false;
          templates.push({ braces: 0, inString: false });
          this.position += 2;
          continue;
        }
        if (!inner) value += text[this.position];
        this.position += 1;
        continue;
      }
      // Inside a template sequence: an expression.
      if (c === NEWLINE) this.line += 1;
      if (c === QUOTE) inner.inString = true;
      else if (c === OPEN_BRACE) inner.braces += 1;
      else if (c === CLOSE_BRACE) {
        if (inner.braces === 0) {
          templates.pop();
          const outer = templates[templates.length - 1];
          if (outer) outer.inString = true;
        } else {
          inner.braces -= 1;
        }
      }
      this.position += 1;
    }
    this.error(line, 'unterminated string');
    return { kind: 'string', text: value, line, literal: false };
  }

  /** True when the `$`/`%` before this one doubles it (an escape), i.e. an odd run of them ends here. */
  private isDoubledMarker(): boolean {
    const marker = this.text.charCodeAt(this.position);
    let run = 0;
    for (
      let i = this.position;
      i >= 0 && this.text.charCodeAt(i) === marker;
      i -= 1
    ) {
      run += 1;
      // Runs longer than two are pathological; deciding by parity keeps this bounded by the run.
      if (run > 2) break;
    }
    return run === 2;
  }

  private startsHeredoc(): boolean {
    let i = this.position + 2;
    if (this.text.charCodeAt(i) === 45) i += 1;
    return isIdentifierStart(this.text.charCodeAt(i));
  }

  /** `<<EOF` or `<<-EOF` up to a line whose trimmed text is the marker. */
  private scanHeredoc(): HclToken {
    const text = this.text;
    const line = this.line;
    this.position += 2;
    if (this.code() === 45) this.position += 1;
    const start = this.position;
    while (isIdentifierPart(this.code())) this.position += 1;
    const marker = text.slice(start, this.position);
    const lineEnd = text.indexOf('\n', this.position);
    if (lineEnd < 0) {
      this.error(line, 'heredoc without a body');
      this.position = text.length;
      return { kind: 'heredoc', text: '', line };
    }
    this.position = lineEnd + 1;
    this.line += 1;
    while (this.position < text.length) {
      const end = text.indexOf('\n', this.position);
      const stop = end < 0 ? text.length : end;
      const content = text.slice(this.position, stop).trim();
      this.position = end < 0 ? text.length : end;
      if (content === marker) {
        return { kind: 'heredoc', text: '', line };
      }
      if (end >= 0) {
        this.position += 1;
        this.line += 1;
      }
    }
    this.error(line, `unterminated heredoc <<${marker}`);
    return { kind: 'heredoc', text: '', line };
  }
}
