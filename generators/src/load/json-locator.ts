import { LineIndex } from './line-index.js';

/** Offsets of one member of a JSON container: its key (objects only) and the start of its value. */
interface Member {
  key: number;
  value: number;
}

/** A container's members found so far, and where scanning for more resumes (`undefined` once all are found). */
interface Container {
  open: '{' | '[';
  members: Map<string, Member>;
  next: number | undefined;
}

/**
 * Finds where a JSON pointer lands in JSON source text without building a
 * full syntax tree: `JSON.parse` gives the value, this scans the text lazily.
 * A container is scanned member by member only until the member looked for
 * (skipping the values before it), and the scan resumes there on the next
 * look-up; members already seen are map hits. So locating a node near the
 * start of a 13 MB document reads little more than the text before it.
 */
export class JsonLocator {
  private readonly lines: LineIndex;
  /** Container value offset -> its members seen so far. */
  private readonly containers = new Map<number, Container>();

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
      const member = this.member(offset, token);
      if (member === undefined) break;
      best = member.key;
      offset = member.value;
    }
    return this.lines.position(best);
  }

  /** The member `name` of the container whose value starts at `offset`, scanning on until it is found. */
  private member(offset: number, name: string): Member | undefined {
    let container = this.containers.get(offset);
    if (container === undefined) {
      const open = this.text[offset];
      if (open !== '{' && open !== '[') return undefined;
      container = { open, members: new Map(), next: this.skipWhitespace(offset + 1) };
      this.containers.set(offset, container);
    }
    const known = container.members.get(name);
    if (known !== undefined || container.next === undefined) return known;
    let position = container.next;
    while (position < this.text.length && this.text[position] !== '}' && this.text[position] !== ']') {
      const key = position;
      let found = String(container.members.size);
      if (container.open === '{') {
        const end = this.skipString(position);
        found = JSON.parse(this.text.slice(position, end)) as string;
        position = this.skipWhitespace(end);
        position = this.skipWhitespace(position + 1); // the ':'
      }
      const member = { key, value: position };
      // A repeated key (which JSON.parse resolves to its last value) is located at its first place.
      if (!container.members.has(found)) container.members.set(found, member);
      position = this.skipWhitespace(this.skipValue(position));
      if (this.text[position] === ',') position = this.skipWhitespace(position + 1);
      if (found === name) {
        container.next = position;
        return container.members.get(found);
      }
    }
    container.next = undefined;
    return undefined;
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
