import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type Pair,
  type YAMLMap,
  type Document as YamlDocument,
} from 'yaml';

/**
 * Finds where a JSON pointer lands in a parsed YAML document by walking its
 * syntax tree (which keeps every node's source range).
 */
export class YamlLocator {
  constructor(
    private readonly document: YamlDocument.Parsed,
    private readonly lineCounter: LineCounter,
  ) {}

  /** Location of the deepest node on `tokens` that exists: a map entry's key, a sequence item, or the root. */
  locate(tokens: readonly string[]): { line: number; column: number } {
    let node: unknown = this.document.contents;
    let best = (this.document.contents as Node | null)?.range?.[0] ?? 0;
    for (const token of tokens) {
      node = this.resolveAlias(node);
      if (isMap(node)) {
        const pair = this.findPair(node, token, 0);
        if (!pair) break;
        best = (pair.key as Node | null)?.range?.[0] ?? best;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(token)] as Node | undefined;
        if (!/^\d+$/.test(token) || item === undefined) break;
        best = item.range?.[0] ?? best;
        node = item;
      } else break;
    }
    const { line, col } = this.lineCounter.linePos(best);
    return { line, column: col };
  }

  /**
   * The map entry for `key`: written in the map itself, else brought in by a merge key
   * (`<<: *anchor` or `<<: [*a, *b]`, earlier sources win), where the reader finds it.
   */
  private findPair(map: YAMLMap, key: string, depth: number): Pair | undefined {
    const own = map.items.find((item) => isPair(item) && keyText(item.key) === key);
    if (own || depth > 16) return own;
    for (const item of map.items) {
      if (!isPair(item) || !isMergeKey(item.key)) continue;
      const value = this.resolveAlias(item.value);
      const sources = isSeq(value) ? value.items.map((source) => this.resolveAlias(source)) : [value];
      for (const source of sources) {
        if (!isMap(source)) continue;
        const merged = this.findPair(source, key, depth + 1);
        if (merged) return merged;
      }
    }
    return undefined;
  }

  private resolveAlias(node: unknown): unknown {
    const alias = node as { resolve?: (document: YamlDocument.Parsed) => unknown; source?: string };
    if (
      node &&
      typeof node === 'object' &&
      typeof alias.source === 'string' &&
      typeof alias.resolve === 'function'
    ) {
      return alias.resolve(this.document);
    }
    return node;
  }
}

/** `<<`, which the parser turns into a symbol when merge keys are enabled. */
function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  const value = key.value;
  return value === '<<' || (typeof value === 'symbol' && value.description === '<<');
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}
