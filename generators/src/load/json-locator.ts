import { LineIndex } from './line-index.js';

/** Offsets of one member of a JSON container: its key (objects only) and the start of its value. */
interface Member {
  key: number;
  value: number;
}

/**
 * Finds where a JSON pointer lands in JSON source text without building a
 * full syntax tree: `JSON.parse` gives the value, this scans the text lazily.
 * Each container is indexed once, on first visit, by skipping over its
 * members; later look-ups under it are map hits. A 13 MB document costs a
 * line index up front and nothing more until a location is asked for.
 */
export class JsonLocator {
  private readonly lines: LineIndex;
  /** Container value offset -> its members by key (array indices as strings). */
  private readonly containers = new Map<number, Map<string, Member>>();

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
  }

  /**
   * Location of the deepest node on `tokens` that exists: the member's key
   * when it has one (that is the line a reader looks for), else the value.
   */
  locate(tokens: readonly string[]): { line: number; column: number } {
    let offset = this.skipWhitespace(0);
    let best = offset;
    for (const token of tokens) {
      const member = this.members(offset)?.get(token);
      if (member === undefined) break;
      best = member.key;
      offset = member.value;
    }
    return this.lines.position(best);
  }

  private members(offset: number): Map<string, Member> | undefined {
    const cached = this.containers.get(offset);
    if (cached) return cached;
    const open = this.text[offset];
    if (open !== '{' && open !== '[') return undefined;
    const members = new Map<string, Member>();
    let position = this.skipWhitespace(offset + 1);
    let index = 0;
    while (position < this.text.length && this.text[position] !== '}' && this.text[position] !== ']') {
      const key = position;
      let name = String(index);
      if (open === '{') {
        const end = this.skipString(position);
        name = JSON.parse(this.text.slice(position, end)) as string;
        position = this.skipWhitespace(end);
        position = this.skipWhitespace(position + 1); // the ':'
      }
      members.set(name, { key, value: position });
      position = this.skipWhitespace(this.skipValue(position));
      if (this.text[position] === ',') position = this.skipWhitespace(position + 1);
      index += 1;
    }
    this.containers.set(offset, members);
    return members;
  }

  private skipWhitespace(position: number): number {
    let at = position;
    while (at < this.text.length) {
      const code = this.text.charCodeAt(at);
      if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) break;
      at += 1;
    }
    return at;
  }

  /** Offset just past the string starting at `position` (which holds the opening quote). */
  private skipString(position: number): number {
    let at = position + 1;
    for (;;) {
      const quote = this.text.indexOf('"', at);
      if (quote === -1) return this.text.length;
      // A quote preceded by an odd number of backslashes is escaped.
      let backslashes = 0;
      while (this.text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes += 1;
      if (backslashes % 2 === 0) return quote + 1;
      at = quote + 1;
    }
  }

  /** Offset just past the value starting at `position`. */
  private skipValue(position: number): number {
    const first = this.text[position];
    if (first === '"') return this.skipString(position);
    if (first !== '{' && first !== '[') {
      let at = position;
      while (at < this.text.length && !',}] \n\r\t'.includes(this.text[at] ?? ',')) at += 1;
      return at;
    }
    // Jump from one structural character to the next instead of reading every character.
    const structural = /["{}[\]]/g;
    structural.lastIndex = position;
    let depth = 0;
    for (let match = structural.exec(this.text); match !== null; match = structural.exec(this.text)) {
      const char = match[0];
      if (char === '"') {
        structural.lastIndex = this.skipString(match.index);
        continue;
      }
      if (char === '{' || char === '[') depth += 1;
      else {
        depth -= 1;
        if (depth === 0) return match.index + 1;
      }
    }
    return this.text.length;
  }
}
