import { mockSpecOf } from '../mock/engine/index.js';
import type { SpecModel } from '../model/types.js';
import ts from '../targets/typescript.cjs';

const f = ts.factory;

/**
 * `spec.ts`: the slice of the normalized model the engine reads, embedded as
 * one JSON string parsed at import. A string keeps type-checking and parsing
 * fast even for specs of tens of megabytes (an object literal would make tsc
 * infer a type for every node).
 */
export function specFile(model: SpecModel): ts.Statement[] {
  const json = JSON.stringify(mockSpecOf(model));
  return [
    f.createImportDeclaration(
      undefined,
      f.createImportClause(
        true,
        undefined,
        f.createNamedImports([f.createImportSpecifier(false, undefined, f.createIdentifier('MockSpec'))]),
      ),
      f.createStringLiteral('specloom/mock-engine'),
    ),
    ts.addSyntheticLeadingComment(
      f.createVariableStatement(
        [f.createModifier(ts.SyntaxKind.ExportKeyword)],
        f.createVariableDeclarationList(
          [
            f.createVariableDeclaration(
              'spec',
              undefined,
              f.createTypeReferenceNode('MockSpec'),
              f.createAsExpression(
                f.createCallExpression(
                  f.createPropertyAccessExpression(f.createIdentifier('JSON'), 'parse'),
                  undefined,
                  [f.createStringLiteral(json)],
                ),
                f.createTypeReferenceNode('MockSpec'),
              ),
            ),
          ],
          ts.NodeFlags.Const,
        ),
      ),
      ts.SyntaxKind.MultiLineCommentTrivia,
      '* The operations, schemas and security schemes of the spec, as the mock engine reads them. ',
      true,
    ),
  ];
}
