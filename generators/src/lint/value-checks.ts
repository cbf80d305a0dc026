// Keyword checks on single values that the schema walker in schema-check.ts applies.
import type { JsonSchemaObject } from '../model/types.js';

/** Whether `value` has JSON Schema type `type`. */
export function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    default:
      // Not a JSON Schema type (the loader reports `file` and the like): nothing to hold the value to.
      return true;
  }
}

/** "a string", "an integer", "null": the type as a sentence names it. */
export function article(type: string): string {
  if (type === 'null') return 'null';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** Reports each numeric bound `value` breaks through `fail`. */
export function checkNumber(
  value: number,
  schema: JsonSchemaObject,
  fail: (message: string) => boolean,
): void {
  if (typeof schema.minimum === 'number' && value < schema.minimum)
    fail(`must be at least ${schema.minimum}`);
  if (typeof schema.maximum === 'number' && value > schema.maximum) fail(`must be at most ${schema.maximum}`);
  if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum)
    fail(`must be greater than ${schema.exclusiveMinimum}`);
  if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum)
    fail(`must be less than ${schema.exclusiveMaximum}`);
  if (typeof schema.multipleOf === 'number' && schema.multipleOf > 0) {
    const quotient = value / schema.multipleOf;
    if (Math.abs(quotient - Math.round(quotient)) > 1e-9) fail(`must be a multiple of ${schema.multipleOf}`);
  }
}
