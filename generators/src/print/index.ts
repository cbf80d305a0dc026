import ts from '../targets/typescript.cjs';
import { printNode, UnsupportedNode } from './print-node.js';

/**
 * How the emitters turn their syntax trees into text. Printing through
 * TypeScript's printer took about a third of `generate`'s time on a large
 * spec, most of it in machinery synthesized trees do not need (source
 * positions, source maps, line counting on every write). `printNode` writes
 * the same text directly; a statement it cannot print exactly goes through
 * TypeScript's printer, so the output never depends on which one printed it.
 */

let typescriptPrinter: ts.Printer | undefined;
let emptyFile: ts.SourceFile | undefined;

function typescript(): ts.Printer {
  typescriptPrinter ??= ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });
  return typescriptPrinter;
}

/** One statement as `ts.createPrinter({ newLine: LF }).printNode` prints it (no trailing line break). */
export function printStatement(statement: ts.Node): string {
  try {
    return printNode(statement);
  } catch (error) {
    if (!(error instanceof UnsupportedNode)) throw error;
    emptyFile ??= ts.createSourceFile('generated.ts', '', ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    return typescript().printNode(ts.EmitHint.Unspecified, statement, emptyFile);
  }
}

/** Statements one after another, a blank line between two, ending with a line break. */
export function printStatements(statements: readonly ts.Statement[]): string {
  return joinStatements(statements.map(printStatement));
}

/**
 * Printed statements as `printStatements` joins them. Emitters of large files
 * print each statement as soon as it is built and join the texts at the end:
 * a tree that is printed at once is garbage before the next collection,
 * while a whole file's trees kept for one print at the end are copied by
 * every young-generation collection until they are promoted.
 */
export function joinStatements(printed: readonly string[]): string {
  return `${printed.join('\n\n')}\n`;
}

/**
 * Statements as `printer.printFile` prints a source file holding them: one
 * per line, ending with a line break, nothing for none. A file opening with
 * a directive (`"use strict";`), which TypeScript prints apart, is left to it.
 */
export function printFile(statements: readonly ts.Node[]): string {
  if (statements.length === 0) return '';
  const first = statements[0] as ts.Node;
  if (ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression)) {
    const file = ts.factory.createSourceFile(
      statements as readonly ts.Statement[],
      ts.factory.createToken(ts.SyntaxKind.EndOfFileToken),
      ts.NodeFlags.None,
    );
    return typescript().printFile(file);
  }
  return `${statements.map(printStatement).join('\n')}\n`;
}
