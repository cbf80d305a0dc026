import ts from '../targets/typescript.cjs';

/** The one place the msw target prints: a module of `statements`, LF line ends. */
export function print(statements: ts.Statement[]): string {
  const file = ts.factory.createSourceFile(
    statements,
    ts.factory.createToken(ts.SyntaxKind.EndOfFileToken),
    ts.NodeFlags.None,
  );
  return ts.createPrinter({ newLine: ts.NewLineKind.LineFeed }).printFile(file);
}
