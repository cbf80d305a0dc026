import type { JsonSchemaObject } from '../../model/types.js';

/**
 * The `enum` (or `const`) values that also satisfy the schema's other
 * keywords. JSON Schema applies `type`, length, pattern and numeric bounds
 * next to `enum` as well (2020-12 §6.1.2), and real specs do combine them
 * (`enum: [MALE, FEMALE]` with `maxLength: 1`); filtering here keeps the zod
 * enum exactly as permissive as the source.
 */
export function admissibleValues(values: readonly unknown[], schema: JsonSchemaObject): unknown[] {
  const types =
    schema.type === undefined ? undefined : Array.isArray(schema.type) ? schema.type : [schema.type];
  return values.filter(
    (value) =>
      (types === undefined || types.some((type) => hasType(value, type))) && withinBounds(value, schema),
  );
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    default:
      return typeof value === type;
  }
}

function withinBounds(value: unknown, schema: JsonSchemaObject): boolean {
  if (typeof value === 'string') {
    // JSON Schema counts length in code points.
    const length = [...value].length;
    if (typeof schema.minLength === 'number' && length < schema.minLength) return false;
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) return false;
    if (typeof schema.pattern === 'string' && !matches(schema.pattern, value)) return false;
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) return false;
    if (typeof schema.maximum === 'number' && value > schema.maximum) return false;
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) return false;
    if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) return false;
    if (
      typeof schema.multipleOf === 'number' &&
      schema.multipleOf > 0 &&
      !Number.isInteger(value / schema.multipleOf)
    )
      return false;
  }
  return true;
}

function matches(pattern: string, value: string): boolean {
  for (const flags of ['u', '']) {
    try {
      return new RegExp(pattern, flags).test(value);
    } catch {
      // an invalid pattern is reported where the string schema is emitted; try the lenient mode
    }
  }
  return true;
}
