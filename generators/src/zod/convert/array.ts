import ts from 'typescript';
import { childPointer } from '../../model/json-pointer.js';
import type { JsonSchema, JsonSchemaObject, Pointer } from '../../model/types.js';
import { arrow, call, literal, zCall } from '../ast.js';
import type { ConvertContext } from './context.js';

export type Convert = (schema: JsonSchema, pointer: Pointer, context: ConvertContext) => ts.Expression;

const f = ts.factory;

/** `type: array`: `z.array(items)` plus item-count bounds and `uniqueItems`. */
export function convertArray(
  schema: JsonSchemaObject,
  pointer: Pointer,
  context: ConvertContext,
  convert: Convert,
): ts.Expression {
  let items: ts.Expression;
  if (Array.isArray(schema.prefixItems)) {
    // Tuples with optional tails do not map onto z.tuple's fixed arity; accept any items instead of rejecting valid data.
    context.warn(
      "'prefixItems' (tuple validation) is not translated to zod; items are validated as unknown",
      childPointer(pointer, 'prefixItems'),
    );
    items = zCall(context.z, 'unknown');
  } else {
    items =
      schema.items === undefined
        ? zCall(context.z, 'unknown')
        : convert(schema.items, childPointer(pointer, 'items'), context);
  }
  return applyArrayConstraints(zCall(context.z, 'array', [items]), schema, context);
}

/** Adds `minItems`, `maxItems` and `uniqueItems` to an existing `z.array(...)` expression. */
export function applyArrayConstraints(
  array: ts.Expression,
  schema: JsonSchemaObject,
  context: Pick<ConvertContext, 'builtin'>,
): ts.Expression {
  let expression = array;
  if (typeof schema.minItems === 'number') expression = call(expression, 'min', [literal(schema.minItems)]);
  if (typeof schema.maxItems === 'number') expression = call(expression, 'max', [literal(schema.maxItems)]);
  if (schema.uniqueItems === true)
    expression = call(expression, 'refine', [
      uniqueItemsCheck(context),
      literal({ message: 'Items must be unique' }),
    ]);
  return expression;
}

/**
 * `(items) => new Set(items.map((item) => JSON.stringify(item))).size === items.length`:
 * equality by JSON text, so objects equal up to key order count as distinct.
 */
function uniqueItemsCheck(context: Pick<ConvertContext, 'builtin'>): ts.Expression {
  const items = f.createIdentifier('items');
  const serialized = call(items, 'map', [
    arrow(['item'], call(context.builtin('JSON'), 'stringify', [f.createIdentifier('item')])),
  ]);
  const set = f.createNewExpression(context.builtin('Set'), undefined, [serialized]);
  return arrow(
    ['items'],
    f.createBinaryExpression(
      f.createPropertyAccessExpression(set, 'size'),
      ts.SyntaxKind.EqualsEqualsEqualsToken,
      f.createPropertyAccessExpression(items, 'length'),
    ),
  );
}
