/**
 * Rows of a pairwise covering array over `count` on/off factors: for every two
 * factors, each of the four combinations (both on, both off, one of each)
 * appears in some row. Greedy and deterministic (AETG-style): the all-on row
 * first, then rows that each cover as many uncovered pairs as they can. The
 * all-off row is left to the caller (it is a case of its own). For n factors
 * this takes O(log n) rows instead of 2^n.
 */
export function pairwiseRows(count: number, maxRows = 16): boolean[][] {
  if (count < 2) return count === 1 ? [[true]] : [];
  const uncovered = new Set<string>();
  const key = (a: number, b: number, va: boolean, vb: boolean) => `${a}:${b}:${va ? 1 : 0}${vb ? 1 : 0}`;
  for (let a = 0; a < count; a++)
    for (let b = a + 1; b < count; b++)
      for (const va of [false, true]) for (const vb of [false, true]) uncovered.add(key(a, b, va, vb));
  const cover = (row: boolean[]) => {
    for (let a = 0; a < count; a++)
      for (let b = a + 1; b < count; b++) uncovered.delete(key(a, b, row[a] as boolean, row[b] as boolean));
  };
  // The all-off row is the caller's own case: count its pairs as covered.
  cover(Array.from({ length: count }, () => false));
  const rows: boolean[][] = [];
  const allOn = Array.from({ length: count }, () => true);
  rows.push(allOn);
  cover(allOn);
  while (uncovered.size > 0 && rows.length < maxRows) {
    const [first] = uncovered;
    const [a, b, bits] = (first as string).split(':') as [string, string, string];
    const row: (boolean | undefined)[] = Array.from({ length: count }, () => undefined);
    row[Number(a)] = bits[0] === '1';
    row[Number(b)] = bits[1] === '1';
    for (let factor = 0; factor < count; factor++) {
      if (row[factor] !== undefined) continue;
      // Pick the value that covers more still-uncovered pairs with the factors already set.
      const gain = (value: boolean) => {
        let total = 0;
        for (let other = 0; other < count; other++) {
          const set = row[other];
          if (other === factor || set === undefined) continue;
          const [low, high, vLow, vHigh] =
            other < factor ? [other, factor, set, value] : [factor, other, value, set];
          if (uncovered.has(key(low, high, vLow, vHigh))) total++;
        }
        return total;
      };
      row[factor] = gain(true) >= gain(false);
    }
    const complete = row as boolean[];
    rows.push(complete);
    cover(complete);
  }
  return rows;
}
