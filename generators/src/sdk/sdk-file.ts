/** Builds `sdk.ts`: the typed facade interfaces, operation descriptors and `createClient`. */

import { joinStatements, printStatement } from '../print/index.js';
import ts from '../targets/typescript.cjs';
import { f, literal, literalType, propertyName, typeRef, withDoc } from './ast.js';
import {
  documentsErrors,
  flatHelper,
  hasHeaderOptions,
  mergesParams,
  operationTypeMembers,
  tableEntry,
} from './operation-types.js';
import type { PlannedGroup, PlannedOperation, SdkPlan } from './plan.js';

/** The runtime names the file uses, so that it imports nothing it does not need. */
function runtimeNames(plan: SdkPlan): string[] {
  const all = plan.groups.flatMap((group) => group.operations);
  const has = (test: (planned: PlannedOperation) => boolean) => all.some(test);
  const values = ['bind', 'createCore', 'createSession', ...(plan.refresh ? ['installRefresh'] : [])];
  const types = [
    ['BinaryInput', has((planned) => planned.body?.kind === 'raw')],
    ['CallOptions', has((planned) => !planned.sse && !hasHeaderOptions(planned))],
    ['Client', true],
    ['ClientOptions', true],
    ['MultipartBody', has((planned) => planned.body?.kind === 'multipart')],
    ['OperationDescriptor', true],
    ['OperationInfo', has((planned) => !planned.sse && !planned.pagination)],
    ['Options', has((planned) => !planned.sse && hasHeaderOptions(planned))],
    ['PaginatedMethod', has((planned) => planned.pagination !== undefined)],
    ['ProblemError', has((planned) => !planned.sse && documentsErrors(planned))],
    ['Session', true],
    ['StreamMethod', has((planned) => planned.sse !== undefined)],
    ['StreamOptions', has((planned) => planned.sse !== undefined)],
  ] as const;
  return [...values, ...types.filter(([, used]) => used).map(([name]) => `type ${name}`)];
}

function imports(
  plan: SdkPlan,
  runtimeImport: string,
  typesImport: string,
  usesComponents: boolean,
): ts.Statement[] {
  const specifiers = runtimeNames(plan).map((entry) => {
    const typeOnly = entry.startsWith('type ');
    return f.createImportSpecifier(
      typeOnly,
      undefined,
      f.createIdentifier(typeOnly ? entry.slice(5) : entry),
    );
  });
  const typeNames = usesComponents ? ['components', 'paths'] : ['paths'];
  return [
    f.createImportDeclaration(
      undefined,
      f.createImportClause(false, undefined, f.createNamedImports(specifiers)),
      f.createStringLiteral(runtimeImport),
    ),
    f.createImportDeclaration(
      undefined,
      f.createImportClause(
        true,
        undefined,
        f.createNamedImports(
          typeNames.map((name) => f.createImportSpecifier(false, undefined, f.createIdentifier(name))),
        ),
      ),
      f.createStringLiteral(typesImport),
    ),
  ];
}

function operationAlias(planned: PlannedOperation): ts.Statement {
  const { path, method } = planned.operation;
  const type = f.createIndexedAccessTypeNode(
    f.createIndexedAccessTypeNode(typeRef('paths'), literalType(path)),
    literalType(method),
  );
  return f.createTypeAliasDeclaration(undefined, planned.typeAlias, undefined, type);
}

function argumentTuple(planned: PlannedOperation): ts.TupleTypeNode {
  return f.createTupleTypeNode(
    planned.args.map((arg) =>
      f.createNamedTupleMember(
        undefined,
        f.createIdentifier(arg.name),
        arg.optional ? f.createToken(ts.SyntaxKind.QuestionToken) : undefined,
        tableEntry(planned, arg.name),
      ),
    ),
  );
}

function parameters(planned: PlannedOperation): ts.ParameterDeclaration[] {
  return planned.args.map((arg) =>
    f.createParameterDeclaration(
      undefined,
      undefined,
      arg.name,
      arg.optional ? f.createToken(ts.SyntaxKind.QuestionToken) : undefined,
      tableEntry(planned, arg.name),
    ),
  );
}

/**
 * A plain method, written out: its call, `withResponse` and `operation`. The runtime's
 * `Method<Op, [params: P, ...], Data>` is the same type, but each use would make the compiler build a
 * labelled tuple type of its own (labels make every tuple distinct) and instantiate the alias.
 */
function plainMethodType(planned: PlannedOperation): ts.TypeNode {
  const data = tableEntry(planned, 'data');
  const withResponseResult = f.createTypeLiteralNode([
    f.createPropertySignature(undefined, 'data', undefined, data),
    f.createPropertySignature(undefined, 'response', undefined, typeRef('Response')),
  ]);
  return f.createTypeLiteralNode([
    f.createCallSignature(undefined, parameters(planned), typeRef('Promise', [data])),
    f.createMethodSignature(
      undefined,
      'withResponse',
      undefined,
      undefined,
      parameters(planned),
      typeRef('Promise', [withResponseResult]),
    ),
    f.createPropertySignature(
      [f.createModifier(ts.SyntaxKind.ReadonlyKeyword)],
      'operation',
      undefined,
      typeRef('OperationInfo', [typeRef(planned.typeAlias)]),
    ),
  ]);
}

function methodType(planned: PlannedOperation): ts.TypeNode {
  const op = typeRef(planned.typeAlias);
  if (planned.sse) return typeRef('StreamMethod', [op, argumentTuple(planned), tableEntry(planned, 'event')]);
  if (planned.pagination)
    return typeRef('PaginatedMethod', [
      op,
      argumentTuple(planned),
      literalType(planned.pagination.itemsField),
    ]);
  return plainMethodType(planned);
}

/** `OperationTypes`: each operation's params, body, options, data and errors, by operation name. */
function operationTypesInterface(plan: SdkPlan): ts.Statement {
  const members = plan.groups.flatMap((group) =>
    group.operations.map((planned) =>
      withDoc(
        f.createPropertySignature(
          undefined,
          propertyName(planned.operation.name),
          undefined,
          f.createTypeLiteralNode(
            operationTypeMembers(planned).map(([name, type]) =>
              f.createPropertySignature(undefined, name, undefined, type),
            ),
          ),
        ),
        [
          `\`${planned.operation.method.toUpperCase()} ${planned.operation.path}\` (${planned.operation.operationId})`,
        ],
      ),
    ),
  );
  return withDoc(
    f.createInterfaceDeclaration(
      [f.createModifier(ts.SyntaxKind.ExportKeyword)],
      'OperationTypes',
      undefined,
      undefined,
      members,
    ),
    [
      'The types of every operation, by operation name: `params` (path and query parameters), `body`,',
      '`options`, `data` (what a call resolves to), `error` (what it throws, narrowed by `status`) and, for',
      'event streams, `event`. Written out from the spec rather than computed, so they cost the compiler',
      'little: `OperationTypes["listTasks"]["data"]`.',
    ],
  );
}

function methodDoc(planned: PlannedOperation): string[] {
  const { operation } = planned;
  const lines: string[] = [];
  if (operation.summary) lines.push(operation.summary);
  if (operation.description)
    lines.push(...(lines.length > 0 ? [''] : []), ...operation.description.trim().split('\n'));
  lines.push(
    ...(lines.length > 0 ? [''] : []),
    `\`${operation.method.toUpperCase()} ${operation.path}\` (${operation.operationId})`,
  );
  if (planned.pagination)
    lines.push(
      '',
      `Paginated: \`.pages()\` and \`.items()\` follow \`${planned.pagination.nextField}\` to the end.`,
    );
  if (planned.sse) lines.push('', 'Returns a reconnecting event subscription; iterate it with `for await`.');
  if (operation.deprecated) lines.push('@deprecated');
  return lines;
}

function groupInterface(group: PlannedGroup): ts.Statement {
  const members = group.operations.map((planned) =>
    withDoc(
      f.createPropertySignature(
        [f.createModifier(ts.SyntaxKind.ReadonlyKeyword)],
        propertyName(planned.methodName),
        undefined,
        methodType(planned),
      ),
      methodDoc(planned),
    ),
  );
  const declaration = f.createInterfaceDeclaration(
    [f.createModifier(ts.SyntaxKind.ExportKeyword)],
    group.interfaceName,
    undefined,
    undefined,
    members,
  );
  return withDoc(declaration, [group.description ?? `Operations tagged \`${group.tag}\`.`]);
}

function apiInterface(plan: SdkPlan): ts.Statement {
  const readonly = [f.createModifier(ts.SyntaxKind.ReadonlyKeyword)];
  const members = [
    withDoc(f.createPropertySignature(readonly, 'raw', undefined, typeRef('Client', [typeRef('paths')])), [
      'The underlying openapi-fetch client, for anything the methods do not cover.',
    ]),
    withDoc(f.createPropertySignature(readonly, 'session', undefined, typeRef('Session')), [
      'The in-memory access token and its refresh.',
    ]),
    ...plan.groups.map((group) =>
      f.createPropertySignature(readonly, propertyName(group.key), undefined, typeRef(group.interfaceName)),
    ),
  ];
  return withDoc(
    f.createInterfaceDeclaration(
      [f.createModifier(ts.SyntaxKind.ExportKeyword)],
      'Api',
      undefined,
      undefined,
      members,
    ),
    ['The API client: one property per tag, one method per operation.'],
  );
}

function descriptorValue(planned: PlannedOperation): ts.Expression {
  const { operation } = planned;
  const names = (location: string) =>
    operation.parameters.filter((parameter) => parameter.in === location).map((parameter) => parameter.name);
  const pathParams = names('path');
  const queryParams = names('query');
  const headerParams = names('header');
  return literal({
    id: operation.name,
    method: operation.method,
    path: operation.path,
    pathParams: pathParams.length > 0 ? pathParams : undefined,
    queryParams: queryParams.length > 0 ? queryParams : undefined,
    headerParams: headerParams.length > 0 ? headerParams : undefined,
    hasParams: planned.args.some((arg) => arg.name === 'params'),
    body: planned.body
      ? {
          mediaType: planned.body.mediaType,
          kind: planned.body.kind,
          binaryFields: planned.body.binaryFields.length > 0 ? planned.body.binaryFields : undefined,
        }
      : undefined,
    parseAs: planned.parseAs === 'json' ? undefined : planned.parseAs,
    idempotencyHeader: planned.idempotencyHeader,
    pagination: planned.pagination,
    sse: planned.sse ? { json: planned.sse.json } : undefined,
    tokenField: planned.tokenField,
    credentials: planned.credentials ? 'include' : undefined,
    public: planned.public ? true : undefined,
  });
}

function descriptors(plan: SdkPlan): ts.Statement {
  const entries = plan.groups.flatMap((group) =>
    group.operations.map((planned) =>
      f.createPropertyAssignment(propertyName(planned.operation.name), descriptorValue(planned)),
    ),
  );
  // Annotated (not `satisfies`): each `operations.x` is then exactly `OperationDescriptor`, so the
  // compiler checks every descriptor once here instead of again at each `bind` call.
  const type = f.createTypeReferenceNode('Record', [
    f.createTypeOperatorNode(ts.SyntaxKind.KeyOfKeyword, typeRef('OperationTypes')),
    typeRef('OperationDescriptor'),
  ]);
  const value = f.createObjectLiteralExpression(entries, true);
  return withDoc(
    f.createVariableStatement(
      undefined,
      f.createVariableDeclarationList(
        [f.createVariableDeclaration('operations', undefined, type, value)],
        ts.NodeFlags.Const,
      ),
    ),
    ['What the runtime needs to know about each operation.'],
  );
}

function createClientFunction(plan: SdkPlan): ts.Statement {
  const core = f.createIdentifier('core');
  // Explicit `<paths>`: inferring it from `core` would make the compiler measure the variance of
  // openapi-fetch's `Client<Paths>`, which costs seconds on a large spec.
  const paths = [typeRef('paths')];
  const descriptorOf = (id: string) => f.createPropertyAccessExpression(f.createIdentifier('operations'), id);
  const groupValue = (group: PlannedGroup) =>
    f.createObjectLiteralExpression(
      group.operations.map((planned) =>
        f.createPropertyAssignment(
          propertyName(planned.methodName),
          f.createAsExpression(
            f.createCallExpression(f.createIdentifier('bind'), paths, [
              core,
              descriptorOf(planned.operation.name),
            ]),
            f.createIndexedAccessTypeNode(typeRef(group.interfaceName), literalType(planned.methodName)),
          ),
        ),
      ),
      true,
    );
  const statements: ts.Statement[] = [
    f.createVariableStatement(
      undefined,
      f.createVariableDeclarationList(
        [
          f.createVariableDeclaration(
            'core',
            undefined,
            undefined,
            f.createCallExpression(
              f.createIdentifier('createCore'),
              [typeRef('paths')],
              [f.createIdentifier('options')],
            ),
          ),
        ],
        ts.NodeFlags.Const,
      ),
    ),
  ];
  if (plan.refresh) {
    statements.push(
      f.createExpressionStatement(
        f.createCallExpression(f.createIdentifier('installRefresh'), paths, [
          core,
          descriptorOf(plan.refresh.operationId),
          f.createStringLiteral(plan.refresh.tokenField),
        ]),
      ),
    );
  }
  statements.push(
    f.createReturnStatement(
      f.createObjectLiteralExpression(
        [
          f.createPropertyAssignment('raw', f.createPropertyAccessExpression(core, 'raw')),
          f.createPropertyAssignment(
            'session',
            f.createCallExpression(f.createIdentifier('createSession'), paths, [core]),
          ),
          ...plan.groups.map((group) =>
            f.createPropertyAssignment(propertyName(group.key), groupValue(group)),
          ),
        ],
        true,
      ),
    ),
  );
  const fn = f.createFunctionDeclaration(
    [f.createModifier(ts.SyntaxKind.ExportKeyword)],
    undefined,
    'createClient',
    undefined,
    [f.createParameterDeclaration(undefined, undefined, 'options', undefined, typeRef('ClientOptions'))],
    typeRef('Api'),
    f.createBlock(statements, true),
  );
  return withDoc(fn, [
    'Creates an API client.',
    '',
    '@example',
    "const api = createClient({ baseUrl: 'https://api.example.com' });",
  ]);
}

/** The contents of `sdk.ts` for a plan. */
export function sdkFile(plan: SdkPlan, paths: { runtimeImport: string; typesImport: string }): string {
  const all = plan.groups.flatMap((group) => group.operations);
  const usesComponents = all.some((planned) => planned.sse?.dataSchema !== undefined);
  // Each statement is printed as soon as it is built (see `joinStatements`).
  return joinStatements([
    ...imports(plan, paths.runtimeImport, paths.typesImport, usesComponents).map(printStatement),
    ...all.map((planned) => printStatement(operationAlias(planned))),
    ...(all.some(mergesParams)
      ? [printStatement(withDoc(flatHelper(), ['Shows an intersection of parameter groups as one object.']))]
      : []),
    printStatement(operationTypesInterface(plan)),
    ...plan.groups.map((group) => printStatement(groupInterface(group))),
    printStatement(apiInterface(plan)),
    printStatement(descriptors(plan)),
    printStatement(createClientFunction(plan)),
  ]);
}
