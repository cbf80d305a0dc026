import ts from 'typescript';

/** What the fast printer must equal: TypeScript's own printer, as the emitters used it before. */
const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });
const emptyFile = ts.createSourceFile('reference.ts', '', ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);

export function typescriptPrintNode(node: ts.Node): string {
  return printer.printNode(ts.EmitHint.Unspecified, node, emptyFile);
}

export function typescriptPrintFile(statements: readonly ts.Node[]): string {
  const file = ts.factory.createSourceFile(
    statements as readonly ts.Statement[],
    ts.factory.createToken(ts.SyntaxKind.EndOfFileToken),
    ts.NodeFlags.None,
  );
  return printer.printFile(file);
}
