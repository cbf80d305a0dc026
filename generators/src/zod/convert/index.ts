import { childPointer } from '../../model/json-pointer.js';
import type { JsonSchema, JsonSchemaObject, Pointer } from '../../model/types.js';
import ts from '../../targets/typescript.cjs';
import { call, literal, zCall } from '../ast.js';
import { convertArray } from './array.js';
import { branchTypes, isPrimitive, splitChecks, typesOverlap } from './checks.js';
import { convertAllOf, convertUnion, isDiscriminated } from './composition.js';
import { type ConvertContext, componentName } from './context.js';
import { admissibleValues } from './enum-values.js';
import {
  ARRAY_KEYWORDS,
  declaredTypes,
  hasConstraints,
  NUMBER_KEYWORDS,
  OBJECT_KEYWORDS,
  omitKeys,
  STRING_KEYWORDS,
  UNSUPPORTED_KEYWORDS,
} from './keywords.js';
import { convertNumber } from './number.js';
import { convertObject } from './object.js';
import { convertString } from './string.js';

export type { ConvertContext, Side } from './context.js';

/**
 * Translates one normalized JSON Schema (OAS 3.1 semantics) into a zod 4
 * expression. Pure apart from `context.warn`, which records every construct
 * that could only be approximated.
 */
export function convertSchema(schema: JsonSchema, pointer: Pointer, context: ConvertContext): ts.Expression {
  return (
    context.shared?.(schema, pointer, () => convertInPlace(schema, pointer, context)) ??
    convertInPlace(schema, pointer, context)
  );
}

function convertInPlace(schema: JsonSchema, pointer: Pointer, context: ConvertContext): ts.Expression {
  if (schema === true) return zCall(context.z, 'unknown');
  if (schema === false) return zCall(context.z, 'never');
  for (const keyword of UNSUPPORTED_KEYWORDS) {
    if (schema[keyword] !== undefined)
      context.warn(
        `'${keyword}' is not translated to zod; the rest of the schema still applies`,
        childPointer(pointer, keyword),
      );
  }
  const split = splitChecks(schema, pointer, context, convertSchema, (s) => oneOfNeedsCount(s, context));
  if (split !== undefined) {
    const inner = hasConstraints(split.inner)
      ? convertSchema(split.inner, pointer, context)
      : zCall(context.z, 'unknown');
    return refined(inner, split.checks, context);
  }
  if (typeof schema.$ref === 'string') return convertReference(schema, pointer, context);
  if (Array.isArray(schema.allOf)) return convertAllOf(schema, pointer, context);
  if (Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf))
    return convertUnion(schema, pointer, context);
  if (schema.const !== undefined || Array.isArray(schema.enum)) {
    const written = schema.const !== undefined ? [schema.const] : (schema.enum as unknown[]);
    const values = admissibleValues(written, schema);
    if (values.length === 0 && written.length > 0) {
      context.warn(
        `no ${schema.const !== undefined ? 'const' : 'enum'} value satisfies the schema's other keywords, so no value is valid`,
        childPointer(pointer, schema.const !== undefined ? 'const' : 'enum'),
      );
    }
    return schema.const !== undefined && values.length > 0
      ? convertConst(schema.const, pointer, context)
      : convertEnum(values, pointer, context);
  }
  return convertTyped(schema, pointer, context);
}

function convertReference(
  schema: JsonSchemaObject,
  pointer: Pointer,
  context: ConvertContext,
): ts.Expression {
  const ref = schema.$ref as string;
  const name = componentName(ref);
  const target = name === undefined ? undefined : context.reference(name);
  if (target === undefined) {
    context.warn(
      `$ref '${ref}' does not point at a component schema; validated as unknown`,
      childPointer(pointer, '$ref'),
    );
    return zCall(context.z, 'unknown');
  }
  // OAS 3.1: keywords next to `$ref` apply as well (JSON Schema 2020-12 §8.2.3.1).
  const siblings = omitKeys(schema, ['$ref']);
  return hasConstraints(siblings)
    ? zCall(context.z, 'intersection', [target, convertSchema(siblings, pointer, context)])
    : target;
}

/**
 * `oneOf` accepts a value that exactly one branch matches. A discriminated
 * union, or branches whose declared types cannot overlap (`string` vs
 * `null`), guarantee that already; anything else needs counting.
 */
function oneOfNeedsCount(schema: JsonSchemaObject, context: ConvertContext): boolean {
  const branches = schema.oneOf ?? [];
  if (branches.length < 2 || isDiscriminated(schema, context)) return false;
  const types = branches.map((branch) => branchTypes(branch, context));
  return types.some((left, i) => types.some((right, j) => j > i && typesOverlap(left, right)));
}

/** `jsonSchema.refined(inner, [[check, message], ...])`, or just the checks over `z.unknown()`. */
function refined(
  inner: ts.Expression,
  checks: readonly (readonly [ts.Expression, string])[],
  context: ConvertContext,
): ts.Expression {
  return ts.factory.createCallExpression(context.runtime('refined'), undefined, [
    inner,
    literalArray(checks.map(([check, message]) => literalArray([check, literal(message)]))),
  ]);
}

/** Keywords of one JSON type, checked only on values of that type when the schema declares none. */
const FAMILIES: [family: 'string' | 'number' | 'array' | 'object', keywords: readonly string[]][] = [
  ['string', STRING_KEYWORDS],
  ['number', NUMBER_KEYWORDS],
  ['array', ARRAY_KEYWORDS],
  ['object', OBJECT_KEYWORDS],
];

/** A schema without `type`: any value, with each keyword group applied to values of its own type. */
function convertUntyped(schema: JsonSchemaObject, pointer: Pointer, context: ConvertContext): ts.Expression {
  const checks: [ts.Expression, string][] = [];
  for (const [family, keywords] of FAMILIES) {
    if (!keywords.some((key) => schema[key] !== undefined)) continue;
    const typed = convertOfType(family, schema, pointer, context);
    checks.push([
      ts.factory.createCallExpression(context.runtime('whenType'), undefined, [literal(family), typed]),
      `Does not satisfy the schema's ${family} keywords`,
    ]);
  }
  return checks.length === 0
    ? zCall(context.z, 'unknown')
    : refined(zCall(context.z, 'unknown'), checks, context);
}

function convertConst(value: unknown, pointer: Pointer, context: ConvertContext): ts.Expression {
  if (isPrimitive(value)) return zCall(context.z, 'literal', [literal(value)]);
  context.warn(
    'a non-primitive `const` is not translated to zod; validated as unknown',
    childPointer(pointer, 'const'),
  );
  return zCall(context.z, 'unknown');
}

/** String enums become `z.enum([...])`; anything else a `z.literal([...])` over the allowed values. */
function convertEnum(values: unknown[], pointer: Pointer, context: ConvertContext): ts.Expression {
  if (!values.every(isPrimitive)) {
    context.warn(
      'an `enum` with object or array members is not translated to zod; validated as unknown',
      childPointer(pointer, 'enum'),
    );
    return zCall(context.z, 'unknown');
  }
  const unique = [...new Set(values)];
  const nonNull = unique.filter((value) => value !== null);
  const nullable = nonNull.length < unique.length;
  let expression: ts.Expression;
  if (nonNull.length === 0) expression = zCall(context.z, nullable ? 'null' : 'never');
  else if (nonNull.length === 1) expression = zCall(context.z, 'literal', [literal(nonNull[0])]);
  else if (nonNull.every((value) => typeof value === 'string'))
    expression = zCall(context.z, 'enum', [literal(nonNull)]);
  else expression = zCall(context.z, 'literal', [literal(nonNull)]);
  return nullable && nonNull.length > 0 ? call(expression, 'nullable') : expression;
}

/** A schema described by `type` (one or several, `null` included) or by the keywords that imply one. */
function convertTyped(schema: JsonSchemaObject, pointer: Pointer, context: ConvertContext): ts.Expression {
  const types = [...new Set(declaredTypes(schema))];
  if (types.length === 0) return convertUntyped(schema, pointer, context);
  const nonNull = types.filter((type) => type !== 'null');
  const nullable = nonNull.length < types.length;
  if (nonNull.length === 0) return zCall(context.z, 'null');
  const variants = nonNull.map((type) => convertOfType(type, schema, pointer, context));
  const expression =
    variants.length === 1
      ? (variants[0] as ts.Expression)
      : zCall(context.z, 'union', [literalArray(variants)]);
  return nullable ? call(expression, 'nullable') : expression;
}

function literalArray(elements: readonly ts.Expression[]): ts.Expression {
  return ts.factory.createArrayLiteralExpression([...elements], false);
}

function convertOfType(
  type: string,
  schema: JsonSchemaObject,
  pointer: Pointer,
  context: ConvertContext,
): ts.Expression {
  switch (type) {
    case 'string':
      return convertString(schema, pointer, context);
    case 'number':
      return convertNumber(schema, false, context);
    case 'integer':
      return convertNumber(schema, true, context);
    case 'boolean':
      return zCall(context.z, 'boolean');
    case 'array':
      return convertArray(schema, pointer, context, convertSchema);
    case 'object':
      return convertObject(schema, pointer, context, convertSchema);
    default:
      context.warn(`unknown type '${type}'; validated as unknown`, childPointer(pointer, 'type'));
      return zCall(context.z, 'unknown');
  }
}
