import ts from '../targets/typescript.cjs';

const f = ts.factory;

/** `import { z } from 'zod';` (aliased when `local` is not `z`). */
export function zodImport(local: string): ts.ImportDeclaration {
  return f.createImportDeclaration(
    undefined,
    f.createImportClause(
      false,
      undefined,
      f.createNamedImports([
        f.createImportSpecifier(
          false,
          local === 'z' ? undefined : f.createIdentifier('z'),
          f.createIdentifier(local),
        ),
      ]),
    ),
    f.createStringLiteral('zod'),
  );
}

/** Prints statements as one module, separated by blank lines for readability. */
export function printStatements(statements: readonly ts.Statement[]): string {
  const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });
  const file = ts.createSourceFile('generated.ts', '', ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  return `${statements.map((statement) => printer.printNode(ts.EmitHint.Unspecified, statement, file)).join('\n\n')}\n`;
}
