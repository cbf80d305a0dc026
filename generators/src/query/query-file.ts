/** Builds `query.ts`: typed query keys and TanStack Query options for every SDK method. */

import { pascalCase } from '../model/naming.js';
import { f, literal, literalType, printStatements, propertyName, typeRef, withDoc } from '../sdk/ast.js';
import ts from '../targets/typescript.cjs';
import type { QueryPlan, QueryPlannedOperation } from './plan.js';

const id = (name: string) => f.createIdentifier(name);
const exported = [f.createModifier(ts.SyntaxKind.ExportKeyword)];
const str = (value: string) => f.createStringLiteral(value);

function typeAlias(name: string, type: ts.TypeNode, isExported = true): ts.Statement {
  return f.createTypeAliasDeclaration(isExported ? exported : undefined, name, undefined, type);
}

function constStatement(name: string, value: ts.Expression, isExported = false): ts.Statement {
  return f.createVariableStatement(
    isExported ? exported : undefined,
    f.createVariableDeclarationList(
      [f.createVariableDeclaration(name, undefined, undefined, value)],
      ts.NodeFlags.Const,
    ),
  );
}

function param(name: string, type: ts.TypeNode, optional = false, initializer?: ts.Expression) {
  return f.createParameterDeclaration(
    undefined,
    undefined,
    name,
    optional && !initializer ? f.createToken(ts.SyntaxKind.QuestionToken) : undefined,
    type,
    initializer,
  );
}

const arrow = (params: ts.ParameterDeclaration[], body: ts.ConciseBody) =>
  f.createArrowFunction(
    undefined,
    undefined,
    params,
    undefined,
    f.createToken(ts.SyntaxKind.EqualsGreaterThanToken),
    body,
  );

const call = (callee: ts.Expression, args: ts.Expression[], typeArgs?: ts.TypeNode[]) =>
  f.createCallExpression(callee, typeArgs, args);

/** Names derived from one operation (`ListTasks...`). */
function names(entry: QueryPlannedOperation) {
  const base = pascalCase(entry.planned.operation.name);
  return {
    base,
    operation: `${base}Operation`,
    args: `${base}Args`,
    data: `${base}Data`,
    error: `${base}Error`,
    params: `${base}Params`,
    variables: `${base}Variables`,
    key: `${base}QueryKey`,
    infiniteKey: `${base}InfiniteQueryKey`,
    event: `${base}Event`,
  };
}

const argIndex = (entry: QueryPlannedOperation, name: 'params' | 'body' | 'options') =>
  entry.planned.args.findIndex((arg) => arg.name === name);
const argOf = (entry: QueryPlannedOperation, name: 'params' | 'body' | 'options') =>
  entry.planned.args.find((arg) => arg.name === name);
const argType = (entry: QueryPlannedOperation, name: 'params' | 'body' | 'options') =>
  f.createIndexedAccessTypeNode(
    typeRef(names(entry).args),
    f.createLiteralTypeNode(f.createNumericLiteral(argIndex(entry, name))),
  );

const isPaginated = (entry: QueryPlannedOperation) =>
  entry.kind === 'query' && entry.planned.pagination !== undefined;

/** `Api["tasks"]["list"]` */
function methodType(entry: QueryPlannedOperation): ts.TypeNode {
  return f.createIndexedAccessTypeNode(
    f.createIndexedAccessTypeNode(typeRef('Api'), literalType(entry.group.key)),
    literalType(entry.planned.methodName),
  );
}

/** `api.tasks.list` */
function methodExpression(entry: QueryPlannedOperation): ts.Expression {
  const group = f.createPropertyAccessExpression(id('api'), entry.group.key);
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(entry.planned.methodName)
    ? f.createPropertyAccessExpression(group, entry.planned.methodName)
    : f.createElementAccessExpression(group, str(entry.planned.methodName));
}

function operationTypes(entry: QueryPlannedOperation): ts.Statement[] {
  const n = names(entry);
  const { path, method } = entry.planned.operation;
  const statements: ts.Statement[] = [
    typeAlias(
      n.operation,
      f.createIndexedAccessTypeNode(
        f.createIndexedAccessTypeNode(typeRef('paths'), literalType(path)),
        literalType(method),
      ),
      false,
    ),
    typeAlias(n.args, typeRef('Parameters', [methodType(entry)]), false),
  ];
  if (entry.kind === 'stream') {
    statements.push(
      withDoc(typeAlias(n.event, typeRef('EventDataOf', [typeRef('ReturnType', [methodType(entry)])])), [
        `The data of one event of \`${entry.planned.operation.operationId}\`.`,
      ]),
    );
    return statements;
  }
  statements.push(
    withDoc(typeAlias(n.data, typeRef('Awaited', [typeRef('ReturnType', [methodType(entry)])])), [
      `What \`${entry.planned.operation.operationId}\` resolves to.`,
    ]),
    withDoc(typeAlias(n.error, typeRef('OperationError', [typeRef(n.operation)])), [
      `The errors \`${entry.planned.operation.operationId}\` can throw, narrowed by \`status\`.`,
    ]),
  );
  if (argOf(entry, 'params'))
    statements.push(typeAlias(n.params, typeRef('NonNullable', [argType(entry, 'params')])));
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

/** The `params` parameter of a key or query function (defaulting to `{}` when optional). */
function paramsParameter(entry: QueryPlannedOperation, type: ts.TypeNode): ts.ParameterDeclaration[] {
  const arg = argOf(entry, 'params');
  if (!arg) return [];
  return [param('params', type, arg.optional, arg.optional ? f.createObjectLiteralExpression() : undefined)];
}

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

function queryKeysStatement(plan: QueryPlan): ts.Statement {
  const entries = plan.groups.flatMap((group) =>
    group.operations.filter((entry) => entry.kind === 'query').flatMap(keyEntries),
  );
  return withDoc(constStatement('queryKeys', f.createObjectLiteralExpression(entries, true), true), [
    'Query keys by operation id: `[operationId, params]`, tagged with the data and error types, so',
    '`queryClient.setQueryData(queryKeys.getTask(params), value)` only accepts a task. Keys match by',
    'prefix: `[operationId, { projectId }]` covers every query of that operation for the project.',
  ]);
}

/** `{ ...options, signal }` */
function callOptions(): ts.Expression {
  return f.createObjectLiteralExpression([
    f.createSpreadAssignment(id('options')),
    f.createShorthandPropertyAssignment('signal'),
  ]);
}

/** The SDK call of a query: positional arguments in the SDK's order. */
function sdkCall(
  entry: QueryPlannedOperation,
  args: Record<'params' | 'body' | 'options', ts.Expression>,
): ts.Expression {
  const values = entry.planned.args.map((arg) => args[arg.name]);
  if (!entry.etag) return call(methodExpression(entry), values);
  const withResponse = f.createPropertyAccessExpression(methodExpression(entry), 'withResponse');
  return call(f.createPropertyAccessExpression(call(withResponse, values), 'then'), [id('rememberEtag')]);
}

function optionsParameter(entry: QueryPlannedOperation): ts.ParameterDeclaration {
  return param('options', argType(entry, 'options'), argOf(entry, 'options')?.optional ?? true);
}

function queryMembers(entry: QueryPlannedOperation): ts.PropertyAssignment[] {
  const n = names(entry);
  const keyCall = (keyName: string) =>
    call(
      f.createPropertyAccessExpression(id('queryKeys'), keyName),
      argOf(entry, 'params') ? [id('params')] : [],
    );
  const members = [
    withDoc(
      f.createPropertyAssignment(
        propertyName(entry.planned.methodName),
        arrow(
          [...paramsParameter(entry, typeRef(n.params)), optionsParameter(entry)],
          call(
            id('defineQuery'),
            [
              keyCall(entry.planned.operation.name),
              arrow(
                [param('signal', typeRef('AbortSignal'))],
                sdkCall(entry, { params: id('params'), body: id('undefined'), options: callOptions() }),
              ),
            ],
            [typeRef(n.data), typeRef(n.error), typeRef(n.key)],
          ),
        ),
      ),
      [
        `Query options for \`${entry.planned.operation.method.toUpperCase()} ${entry.planned.operation.path}\`.`,
      ],
    ),
  ];
  const pagination = entry.planned.pagination;
  if (pagination)
    members.push(
      withDoc(
        f.createPropertyAssignment(
          propertyName(`${entry.planned.methodName}Infinite`),
          arrow(
            [
              ...paramsParameter(
                entry,
                typeRef('Omit', [typeRef(n.params), literalType(pagination.cursorParam)]),
              ),
              optionsParameter(entry),
            ],
            call(
              id('defineInfiniteQuery'),
              [
                keyCall(`${entry.planned.operation.name}Infinite`),
                arrow(
                  [
                    param(
                      'cursor',
                      f.createUnionTypeNode([
                        f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
                        f.createKeywordTypeNode(ts.SyntaxKind.UndefinedKeyword),
                      ]),
                    ),
                    param('signal', typeRef('AbortSignal')),
                  ],
                  sdkCall(entry, {
                    params: f.createObjectLiteralExpression([
                      f.createSpreadAssignment(id('params')),
                      f.createPropertyAssignment(propertyName(pagination.cursorParam), id('cursor')),
                    ]),
                    body: id('undefined'),
                    options: callOptions(),
                  }),
                ),
                str(pagination.nextField),
              ],
              [typeRef(n.data), typeRef(n.error), typeRef(n.infiniteKey)],
            ),
          ),
        ),
        [
          `Infinite-query options for \`${entry.planned.operation.operationId}\`, following \`${pagination.nextField}\`.`,
        ],
      ),
    );
  return members;
}

function mutationPlanLiteral(entry: QueryPlannedOperation): ts.Expression {
  return literal({
    invalidates: entry.invalidates,
    optimistic: entry.optimistic,
    ifMatchOption: entry.ifMatchOption,
  });
}

function mutationMember(entry: QueryPlannedOperation): ts.PropertyAssignment {
  const n = names(entry);
  const variable = (name: string) => f.createPropertyAccessExpression(id('variables'), name);
  const run = arrow(
    [param('variables', typeRef(n.variables))],
    sdkCall(entry, { params: variable('params'), body: variable('body'), options: variable('options') }),
  );
  const invalidated = entry.invalidates.map((entry) => `\`${entry.id}\``).join(', ') || 'nothing';
  return withDoc(
    f.createPropertyAssignment(
      propertyName(entry.planned.methodName),
      arrow(
        [param('settings', typeRef('MutationSettings', [typeRef(n.data), typeRef(n.variables)]), true)],
        call(
          id('defineMutation'),
          [str(entry.planned.operation.name), run, mutationPlanLiteral(entry), id('settings')],
          [typeRef(n.data), typeRef(n.error), typeRef(n.variables)],
        ),
      ),
    ),
    [
      `Mutation options for \`${entry.planned.operation.method.toUpperCase()} ${entry.planned.operation.path}\`; on success it invalidates ${invalidated}.`,
      ...(entry.optimistic
        ? ['Pass `{ optimistic: true }` to update the cached resource and its lists before the answer.']
        : []),
    ],
  );
}

function streamMember(entry: QueryPlannedOperation): ts.PropertyAssignment {
  const n = names(entry);
  const hasParams = argOf(entry, 'params') !== undefined;
  const open = arrow(
    [
      f.createParameterDeclaration(
        undefined,
        undefined,
        f.createObjectBindingPattern([
          f.createBindingElement(undefined, undefined, 'signal'),
          f.createBindingElement(undefined, undefined, 'onStateChange'),
        ]),
        undefined,
        typeRef('StreamOpenOptions'),
      ),
    ],
    call(methodExpression(entry), [
      ...(hasParams ? [id('params')] : []),
      f.createObjectLiteralExpression([
        f.createShorthandPropertyAssignment('signal'),
        f.createShorthandPropertyAssignment('onStateChange'),
      ]),
    ]),
  );
  return withDoc(
    f.createPropertyAssignment(
      propertyName(entry.planned.methodName),
      arrow(
        [
          param('client', typeRef('QueryClient')),
          ...(hasParams ? [param('params', argType(entry, 'params'))] : []),
          param('options', typeRef('StreamToCacheOptions', [typeRef(n.event)]), true),
        ],
        call(id('streamToCache'), [
          id('client'),
          open,
          literal({ queries: entry.streamScope ?? [] }),
          hasParams ? id('params') : f.createObjectLiteralExpression(),
          id('options'),
        ]),
      ),
    ),
    [
      `Keeps the cache in step with \`${entry.planned.operation.operationId}\`: each event invalidates the queries it concerns.`,
      'Returns a function that closes the stream.',
    ],
  );
}

function createQueriesStatement(plan: QueryPlan): ts.Statement {
  const groups = plan.groups.map((group) =>
    f.createPropertyAssignment(
      propertyName(group.group.key),
      f.createObjectLiteralExpression(
        group.operations.flatMap((entry) =>
          entry.kind === 'query'
            ? queryMembers(entry)
            : entry.kind === 'mutation'
              ? [mutationMember(entry)]
              : [streamMember(entry)],
        ),
        true,
      ),
    ),
  );
  const fn = f.createFunctionDeclaration(
    exported,
    undefined,
    'createQueries',
    undefined,
    [param('api', typeRef('Api'))],
    undefined,
    f.createBlock([f.createReturnStatement(f.createObjectLiteralExpression(groups, true))], true),
  );
  return withDoc(fn, [
    'TanStack Query options for every operation of an SDK client, grouped as the client groups its methods:',
    '`useQuery(queries.tasks.list({ projectId }))`, `useMutation(queries.tasks.create())`.',
    'Queries and mutations never retry: the SDK already retries transient failures.',
  ]);
}

/** Where the SDK's `Api`, `paths` and `OperationError` come from. */
export interface SdkModules {
  api: string;
  types: string;
  runtime: string;
}

function imports(plan: QueryPlan, sdk: SdkModules, runtimeImport: string): ts.Statement[] {
  const all = plan.groups.flatMap((group) => group.operations);
  const has = (test: (entry: QueryPlannedOperation) => boolean) => all.some(test);
  const runtime = [
    ['defineInfiniteQuery', has(isPaginated), false],
    ['defineMutation', has((entry) => entry.kind === 'mutation'), false],
    ['defineQuery', has((entry) => entry.kind === 'query'), false],
    ['EventDataOf', has((entry) => entry.kind === 'stream'), true],
    ['infiniteOperationKey', has(isPaginated), false],
    ['InfiniteOperationQueryKey', has(isPaginated), true],
    ['MutationSettings', has((entry) => entry.kind === 'mutation'), true],
    ['OperationQueryKey', has((entry) => entry.kind === 'query'), true],
    ['operationKey', has((entry) => entry.kind === 'query'), false],
    ['rememberEtag', has((entry) => entry.etag && entry.kind !== 'stream'), false],
    ['StreamOpenOptions', has((entry) => entry.kind === 'stream'), true],
    ['StreamToCacheOptions', has((entry) => entry.kind === 'stream'), true],
    ['streamToCache', has((entry) => entry.kind === 'stream'), false],
  ] as const;
  const namedImports = (entries: readonly (readonly [string, boolean])[]) =>
    f.createNamedImports(
      entries.map(([name, typeOnly]) => f.createImportSpecifier(typeOnly, undefined, id(name))),
    );
  const statements: ts.Statement[] = [];
  if (has((entry) => entry.kind === 'stream'))
    statements.push(
      f.createImportDeclaration(
        undefined,
        f.createImportClause(true, undefined, namedImports([['QueryClient', false]])),
        str('@tanstack/query-core'),
      ),
    );
  // One module (the published SDK) or three (the sdk, types and runtime files next to each other).
  const typeImports = new Map<string, string[]>();
  const addType = (name: string, from: string) =>
    typeImports.set(from, [...(typeImports.get(from) ?? []), name]);
  addType('Api', sdk.api);
  if (has((entry) => entry.kind !== 'stream')) addType('OperationError', sdk.runtime);
  addType('paths', sdk.types);
  for (const [from, typeNames] of typeImports)
    statements.push(
      f.createImportDeclaration(
        undefined,
        f.createImportClause(true, undefined, namedImports(typeNames.map((name) => [name, false] as const))),
        str(from),
      ),
    );
  statements.push(
    f.createImportDeclaration(
      undefined,
      f.createImportClause(
        false,
        undefined,
        namedImports(
          runtime.filter(([, used]) => used).map(([name, , typeOnly]) => [name, typeOnly] as const),
        ),
      ),
      str(runtimeImport),
    ),
  );
  return statements;
}

/** The contents of `query.ts` for a plan. */
export function queryFile(plan: QueryPlan, paths: { sdk: SdkModules; runtimeImport: string }): string {
  const all = plan.groups.flatMap((group) => group.operations);
  return printStatements([
    ...imports(plan, paths.sdk, paths.runtimeImport),
    ...all.flatMap(operationTypes),
    queryKeysStatement(plan),
    createQueriesStatement(plan),
    withDoc(typeAlias('Queries', typeRef('ReturnType', [f.createTypeQueryNode(id('createQueries'))])), [
      'The query options of one client.',
    ]),
  ]);
}
