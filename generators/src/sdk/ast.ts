/** Small `ts.factory` helpers for the SDK file. */
import ts from '../targets/typescript.cjs';

export const f = ts.factory;

export const typeRef = (name: string, args?: readonly ts.TypeNode[]) => f.createTypeReferenceNode(name, args);
export const literalType = (value: string) => f.createLiteralTypeNode(f.createStringLiteral(value));

/** A property name: bare when it is an identifier, quoted otherwise (`"x-rate-limit"`). */
export function propertyName(name: string): ts.PropertyName {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? f.createIdentifier(name) : f.createStringLiteral(name);
}

/** Attaches a JSDoc block; `*\/` inside the text cannot end the comment early. */
export function withDoc<T extends ts.Node>(node: T, lines: readonly string[]): T {
  const text = lines.join('\n').replace(/\*\//g, '*\\/').trim();
  if (text === '') return node;
  const body = text
    .split('\n')
    .map((line) => ` * ${line}`.trimEnd())
    .join('\n');
  return ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, `*\n${body}\n `, true);
}

/** A JSON-like value (strings, numbers, booleans, arrays, plain objects) as an expression. */
export function literal(value: unknown): ts.Expression {
  if (typeof value === 'string') return f.createStringLiteral(value);
  if (typeof value === 'number') return f.createNumericLiteral(value);
  if (typeof value === 'boolean') return value ? f.createTrue() : f.createFalse();
  if (Array.isArray(value)) return f.createArrayLiteralExpression(value.map(literal));
  if (typeof value === 'object' && value !== null) {
    return f.createObjectLiteralExpression(
      Object.entries(value)
        .filter(([, entry]) => entry !== undefined)
        .map(([key, entry]) => f.createPropertyAssignment(propertyName(key), literal(entry))),
      true,
    );
  }
  return f.createIdentifier('undefined');
}
