import ts from '../targets/typescript.cjs';
import type { AliasPlan, AliasTarget } from './alias-names.js';

const { factory } = ts;

/** Name of the private helper that extracts a body type from `{ content: {...} }`; `$` keeps it clear of every alias name. */
const CONTENT_OF = '$ContentOf';

const LOCATION_LABEL = {
  path: 'Path parameters',
  query: 'Query parameters',
  header: 'Header parameters',
  cookie: 'Cookie parameters',
};

/**
 * The alias declarations appended after openapi-typescript's output:
 * `export type Task = components['schemas']['Task']` and the per-operation
 * aliases, each pointing into `paths[path][method]` so they work whether or
 * not the operation has an operationId.
 */
export function aliasDeclarations(plans: readonly AliasPlan[]): ts.Statement[] {
  if (plans.length === 0) return [];
  const statements: ts.Statement[] = [];
  if (plans.some((plan) => plan.target.kind === 'body' || plan.target.kind === 'response'))
    statements.push(contentOfHelper());
  for (const plan of plans) {
    const declaration = factory.createTypeAliasDeclaration(
      [factory.createModifier(ts.SyntaxKind.ExportKeyword)],
      plan.name,
      undefined,
      aliasType(plan.target),
    );
    statements.push(withDocComment(declaration, describe(plan.target)));
  }
  return statements;
}

function aliasType(target: AliasTarget): ts.TypeNode {
  switch (target.kind) {
    case 'schema':
      return indexed(reference('components'), 'schemas', target.schemaName);
    case 'parameters':
      // Optional when no parameter in this location is required: drop the `undefined`.
      return reference('NonNullable', [indexed(operationType(target), 'parameters', target.location)]);
    case 'body':
      return reference(CONTENT_OF, [indexed(operationType(target), 'requestBody')]);
    case 'response':
      return reference(CONTENT_OF, [indexed(operationType(target), 'responses', target.status)]);
  }
}

/** `type $ContentOf<T> = T extends { content: infer C } ? C[keyof C] : never;` (distributes over `undefined` for optional bodies). */
function contentOfHelper(): ts.Statement {
  const contentMember = factory.createPropertySignature(
    undefined,
    'content',
    undefined,
    factory.createInferTypeNode(factory.createTypeParameterDeclaration(undefined, 'C')),
  );
  const declaration = factory.createTypeAliasDeclaration(
    undefined,
    CONTENT_OF,
    [factory.createTypeParameterDeclaration(undefined, 'T')],
    factory.createConditionalTypeNode(
      reference('T'),
      factory.createTypeLiteralNode([contentMember]),
      factory.createIndexedAccessTypeNode(
        reference('C'),
        factory.createTypeOperatorNode(ts.SyntaxKind.KeyOfKeyword, reference('C')),
      ),
      factory.createKeywordTypeNode(ts.SyntaxKind.NeverKeyword),
    ),
  );
  return withDocComment(
    declaration,
    'The body type of a request body or response: the union over its media types.',
  );
}

function operationType(target: { operation: { path: string; method: string } }): ts.TypeNode {
  return indexed(reference('paths'), target.operation.path, target.operation.method);
}

function reference(name: string, typeArguments?: ts.TypeNode[]): ts.TypeReferenceNode {
  return factory.createTypeReferenceNode(name, typeArguments);
}

/** `base['a']['b']...` with string-literal keys, so any key (`/tasks/{id}`, `4XX`, `200`) is written safely. */
function indexed(base: ts.TypeNode, ...keys: string[]): ts.TypeNode {
  return keys.reduce<ts.TypeNode>(
    (object, key) =>
      factory.createIndexedAccessTypeNode(
        object,
        factory.createLiteralTypeNode(factory.createStringLiteral(key, true)),
      ),
    base,
  );
}

function describe(target: AliasTarget): string {
  if (target.kind === 'schema') return `Component schema \`${target.schemaName}\`.`;
  const where = `\`${target.operation.method.toUpperCase()} ${target.operation.path}\` (${target.operation.operationId})`;
  if (target.kind === 'parameters') return `${LOCATION_LABEL[target.location]} of ${where}.`;
  if (target.kind === 'body') return `Request body of ${where}.`;
  return `Response \`${target.status}\` body of ${where}.`;
}

function withDocComment<T extends ts.Node>(node: T, text: string): T {
  // `*/` inside a name would end the comment early.
  const safe = text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ');
  return ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, `* ${safe} `, true);
}
