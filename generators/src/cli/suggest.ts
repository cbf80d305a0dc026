/**
 * "Did you mean" for a mistyped command, option, file or git ref: the
 * candidate closest to what was typed, when it is close enough to be a typo
 * (at most a third of its letters wrong, or what was typed is its prefix).
 */
export function closest(typed: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = candidate.startsWith(typed) && typed.length >= 2 ? 0.5 : editDistance(typed, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  return bestDistance <= Math.max(1, Math.floor(Math.max(typed.length, best.length) / 3)) ? best : undefined;
}

/** `; did you mean "x"?` or nothing, for the end of a one-line error message. */
export function didYouMean(
  typed: string,
  candidates: Iterable<string>,
  quote = (name: string) => `"${name}"`,
): string {
  const suggestion = closest(typed, candidates);
  return suggestion === undefined ? '' : `; did you mean ${quote(suggestion)}?`;
}

/** Levenshtein distance, with a swap of two neighbouring letters counted as one edit (the commonest typo). */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const table: number[][] = Array.from({ length: rows }, (_row, i) =>
    Array.from({ length: columns }, (_cell, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < columns; j += 1) {
      const row = table[i] as number[];
      const above = table[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, ((table[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = value;
    }
  }
  return (table[a.length] as number[])[b.length] as number;
}
