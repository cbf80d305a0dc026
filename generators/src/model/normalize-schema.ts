import type { JsonSchema, JsonSchemaObject, JsonType } from './types.js';

/** Keys whose value is a single sub-schema. */
const SCHEMA_KEYS = [
  'items',
  'additionalProperties',
  'not',
  'contains',
  'if',
  'then',
  'else',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
] as const;
/** Keys whose value is an array of sub-schemas. */
const SCHEMA_ARRAY_KEYS = ['allOf', 'oneOf', 'anyOf', 'prefixItems'] as const;
/** Keys whose value is a map of sub-schemas. */
const SCHEMA_MAP_KEYS = [
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
] as const;

export interface SchemaNormalizeOptions {
  /** True for OAS 3.0 (and converted 2.0) input: apply the 3.0 -> 3.1 rewrites. */
  fromOas30: boolean;
}

/**
 * Rewrites one schema (deeply) into OAS 3.1 / JSON Schema 2020-12 semantics.
 * Pure: returns a new object and never mutates its input.
 */
export function normalizeSchema(schema: unknown, options: SchemaNormalizeOptions): JsonSchema {
  if (typeof schema === 'boolean') return schema;
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return {};
  const source = schema as Record<string, unknown>;

  // OAS 3.0 §4.7.25: properties adjacent to $ref are ignored; 3.1 allows them (they apply alongside).
  if (options.fromOas30 && typeof source.$ref === 'string') {
    const ref: JsonSchemaObject = { $ref: source.$ref };
    // `nullable` next to a $ref is a common 3.0 idiom that authors mean; honour it.
    return source.nullable === true ? { anyOf: [ref, { type: 'null' }] } : ref;
  }

  const result: JsonSchemaObject = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === 'items' && Array.isArray(value)) {
      // Tuple-form `items` (draft 4-2019) is `prefixItems` in 2020-12.
      result.prefixItems = value.map((item) => normalizeSchema(item, options));
    } else if ((SCHEMA_KEYS as readonly string[]).includes(key)) {
      result[key] = normalizeSchema(value, options);
    } else if ((SCHEMA_ARRAY_KEYS as readonly string[]).includes(key) && Array.isArray(value)) {
      result[key] = value.map((item) => normalizeSchema(item, options));
    } else if ((SCHEMA_MAP_KEYS as readonly string[]).includes(key) && isRecord(value)) {
      result[key] = Object.fromEntries(
        Object.entries(value).map(([name, item]) => [name, normalizeSchema(item, options)]),
      );
    } else {
      result[key] = value;
    }
  }
  // Swagger 2.0's `type: file` written in an OpenAPI 3 document: the loader warns, the model reads a binary string.
  if (result.type === ('file' as JsonType)) {
    result.type = 'string';
    result.format ??= 'binary';
  }
  if (options.fromOas30) applyOas30Rewrites(result);
  else if (result.example !== undefined && result.examples === undefined) {
    // 3.1 deprecates `example` in favour of `examples` but still allows it.
    result.examples = [result.example];
    delete result.example;
  }
  return result;
}

function applyOas30Rewrites(schema: JsonSchemaObject): void {
  // OAS 3.0 exclusiveMinimum/Maximum are booleans modifying minimum/maximum.
  const exclusiveMinimum = schema.exclusiveMinimum as unknown;
  if (typeof exclusiveMinimum === 'boolean') {
    if (exclusiveMinimum && typeof schema.minimum === 'number') {
      schema.exclusiveMinimum = schema.minimum;
      delete schema.minimum;
    } else delete schema.exclusiveMinimum;
  }
  const exclusiveMaximum = schema.exclusiveMaximum as unknown;
  if (typeof exclusiveMaximum === 'boolean') {
    if (exclusiveMaximum && typeof schema.maximum === 'number') {
      schema.exclusiveMaximum = schema.maximum;
      delete schema.maximum;
    } else delete schema.exclusiveMaximum;
  }
  if (schema.example !== undefined) {
    if (schema.examples === undefined) schema.examples = [schema.example];
    delete schema.example;
  }
  if (schema.nullable === true) applyNullable(schema);
  delete schema.nullable;
}

/** OAS 3.0 `nullable: true` -> 3.1 type array (or an `anyOf` with null when there is no `type`). */
function applyNullable(schema: JsonSchemaObject): void {
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
  if (typeof schema.type === 'string') {
    schema.type = [schema.type, 'null'];
    return;
  }
  if (Array.isArray(schema.type)) {
    if (!schema.type.includes('null')) schema.type = [...schema.type, 'null'] as JsonType[];
    return;
  }
  // No `type`: composition or an untyped schema. Wrap the composed part in anyOf with null.
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    const parts = schema[key];
    if (parts !== undefined) {
      delete schema[key];
      schema.anyOf = [{ [key]: parts }, { type: 'null' }];
      return;
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
