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
export const UNSUPPORTED_KEYWORDS = [
  'not',
  'if',
  'dependentSchemas',
  'dependentRequired',
  'dependencies',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'propertyNames',
  '$dynamicRef',
  '$recursiveRef',
] as const;

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

const OBJECT_KEYWORDS = [
  'properties',
  'additionalProperties',
  'patternProperties',
  'required',
  'minProperties',
  'maxProperties',
];
const ARRAY_KEYWORDS = ['items', 'prefixItems', 'minItems', 'maxItems', 'uniqueItems'];

/**
 * The JSON types a schema admits: its `type` (string or array), or, when it
 * has none, the type its keywords imply (`properties` -> object, `items` ->
 * array), as openapi-typescript also reads such schemas. Empty = any value.
 */
export function impliedTypes(schema: JsonSchemaObject): string[] {
  if (Array.isArray(schema.type)) return [...schema.type];
  if (typeof schema.type === 'string') return [schema.type];
  if (OBJECT_KEYWORDS.some((key) => schema[key] !== undefined)) return ['object'];
  if (ARRAY_KEYWORDS.some((key) => schema[key] !== undefined)) return ['array'];
  return [];
}
