/**
 * Parameter schemas. Path, query, header and cookie values reach a server as
 * strings (query values as `string | string[]` when a key repeats), so each
 * parameter's schema first turns that text into the declared type, then
 * validates it (OAS 3.x §4.8.12.4 style values).
 */

import { childPointer } from '../model/json-pointer.js';
import type { JsonSchema, JsonSchemaObject, ParameterModel } from '../model/types.js';
import ts from '../targets/typescript.cjs';
import { arrow, call, literal, zCall } from './ast.js';
import { applyArrayConstraints } from './convert/array.js';
import { type ConvertContext, componentName } from './convert/context.js';
import { appliedDefault } from './convert/defaults.js';
import { convertSchema } from './convert/index.js';
import { impliedTypes, omitKeys } from './convert/keywords.js';

const f = ts.factory;

/** A JSON number's text (RFC 8259 §6): stricter than `Number()`, which also takes `0x10`, `''` and `' 1 '`. */
const NUMBER_TEXT = '/^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/';
/**
 * Integer text: digits only. `1e1` and `1.0` are integers as JSON values, but
 * nobody writes `?limit=1e1` meaning ten; taken as text they are refused.
 */
const INTEGER_TEXT = '/^-?(?:0|[1-9][0-9]*)$/';

/**
 * The schema for one parameter's raw value: text is turned into the declared
 * type where it reads as one (anything else is passed on unchanged, so the
 * schema reports the type error), validated, then made optional or defaulted.
 */
export function parameterSchema(parameter: ParameterModel, context: ConvertContext): ts.Expression {
  const schema: JsonSchema =
    typeof parameter.schema === 'object' ? omitKeys(parameter.schema, ['default']) : parameter.schema;
  const resolved = resolveReference(schema, context);
  const types = valueTypes(resolved);
  let expression: ts.Expression;
  if (types.length === 1 && types[0] === 'array' && typeof resolved === 'object') {
    expression = arrayParameter(parameter, resolved, context);
  } else {
    if (types.length === 1 && types[0] === 'object') {
      context.warn(
        `object-valued ${parameter.in} parameter '${parameter.name}' is not decoded from its serialized form; validated as written`,
        parameter.pointer,
      );
    }
    expression = coerced(types, convertSchema(schema, parameter.pointer, context), context);
  }
  if (parameter.required) return expression;
  const fallback = appliedDefault(parameter.schema, context);
  return fallback !== undefined
    ? call(expression, 'default', [literal(fallback)])
    : call(expression, 'optional');
}

/**
 * Arrays arrive as repeated keys (`?tag=a&tag=b`) or, for `explode: false`
 * and the `simple` style of path and header values, as one delimited value
 * (`?tag=a,b`); a single undelimited value is a one-element array.
 */
function arrayParameter(
  parameter: ParameterModel,
  schema: JsonSchemaObject,
  context: ConvertContext,
): ts.Expression {
  const items = schema.items ?? true;
  const itemSchema = convertSchema(items, childPointer(parameter.pointer, 'schema', 'items'), context);
  const element = coerced(valueTypes(resolveReference(items, context)), itemSchema, context);

  const value = f.createIdentifier('value');
  const delimiter = delimiterOf(parameter);
  const single =
    delimiter === undefined
      ? f.createArrayLiteralExpression([value])
      : call(value, 'split', [f.createStringLiteral(delimiter)]);
  const toArray = arrow(['value'], f.createParenthesizedExpression(whenString(value, single)));
  const array = applyArrayConstraints(zCall(context.z, 'array', [element]), schema, context);
  return zCall(context.z, 'preprocess', [toArray, array]);
}

/** OAS 3.x §4.8.12.4: `form` (query, cookie) explodes by default; `simple` (path, header) never does. */
function delimiterOf(parameter: ParameterModel): string | undefined {
  const style =
    parameter.style ?? (parameter.in === 'query' || parameter.in === 'cookie' ? 'form' : 'simple');
  const explode = parameter.explode ?? style === 'form';
  if (style === 'spaceDelimited') return ' ';
  if (style === 'pipeDelimited') return '|';
  return explode && style === 'form' ? undefined : ',';
}

/** `typeof value === 'string' ? then : value`. */
function whenString(value: ts.Identifier, then: ts.Expression): ts.Expression {
  const isString = f.createBinaryExpression(
    f.createTypeOfExpression(value),
    ts.SyntaxKind.EqualsEqualsEqualsToken,
    f.createStringLiteral('string'),
  );
  return f.createConditionalExpression(isString, undefined, then, undefined, value);
}

/**
 * Wraps `validated` in `z.preprocess` turning text into a number (JSON number
 * syntax only) or a boolean (`true`/`false` only) when the value has exactly
 * that one type; strings and everything else need nothing.
 */
function coerced(types: readonly string[], validated: ts.Expression, context: ConvertContext): ts.Expression {
  const type = types.length === 1 ? types[0] : undefined;
  const value = f.createIdentifier('value');
  let convert: ts.Expression | undefined;
  if (type === 'number' || type === 'integer') {
    const looksNumeric = f.createBinaryExpression(
      f.createBinaryExpression(
        f.createTypeOfExpression(value),
        ts.SyntaxKind.EqualsEqualsEqualsToken,
        f.createStringLiteral('string'),
      ),
      ts.SyntaxKind.AmpersandAmpersandToken,
      call(f.createRegularExpressionLiteral(type === 'integer' ? INTEGER_TEXT : NUMBER_TEXT), 'test', [
        value,
      ]),
    );
    convert = f.createConditionalExpression(
      looksNumeric,
      undefined,
      f.createCallExpression(context.builtin('Number'), undefined, [value]),
      undefined,
      value,
    );
  } else if (type === 'boolean') {
    const is = (text: string) =>
      f.createBinaryExpression(value, ts.SyntaxKind.EqualsEqualsEqualsToken, f.createStringLiteral(text));
    convert = f.createConditionalExpression(
      is('true'),
      undefined,
      f.createTrue(),
      undefined,
      f.createConditionalExpression(is('false'), undefined, f.createFalse(), undefined, value),
    );
  }
  return convert === undefined
    ? validated
    : zCall(context.z, 'preprocess', [arrow(['value'], f.createParenthesizedExpression(convert)), validated]);
}

/** Follows component references (a few levels, cycle-safe) to the schema that says what the value is. */
export function resolveReference(schema: JsonSchema, context: ConvertContext): JsonSchema {
  let current = schema;
  for (let depth = 0; depth < 8 && typeof current === 'object' && typeof current.$ref === 'string'; depth++) {
    const name = componentName(current.$ref);
    const target = name === undefined ? undefined : context.component(name);
    if (target === undefined) return true;
    current = target;
  }
  return current;
}

/** The non-null types a parameter value can take, from `type`, implying keywords, or enum members. */
export function valueTypes(schema: JsonSchema): string[] {
  if (typeof schema === 'boolean') return [];
  let types = impliedTypes(schema);
  const values = schema.const !== undefined ? [schema.const] : schema.enum;
  if (types.length === 0 && Array.isArray(values)) {
    types = [
      ...new Set(
        values
          .filter((value) => value !== null)
          .map((value) => (typeof value === 'number' ? 'number' : typeof value)),
      ),
    ];
  }
  return types.filter((type) => type !== 'null');
}
