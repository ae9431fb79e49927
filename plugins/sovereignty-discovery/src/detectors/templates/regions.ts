/**
 * A region written literally in a template, in the provider's id form
 * (`West Europe` -> `westeurope`), or `undefined` for expressions
 * (`resourceGroup().location`, `${opt:region}`), `global` and anything that
 * is not a plain name.
 */
export function literalRegion(value: string | undefined): string | undefined {
  if (value === undefined || value.length > 64) return undefined;
  let region = '';
  for (const char of value.toLowerCase()) {
    if (char === ' ') continue;
    const plain =
      (char >= 'a' && char <= 'z') ||
      (char >= '0' && char <= '9') ||
      char === '-';
    if (!plain) return undefined;
    region += char;
  }
  return region && region !== 'global' ? region : undefined;
}
