import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
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
        const pair = node.items.find((item) => isPair(item) && keyText(item.key) === token);
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

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}
