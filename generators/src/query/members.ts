/** `createQueries`: the query, infinite-query, mutation and event-stream options of every SDK method. */

import { f, literal, literalType, propertyName, typeRef, withDoc } from '../sdk/ast.js';
import ts from '../targets/typescript.cjs';
import { mutationPlanLiteral } from './mutation-plan.js';
import type { QueryPlan, QueryPlannedOperation } from './plan.js';
import {
  argOf,
  argType,
  arrow,
  call,
  exported,
  id,
  methodExpression,
  names,
  param,
  paramsParameter,
  str,
} from './syntax.js';

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
          ...(hasParams ? [param('params', argType(entry, 'params'), argOf(entry, 'params')?.optional)] : []),
          param('options', typeRef('StreamToCacheOptions', [typeRef(n.event)]), true),
        ],
        call(id('streamToCache'), [
          id('client'),
          open,
          literal({
            queries: Object.fromEntries(
              (entry.streamScope ?? []).map((query) => [query.id, query.pathParams]),
            ),
          }),
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

/** `createQueries(api)`: every operation's options, grouped as the SDK groups its methods. */
export function createQueriesStatement(plan: QueryPlan): ts.Statement {
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
