/** Builds `sdk.ts`: the typed facade interfaces, operation descriptors and `createClient`. */
import ts from '../targets/typescript.cjs';
import { f, literal, literalType, printStatements, propertyName, typeRef, withDoc } from './ast.js';
import type { PlannedGroup, PlannedOperation, SdkPlan } from './plan.js';

/** The runtime names the file uses, so that it imports nothing it does not need. */
function runtimeNames(plan: SdkPlan): string[] {
  const all = plan.groups.flatMap((group) => group.operations);
  const has = (test: (planned: PlannedOperation) => boolean) => all.some(test);
  const values = ['bind', 'createCore', 'createSession', ...(plan.refresh ? ['installRefresh'] : [])];
  const types = [
    ['BinaryInput', has((planned) => planned.body?.kind === 'raw')],
    ['Body', has((planned) => planned.body !== undefined)],
    ['Client', true],
    ['ClientOptions', true],
    ['Method', has((planned) => !planned.sse && !planned.pagination)],
    ['MultipartBody', has((planned) => planned.body?.kind === 'multipart')],
    ['OperationDescriptor', true],
    ['Options', has((planned) => !planned.sse)],
    ['PaginatedMethod', has((planned) => planned.pagination !== undefined)],
    ['Params', has((planned) => planned.args.some((arg) => arg.name === 'params'))],
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

function bodyType(planned: PlannedOperation): ts.TypeNode {
  const op = typeRef(planned.typeAlias);
  const body = planned.body;
  if (!body) return f.createKeywordTypeNode(ts.SyntaxKind.NeverKeyword);
  const declared = typeRef('Body', [op, literalType(body.mediaType)]);
  if (body.kind === 'multipart') {
    const fields =
      body.binaryFields.length === 0
        ? f.createKeywordTypeNode(ts.SyntaxKind.NeverKeyword)
        : f.createUnionTypeNode(body.binaryFields.map(literalType));
    return typeRef('MultipartBody', [declared, fields]);
  }
  if (body.kind === 'raw')
    return f.createUnionTypeNode([
      declared,
      typeRef('BinaryInput'),
      f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
    ]);
  return declared;
}

function argumentTuple(planned: PlannedOperation): ts.TupleTypeNode {
  const op = typeRef(planned.typeAlias);
  return f.createTupleTypeNode(
    planned.args.map((arg) => {
      const type =
        arg.name === 'params'
          ? typeRef('Params', [op])
          : arg.name === 'body'
            ? bodyType(planned)
            : typeRef(planned.sse ? 'StreamOptions' : 'Options', [op]);
      return f.createNamedTupleMember(
        undefined,
        f.createIdentifier(arg.name),
        arg.optional ? f.createToken(ts.SyntaxKind.QuestionToken) : undefined,
        type,
      );
    }),
  );
}

function eventDataType(planned: PlannedOperation): ts.TypeNode {
  const schema = planned.sse?.dataSchema;
  if (schema !== undefined)
    return f.createIndexedAccessTypeNode(
      f.createIndexedAccessTypeNode(typeRef('components'), literalType('schemas')),
      literalType(schema),
    );
  return f.createKeywordTypeNode(
    planned.sse?.json ? ts.SyntaxKind.UnknownKeyword : ts.SyntaxKind.StringKeyword,
  );
}

function methodType(planned: PlannedOperation): ts.TypeNode {
  const op = typeRef(planned.typeAlias);
  const args = argumentTuple(planned);
  if (planned.sse) return typeRef('StreamMethod', [op, args, eventDataType(planned)]);
  if (planned.pagination)
    return typeRef('PaginatedMethod', [op, args, literalType(planned.pagination.itemsField)]);
  if (planned.parseAs === 'blob') return typeRef('Method', [op, args, typeRef('Blob')]);
  if (planned.parseAs === 'text')
    return typeRef('Method', [op, args, f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword)]);
  return typeRef('Method', [op, args]);
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
  const type = f.createTypeReferenceNode('Record', [
    f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
    typeRef('OperationDescriptor'),
  ]);
  const value = f.createSatisfiesExpression(f.createObjectLiteralExpression(entries, true), type);
  return withDoc(
    f.createVariableStatement(
      undefined,
      f.createVariableDeclarationList(
        [f.createVariableDeclaration('operations', undefined, undefined, value)],
        ts.NodeFlags.Const,
      ),
    ),
    ['What the runtime needs to know about each operation.'],
  );
}

function createClientFunction(plan: SdkPlan): ts.Statement {
  const core = f.createIdentifier('core');
  const descriptorOf = (id: string) => f.createPropertyAccessExpression(f.createIdentifier('operations'), id);
  const groupValue = (group: PlannedGroup) =>
    f.createObjectLiteralExpression(
      group.operations.map((planned) =>
        f.createPropertyAssignment(
          propertyName(planned.methodName),
          f.createAsExpression(
            f.createCallExpression(f.createIdentifier('bind'), undefined, [
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
        f.createCallExpression(f.createIdentifier('installRefresh'), undefined, [
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
            f.createCallExpression(f.createIdentifier('createSession'), undefined, [core]),
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
  return printStatements([
    ...imports(plan, paths.runtimeImport, paths.typesImport, usesComponents),
    ...all.map(operationAlias),
    ...plan.groups.map(groupInterface),
    apiInterface(plan),
    descriptors(plan),
    createClientFunction(plan),
  ]);
}
