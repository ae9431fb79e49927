/**
 * Characters that can forge or disguise a log line: C0 and C1 controls (line
 * breaks, escape sequences) and invisible or bidirectional formatting
 * characters that reorder what a reader sees.
 */
export function isDeceptiveChar(code: number): boolean {
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069) ||
    code === 0xfeff
  );
}

export function hasDeceptiveChars(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (isDeceptiveChar(text.charCodeAt(i))) return true;
  }
  return false;
}

/** The text with every deceptive character written as a visible \\u escape. */
export function escapeForLog(text: string): string {
  if (!hasDeceptiveChars(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += isDeceptiveChar(code)
      ? `\\u${code.toString(16).padStart(4, '0')}`
      : text[i];
  }
  return out;
}

/** A copy with every string value escaped for logs, nested objects included. */
export function escapeValuesForLog<T>(value: T): T {
  if (typeof value === 'string') return escapeForLog(value) as T;
  if (Array.isArray(value)) return value.map(escapeValuesForLog) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, escapeValuesForLog(v)]),
    ) as T;
  }
  return value;
}
