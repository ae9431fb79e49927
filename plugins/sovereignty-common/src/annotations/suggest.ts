/**
 * "Did you mean" for hand-typed ids. Inputs longer than this are not worth a
 * suggestion and would make the distance computation the slowest thing in an
 * assessment.
 */
const MAX_SUGGESTIBLE_LENGTH = 64;

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + cost,
      );
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/**
 * The nearest candidate within a third of the input's length (at least 2
 * edits), or undefined. Also matches when the input lacks only separators,
 * e.g. `keyvault` for `key-vault`.
 */
export function nearest(
  input: string,
  candidates: Iterable<string>,
): string | undefined {
  if (input.length === 0 || input.length > MAX_SUGGESTIBLE_LENGTH) {
    return undefined;
  }
  const limit = Math.max(2, Math.floor(input.length / 3));
  const squashed = input.replace(/[-_ ]/g, '');
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate.replace(/-/g, '') === squashed) return candidate;
    const distance = editDistance(input, candidate, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
