/** Small syntax helpers and per-operation names shared by the parts of `query.ts`. */

import { pascalCase } from '../model/naming.js';
import { f } from '../sdk/ast.js';
import { tableEntry } from '../sdk/operation-types.js';
import ts from '../targets/typescript.cjs';
import type { QueryPlannedOperation } from './plan.js';

export const id = (name: string) => f.createIdentifier(name);
export const exported = [f.createModifier(ts.SyntaxKind.ExportKeyword)];
export const str = (value: string) => f.createStringLiteral(value);

/** `export type Name = Type;` (or without `export`). */
export function typeAlias(name: string, type: ts.TypeNode, isExported = true): ts.Statement {
  return f.createTypeAliasDeclaration(isExported ? exported : undefined, name, undefined, type);
}

/** `const name = value;` (optionally exported). */
export function constStatement(name: string, value: ts.Expression, isExported = false): ts.Statement {
  return f.createVariableStatement(
    isExported ? exported : undefined,
    f.createVariableDeclarationList(
      [f.createVariableDeclaration(name, undefined, undefined, value)],
      ts.NodeFlags.Const,
    ),
  );
}

/** A parameter `name?: Type = initializer` (`?` only without an initializer). */
export function param(name: string, type: ts.TypeNode, optional = false, initializer?: ts.Expression) {
  return f.createParameterDeclaration(
    undefined,
    undefined,
    name,
    optional && !initializer ? f.createToken(ts.SyntaxKind.QuestionToken) : undefined,
    type,
    initializer,
  );
}

export const arrow = (params: ts.ParameterDeclaration[], body: ts.ConciseBody) =>
  f.createArrowFunction(
    undefined,
    undefined,
    params,
    undefined,
    f.createToken(ts.SyntaxKind.EqualsGreaterThanToken),
    body,
  );

export const call = (callee: ts.Expression, args: ts.Expression[], typeArgs?: ts.TypeNode[]) =>
  f.createCallExpression(callee, typeArgs, args);

/** Names derived from one operation (`ListTasks...`). */
export function names(entry: QueryPlannedOperation) {
  const base = pascalCase(entry.planned.operation.name);
  return {
    base,
    data: `${base}Data`,
    error: `${base}Error`,
    params: `${base}Params`,
    variables: `${base}Variables`,
    key: `${base}QueryKey`,
    infiniteKey: `${base}InfiniteQueryKey`,
    event: `${base}Event`,
  };
}

export const argOf = (entry: QueryPlannedOperation, name: 'params' | 'body' | 'options') =>
  entry.planned.args.find((arg) => arg.name === name);
/** The SDK's own type of one argument: `OperationTypes["listTasks"]["params"]`. */
export const argType = (entry: QueryPlannedOperation, name: 'params' | 'body' | 'options') =>
  tableEntry(entry.planned, name);

/** A query whose list follows a cursor: it also gets infinite-query options. */
export const isPaginated = (entry: QueryPlannedOperation) =>
  entry.kind === 'query' && entry.planned.pagination !== undefined;

/** `api.tasks.list` */
export function methodExpression(entry: QueryPlannedOperation): ts.Expression {
  const group = f.createPropertyAccessExpression(id('api'), entry.group.key);
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(entry.planned.methodName)
    ? f.createPropertyAccessExpression(group, entry.planned.methodName)
    : f.createElementAccessExpression(group, str(entry.planned.methodName));
}

/** The `params` parameter of a key or query function (defaulting to `{}` when optional). */
export function paramsParameter(entry: QueryPlannedOperation, type: ts.TypeNode): ts.ParameterDeclaration[] {
  const arg = argOf(entry, 'params');
  if (!arg) return [];
  return [param('params', type, arg.optional, arg.optional ? f.createObjectLiteralExpression() : undefined)];
}
