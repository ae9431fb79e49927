/**
 * A template as plain data: what `JSON.parse` yields, and what the YAML
 * reader builds from a CloudFormation or Serverless document (short-form
 * intrinsic functions become their long form, `!Ref X` -> `{ Ref: 'X' }`).
 * Maps have no prototype, so keys such as `__proto__` are ordinary keys.
 */
export type TemplateValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | TemplateValue[]
  | TemplateMap;

export interface TemplateMap {
  [key: string]: TemplateValue;
}

export const isMap = (value: unknown): value is TemplateMap =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own string-keyed entries of a map; none for anything else. */
export const entriesOf = (value: unknown): Array<[string, TemplateValue]> =>
  isMap(value) ? Object.entries(value) : [];

export const stringAt = (map: unknown, key: string): string | undefined => {
  if (!isMap(map) || !Object.prototype.hasOwnProperty.call(map, key)) {
    return undefined;
  }
  const value = map[key];
  return typeof value === 'string' ? value : undefined;
};

export const valueAt = (map: unknown, key: string): TemplateValue =>
  isMap(map) && Object.prototype.hasOwnProperty.call(map, key)
    ? map[key]
    : undefined;

/** Where a map's key (or a sequence's index) was written, when the format has lines. */
export interface TemplateLines {
  line(container: object, key: string): number | undefined;
}
