import type { JsonSchema, JsonSchemaObject, OperationModel, SpecModel } from '../model/types.js';

/** `GET /tasks`: how operations are named in messages. */
export function describeOperation(operation: Pick<OperationModel, 'method' | 'path'>): string {
  return `${operation.method.toUpperCase()} ${operation.path}`;
}

/** Follows `#/components/schemas/X` references (a few hops) to the schema object they name. */
export function resolveSchema(
  model: SpecModel,
  schema: JsonSchema | undefined,
): JsonSchemaObject | undefined {
  let current = schema;
  for (let hops = 0; hops < 16; hops += 1) {
    if (current === undefined || typeof current === 'boolean') return undefined;
    if (typeof current.$ref !== 'string') return current;
    const name = componentSchemaName(current.$ref);
    current = name === undefined ? undefined : model.schemas.find((entry) => entry.name === name)?.schema;
  }
  return undefined;
}

/** `#/components/schemas/Task` -> `Task`. */
export function componentSchemaName(ref: string): string | undefined {
  const prefix = '#/components/schemas/';
  if (!ref.startsWith(prefix)) return undefined;
  return ref.slice(prefix.length).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Properties of an object schema, including those contributed by `allOf` members. */
export function objectProperties(
  model: SpecModel,
  schema: JsonSchema | undefined,
  depth = 0,
): Record<string, JsonSchema> {
  const resolved = resolveSchema(model, schema);
  if (resolved === undefined || depth > 8) return {};
  const merged: Record<string, JsonSchema> = {};
  for (const member of resolved.allOf ?? [])
    Object.assign(merged, objectProperties(model, member, depth + 1));
  return Object.assign(merged, resolved.properties ?? {});
}

/** True for a schema that describes an array (`type: array` or `type: [array, null]`). */
export function isArraySchema(model: SpecModel, schema: JsonSchema | undefined): boolean {
  const resolved = resolveSchema(model, schema);
  if (resolved === undefined) return false;
  const types = Array.isArray(resolved.type) ? resolved.type : resolved.type ? [resolved.type] : [];
  return types.includes('array') || (types.length === 0 && resolved.items !== undefined);
}
