/** Syntax trees of every construct the emitters build, for the printer tests. */
import ts from 'typescript';

const f = ts.factory;
const id = (name: string) => f.createIdentifier(name);
const str = (text: string) => f.createStringLiteral(text);
const ref = (name: string, args?: ts.TypeNode[]) => f.createTypeReferenceNode(name, args);
const kw = (kind: ts.KeywordTypeSyntaxKind) => f.createKeywordTypeNode(kind);
const exported = [f.createModifier(ts.SyntaxKind.ExportKeyword)];
export const call = (callee: string, args: ts.Expression[]) =>
  f.createCallExpression(f.createPropertyAccessExpression(id('z'), callee), undefined, args);
export const doc = <T extends ts.Node>(node: T, text: string) =>
  ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, text, true);
export const constant = (name: string, initializer: ts.Expression, type?: ts.TypeNode) =>
  f.createVariableStatement(
    exported,
    f.createVariableDeclarationList(
      [f.createVariableDeclaration(name, undefined, type, initializer)],
      ts.NodeFlags.Const,
    ),
  );
const property = (name: string | ts.PropertyName, type: ts.TypeNode, optional = false) =>
  f.createPropertySignature(
    undefined,
    name,
    optional ? f.createToken(ts.SyntaxKind.QuestionToken) : undefined,
    type,
  );

/** One statement per construct the emitters build, each nested the ways they nest it. */
export const CONSTRUCTS: Record<string, () => ts.Node> = {
  'a multi-line object in a call, in a single-line array': () =>
    constant(
      'Pet',
      call('object', [
        f.createObjectLiteralExpression(
          [
            f.createPropertyAssignment('id', call('number', [])),
            f.createPropertyAssignment(
              str('x-tag'),
              f.createArrayLiteralExpression([
                f.createObjectLiteralExpression([f.createPropertyAssignment('a', f.createTrue())], true),
                f.createNumericLiteral(2),
              ]),
            ),
            f.createPropertyAssignment('nested', f.createObjectLiteralExpression([], true)),
            f.createShorthandPropertyAssignment('shorthand'),
            f.createSpreadAssignment(id('rest')),
          ],
          true,
        ),
      ]),
    ),
  'single-line objects and multi-line arrays': () =>
    constant(
      'list',
      f.createArrayLiteralExpression(
        [
          f.createObjectLiteralExpression([f.createPropertyAssignment('a', f.createNull())]),
          f.createObjectLiteralExpression([]),
          f.createArrayLiteralExpression([]),
          f.createSpreadElement(id('more')),
        ],
        true,
      ),
    ),
  'a type literal with optional, quoted and index members': () =>
    f.createTypeAliasDeclaration(
      exported,
      'Pet',
      [f.createTypeParameterDeclaration(undefined, 'T', kw(ts.SyntaxKind.ObjectKeyword), ref('Default'))],
      f.createTypeLiteralNode([
        property('id', kw(ts.SyntaxKind.NumberKeyword)),
        property(str('x-rate-limit'), f.createLiteralTypeNode(str('a "quoted" é')), true),
        property(
          'inner',
          f.createTypeLiteralNode([
            property('deep', f.createArrayTypeNode(f.createParenthesizedType(ref('A')))),
          ]),
        ),
        f.createIndexSignature(
          undefined,
          [
            f.createParameterDeclaration(
              undefined,
              undefined,
              'key',
              undefined,
              kw(ts.SyntaxKind.StringKeyword),
            ),
          ],
          kw(ts.SyntaxKind.UnknownKeyword),
        ),
        property('empty', f.createTypeLiteralNode([])),
      ]),
    ),
  'unions, intersections, indexed access, operators and queries': () =>
    f.createTypeAliasDeclaration(
      undefined,
      'Mixed',
      undefined,
      f.createUnionTypeNode([
        f.createIntersectionTypeNode([ref('A'), ref('B', [kw(ts.SyntaxKind.NeverKeyword)])]),
        f.createIndexedAccessTypeNode(
          f.createIndexedAccessTypeNode(ref('paths'), f.createLiteralTypeNode(str('/tasks/{id}'))),
          f.createLiteralTypeNode(f.createNumericLiteral(200)),
        ),
        f.createTypeOperatorNode(ts.SyntaxKind.KeyOfKeyword, ref('T')),
        f.createTypeOperatorNode(ts.SyntaxKind.ReadonlyKeyword, f.createArrayTypeNode(ref('T'))),
        f.createTypeQueryNode(f.createQualifiedName(id('schemas'), 'Pet')),
        ref('z.infer' as string),
        f.createTypeReferenceNode(f.createQualifiedName(id('z'), 'output'), [
          f.createTypeQueryNode(id('Pet')),
        ]),
        f.createLiteralTypeNode(
          f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, f.createNumericLiteral(1)),
        ),
        f.createLiteralTypeNode(f.createNull()),
        f.createLiteralTypeNode(f.createFalse()),
      ]),
    ),
  'conditional, infer and mapped types': () =>
    f.createTypeAliasDeclaration(
      undefined,
      'Mapped',
      [f.createTypeParameterDeclaration(undefined, 'T')],
      f.createConditionalTypeNode(
        ref('T'),
        ref('Array', [f.createInferTypeNode(f.createTypeParameterDeclaration(undefined, 'U'))]),
        f.createMappedTypeNode(
          f.createToken(ts.SyntaxKind.ReadonlyKeyword),
          f.createTypeParameterDeclaration(
            undefined,
            'K',
            f.createTypeOperatorNode(ts.SyntaxKind.KeyOfKeyword, ref('U')),
          ),
          undefined,
          f.createToken(ts.SyntaxKind.QuestionToken),
          f.createIndexedAccessTypeNode(ref('U'), ref('K')),
          undefined,
        ),
        kw(ts.SyntaxKind.NeverKeyword),
      ),
    ),
  'an interface with heritage, methods, call signatures and documented members': () =>
    doc(
      f.createInterfaceDeclaration(
        exported,
        'Client',
        [f.createTypeParameterDeclaration(undefined, 'T')],
        [
          f.createHeritageClause(ts.SyntaxKind.ExtendsKeyword, [
            f.createExpressionWithTypeArguments(id('Base'), [ref('T')]),
            f.createExpressionWithTypeArguments(id('Other'), undefined),
          ]),
        ],
        [
          doc(property('id', kw(ts.SyntaxKind.StringKeyword)), '* The id. '),
          doc(
            f.createMethodSignature(
              undefined,
              'getPet',
              f.createToken(ts.SyntaxKind.QuestionToken),
              undefined,
              [
                f.createParameterDeclaration(undefined, undefined, 'input', undefined, ref('Input')),
                f.createParameterDeclaration(
                  undefined,
                  f.createToken(ts.SyntaxKind.DotDotDotToken),
                  'rest',
                  undefined,
                  f.createArrayTypeNode(kw(ts.SyntaxKind.UnknownKeyword)),
                ),
              ],
              ref('Promise', [ref('Pet')]),
            ),
            '*\n * Gets a pet.\n *\n *   indented line\n ',
          ),
          f.createCallSignature(undefined, [], kw(ts.SyntaxKind.VoidKeyword)),
        ],
      ),
      '*\n * The client.\n ',
    ),
  'an empty interface': () => f.createInterfaceDeclaration(undefined, 'Empty', undefined, undefined, []),
  'a class with async methods that throw': () =>
    f.createClassDeclaration(
      exported,
      'Service',
      undefined,
      [
        f.createHeritageClause(ts.SyntaxKind.ImplementsKeyword, [
          f.createExpressionWithTypeArguments(id('Api'), undefined),
        ]),
      ],
      [
        f.createMethodDeclaration(
          [f.createModifier(ts.SyntaxKind.AsyncKeyword)],
          undefined,
          'listPets',
          undefined,
          undefined,
          [f.createParameterDeclaration(undefined, undefined, '_input', undefined, ref('Input'))],
          ref('Promise', [kw(ts.SyntaxKind.NeverKeyword)]),
          f.createBlock(
            [
              f.createThrowStatement(
                f.createNewExpression(id('NotImplementedError'), undefined, [str('listPets')]),
              ),
            ],
            true,
          ),
        ),
      ],
    ),
  'functions with single-line and multi-line bodies': () =>
    f.createFunctionDeclaration(
      exported,
      undefined,
      'handlers',
      [f.createTypeParameterDeclaration(undefined, 'T')],
      [
        f.createParameterDeclaration(
          undefined,
          undefined,
          'options',
          f.createToken(ts.SyntaxKind.QuestionToken),
          ref('T'),
          undefined,
        ),
      ],
      ref('Handler'),
      f.createBlock(
        [
          f.createVariableStatement(
            undefined,
            f.createVariableDeclarationList(
              [f.createVariableDeclaration('a', undefined, undefined, f.createNumericLiteral(1))],
              ts.NodeFlags.Let,
            ),
          ),
          f.createReturnStatement(
            f.createArrowFunction(
              [f.createModifier(ts.SyntaxKind.AsyncKeyword)],
              undefined,
              [
                f.createParameterDeclaration(
                  undefined,
                  undefined,
                  f.createObjectBindingPattern([
                    f.createBindingElement(undefined, undefined, 'request'),
                    f.createBindingElement(undefined, 'params', 'p', f.createObjectLiteralExpression()),
                  ]),
                ),
              ],
              undefined,
              f.createToken(ts.SyntaxKind.EqualsGreaterThanToken),
              f.createBlock([f.createReturnStatement(f.createAwaitExpression(id('request')))]),
            ),
          ),
        ],
        true,
      ),
    ),
  'arrow functions: simple heads, typed heads and object bodies': () =>
    constant(
      'arrows',
      f.createArrayLiteralExpression([
        f.createArrowFunction(
          undefined,
          undefined,
          [f.createParameterDeclaration(undefined, undefined, 'x')],
          undefined,
          undefined,
          id('x'),
        ),
        f.createArrowFunction(
          undefined,
          undefined,
          [
            f.createParameterDeclaration(
              undefined,
              undefined,
              'x',
              undefined,
              kw(ts.SyntaxKind.StringKeyword),
            ),
          ],
          kw(ts.SyntaxKind.BooleanKeyword),
          undefined,
          f.createObjectLiteralExpression([f.createPropertyAssignment('x', id('x'))]),
        ),
        f.createArrowFunction(undefined, undefined, [], undefined, undefined, id('undefined')),
      ]),
    ),
  'operators, conditionals, typeof, as and regular expressions': () =>
    constant(
      'check',
      f.createConditionalExpression(
        f.createBinaryExpression(
          f.createBinaryExpression(
            f.createTypeOfExpression(id('v')),
            ts.SyntaxKind.EqualsEqualsEqualsToken,
            str('string'),
          ),
          ts.SyntaxKind.AmpersandAmpersandToken,
          f.createCallExpression(
            f.createPropertyAccessExpression(f.createRegularExpressionLiteral('/^[a-z]+$/u'), 'test'),
            undefined,
            [id('v')],
          ),
        ),
        undefined,
        f.createAsExpression(f.createParenthesizedExpression(id('v')), ref('Tag')),
        undefined,
        f.createBinaryExpression(
          f.createElementAccessExpression(f.createNonNullExpression(id('m')), str('k')),
          ts.SyntaxKind.QuestionQuestionToken,
          f.createPropertyAccessChain(id('o'), f.createToken(ts.SyntaxKind.QuestionDotToken), 'p'),
        ),
      ),
      ref('unknown'),
    ),
  'single-quoted keys': () =>
    f.createTypeAliasDeclaration(
      undefined,
      'Pet',
      undefined,
      f.createIndexedAccessTypeNode(
        ref('components'),
        f.createLiteralTypeNode(f.createStringLiteral('/tasks/{id} "x"', true)),
      ),
    ),
  'imports of every shape': () =>
    f.createImportDeclaration(
      undefined,
      f.createImportClause(
        false,
        id('def'),
        f.createNamedImports([
          f.createImportSpecifier(false, undefined, id('z')),
          f.createImportSpecifier(true, id('Type'), id('Alias')),
        ]),
      ),
      str('zod'),
    ),
  'a type-only namespace import': () =>
    f.createImportDeclaration(
      undefined,
      f.createImportClause(true, undefined, f.createNamespaceImport(id('types'))),
      str('./types.js'),
    ),
  'a side-effect import': () => f.createImportDeclaration(undefined, undefined, str('./setup.js')),
  'exports of every shape': () =>
    f.createExportDeclaration(undefined, false, f.createNamespaceExport(id('schemas')), str('./schemas.js')),
  'a type-only named export': () =>
    f.createExportDeclaration(
      undefined,
      true,
      f.createNamedExports([
        f.createExportSpecifier(false, id('a'), id('b')),
        f.createExportSpecifier(false, undefined, id('c')),
      ]),
      undefined,
    ),
  'export star': () => f.createExportDeclaration(undefined, false, undefined, str('./all.js')),
  'a documented expression statement and a let without initializer': () =>
    doc(
      f.createExpressionStatement(
        call('lazy', [f.createArrowFunction(undefined, undefined, [], undefined, undefined, id('X'))]),
      ),
      ' plain block comment ',
    ),
  'a single-line comment': () =>
    ts.addSyntheticLeadingComment(
      f.createVariableStatement(
        undefined,
        f.createVariableDeclarationList([f.createVariableDeclaration('x')], ts.NodeFlags.Let),
      ),
      ts.SyntaxKind.SingleLineCommentTrivia,
      ' note',
      true,
    ),
};

/** Constructs TypeScript prints in ways the fast printer leaves to it. */
export const LEFT_TO_TYPESCRIPT: Record<string, () => ts.Node> = {
  'a template literal': () =>
    constant(
      't',
      f.createTemplateExpression(f.createTemplateHead('a'), [
        f.createTemplateSpan(id('b'), f.createTemplateTail('c')),
      ]),
    ),
  'an if statement': () => f.createIfStatement(id('a'), f.createBlock([]), undefined),
  'a tuple type': () =>
    f.createTypeAliasDeclaration(undefined, 'T', undefined, f.createTupleTypeNode([ref('A'), ref('B')])),
  'an empty function body': () =>
    f.createFunctionDeclaration(undefined, undefined, 'noop', undefined, [], undefined, f.createBlock([])),
  'a single-quoted string with a quote in it': () => constant('s', f.createStringLiteral("it's", true)),
  'a single-line type literal': () =>
    f.createTypeAliasDeclaration(
      undefined,
      'T',
      undefined,
      ts.setEmitFlags(f.createTypeLiteralNode([property('a', ref('A'))]), ts.EmitFlags.SingleLine),
    ),
  'a node parsed from source text': () =>
    ts.createSourceFile('x.ts', 'const parsed = 1;', ts.ScriptTarget.Latest).statements[0] as ts.Statement,
};
