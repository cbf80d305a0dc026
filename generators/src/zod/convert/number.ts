import type ts from 'typescript';
import type { JsonSchemaObject } from '../../model/types.js';
import { call, literal, zCall } from '../ast.js';
import type { ConvertContext } from './context.js';

/** `type: number | integer` with bounds (2020-12 numeric exclusive bounds) and `multipleOf`. */
export function convertNumber(
  schema: JsonSchemaObject,
  integer: boolean,
  context: ConvertContext,
): ts.Expression {
  let expression: ts.Expression = zCall(
    context.z,
    integer ? (schema.format === 'int32' ? 'int32' : 'int') : 'number',
  );
  const bounds: [keyof JsonSchemaObject, string][] = [
    ['minimum', 'gte'],
    ['exclusiveMinimum', 'gt'],
    ['maximum', 'lte'],
    ['exclusiveMaximum', 'lt'],
    ['multipleOf', 'multipleOf'],
  ];
  for (const [keyword, method] of bounds) {
    const value = schema[keyword];
    if (typeof value === 'number' && Number.isFinite(value))
      expression = call(expression, method, [literal(value)]);
  }
  return expression;
}
