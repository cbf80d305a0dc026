import type { SpecModel } from '../model/types.js';
import ts from '../targets/typescript.cjs';

const f = ts.factory;

/** MSW's request-handler namespace has one function per method it intercepts. */
const MSW_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch']);

/** The base path the spec's first server names (`/api/v1` of `https://host/api/v1`), the handlers' default base. */
export function defaultBasePath(model: SpecModel): string {
  const url = model.servers[0]?.url ?? '';
  // Server variables (`{version}`) cannot be known here; keep the part before the first one.
  const fixed = url.split('{')[0] ?? '';
  try {
    return new URL(fixed, 'http://base.invalid').pathname.replace(/\/$/, '');
  } catch {
    return '';
  }
}

/**
 * `handlers.ts`: `createMockApi(options)` gives MSW 2 handlers, one per
 * documented operation (plus one per path that answers undocumented methods
 * with 405), all answered by one mock engine; `handlers` is a ready set.
 */
export function handlersFile(model: SpecModel): ts.Statement[] {
  const paths = [...new Set(model.operations.map((operation) => operation.path))];
  const routes = model.operations
    .filter((operation) => MSW_METHODS.has(operation.method))
    .map((operation) => route(operation.method, operation.path));
  const fallbacks = paths.map((path) => route('all', path));
  return [
    importNamed('msw', [
      ['http', false],
      ['HttpHandler', true],
    ]),
    importNamed('specloom/mock-engine', [
      ['createMockEngine', false],
      ['EngineOptions', true],
      ['fromFetchRequest', false],
      ['MockEngine', true],
      ['routePattern', false],
      ['toFetchResponse', false],
    ]),
    importNamed('./spec.js', [['spec', false]]),
    optionsInterface(),
    apiInterface(),
    exportConst(
      'DEFAULT_BASE',
      f.createStringLiteral(defaultBasePath(model)),
      'Base the handlers match by default: the path of the spec\u2019s first server, on any origin.',
    ),
    createMockApi([...routes, ...fallbacks]),
    exportConst(
      'handlers',
      f.createPropertyAccessExpression(
        f.createCallExpression(f.createIdentifier('createMockApi'), undefined, []),
        'handlers',
      ),
      'Stateless handlers serving the spec\u2019s examples (or generated data where it has none).',
    ),
  ];
}

function route(method: string, path: string): ts.Expression {
  return f.createCallExpression(
    f.createPropertyAccessExpression(f.createIdentifier('http'), method),
    undefined,
    [
      f.createCallExpression(f.createIdentifier('routePattern'), undefined, [
        f.createStringLiteral(path),
        f.createIdentifier('base'),
      ]),
      f.createIdentifier('resolve'),
    ],
  );
}

function importNamed(from: string, names: [string, boolean][]): ts.ImportDeclaration {
  return f.createImportDeclaration(
    undefined,
    f.createImportClause(
      false,
      undefined,
      f.createNamedImports(
        names.map(([name, typeOnly]) =>
          f.createImportSpecifier(typeOnly, undefined, f.createIdentifier(name)),
        ),
      ),
    ),
    f.createStringLiteral(from),
  );
}

function doc<T extends ts.Node>(node: T, text: string): T {
  return ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, `* ${text} `, true);
}

function exportConst(name: string, value: ts.Expression, comment: string): ts.Statement {
  return doc(
    f.createVariableStatement(
      [f.createModifier(ts.SyntaxKind.ExportKeyword)],
      f.createVariableDeclarationList(
        [f.createVariableDeclaration(name, undefined, undefined, value)],
        ts.NodeFlags.Const,
      ),
    ),
    comment,
  );
}

function optionsInterface(): ts.Statement {
  return doc(
    f.createInterfaceDeclaration(
      [f.createModifier(ts.SyntaxKind.ExportKeyword)],
      'MockApiOptions',
      undefined,
      [
        f.createHeritageClause(ts.SyntaxKind.ExtendsKeyword, [
          f.createExpressionWithTypeArguments(f.createIdentifier('EngineOptions'), undefined),
        ]),
      ],
      [
        doc(
          f.createPropertySignature(
            undefined,
            'baseUrl',
            f.createToken(ts.SyntaxKind.QuestionToken),
            f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
          ),
          'The base URL the client calls (`http://localhost:3000/api`); a path alone matches on any origin. Default: {@link DEFAULT_BASE}.',
        ),
      ],
    ),
    'Options of {@link createMockApi}: the engine\u2019s (`stateful`, `dynamic`, `seed`, `tokens`, `seedData`) and where the API lives.',
  );
}

function apiInterface(): ts.Statement {
  const member = (name: string, type: ts.TypeNode, comment: string) =>
    doc(
      f.createPropertySignature([f.createModifier(ts.SyntaxKind.ReadonlyKeyword)], name, undefined, type),
      comment,
    );
  return doc(
    f.createInterfaceDeclaration(
      [f.createModifier(ts.SyntaxKind.ExportKeyword)],
      'MockApi',
      undefined,
      undefined,
      [
        member(
          'handlers',
          f.createArrayTypeNode(f.createTypeReferenceNode('HttpHandler')),
          'Pass to `setupWorker(...)` or `setupServer(...)`.',
        ),
        member(
          'engine',
          f.createTypeReferenceNode('MockEngine'),
          'The engine behind them: `engine.reset()` restores the stateful seed state.',
        ),
      ],
    ),
    'MSW handlers and the engine that answers them.',
  );
}

function createMockApi(routes: ts.Expression[]): ts.Statement {
  const options = f.createIdentifier('options');
  const body = f.createBlock(
    [
      constant(
        'engine',
        f.createCallExpression(f.createIdentifier('createMockEngine'), undefined, [
          f.createIdentifier('spec'),
          options,
        ]),
      ),
      constant(
        'base',
        f.createBinaryExpression(
          f.createPropertyAccessExpression(options, 'baseUrl'),
          ts.SyntaxKind.QuestionQuestionToken,
          f.createIdentifier('DEFAULT_BASE'),
        ),
      ),
      constant(
        'resolve',
        f.createArrowFunction(
          [f.createModifier(ts.SyntaxKind.AsyncKeyword)],
          undefined,
          [
            f.createParameterDeclaration(
              undefined,
              undefined,
              f.createObjectBindingPattern([f.createBindingElement(undefined, undefined, 'request')]),
              undefined,
              f.createTypeLiteralNode([
                f.createPropertySignature(
                  undefined,
                  'request',
                  undefined,
                  f.createTypeReferenceNode('Request'),
                ),
              ]),
            ),
          ],
          f.createTypeReferenceNode('Promise', [f.createTypeReferenceNode('Response')]),
          f.createToken(ts.SyntaxKind.EqualsGreaterThanToken),
          f.createCallExpression(f.createIdentifier('toFetchResponse'), undefined, [
            f.createCallExpression(
              f.createPropertyAccessExpression(f.createIdentifier('engine'), 'handle'),
              undefined,
              [
                f.createAwaitExpression(
                  f.createCallExpression(f.createIdentifier('fromFetchRequest'), undefined, [
                    f.createIdentifier('request'),
                    f.createIdentifier('base'),
                  ]),
                ),
              ],
            ),
            f.createIdentifier('engine'),
          ]),
        ),
      ),
      f.createReturnStatement(
        f.createObjectLiteralExpression(
          [
            f.createPropertyAssignment('engine', f.createIdentifier('engine')),
            f.createPropertyAssignment('handlers', f.createArrayLiteralExpression(routes, true)),
          ],
          true,
        ),
      ),
    ],
    true,
  );
  return doc(
    f.createFunctionDeclaration(
      [f.createModifier(ts.SyntaxKind.ExportKeyword)],
      undefined,
      'createMockApi',
      undefined,
      [
        f.createParameterDeclaration(
          undefined,
          undefined,
          'options',
          undefined,
          f.createTypeReferenceNode('MockApiOptions'),
          f.createObjectLiteralExpression([]),
        ),
      ],
      f.createTypeReferenceNode('MockApi'),
      body,
    ),
    'MSW 2 handlers for every operation of the spec, answered by specloom\u2019s mock engine: requests validated, errors in the documented status and schema, examples or generated data, and with `stateful: true` resources kept in memory.',
  );
}

function constant(name: string, value: ts.Expression): ts.Statement {
  return f.createVariableStatement(
    undefined,
    f.createVariableDeclarationList(
      [f.createVariableDeclaration(name, undefined, undefined, value)],
      ts.NodeFlags.Const,
    ),
  );
}
