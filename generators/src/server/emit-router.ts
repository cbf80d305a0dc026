/**
 * `server/router.ts`: the operation index, one descriptor per operation (in
 * route order), the security-scheme table, and a typed `createRouter`.
 */

import type { SecuritySchemeModel } from '../model/types.js';
import ts from '../targets/typescript.cjs';
import {
  importNamed,
  importNamespace,
  keyword,
  literal,
  type PrintedStatement,
  printed,
  printModule,
  propertyName,
  typeParameter,
  typeRef,
  withDoc,
} from './ast.js';
import type { ServerOptions } from './options.js';
import type { OperationPlan, ServerPlan } from './plan.js';

const f = ts.factory;
const exported = () => [f.createModifier(ts.SyntaxKind.ExportKeyword)];

/** Emits the source of `router.ts`. */
export function emitRouter(plan: ServerPlan, options: ServerOptions): string {
  const statements: (ts.Statement | PrintedStatement)[] = [
    importNamed(['Request', 'Router'], 'express'),
    importNamespace('zodOperations', options.imports.zodOperations, false),
    importNamed(['OperationDescriptor', 'OperationSchemas', 'SecuritySchemeDescriptor'], './descriptors.js'),
    f.createImportDeclaration(
      undefined,
      f.createImportClause(
        false,
        undefined,
        f.createNamedImports([
          f.createImportSpecifier(false, undefined, f.createIdentifier('createOperationsRouter')),
          f.createImportSpecifier(true, undefined, f.createIdentifier('RouterOptionsBase')),
        ]),
      ),
      f.createStringLiteral('./engine.js'),
    ),
    importNamed(['Handlers'], './handlers.js'),
    ...(options.openApiValidator
      ? [importNamed(['openApiRequestValidator'], './openapi-validator.js', false)]
      : []),
    importNamed(['SecurityCheck'], './runtime.js'),
    // The large statements are printed as soon as each is built (see `printed`).
    printed(operationSchemasView()),
    printed(operationIndex(plan)),
    printed(securitySchemes(plan)),
    ...operationsTable(plan).map(printed),
    printed(securityChecksInterface(plan)),
    printed(routerOptionsInterface(plan)),
    printed(createRouterFunction(options)),
  ];
  return printModule(statements);
}

function constDeclaration(
  name: string,
  type: ts.TypeNode | undefined,
  value: ts.Expression,
  isExported: boolean,
  doc: string,
): ts.VariableStatement {
  return withDoc(
    f.createVariableStatement(
      isExported ? exported() : undefined,
      f.createVariableDeclarationList(
        [f.createVariableDeclaration(name, undefined, type, value)],
        ts.NodeFlags.Const,
      ),
    ),
    doc,
  );
}

/**
 * `operationSchemas`: the zod target's operation objects seen as the router
 * reads them. Checking each descriptor's `schemas` against `OperationSchemas`
 * would make the compiler infer the full type of every validator, most of the
 * cost of compiling the server for a large spec; the zod target builds each of
 * these objects in that shape (its tests check it), so one view replaces them.
 */
function operationSchemasView(): ts.Statement {
  const zodOperations = f.createIdentifier('zodOperations');
  const view = typeRef('Readonly', [
    typeRef('Record', [
      f.createTypeOperatorNode(ts.SyntaxKind.KeyOfKeyword, f.createTypeQueryNode(zodOperations)),
      typeRef('OperationSchemas'),
    ]),
  ]);
  return constDeclaration(
    'operationSchemas',
    undefined,
    f.createAsExpression(f.createAsExpression(zodOperations, keyword(ts.SyntaxKind.UnknownKeyword)), view),
    false,
    'The zod validators of each operation, as the router reads them.',
  );
}

function operationIndex(plan: ServerPlan): ts.Statement {
  const entries = plan.groups.flatMap((group) => group.operations).map((operation) => operation.operation);
  // A spec that repeats an operationId (invalid, but it happens) keeps later entries under their unique names.
  const seen = new Set<string>();
  const keys = entries.map((operation) => {
    const key = seen.has(operation.operationId) ? operation.name : operation.operationId;
    seen.add(key);
    return key;
  });
  const value = f.createObjectLiteralExpression(
    entries.map((operation, index) =>
      f.createPropertyAssignment(
        propertyName(keys[index] as string),
        literal({ method: operation.method, path: operation.path, tags: operation.tags }),
      ),
    ),
    true,
  );
  return constDeclaration(
    'operationIndex',
    undefined,
    f.createAsExpression(value, typeRef('const')),
    true,
    'Every operation by operationId: method, OpenAPI path template and tags, for logs and metrics.',
  );
}

function schemeDescriptor(scheme: SecuritySchemeModel): Record<string, unknown> {
  switch (scheme.type) {
    case 'http':
      return { type: 'http', scheme: (scheme.scheme ?? 'bearer').toLowerCase() };
    case 'apiKey':
      return { type: 'apiKey', in: scheme.in ?? 'header', name: scheme.paramName ?? '' };
    default:
      return { type: scheme.type };
  }
}

function securitySchemes(plan: ServerPlan): ts.Statement {
  const value = f.createObjectLiteralExpression(
    plan.securitySchemes.map((scheme) =>
      f.createPropertyAssignment(propertyName(scheme.name), literal(schemeDescriptor(scheme))),
    ),
    true,
  );
  return constDeclaration(
    'securitySchemes',
    typeRef('Readonly', [
      typeRef('Record', [keyword(ts.SyntaxKind.StringKeyword), typeRef('SecuritySchemeDescriptor')]),
    ]),
    value,
    true,
    'Where each security scheme used by an operation finds its credential.',
  );
}

function descriptor(operation: OperationPlan): ts.Expression {
  const model = operation.operation;
  const data = literal({
    operationId: model.operationId,
    group: operation.group,
    handler: model.name,
    method: model.method,
    path: model.path,
    expressPath: operation.expressPath,
    pathParams: operation.pathParams,
    parameters: operation.parameters,
    security: operation.security,
    body: operation.body,
    responses: operation.responses.map((response) => ({
      status: response.status,
      headers: response.headers.map((header) => header.name),
      media: response.media.map((media) => ({ mediaType: media.mediaType, kind: media.kind })),
    })),
  }) as ts.ObjectLiteralExpression;
  return f.updateObjectLiteralExpression(data, [
    ...data.properties,
    f.createPropertyAssignment(
      'schemas',
      f.createPropertyAccessExpression(
        f.createIdentifier('operationSchemas'),
        f.createIdentifier(model.name),
      ),
    ),
  ]);
}

/** Top-level names of `router.ts` that per-operation constants must not take. */
const ROUTER_NAMES = [
  'zodOperations',
  'operationSchemas',
  'operationIndex',
  'securitySchemes',
  'operations',
  'createRouter',
  'createOperationsRouter',
];

/**
 * One `const` per descriptor, then the array of them: a single literal of
 * hundreds of distinct object types makes the compiler build a union too
 * large to represent (GitHub's API has ~1000 operations).
 */
function operationsTable(plan: ServerPlan): ts.Statement[] {
  const taken = new Set([...ROUTER_NAMES, ...plan.routes.map((route) => route.operation.name)]);
  const constants = plan.routes.map((route) => {
    let name = `${route.operation.name}Route`;
    while (taken.has(name)) name = `${name}_`;
    taken.add(name);
    return { name, route };
  });
  return [
    ...constants.map(({ name, route }) =>
      constDeclaration(
        name,
        typeRef('OperationDescriptor'),
        descriptor(route),
        false,
        `${route.operation.method.toUpperCase()} ${route.operation.path}`,
      ),
    ),
    constDeclaration(
      'operations',
      f.createTypeOperatorNode(
        ts.SyntaxKind.ReadonlyKeyword,
        f.createArrayTypeNode(typeRef('OperationDescriptor')),
      ),
      f.createArrayLiteralExpression(
        constants.map(({ name }) => f.createIdentifier(name)),
        true,
      ),
      false,
      'The operations in registration order: concrete paths before templated ones that could match the same URL.',
    ),
  ];
}

function securityChecksInterface(plan: ServerPlan): ts.Statement {
  return withDoc(
    f.createInterfaceDeclaration(
      exported(),
      'SecurityChecks',
      [typeParameter('TAuth')],
      undefined,
      plan.securitySchemes.map((scheme) =>
        withDoc(
          f.createPropertySignature(
            undefined,
            propertyName(scheme.name),
            undefined,
            typeRef('SecurityCheck', [typeRef('TAuth'), typeRef('Request')]),
          ),
          checkDoc(scheme),
        ),
      ),
    ),
    'One check per security scheme: it receives the credential and returns the principal, or undefined to refuse (401).',
  );
}

function checkDoc(scheme: SecuritySchemeModel): string {
  switch (scheme.type) {
    case 'http':
      return (scheme.scheme ?? '').toLowerCase() === 'basic'
        ? '`Authorization: Basic` credentials, decoded to `user:password`.'
        : `The \`Authorization: ${capitalize(scheme.scheme ?? 'bearer')}\` credential.`;
    case 'apiKey':
      return `The \`${scheme.paramName ?? ''}\` ${scheme.in ?? 'header'} value.`;
    case 'mutualTLS':
      return "The verified client certificate's SHA-256 fingerprint.";
    default:
      return 'The `Authorization: Bearer` access token.';
  }
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

function routerOptionsInterface(plan: ServerPlan): ts.Statement {
  const tAuth = [typeRef('TAuth')];
  return withDoc(
    f.createInterfaceDeclaration(
      exported(),
      'RouterOptions',
      [typeParameter('TAuth')],
      [
        f.createHeritageClause(ts.SyntaxKind.ExtendsKeyword, [
          f.createExpressionWithTypeArguments(f.createIdentifier('RouterOptionsBase'), undefined),
        ]),
      ],
      [
        f.createPropertySignature(undefined, 'handlers', undefined, typeRef('Handlers', tAuth)),
        f.createPropertySignature(
          undefined,
          'security',
          plan.securitySchemes.length === 0 ? f.createToken(ts.SyntaxKind.QuestionToken) : undefined,
          typeRef('SecurityChecks', tAuth),
        ),
      ],
    ),
    'What `createRouter` needs: every handler and one check per security scheme.',
  );
}

function createRouterFunction(options: ServerOptions): ts.Statement {
  const args: ts.Expression[] = [
    f.createIdentifier('operations'),
    f.createIdentifier('securitySchemes'),
    f.createIdentifier('options'),
  ];
  if (options.openApiValidator) args.push(f.createIdentifier('openApiRequestValidator'));
  return withDoc(
    f.createFunctionDeclaration(
      exported(),
      undefined,
      'createRouter',
      [typeParameter('TAuth')],
      [
        f.createParameterDeclaration(
          undefined,
          undefined,
          'options',
          undefined,
          typeRef('RouterOptions', [typeRef('TAuth')]),
        ),
      ],
      typeRef('Router'),
      f.createBlock(
        [
          f.createReturnStatement(
            f.createCallExpression(f.createIdentifier('createOperationsRouter'), undefined, args),
          ),
        ],
        true,
      ),
    ),
    [
      'An Express router serving every operation of the spec: security, parameter and body',
      'validation, the handler call and the typed response. Errors go to `next(err)`.',
    ].join('\n'),
  );
}
