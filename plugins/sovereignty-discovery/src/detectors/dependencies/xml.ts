/**
 * A linear XML tag scanner for build files (pom.xml, .csproj,
 * packages.config): element opens with their attributes, closes and text,
 * with line numbers. Not a validating parser: entities are left as
 * written, DTDs and processing instructions are skipped.
 */

export interface XmlVisitor {
  open(
    name: string,
    attributes: Map<string, string>,
    line: number,
    selfClosing: boolean,
  ): void;
  close(name: string): void;
  text(text: string): void;
}

export class XmlError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
  }
}

/** `pom:groupId` -> `groupId`. */
const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Reads the text and calls the visitor; throws {@link XmlError} at the first unterminated construct. */
export function scanXml(text: string, visitor: XmlVisitor): void {
  let line = 1;
  let counted = 0;
  /** Line of an offset; offsets only grow, so newlines are counted once. */
  const lineAt = (offset: number) => {
    for (; counted < offset && counted < text.length; counted += 1) {
      if (text[counted] === '\n') line += 1;
    }
    return line;
  };
  const skipTo = (from: number, marker: string, what: string) => {
    const end = text.indexOf(marker, from);
    if (end < 0) throw new XmlError(`unterminated ${what}`, lineAt(from));
    return end + marker.length;
  };

  let pos = 0;
  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    if (lt < 0) {
      visitor.text(text.slice(pos));
      return;
    }
    if (lt > pos) visitor.text(text.slice(pos, lt));
    if (text.startsWith('<!--', lt)) {
      pos = skipTo(lt + 4, '-->', 'comment');
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = skipTo(lt + 9, ']]>', 'CDATA section');
      visitor.text(text.slice(lt + 9, end - 3));
      pos = end;
    } else if (text.startsWith('<?', lt)) {
      pos = skipTo(lt + 2, '?>', 'processing instruction');
    } else if (text.startsWith('<!', lt)) {
      pos = skipTo(lt + 2, '>', 'declaration');
    } else if (text.startsWith('</', lt)) {
      const end = skipTo(lt + 2, '>', 'closing tag');
      visitor.close(localName(text.slice(lt + 2, end - 1).trim()));
      pos = end;
    } else {
      pos = readOpenTag(text, lt, lineAt(lt), visitor);
    }
  }
}

/** An opening tag from `<` to its `>`, quotes respected; returns the offset after it. */
function readOpenTag(
  text: string,
  lt: number,
  line: number,
  visitor: XmlVisitor,
): number {
  let i = lt + 1;
  const nameStart = i;
  while (i < text.length && !' \t\r\n/>'.includes(text[i])) i += 1;
  const name = localName(text.slice(nameStart, i));
  const attributes = new Map<string, string>();
  for (;;) {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i += 1;
    if (i >= text.length) throw new XmlError(`unterminated tag <${name}`, line);
    if (text[i] === '>') {
      visitor.open(name, attributes, line, false);
      return i + 1;
    }
    if (text[i] === '/' && text[i + 1] === '>') {
      visitor.open(name, attributes, line, true);
      return i + 2;
    }
    const attributeStart = i;
    while (i < text.length && !' \t\r\n=/>'.includes(text[i])) i += 1;
    const attribute = text.slice(attributeStart, i);
    while (i < text.length && ' \t\r\n'.includes(text[i])) i += 1;
    if (text[i] !== '=') {
      if (i === attributeStart) i += 1; // a stray character: step over it
      continue;
    }
    i += 1;
    while (i < text.length && ' \t\r\n'.includes(text[i])) i += 1;
    const quote = text[i];
    if (quote !== '"' && quote !== "'") continue;
    const close = text.indexOf(quote, i + 1);
    if (close < 0)
      throw new XmlError(`unterminated attribute in <${name}`, line);
    attributes.set(attribute.toLowerCase(), text.slice(i + 1, close));
    i = close + 1;
  }
}
