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
