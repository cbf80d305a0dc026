import { mockSpecOf } from '../mock/engine/index.js';
import type { SpecModel } from '../model/types.js';
import { printFile } from '../print/index.js';
import { stringLiteralText } from '../print/string-literal.js';
import ts from '../targets/typescript.cjs';

const f = ts.factory;

/** Stands for the JSON string literal while the rest of `spec.ts` (fixed text, no spec content) is printed. */
const PLACEHOLDER = 'specloom:mock-spec-json';

/**
 * `spec.ts`: the slice of the normalized model the engine reads, embedded as
 * one JSON string parsed at import. A string keeps type-checking and parsing
 * fast even for specs of tens of megabytes (an object literal would make tsc
 * infer a type for every node). The printer writes the file around a
 * placeholder; the literal itself is escaped by `stringLiteralText`, the same
 * bytes at a fraction of the printer's cost.
 */
export function specFile(model: SpecModel): string {
  const printed = printFile(specStatements(PLACEHOLDER));
  const at = printed.indexOf(`"${PLACEHOLDER}"`);
  const literal = stringLiteralText(JSON.stringify(mockSpecOf(model)));
  return printed.slice(0, at) + literal + printed.slice(at + PLACEHOLDER.length + 2);
}

function specStatements(json: string): ts.Statement[] {
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
