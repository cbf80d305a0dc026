/** Thin helpers over `ts.factory` for the server emitters, and the one place that prints. */

import { isIdentifier } from '../model/naming.js';
import { printStatement } from '../print/index.js';
import ts from '../targets/typescript.cjs';

const f = ts.factory;

/** A property name: bare when it is an identifier, quoted otherwise (`'x-rate-limit'`, `'200'`). */
export function propertyName(name: string): ts.PropertyName {
  return isIdentifier(name) ? f.createIdentifier(name) : f.createStringLiteral(name);
}

export function typeRef(name: string | ts.EntityName, args?: readonly ts.TypeNode[]): ts.TypeReferenceNode {
  return f.createTypeReferenceNode(name, args);
}

export function stringType(value: string): ts.LiteralTypeNode {
  return f.createLiteralTypeNode(f.createStringLiteral(value));
}

export function numberType(value: number): ts.LiteralTypeNode {
  return f.createLiteralTypeNode(f.createNumericLiteral(value));
}

export function keyword(kind: ts.KeywordTypeSyntaxKind): ts.KeywordTypeNode {
  return f.createKeywordTypeNode(kind);
}

export interface Member {
  name: string;
  type: ts.TypeNode;
  optional?: boolean;
  doc?: string;
}

/** `{ a: A; 'b-c'?: B }` */
export function objectType(members: readonly Member[]): ts.TypeLiteralNode {
  return f.createTypeLiteralNode(
    members.map((member) =>
      withDoc(
        f.createPropertySignature(
          undefined,
          propertyName(member.name),
          member.optional === true ? f.createToken(ts.SyntaxKind.QuestionToken) : undefined,
          member.type,
        ),
        member.doc,
      ),
    ),
  );
}

export function unionType(types: readonly ts.TypeNode[]): ts.TypeNode {
  if (types.length === 0) return keyword(ts.SyntaxKind.NeverKeyword);
  return types.length === 1 ? (types[0] as ts.TypeNode) : f.createUnionTypeNode(types);
}

/** `A['b']['c']` from a base type and string keys. */
export function indexedType(base: ts.TypeNode, keys: readonly string[]): ts.TypeNode {
  return keys.reduce<ts.TypeNode>((type, key) => f.createIndexedAccessTypeNode(type, stringType(key)), base);
}

/** `typeof a.b.c` */
export function typeQuery(path: readonly string[]): ts.TypeQueryNode {
  const [first, ...rest] = path;
  const name = rest.reduce<ts.EntityName>(
    (entity, part) => f.createQualifiedName(entity, part),
    f.createIdentifier(first ?? ''),
  );
  return f.createTypeQueryNode(name);
}

const exportModifier = () => [f.createModifier(ts.SyntaxKind.ExportKeyword)];

/** `export type Name<P> = type;` */
export function exportTypeAlias(
  name: string,
  type: ts.TypeNode,
  doc?: string,
  typeParameters?: readonly ts.TypeParameterDeclaration[],
): ts.TypeAliasDeclaration {
  return withDoc(f.createTypeAliasDeclaration(exportModifier(), name, typeParameters, type), doc);
}

/** `TAuth = unknown` */
export function typeParameter(name: string, defaultType?: ts.TypeNode): ts.TypeParameterDeclaration {
  return f.createTypeParameterDeclaration(undefined, name, undefined, defaultType);
}

/** `import type { a, b } from 'x';` (or a value import when `typeOnly` is false). */
export function importNamed(names: readonly string[], from: string, typeOnly = true): ts.ImportDeclaration {
  return f.createImportDeclaration(
    undefined,
    f.createImportClause(
      typeOnly,
      undefined,
      f.createNamedImports(
        names.map((name) => f.createImportSpecifier(false, undefined, f.createIdentifier(name))),
      ),
    ),
    f.createStringLiteral(from),
  );
}

/** `import * as name from 'x';` */
export function importNamespace(name: string, from: string, typeOnly: boolean): ts.ImportDeclaration {
  return f.createImportDeclaration(
    undefined,
    f.createImportClause(typeOnly, undefined, f.createNamespaceImport(f.createIdentifier(name))),
    f.createStringLiteral(from),
  );
}

/** A JSON-like value as an expression: objects, arrays, strings, numbers, booleans, null. */
export function literal(value: unknown): ts.Expression {
  if (value === null) return f.createNull();
  if (typeof value === 'string') return f.createStringLiteral(value);
  if (typeof value === 'number') {
    return value < 0
      ? f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, f.createNumericLiteral(-value))
      : f.createNumericLiteral(value);
  }
  if (typeof value === 'boolean') return value ? f.createTrue() : f.createFalse();
  if (Array.isArray(value)) return f.createArrayLiteralExpression(value.map(literal), false);
  if (typeof value === 'object') {
    return f.createObjectLiteralExpression(
      Object.entries(value as Record<string, unknown>)
        .filter(([, entry]) => entry !== undefined)
        .map(([key, entry]) => f.createPropertyAssignment(propertyName(key), literal(entry))),
      true,
    );
  }
  return f.createIdentifier('undefined');
}

/** Attaches a JSDoc block; `*\/` in the text is defused so it cannot end the comment. */
export function withDoc<T extends ts.Node>(node: T, doc: string | undefined): T {
  if (doc === undefined || doc.trim() === '') return node;
  const lines = doc.trim().replace(/\*\//g, '*\\/').split(/\r?\n/);
  const body =
    lines.length === 1 ? `* ${lines[0]} ` : `*\n${lines.map((line) => ` * ${line}`.trimEnd()).join('\n')}\n `;
  return ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, body, true);
}

/** A statement already printed, and whether it is an import (for `printModule`'s spacing). */
export interface PrintedStatement {
  text: string;
  isImport: boolean;
}

/**
 * Prints a statement now: large modules print each statement as soon as it is
 * built, so its syntax tree is garbage at once (see `joinStatements` in `print/`).
 */
export function printed(statement: ts.Statement): PrintedStatement {
  return { text: printStatement(statement), isImport: ts.isImportDeclaration(statement) };
}

/** Prints statements as one module, separating top-level statements with a blank line. */
export function printModule(statements: readonly (ts.Statement | PrintedStatement)[]): string {
  let text = '';
  let previousIsImport: boolean | undefined;
  for (const statement of statements) {
    const { text: statementText, isImport } = 'isImport' in statement ? statement : printed(statement);
    // Imports stay together; every other statement gets a blank line before it.
    if (previousIsImport !== undefined) text += previousIsImport && isImport ? '\n' : '\n\n';
    text += statementText;
    previousIsImport = isImport;
  }
  return `${text}\n`;
}
