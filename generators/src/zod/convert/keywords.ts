import type { JsonSchema, JsonSchemaObject } from '../../model/types.js';

/** Keywords that describe a value without constraining it. */
const ANNOTATIONS = new Set([
  'title',
  'description',
  'examples',
  'example',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  'externalDocs',
  'xml',
  'discriminator',
  '$comment',
  '$schema',
  '$id',
  '$anchor',
  'contentMediaType',
  'contentEncoding',
  'nullable',
]);

/**
 * Keywords the emitter does not translate: it degrades them (keeping the rest)
 * and warns. `then`/`else` mean nothing without `if`, so `if` speaks for all three.
 */
export const UNSUPPORTED_KEYWORDS = ['$dynamicRef', '$recursiveRef'] as const;

/** True when `schema` constrains values at all (something beyond annotations and extensions). */
export function hasConstraints(schema: JsonSchema): boolean {
  if (typeof schema === 'boolean') return !schema;
  return Object.keys(schema).some(
    (key) => !ANNOTATIONS.has(key) && !key.startsWith('x-') && schema[key] !== undefined,
  );
}

/** A copy of `schema` without the given keys. */
export function omitKeys(schema: JsonSchemaObject, keys: readonly string[]): JsonSchemaObject {
  const copy: JsonSchemaObject = {};
  for (const [key, value] of Object.entries(schema)) if (!keys.includes(key)) copy[key] = value;
  return copy;
}

export const OBJECT_KEYWORDS = [
  'properties',
  'additionalProperties',
  'patternProperties',
  'required',
  'minProperties',
  'maxProperties',
];
export const ARRAY_KEYWORDS = ['items', 'prefixItems', 'minItems', 'maxItems', 'uniqueItems'];

/** Keywords that apply to strings only. */
export const STRING_KEYWORDS = ['minLength', 'maxLength', 'pattern', 'format'];
/** Keywords that apply to numbers only. */
export const NUMBER_KEYWORDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'];

/**
 * The JSON types a schema's `type` admits (string or array); empty = any
 * value. Other keywords never imply a type (JSON Schema 2020-12 §7.6.1): a
 * schema `{ minLength: 2 }` accepts `5`.
 */
export function declaredTypes(schema: JsonSchemaObject): string[] {
  if (Array.isArray(schema.type)) return [...schema.type];
  if (typeof schema.type === 'string') return [schema.type];
  return [];
}

/**
 * The JSON types a schema admits: its `type` (string or array), or, when it
 * has none, the type its keywords imply (`properties` -> object, `items` ->
 * array), as openapi-typescript also reads such schemas. Empty = any value.
 * A hint (query-string coercion, merging `allOf` parts), never a constraint.
 */
export function impliedTypes(schema: JsonSchemaObject): string[] {
  if (Array.isArray(schema.type)) return [...schema.type];
  if (typeof schema.type === 'string') return [schema.type];
  if (OBJECT_KEYWORDS.some((key) => schema[key] !== undefined)) return ['object'];
  if (ARRAY_KEYWORDS.some((key) => schema[key] !== undefined)) return ['array'];
  return [];
}
