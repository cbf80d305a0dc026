/**
 * Maps character offsets of a text to 1-based line and column numbers. Line
 * starts are found only as far as the offsets asked for, so locating something
 * near the start of a large file does not read the rest of it.
 */
export class LineIndex {
  private readonly lineStarts: number[] = [0];
  /** Where the search for the next line break resumes; -1 once the whole text is indexed. */
  private searchFrom = 0;

  constructor(private readonly text: string) {}

  /** 1-based line and column of `offset` (binary search over line starts). */
  position(offset: number): { line: number; column: number } {
    this.indexThrough(offset);
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.lineStarts[low] ?? 0) + 1 };
  }

  /** Records line starts until one lies past `offset` (or the text ends). */
  private indexThrough(offset: number): void {
    while (this.searchFrom !== -1 && (this.lineStarts.at(-1) ?? 0) <= offset) {
      const lineBreak = this.text.indexOf('\n', this.searchFrom);
      if (lineBreak === -1) {
        this.searchFrom = -1;
        return;
      }
      this.lineStarts.push(lineBreak + 1);
      this.searchFrom = lineBreak + 1;
    }
  }
}
