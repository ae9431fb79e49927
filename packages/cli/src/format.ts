import type { Assessment } from '@portolan/plugin-sovereignty-common';

/** The findings that block a move. */
export const blockersOf = (a: Assessment) =>
  a.findings.filter(f => f.severity === 'blocker');

/**
 * Text inside markdown (a table cell, a list item): markup and HTML
 * neutralised and lines joined, since entity names, messages and paths
 * come from the repository under review.
 */
export const markdownText = (text: string) =>
  text.replace(/[\\`*_[\]<>|#]/g, c => `\\${c}`).replace(/\r?\n/g, ' ');

/** A share 0-1 as a whole percentage. */
export const percent = (share: number) => `${Math.round(share * 100)}%`;

/** A markdown code span; backticks inside would end it, so they become quotes. */
export const code = (text: string) =>
  `\`${text.replace(/`/g, "'").replace(/\r?\n/g, ' ')}\``;

/**
 * Text for a terminal: control characters (escape sequences in an entity
 * name could rewrite the screen) become `?`; lines and tabs stay.
 */
export const printable = (text: string) =>
  // eslint-disable-next-line no-control-regex
  text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?');
