/** Small read-only lookups into schemas and the bundled document. */
import { parsePointer } from '../model/json-pointer.js';
import type { JsonSchema, JsonType } from '../model/types.js';

/** The JSON types a schema admits, looking through `anyOf`/`oneOf`/`allOf` branches one level deep. */
export function schemaTypes(schema: JsonSchema | undefined): Set<JsonType> {
  const types = new Set<JsonType>();
  if (schema === undefined || typeof schema === 'boolean') return types;
  if (Array.isArray(schema.type)) for (const type of schema.type) types.add(type);
  else if (schema.type !== undefined) types.add(schema.type);
  else if (schema.items !== undefined || schema.prefixItems !== undefined) types.add('array');
  else if (schema.properties !== undefined || schema.additionalProperties !== undefined) types.add('object');
  for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) {
    if (typeof branch !== 'boolean')
      for (const type of schemaTypes({ ...branch, anyOf: [], oneOf: [], allOf: [] })) types.add(type);
  }
  types.delete('null');
  return types;
}

/**
 * Reads the value at `pointer`, following any `$ref` met on the way (a
 * response that is a `$ref` to `#/components/responses/X`, for instance).
 */
export function resolveThroughRefs(document: unknown, pointer: string): unknown {
  let current: unknown = document;
  const seen = new Set<string>();
  for (const token of parsePointer(pointer)) {
    current = follow(document, current, seen);
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[token];
  }
  return follow(document, current, seen);
}

function follow(document: unknown, value: unknown, seen: Set<string>): unknown {
  let current = value;
  while (
    current !== null &&
    typeof current === 'object' &&
    typeof (current as { $ref?: unknown }).$ref === 'string'
  ) {
    const ref = (current as { $ref: string }).$ref;
    if (!ref.startsWith('#') || seen.has(ref)) return current;
    seen.add(ref);
    current = resolveThroughRefs(document, ref);
  }
  return current;
}
