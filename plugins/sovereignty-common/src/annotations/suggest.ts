/**
 * "Did you mean" for hand-typed ids. Inputs longer than this are not worth a
 * suggestion and would make the distance computation the slowest thing in an
 * assessment.
 */
const MAX_SUGGESTIBLE_LENGTH = 64;
/**
 * A typo is a few edits; more is another word. The bound also fixes the cost
 * of one comparison, which grows with its square.
 */
const MAX_EDITS = 3;

/** Two rows of the distance table, reused: comparisons allocate nothing. */
let previousRow = new Int32Array(128);
let currentRow = new Int32Array(128);

/**
 * Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`.
 * Only cells within `limit` of the diagonal are computed (no path through
 * the others stays within the limit), so one call costs
 * O(length × limit), and a row whose every cell is over the limit ends it.
 */
export function editDistance(a: string, b: string, limit: number): number {
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  if (a.length === 0 || b.length === 0) return Math.max(a.length, b.length);
  if (previousRow.length <= b.length) {
    previousRow = new Int32Array(b.length + 1);
    currentRow = new Int32Array(b.length + 1);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= b.length; j++) previous[j] = j <= limit ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    // The cell left of the band: the first column, or out of reach.
    current[from - 1] = from === 1 && i <= limit ? i : over;
    let rowMin = current[from - 1];
    const code = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const substitution =
        previous[j - 1] + (code === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
      current[j] = value > over ? over : value;
      if (value < rowMin) rowMin = value;
    }
    // The next row reads one cell right of this band: out of reach.
    if (to < b.length) current[to + 1] = over;
    if (rowMin > limit) return over;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return Math.min(previous[b.length], over);
}

/** Without hyphens, underscores and spaces: `key vault` and `keyvault` are `key-vault`. */
function squash(value: string): string {
  let result = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c !== '-' && c !== '_' && c !== ' ') result += c;
  }
  return result;
}

/** Candidate lists are the knowledge base's, fixed: squashed once each. */
const squashedCandidates = new WeakMap<readonly string[], string[]>();

function squashedOf(candidates: readonly string[]): string[] {
  let squashed = squashedCandidates.get(candidates);
  if (!squashed) {
    squashed = candidates.map(squash);
    squashedCandidates.set(candidates, squashed);
  }
  return squashed;
}

/**
 * The nearest candidate within a third of the input's length (at least 2
 * edits, at most {@link MAX_EDITS}), or undefined. Also matches when the
 * input lacks only separators, e.g. `keyvault` for `key-vault`.
 */
export function nearest(
  input: string,
  candidates: readonly string[],
): string | undefined {
  if (input.length === 0 || input.length > MAX_SUGGESTIBLE_LENGTH) {
    return undefined;
  }
  const squashedInput = squash(input);
  const squashed = squashedOf(candidates);
  let best: string | undefined;
  let bestDistance =
    Math.min(MAX_EDITS, Math.max(2, Math.floor(input.length / 3))) + 1;
  for (let i = 0; i < candidates.length; i++) {
    if (squashed[i] === squashedInput) return candidates[i];
    const candidate = candidates[i];
    // Cheap before the table: the length difference is a lower bound.
    if (Math.abs(candidate.length - input.length) >= bestDistance) continue;
    const distance = editDistance(input, candidate, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
