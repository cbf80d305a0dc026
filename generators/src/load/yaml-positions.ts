import jsyaml from 'js-yaml';
import { LineIndex } from './line-index.js';
import { CORE_WITH_MERGE } from './yaml-fast.js';

/** A node as written: where it starts, and what it holds (entries of a mapping, items of a sequence). */
interface Written {
  start: number;
  end: number;
  value: unknown;
  /** Mapping entries by key text: where the key is written and the node of its value. */
  entries?: Map<string, { key: number; node: Written | undefined }>;
  /** Values of `<<` keys, in the order written (earlier sources win, YAML merge-key semantics). */
  merges?: Written[];
  items?: Written[];
}

/** js-yaml's parser state, as far as the listener reads it. */
interface ParserState {
  position: number;
  result: unknown;
  input: string;
}

/**
 * Finds where a JSON pointer lands in YAML text, from the positions js-yaml reports while it
 * parses (its `listener` sees every node open and close). Much cheaper than the `yaml` syntax
 * tree (about a second against six on a 10 MB description) and built only on the first look-up.
 * A mapping entry is located at its key, a sequence item at its start; a key brought in by a
 * merge key (`<<: *anchor`) is located where it is written, behind the anchor.
 */
export class YamlPositions {
  private readonly root: Written | undefined;
  /** Each mapping or sequence by its parsed value: an alias is followed to the node it names. */
  private readonly anchored = new Map<object, Written>();
  private readonly lines: LineIndex;

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
    this.root = this.read();
  }

  /** Location of the deepest node on `tokens` that exists: a map entry's key, a sequence item, or the root. */
  locate(tokens: readonly string[]): { line: number; column: number } {
    let node = this.root;
    let best = this.skipBlank(node?.start ?? 0);
    for (const token of tokens) {
      node = this.follow(node);
      if (node?.entries) {
        const entry = this.findEntry(node, token, 0);
        if (!entry) break;
        best = entry.key;
        node = entry.node;
      } else if (node?.items) {
        const item = /^\d+$/.test(token) ? node.items[Number(token)] : undefined;
        if (item === undefined) break;
        best = this.skipBlank(item.start);
        node = item;
      } else break;
    }
    return this.lines.position(best);
  }

  private read(): Written | undefined {
    const stack: { start: number; children: Written[] }[] = [];
    let root: Written | undefined;
    const listener = (event: 'open' | 'close', state: ParserState): void => {
      if (event === 'open') {
        stack.push({ start: state.position, children: [] });
        return;
      }
      const frame = stack.pop();
      if (!frame) return;
      const node = this.build(frame.start, state.position, state.result, frame.children);
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(node);
      else root = node;
    };
    try {
      jsyaml.load(this.text, { schema: CORE_WITH_MERGE, listener });
    } catch {
      // The text was accepted once already; should it not be now, locate what was read.
    }
    return root;
  }

  private build(start: number, end: number, value: unknown, children: Written[]): Written {
    // js-yaml reads a node inside a node when it tries a key that turns out to be the value
    // itself (a sequence item `- one`, a flow node): one child with the same value is that node.
    const [only] = children;
    if (children.length === 1 && only !== undefined && Object.is(only.value, value)) return only;
    const node: Written = { start, end, value };
    if (value === null || typeof value !== 'object' || children.length === 0) return node;
    if (Array.isArray(value)) node.items = children;
    else this.pair(node, children);
    if (!this.anchored.has(value)) this.anchored.set(value, node);
    return node;
  }

  /** Splits a mapping's children into keys and values: a key is the node a `:` follows. */
  private pair(node: Written, children: Written[]): void {
    const entries = new Map<string, { key: number; node: Written | undefined }>();
    const merges: Written[] = [];
    let pending: string | undefined;
    for (const child of children) {
      if (this.isKey(child)) {
        pending = String(child.value);
        if (pending !== '<<' && !entries.has(pending))
          entries.set(pending, { key: this.skipBlank(child.start), node: undefined });
        continue;
      }
      if (pending === undefined) continue;
      if (pending === '<<') merges.push(child);
      else {
        const entry = entries.get(pending);
        if (entry && entry.node === undefined) entry.node = child;
      }
      pending = undefined;
    }
    node.entries = entries;
    if (merges.length > 0) node.merges = merges;
  }

  private isKey(node: Written): boolean {
    if (node.value !== null && typeof node.value === 'object') return false;
    let at = node.end;
    while (this.text.charCodeAt(at) === 0x20 || this.text.charCodeAt(at) === 0x09) at += 1;
    return this.text.charCodeAt(at) === 0x3a;
  }

  /** The entry for `key`: written in the map itself, else brought in by a merge key. */
  private findEntry(
    map: Written,
    key: string,
    depth: number,
  ): { key: number; node: Written | undefined } | undefined {
    const own = map.entries?.get(key);
    if (own || depth > 16) return own;
    for (const merge of map.merges ?? []) {
      const value = this.follow(merge);
      const sources = value?.items ? value.items.map((source) => this.follow(source)) : [value];
      for (const source of sources) {
        if (!source?.entries) continue;
        const found = this.findEntry(source, key, depth + 1);
        if (found) return found;
      }
    }
    return undefined;
  }

  /** An alias (a node without children whose value is a mapping or sequence) stands for its anchor. */
  private follow(node: Written | undefined): Written | undefined {
    if (node === undefined || node.entries || node.items) return node;
    const value = node.value;
    return value !== null && typeof value === 'object' ? (this.anchored.get(value) ?? node) : node;
  }

  /** Past spaces, line breaks, comments and a document start marker, to where the node's text begins. */
  private skipBlank(position: number): number {
    const blank = /(?:\s+|#[^\n]*|^---(?=\s))*/my;
    blank.lastIndex = position;
    blank.exec(this.text);
    return blank.lastIndex;
  }
}
