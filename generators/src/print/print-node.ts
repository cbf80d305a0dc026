import type ts from '../targets/typescript.cjs';
// Each of these registers how its node kinds are printed.
import './emit-expressions.js';
import './emit-statements.js';
import './emit-types.js';
import { NodePrinter } from './node-printer.js';

export { UnsupportedNode } from './node-printer.js';

/**
 * Prints one statement (or any node) of a synthesized tree, byte for byte as
 * `ts.createPrinter({ newLine: LF }).printNode(EmitHint.Unspecified, node, file)`.
 * It follows the same rules for the shapes the emitters build: list formats
 * (brackets, separators, `multiLine`), indentation, synthetic comments and
 * literal escaping; anything else throws `UnsupportedNode`.
 */
export function printNode(node: ts.Node): string {
  const printer = new NodePrinter();
  printer.node(node);
  return printer.writer.text;
}
