/** What a mutation makes stale, as plain lists, and the one shared table of the queries' path parameters. */

import { f, literal, propertyName, typeRef, withDoc } from '../sdk/ast.js';
import ts from '../targets/typescript.cjs';
import type { QueryPlan, QueryPlannedOperation } from './plan.js';

/** The `plan` argument of one operation's `defineMutation`. */
export function mutationPlanLiteral(entry: QueryPlannedOperation): ts.Expression {
  const value = literal({
    invalidates: entry.invalidates.map((query) => query.id),
    pathParams: pathParamNames(entry),
    optimistic: entry.optimistic,
    ifMatchOption: entry.ifMatchOption,
  }) as ts.ObjectLiteralExpression;
  return f.createObjectLiteralExpression(
    [...value.properties, f.createShorthandPropertyAssignment(QUERY_PATH_PARAMS)],
    true,
  );
}

const QUERY_PATH_PARAMS = 'queryPathParams';

const pathParamNames = (entry: QueryPlannedOperation) =>
  entry.planned.operation.parameters
    .filter((parameter) => parameter.in === 'path')
    .map((parameter) => parameter.name);

/** The path parameters of every query a mutation invalidates, shared by all mutation plans. */
export function queryPathParamsStatement(plan: QueryPlan): ts.Statement[] {
  const all = plan.groups.flatMap((group) => group.operations);
  const invalidated = new Set(all.flatMap((entry) => entry.invalidates.map((query) => query.id)));
  if (!all.some((entry) => entry.kind === 'mutation')) return [];
  const entries = all
    .filter((entry) => entry.kind === 'query' && invalidated.has(entry.planned.operation.name))
    .map((entry) =>
      f.createPropertyAssignment(propertyName(entry.planned.operation.name), literal(pathParamNames(entry))),
    );
  const type = typeRef('Readonly', [
    typeRef('Record', [
      f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
      f.createTypeOperatorNode(
        ts.SyntaxKind.ReadonlyKeyword,
        f.createArrayTypeNode(f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword)),
      ),
    ]),
  ]);
  return [
    withDoc(
      f.createVariableStatement(
        undefined,
        f.createVariableDeclarationList(
          [
            f.createVariableDeclaration(
              QUERY_PATH_PARAMS,
              undefined,
              type,
              f.createObjectLiteralExpression(entries, true),
            ),
          ],
          ts.NodeFlags.Const,
        ),
      ),
      ['The path parameters of the queries mutations make stale, by operation id.'],
    ),
  ];
}
