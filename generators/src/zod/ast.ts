/**
 * Small builders over `ts.factory` for the shapes the zod emitter prints
 * again and again (`z.string().min(1)`, literals, property keys, JSDoc).
 */

import { isIdentifier } from '../model/naming.js';
import ts from '../targets/typescript.cjs';

const f = ts.factory;

/** `<receiver>.<method>(...args)`. */
export function call(
  receiver: ts.Expression,
  method: string,
  args: readonly ts.Expression[] = [],
): ts.CallExpression {
  return f.createCallExpression(f.createPropertyAccessExpression(receiver, method), undefined, [...args]);
}

/** `z.<name>(...args)`, or `z.<a>.<b>(...)` for a dotted name such as `iso.datetime`. */
export function zCall(zName: string, name: string, args: readonly ts.Expression[] = []): ts.CallExpression {
  const parts = name.split('.');
  let receiver: ts.Expression = f.createIdentifier(zName);
  for (const part of parts.slice(0, -1)) receiver = f.createPropertyAccessExpression(receiver, part);
  return call(receiver, parts[parts.length - 1] ?? name, args);
}

/** A JSON value as an expression; `undefined` members are left out the way JSON would. */
export function literal(value: unknown): ts.Expression {
  if (value === null) return f.createNull();
  if (typeof value === 'string') return f.createStringLiteral(value);
  if (typeof value === 'boolean') return value ? f.createTrue() : f.createFalse();
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return f.createIdentifier('undefined');
    const magnitude = f.createNumericLiteral(Math.abs(value));
    return value < 0 || Object.is(value, -0)
      ? f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, magnitude)
      : magnitude;
  }
  if (Array.isArray(value)) return f.createArrayLiteralExpression(value.map(literal), false);
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(
      ([, member]) => member !== undefined,
    );
    return f.createObjectLiteralExpression(
      entries.map(([key, member]) => f.createPropertyAssignment(propertyName(key), literal(member))),
      false,
    );
  }
  return f.createIdentifier('undefined');
}

/**
 * A property key: bare when it is an identifier, quoted otherwise (`'x-rate-limit'`,
 * `'200'`, `'*\/*'`). `__proto__` is computed so an object literal never sets a prototype.
 */
export function propertyName(name: string): ts.PropertyName {
  if (name === '__proto__') return f.createComputedPropertyName(f.createStringLiteral(name));
  return isIdentifier(name) ? f.createIdentifier(name) : f.createStringLiteral(name);
}

/** `{ key: value, ... }` over entries in the given order, one property per line. */
export function objectLiteral(
  entries: readonly (readonly [string, ts.Expression])[],
): ts.ObjectLiteralExpression {
  return f.createObjectLiteralExpression(
    entries.map(([key, value]) => f.createPropertyAssignment(propertyName(key), value)),
    true,
  );
}

/** `(param) => body`. */
export function arrow(parameters: readonly string[], body: ts.ConciseBody): ts.ArrowFunction {
  return f.createArrowFunction(
    undefined,
    undefined,
    parameters.map((name) => f.createParameterDeclaration(undefined, undefined, name)),
    undefined,
    f.createToken(ts.SyntaxKind.EqualsGreaterThanToken),
    body,
  );
}

/** `new RegExp(source, flags)`: the pattern stays a string literal, so nothing in it needs regex-literal escaping. */
export function regExp(
  source: string,
  flags: string,
  regExpConstructor: ts.Expression = f.createIdentifier('RegExp'),
): ts.NewExpression {
  const args: ts.Expression[] = [f.createStringLiteral(source)];
  if (flags !== '') args.push(f.createStringLiteral(flags));
  return f.createNewExpression(regExpConstructor, undefined, args);
}

/** Globals the emitted code uses; a generated export with one of these names shadows it. */
export const BUILTINS = ['Object', 'JSON', 'Set', 'RegExp', 'Number', 'Array'] as const;

/** A `ConvertContext.builtin` for a module whose exports are `declared`. */
export function builtins(declared: Iterable<string>): (name: string) => ts.Expression {
  const names = new Set(declared);
  return (name) =>
    names.has(name)
      ? f.createPropertyAccessExpression(f.createIdentifier('globalThis'), name)
      : f.createIdentifier(name);
}

export interface Docs {
  description?: string | undefined;
  deprecated?: boolean | undefined;
  /** Extra lines (e.g. why a schema was degraded). */
  notes?: readonly string[] | undefined;
}

/**
 * Attaches a JSDoc block (description, `@deprecated`, notes) to `node`.
 * `*\/` inside text would end the comment early, so it is escaped.
 */
export function withDocs<T extends ts.Node>(node: T, docs: Docs): T {
  const lines: string[] = [];
  if (docs.description !== undefined && docs.description.trim() !== '')
    lines.push(...docs.description.trim().split(/\r?\n/));
  for (const note of docs.notes ?? []) lines.push(note);
  if (docs.deprecated) lines.push('@deprecated');
  if (lines.length === 0) return node;
  const body = lines.map((line) => ` * ${escapeComment(line)}`.trimEnd()).join('\n');
  return ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, `*\n${body}\n `, true);
}

function escapeComment(text: string): string {
  return text.replace(/\*\//g, '*\\/');
}
