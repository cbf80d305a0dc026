import { childPointer } from '../../model/json-pointer.js';
import type { JsonSchema, JsonSchemaObject, Pointer } from '../../model/types.js';
import ts from '../../targets/typescript.cjs';
import { call, literal, propertyName, withDocs, zCall } from '../ast.js';
import type { Convert } from './array.js';
import { type ConvertContext, componentName } from './context.js';
import { appliedDefault } from './defaults.js';

const f = ts.factory;

/**
 * `type: object`. `additionalProperties` picks the zod object flavour
 * (absent: `z.object`, which accepts and strips extra keys; `true`:
 * `z.looseObject`; `false`: `z.strictObject`; a schema: `.catchall()`, or
 * `z.record()` when there are no named properties).
 */
export function convertObject(
  schema: JsonSchemaObject,
  pointer: Pointer,
  context: ConvertContext,
  convert: Convert,
): ts.Expression {
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const properties: Record<string, JsonSchema> = {};
  // Names also found on Object.prototype (`constructor`, `__proto__`) are checked as own properties:
  // a zod object shape would read the inherited value.
  const inherited: [string, ts.Expression][] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (inheritedName(name)) {
      if (isOnThisSide(property, context))
        inherited.push([name, convert(property, childPointer(pointer, 'properties', name), context)]);
    } else properties[name] = property;
  }
  // `required` may name keys without a schema: they must be present, with any value.
  for (const name of required)
    if (!inheritedName(name) && !Object.hasOwn(properties, name)) properties[name] = true;
  const inheritedRequired = [...required].filter(inheritedName);

  const members: ts.PropertyAssignment[] = [];
  for (const [name, propertySchema] of Object.entries(properties)) {
    if (!isOnThisSide(propertySchema, context)) continue;
    const at = childPointer(pointer, 'properties', name);
    let value = convert(propertySchema, at, context);
    if (!required.has(name) || (context.binary === 'unknown' && isFilePart(propertySchema))) {
      const fallback = context.side === 'request' ? appliedDefault(propertySchema, context) : undefined;
      value = fallback !== undefined ? call(value, 'default', [literal(fallback)]) : call(value, 'optional');
    }
    const docs =
      typeof propertySchema === 'object'
        ? { description: propertySchema.description, deprecated: propertySchema.deprecated === true }
        : {};
    members.push(withDocs(f.createPropertyAssignment(propertyName(name), value), docs));
  }
  const shape = f.createObjectLiteralExpression(members, true);

  let expression: ts.Expression;
  const additional = schema.additionalProperties;
  if (additional === false) expression = zCall(context.z, 'strictObject', [shape]);
  else if (additional === true) expression = zCall(context.z, 'looseObject', [shape]);
  else if (additional === undefined) {
    // A free-form object (`type: object` alone) keeps its keys rather than being stripped to `{}`.
    expression =
      members.length === 0
        ? zCall(context.z, 'record', [zCall(context.z, 'string'), zCall(context.z, 'unknown')])
        : zCall(context.z, 'object', [shape]);
  } else {
    const values = convert(additional, childPointer(pointer, 'additionalProperties'), context);
    expression =
      members.length === 0
        ? zCall(context.z, 'record', [zCall(context.z, 'string'), values])
        : call(zCall(context.z, 'object', [shape]), 'catchall', [values]);
  }
  if (inherited.length === 0 && inheritedRequired.length === 0) return expression;
  return f.createCallExpression(context.runtime('refined'), undefined, [
    expression,
    f.createArrayLiteralExpression([
      f.createArrayLiteralExpression([
        f.createCallExpression(context.runtime('ownProperties'), undefined, [
          f.createObjectLiteralExpression(
            inherited.map(([name, value]) => f.createPropertyAssignment(propertyName(name), value)),
          ),
          literal(inheritedRequired),
        ]),
        literal('A property is missing or does not match its schema'),
      ]),
    ]),
  ]);
}

/** A property name an object literal also finds on `Object.prototype`. */
export function inheritedName(name: string): boolean {
  return name === '__proto__' || name in Object.prototype;
}

/**
 * A file part of a multipart/form body (`format: binary`, or an array of them):
 * body parsers hand files over separately, so it is never required in the parsed body.
 */
export function isFilePart(schema: JsonSchema): boolean {
  if (typeof schema !== 'object') return false;
  if (schema.format === 'binary' || schema.contentMediaType !== undefined) return true;
  return schema.items !== undefined && isFilePart(schema.items);
}

/** OAS 3.1 §4.8.24: readOnly properties are not sent in requests, writeOnly ones are not returned in responses. */
export function isOnThisSide(
  schema: JsonSchema,
  context: Pick<ConvertContext, 'side' | 'component'>,
): boolean {
  if (context.side === 'request') return !hasFlag(schema, 'readOnly', context, new Set());
  if (context.side === 'response') return !hasFlag(schema, 'writeOnly', context, new Set());
  return true;
}

/** The flag set on the property itself, on the component it references, or on any `allOf` part. */
function hasFlag(
  schema: JsonSchema,
  flag: 'readOnly' | 'writeOnly',
  context: Pick<ConvertContext, 'component'>,
  seen: Set<string>,
): boolean {
  if (typeof schema === 'boolean') return false;
  if (schema[flag] === true) return true;
  if (typeof schema.$ref === 'string') {
    const name = componentName(schema.$ref);
    if (name === undefined || seen.has(name)) return false;
    seen.add(name);
    const target = context.component(name);
    if (target !== undefined && hasFlag(target, flag, context, seen)) return true;
  }
  return (schema.allOf ?? []).some((part) => hasFlag(part, flag, context, seen));
}
