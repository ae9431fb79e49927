/** Rows per statement: well below SQLite's bound-variable limit. */
export const CHUNK = 400;

/** A timestamp as the database returns it (Date, text or epoch ms), in ISO form. */
export function toIso(value: Date | string | number): string {
  return new Date(value).toISOString();
}

export function chunks<T>(items: T[], size = CHUNK): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    result.push(items.slice(i, i + size));
  }
  return result;
}
