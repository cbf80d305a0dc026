import { parsePointer, pointerOf } from '../model/json-pointer.js';
import type { SourceLocation } from '../model/types.js';
import type { SourceFile } from './source-file.js';

/**
 * Maps pointers of the bundled document back to source files. Only the roots
 * of moved subtrees are recorded (the root file at `#`, each hoisted or
 * inlined target where it landed); a pointer is located through its longest
 * recorded prefix, then followed inside that file.
 */
export class SourceMap {
  private readonly origins = new Map<string, { file: SourceFile; tokens: readonly string[] }>();
  /** Rewrites applied to a pointer before lookup (Swagger 2.0 documents are located in their 2.0 shape). */
  private rewrite: ((tokens: string[]) => string[]) | undefined;

  constructor(root: SourceFile) {
    this.origins.set('#', { file: root, tokens: [] });
  }

  /** Records that the subtree at `pointer` of the bundled document came from `tokens` in `file`. */
  add(pointer: string, file: SourceFile, tokens: readonly string[]): void {
    this.origins.set(pointer, { file, tokens });
  }

  /** Installs a pointer rewrite used for every later `locate`. */
  setRewrite(rewrite: (tokens: string[]) => string[]): void {
    this.rewrite = rewrite;
  }

  /** Source location of `pointer` (or of its deepest existing ancestor). */
  locate(pointer: string): SourceLocation | undefined {
    let tokens: string[];
    try {
      tokens = parsePointer(pointer);
    } catch {
      return undefined;
    }
    if (this.rewrite) tokens = this.rewrite(tokens);
    for (let length = tokens.length; length >= 0; length -= 1) {
      const origin = this.origins.get(pointerOf(tokens.slice(0, length)));
      if (origin) return origin.file.locate([...origin.tokens, ...tokens.slice(length)]);
    }
    return undefined;
  }
}
