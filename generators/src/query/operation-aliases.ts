/** The exported per-operation types of `query.ts` (`ListTasksData`, `ListTasksError`, keys, variables), read from the SDK's `OperationTypes`. */

import { f, literalType, typeRef, withDoc } from '../sdk/ast.js';
import { tableEntry } from '../sdk/operation-types.js';
import ts from '../targets/typescript.cjs';
import type { QueryPlannedOperation } from './plan.js';
import { argOf, argType, names, typeAlias } from './syntax.js';

/** One operation's exported types: data and error, params, query keys or mutation variables, or event data. */
export function operationTypes(entry: QueryPlannedOperation): ts.Statement[] {
  const n = names(entry);
  const statements: ts.Statement[] = [];
  if (entry.kind === 'stream') {
    statements.push(
      withDoc(typeAlias(n.event, tableEntry(entry.planned, 'event')), [
        `The data of one event of \`${entry.planned.operation.operationId}\`.`,
      ]),
    );
    return statements;
  }
  statements.push(
    withDoc(typeAlias(n.data, tableEntry(entry.planned, 'data')), [
      `What \`${entry.planned.operation.operationId}\` resolves to.`,
    ]),
    withDoc(typeAlias(n.error, tableEntry(entry.planned, 'error')), [
      `The errors \`${entry.planned.operation.operationId}\` can throw, narrowed by \`status\`.`,
    ]),
  );
  if (argOf(entry, 'params')) statements.push(typeAlias(n.params, argType(entry, 'params')));
  if (entry.kind === 'query') {
    const paramsType = argOf(entry, 'params') ? typeRef(n.params) : noParams();
    statements.push(
      typeAlias(
        n.key,
        typeRef('OperationQueryKey', [
          literalType(entry.planned.operation.name),
          paramsType,
          typeRef(n.data),
          typeRef(n.error),
        ]),
      ),
    );
    const cursor = entry.planned.pagination?.cursorParam;
    if (cursor !== undefined)
      statements.push(
        typeAlias(
          n.infiniteKey,
          typeRef('InfiniteOperationQueryKey', [
            literalType(entry.planned.operation.name),
            typeRef('Omit', [typeRef(n.params), literalType(cursor)]),
            typeRef(n.data),
            typeRef(n.error),
          ]),
        ),
      );
  }
  if (entry.kind === 'mutation') {
    const members = entry.planned.args.map((arg) =>
      f.createPropertySignature(
        undefined,
        arg.name,
        arg.optional ? f.createToken(ts.SyntaxKind.QuestionToken) : undefined,
        argType(entry, arg.name),
      ),
    );
    statements.push(
      withDoc(typeAlias(n.variables, f.createTypeLiteralNode(members)), [
        `The variables of \`${entry.planned.operation.operationId}\`: the SDK method's arguments by name.`,
      ]),
    );
  }
  return statements;
}

function noParams(): ts.TypeNode {
  return typeRef('Record', [
    f.createKeywordTypeNode(ts.SyntaxKind.NeverKeyword),
    f.createKeywordTypeNode(ts.SyntaxKind.NeverKeyword),
  ]);
}
