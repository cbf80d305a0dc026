import type ts from 'typescript';
import { childPointer } from '../../model/json-pointer.js';
import type { JsonSchema, JsonSchemaObject, Pointer } from '../../model/types.js';
import { call, literal, zCall } from '../ast.js';
import type { ConvertContext } from './context.js';

export type Convert = (schema: JsonSchema, pointer: Pointer, context: ConvertContext) => ts.Expression;

/**
 * `type: array`: `z.array(items)` plus item-count bounds. Tuples
 * (`prefixItems`) and `uniqueItems` are checks (see `checks.ts`), so they are
 * gone by the time a schema gets here.
 */
export function convertArray(
  schema: JsonSchemaObject,
  pointer: Pointer,
  context: ConvertContext,
  convert: Convert,
): ts.Expression {
  const items =
    schema.items === undefined
      ? zCall(context.z, 'unknown')
      : convert(schema.items, childPointer(pointer, 'items'), context);
  return applyArrayConstraints(zCall(context.z, 'array', [items]), schema, context);
}

/** Adds `minItems`, `maxItems` and `uniqueItems` to an existing `z.array(...)` expression. */
export function applyArrayConstraints(
  array: ts.Expression,
  schema: JsonSchemaObject,
  context: Pick<ConvertContext, 'runtime'>,
): ts.Expression {
  let expression = array;
  if (typeof schema.minItems === 'number') expression = call(expression, 'min', [literal(schema.minItems)]);
  if (typeof schema.maxItems === 'number') expression = call(expression, 'max', [literal(schema.maxItems)]);
  // JSON equality (objects equal regardless of key order), not equality of JSON text.
  if (schema.uniqueItems === true)
    expression = call(expression, 'refine', [
      context.runtime('uniqueItems'),
      literal({ message: 'Items must be unique' }),
    ]);
  return expression;
}
