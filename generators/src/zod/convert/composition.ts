import { childPointer } from '../../model/json-pointer.js';
import type { JsonSchema, JsonSchemaObject, Pointer } from '../../model/types.js';
import ts from '../../targets/typescript.cjs';
import { call, zCall } from '../ast.js';
import { withParentType } from './checks.js';
import { type ConvertContext, componentName } from './context.js';
import { convertSchema } from './index.js';
import { declaredTypes, hasConstraints, omitKeys } from './keywords.js';

const f = ts.factory;

/** Keys an `allOf` part may carry and still be merged into one object. */
const MERGEABLE = new Set(['type', 'properties', 'required', 'additionalProperties', 'allOf']);

/**
 * `allOf`. Parts that are plain objects (also through component references)
 * are merged into one `z.object`, which keeps the output a single object type;
 * anything else becomes a chain of `z.intersection`.
 */
export function convertAllOf(
  schema: JsonSchemaObject,
  pointer: Pointer,
  context: ConvertContext,
): ts.Expression {
  const rest = omitKeys(schema, ['allOf']);
  const parts: { schema: JsonSchema; pointer: Pointer }[] = (schema.allOf ?? []).map((part, index) => ({
    schema: part,
    pointer: childPointer(pointer, 'allOf', index),
  }));
  if (hasConstraints(rest)) parts.push({ schema: rest, pointer });
  const constraining = parts.filter((part) => hasConstraints(part.schema));

  const merged = mergeObjects(
    constraining.map((part) => part.schema),
    context,
  );
  if (merged !== undefined && constraining.length > 1)
    return convertSchema({ ...merged, ...annotations(schema) }, pointer, context);
  if (constraining.length === 0) return zCall(context.z, 'unknown');
  const converted = constraining.map((part) => convertSchema(part.schema, part.pointer, context));
  return converted
    .slice(1)
    .reduce((left, right) => zCall(context.z, 'intersection', [left, right]), converted[0] as ts.Expression);
}

function annotations(schema: JsonSchemaObject): JsonSchemaObject {
  const kept: JsonSchemaObject = {};
  if (schema.description !== undefined) kept.description = schema.description;
  if (schema.deprecated !== undefined) kept.deprecated = schema.deprecated;
  return kept;
}

/**
 * Flattens object parts (following component `$ref`s and nested `allOf`) into
 * one object schema, or `undefined` when some part is not a plain object or
 * closes the object (`additionalProperties` other than `true`), where merging
 * would change which values are accepted.
 */
export function mergeObjects(
  parts: readonly JsonSchema[],
  context: Pick<ConvertContext, 'component'>,
): JsonSchemaObject | undefined {
  const properties: Record<string, JsonSchema> = {};
  const required = new Set<string>();
  const pending = [...parts];
  const seen = new Set<string>();
  // Parts without `type` (`allOf: [{ $ref: Base }, { properties: ... }]`) merge when another part makes it an object.
  let typed = false;
  while (pending.length > 0) {
    const part = pending.shift() as JsonSchema;
    if (part === true) continue;
    if (part === false) return undefined;
    if (typeof part.$ref === 'string') {
      const name = componentName(part.$ref);
      const target = name === undefined ? undefined : context.component(name);
      if (
        name === undefined ||
        target === undefined ||
        seen.has(name) ||
        hasConstraints(omitKeys(part, ['$ref']))
      )
        return undefined;
      seen.add(name);
      pending.unshift(target);
      continue;
    }
    if (!hasConstraints(part)) continue;
    if (Array.isArray(part.allOf)) {
      // Keep declaration order: the nested parts come first, then the part's own keywords.
      pending.unshift(...part.allOf, omitKeys(part, ['allOf']));
      continue;
    }
    if (Object.keys(part).some((key) => hasConstraints({ [key]: part[key] }) && !MERGEABLE.has(key)))
      return undefined;
    const types = declaredTypes(part);
    if (types.length > 1 || (types.length === 1 && types[0] !== 'object')) return undefined;
    if (types.length === 1) typed = true;
    if (part.additionalProperties !== undefined && part.additionalProperties !== true) return undefined;
    for (const [name, property] of Object.entries(part.properties ?? {})) {
      const existing = properties[name];
      properties[name] = existing === undefined ? property : { allOf: [existing, property] };
    }
    for (const name of part.required ?? []) required.add(name);
  }
  if (!typed) return undefined;
  return { type: 'object', properties, ...(required.size > 0 ? { required: [...required] } : {}) };
}

/**
 * `oneOf` / `anyOf` as `z.union` (zod unions accept a value matching any
 * branch, so `oneOf`'s "exactly one" is not enforced), or
 * `z.discriminatedUnion` when the spec names a discriminator and every
 * branch is a component object that fixes that property's value. A `null`
 * branch becomes `.nullable()`.
 */
export function convertUnion(
  schema: JsonSchemaObject,
  pointer: Pointer,
  context: ConvertContext,
): ts.Expression {
  const unions: ts.Expression[] = [];
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const branches = schema[keyword];
    if (Array.isArray(branches))
      unions.push(
        convertBranches(
          branches.map((branch) => withParentType(branch, schema)),
          schema,
          childPointer(pointer, keyword),
          context,
        ),
      );
  }
  const rest = omitKeys(schema, ['oneOf', 'anyOf', 'discriminator']);
  if (hasConstraints(rest)) unions.unshift(convertSchema(rest, pointer, context));
  return unions
    .slice(1)
    .reduce((left, right) => zCall(context.z, 'intersection', [left, right]), unions[0] as ts.Expression);
}

function convertBranches(
  branches: readonly JsonSchema[],
  schema: JsonSchemaObject,
  pointer: Pointer,
  context: ConvertContext,
): ts.Expression {
  const isNull = isNullBranch;
  const nullable = branches.some(isNull);
  const indexed = branches
    .map((branch, index) => ({ branch, index }))
    .filter(({ branch }) => !isNull(branch));
  const discriminator = schema.discriminator?.propertyName;
  let expression: ts.Expression;
  if (indexed.length === 0) return zCall(context.z, 'null');
  const converted = indexed.map(({ branch, index }) =>
    convertSchema(branch, childPointer(pointer, index), context),
  );
  if (indexed.length === 1) expression = converted[0] as ts.Expression;
  else if (
    discriminator !== undefined &&
    discriminates(
      indexed.map(({ branch }) => branch),
      discriminator,
      context,
    )
  ) {
    expression = zCall(context.z, 'discriminatedUnion', [
      f.createStringLiteral(discriminator),
      f.createArrayLiteralExpression(converted, false),
    ]);
  } else expression = zCall(context.z, 'union', [f.createArrayLiteralExpression(converted, false)]);
  return nullable ? call(expression, 'nullable') : expression;
}

/** The schema's `oneOf`/`anyOf` becomes a `z.discriminatedUnion` (so at most one branch can match). */
export function isDiscriminated(schema: JsonSchemaObject, context: ConvertContext): boolean {
  const property = schema.discriminator?.propertyName;
  const branches = (schema.oneOf ?? schema.anyOf ?? []).filter((branch) => !isNullBranch(branch));
  return property !== undefined && branches.length > 1 && discriminates(branches, property, context);
}

function isNullBranch(branch: JsonSchema): boolean {
  return typeof branch === 'object' && branch.type === 'null' && Object.keys(branch).length === 1;
}

/**
 * Every branch is a reference to a plain-object component whose required
 * `property` is a string constant or string enum, and no two branches share a
 * value: what `z.discriminatedUnion` needs (it rejects duplicate values).
 */
function discriminates(branches: readonly JsonSchema[], property: string, context: ConvertContext): boolean {
  const seen = new Set<string>();
  for (const branch of branches) {
    const values = fixedValues(branch, property, context);
    if (values === undefined || values.some((value) => seen.has(value))) return false;
    for (const value of values) seen.add(value);
  }
  return true;
}

function fixedValues(branch: JsonSchema, property: string, context: ConvertContext): string[] | undefined {
  if (typeof branch === 'boolean' || typeof branch.$ref !== 'string' || Object.keys(branch).length !== 1)
    return undefined;
  const name = componentName(branch.$ref);
  if (name === undefined || !context.isPlainObjectComponent(name)) return undefined;
  const target = context.component(name);
  if (typeof target !== 'object' || !(target.required ?? []).includes(property)) return undefined;
  const value = target.properties?.[property];
  if (typeof value !== 'object') return undefined;
  if (typeof value.const === 'string') return [value.const];
  const members = value.enum;
  if (!Array.isArray(members) || members.length === 0) return undefined;
  return members.every((member): member is string => typeof member === 'string') ? members : undefined;
}
