import { resolvePointer } from '../model/json-pointer.js';
import { normalizeSchema } from '../model/normalize-schema.js';
import type { JsonSchema, JsonSchemaObject, JsonType } from '../model/types.js';

/** Where `$ref`s point: the bundled OpenAPI document whose `#/components/schemas` they name. */
export interface SchemaScope {
  document: Record<string, unknown>;
}

const resolvedCache = new WeakMap<object, Map<string, JsonSchemaObject>>();

/**
 * Resolves a local `$ref` against the document and normalizes the target to
 * OAS 3.1 semantics (the document may be 3.0). Unresolvable references become
 * `{}` (anything) rather than an error: sampling is best-effort by design.
 */
export function resolveRef(ref: string, scope: SchemaScope): JsonSchemaObject {
  let cache = resolvedCache.get(scope.document);
  if (!cache) {
    cache = new Map();
    resolvedCache.set(scope.document, cache);
  }
  const hit = cache.get(ref);
  if (hit) return hit;
  const target = ref.startsWith('#') ? resolvePointer(scope.document, ref) : undefined;
  const openapi = typeof scope.document.openapi === 'string' ? scope.document.openapi : '3.1.0';
  const normalized = asObject(normalizeSchema(target ?? {}, { fromOas30: openapi.startsWith('3.0') }));
  cache.set(ref, normalized);
  return normalized;
}

/** A boolean schema as an object: `true` -> `{}`, `false` -> `{not: {}}`. */
export function asObject(schema: JsonSchema | undefined): JsonSchemaObject {
  if (schema === undefined || schema === true) return {};
  if (schema === false) return { not: {} };
  return schema;
}

/**
 * Follows `$ref` chains and folds `allOf` into one schema, so generators see
 * one flat set of keywords. `refs` collects every reference followed, used by
 * callers to bound recursion.
 */
export function flatten(
  schema: JsonSchema | undefined,
  scope: SchemaScope,
  refs: string[] = [],
  depth = 0,
): JsonSchemaObject {
  let current = asObject(schema);
  const seen = new Set<string>();
  while (typeof current.$ref === 'string' && !seen.has(current.$ref)) {
    seen.add(current.$ref);
    refs.push(current.$ref);
    const { $ref, ...siblings } = current;
    current = { ...resolveRef($ref, scope), ...siblings };
  }
  if (typeof current.$ref === 'string') {
    const { $ref: _cycle, ...rest } = current;
    current = rest;
  }
  if (Array.isArray(current.allOf) && depth < 16) {
    const { allOf, ...rest } = current;
    let merged: JsonSchemaObject = rest;
    for (const member of allOf) merged = mergeSchemas(merged, flatten(member, scope, refs, depth + 1));
    current = merged;
  }
  return current;
}

const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'] as const;
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'] as const;

/** Intersection of two flattened schemas, close enough for generating values that satisfy both. */
export function mergeSchemas(a: JsonSchemaObject, b: JsonSchemaObject): JsonSchemaObject {
  const merged: JsonSchemaObject = { ...a, ...b };
  for (const key of LOWER_BOUNDS) {
    if (typeof a[key] === 'number' && typeof b[key] === 'number') merged[key] = Math.max(a[key], b[key]);
  }
  for (const key of UPPER_BOUNDS) {
    if (typeof a[key] === 'number' && typeof b[key] === 'number') merged[key] = Math.min(a[key], b[key]);
  }
  const typesA = typesOf(a);
  const typesB = typesOf(b);
  if (typesA && typesB) {
    const both = typesA.filter(
      (type) => typesB.includes(type) || (type === 'integer' && typesB.includes('number')),
    );
    const fromB = typesB.filter((type) => type === 'integer' && typesA.includes('number'));
    const types = [...new Set([...both, ...fromB])];
    merged.type = types.length === 1 ? (types[0] as JsonType) : types;
  }
  if (a.properties && b.properties) {
    const properties: Record<string, JsonSchema> = { ...a.properties };
    for (const [name, schema] of Object.entries(b.properties)) {
      const existing = properties[name];
      properties[name] = existing === undefined ? schema : { allOf: [existing, schema] };
    }
    merged.properties = properties;
  }
  if (a.required || b.required)
    merged.required = [...new Set([...(a.required ?? []), ...(b.required ?? [])])];
  if (a.enum && b.enum)
    merged.enum = a.enum.filter((value) => b.enum?.some((other) => deepEqual(value, other)));
  return merged;
}

/** The JSON types a flattened schema admits, or `undefined` when it does not say. */
export function typesOf(schema: JsonSchemaObject): JsonType[] | undefined {
  if (schema.type === undefined) return undefined;
  return Array.isArray(schema.type) ? schema.type : [schema.type];
}

/** The types a schema admits, inferring from keywords when `type` is absent. */
export function inferTypes(schema: JsonSchemaObject): JsonType[] | undefined {
  const declared = typesOf(schema);
  if (declared) return declared;
  if (schema.const !== undefined) return [jsonTypeOf(schema.const)];
  if (schema.enum && schema.enum.length > 0) return [...new Set(schema.enum.map(jsonTypeOf))];
  if (schema.properties || schema.additionalProperties !== undefined || schema.required) return ['object'];
  if (schema.items !== undefined || schema.prefixItems || schema.minItems !== undefined) return ['array'];
  if (
    schema.pattern !== undefined ||
    schema.minLength !== undefined ||
    schema.maxLength !== undefined ||
    schema.format !== undefined
  )
    return ['string'];
  if (schema.minimum !== undefined || schema.maximum !== undefined || schema.multipleOf !== undefined)
    return ['number'];
  return undefined;
}

/** JSON Schema's name for the type of a JSON value. */
export function jsonTypeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  return 'object';
}

/** Structural equality for JSON values. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a as object);
  const keysB = Object.keys(b as object);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) =>
    deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
