/** `queryKeys`: one typed key builder per query (and per infinite query). */
import type ts from 'typescript';
import { f, literalType, propertyName, typeRef, withDoc } from '../sdk/ast.js';
import type { QueryPlan, QueryPlannedOperation } from './plan.js';
import { argOf, arrow, call, constStatement, id, names, paramsParameter, str } from './syntax.js';

function keyEntries(entry: QueryPlannedOperation): ts.PropertyAssignment[] {
  const n = names(entry);
  const name = entry.planned.operation.name;
  const hasParams = argOf(entry, 'params') !== undefined;
  const paramsValue = hasParams ? id('params') : f.createObjectLiteralExpression();
  const entries = [
    f.createPropertyAssignment(
      propertyName(name),
      arrow(
        paramsParameter(entry, typeRef(n.params)),
        call(id('operationKey'), [str(name), paramsValue], [typeRef(n.key)]),
      ),
    ),
  ];
  const cursor = entry.planned.pagination?.cursorParam;
  if (cursor !== undefined)
    entries.push(
      f.createPropertyAssignment(
        propertyName(`${name}Infinite`),
        arrow(
          paramsParameter(entry, typeRef('Omit', [typeRef(n.params), literalType(cursor)])),
          call(id('infiniteOperationKey'), [str(name), paramsValue], [typeRef(n.infiniteKey)]),
        ),
      ),
    );
  return entries;
}

/** The exported `queryKeys` object. */
export function queryKeysStatement(plan: QueryPlan): ts.Statement {
  const entries = plan.groups.flatMap((group) =>
    group.operations.filter((entry) => entry.kind === 'query').flatMap(keyEntries),
  );
  return withDoc(constStatement('queryKeys', f.createObjectLiteralExpression(entries, true), true), [
    'Query keys by operation id: `[operationId, params]`, tagged with the data and error types, so',
    '`queryClient.setQueryData(queryKeys.getTask(params), value)` only accepts a task. Keys match by',
    'prefix: `[operationId, { projectId }]` covers every query of that operation for the project.',
  ]);
}
