import { childPointer } from '../../model/json-pointer.js';
import type { JsonSchemaObject, Pointer } from '../../model/types.js';
import ts from '../../targets/typescript.cjs';
import { call, literal, regExp, zCall } from '../ast.js';
import type { ConvertContext } from './context.js';

const f = ts.factory;

function literalObject(entries: Record<string, ts.Expression>): ts.ObjectLiteralExpression {
  return f.createObjectLiteralExpression(
    Object.entries(entries).map(([key, value]) => f.createPropertyAssignment(key, value)),
  );
}

/**
 * RFC 5321 addr-spec (dot-atom local part, LDH domain labels) as JSON Schema
 * validators check `format: email` (ajv-formats); zod's default email regex
 * accepts domain labels ending in `-` and rejects some valid local parts.
 */
const EMAIL =
  "^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$";

/** RFC 3986 URI-reference, loosely: an optional scheme and authority, no whitespace or backslash. zod has no validator for it. */
const URI_REFERENCE = '^(?:(?:[a-z][a-z0-9+\\-.]*:)?\\/?\\/)?(?:[^\\\\\\s#][^\\s#]*)?(?:#[^\\\\\\s]*)?$';

/**
 * RFC 3339 §5.6 `full-time`: the offset is required. (`z.iso.time()` is the
 * ISO 8601 local time, which rejects offsets.)
 */
const FULL_TIME =
  '^(?:[01][0-9]|2[0-3]):[0-5][0-9]:(?:[0-5][0-9]|60)(?:\\.[0-9]+)?(?:[zZ]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$';

/** RFC 6570 URI Template: literals and `{...}` expressions (the check ajv-formats applies). */
const URI_TEMPLATE =
  '^(?:(?:[^\\x00-\\x20"\'<>%\\\\^`{|}]|%[0-9a-f]{2})|\\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\\*)?)*\\})*$';

/**
 * OpenAPI / JSON Schema string formats and the zod 4 validator for each.
 * Formats not listed are annotations only (JSON Schema 2020-12 §7.2) and
 * validate as a plain string.
 */
const FORMATS: Record<
  string,
  (z: string, re: (source: string, flags: string) => ts.Expression) => ts.Expression
> = {
  // `z.uuid()` insists on RFC 9562 variant bits; OpenAPI's `uuid` accepts any 8-4-4-4-12 hex form.
  uuid: (z) => zCall(z, 'guid'),
  email: (z, re) => zCall(z, 'email', [literalObject({ pattern: re(EMAIL, 'i') })]),
  'idn-email': (z, re) => zCall(z, 'email', [literalObject({ pattern: re(EMAIL, 'i') })]),
  'uri-reference': (z, re) => call(zCall(z, 'string'), 'regex', [re(URI_REFERENCE, 'i')]),
  uri: (z) => zCall(z, 'url'),
  url: (z) => zCall(z, 'url'),
  // RFC 3339 `date-time` requires a `Z` or numeric offset.
  'date-time': (z) => zCall(z, 'iso.datetime', [literalObject({ offset: f.createTrue() })]),
  date: (z) => zCall(z, 'iso.date'),
  time: (z, re) => call(zCall(z, 'string'), 'regex', [re(FULL_TIME, '')]),
  'uri-template': (z, re) => call(zCall(z, 'string'), 'regex', [re(URI_TEMPLATE, 'i')]),
  duration: (z) => zCall(z, 'iso.duration'),
  ipv4: (z) => zCall(z, 'ipv4'),
  ipv6: (z) => zCall(z, 'ipv6'),
  hostname: (z) => zCall(z, 'hostname'),
  byte: (z) => zCall(z, 'base64'),
  base64: (z) => zCall(z, 'base64'),
  base64url: (z) => zCall(z, 'base64url'),
};

/** `type: string` with its format, length bounds and pattern. */
export function convertString(
  schema: JsonSchemaObject,
  pointer: Pointer,
  context: ConvertContext,
): ts.Expression {
  const format = typeof schema.format === 'string' ? schema.format : undefined;
  if (format === 'binary' && context.binary === 'unknown') return zCall(context.z, 'unknown');
  const re = (source: string, flags: string) => regExp(source, flags, context.builtin('RegExp'));
  let expression: ts.Expression =
    (format !== undefined ? FORMATS[format]?.(context.z, re) : undefined) ?? zCall(context.z, 'string');
  if (typeof schema.minLength === 'number') expression = call(expression, 'min', [literal(schema.minLength)]);
  if (typeof schema.maxLength === 'number') expression = call(expression, 'max', [literal(schema.maxLength)]);
  if (typeof schema.pattern === 'string') {
    const flags = regExpFlags(schema.pattern);
    if (flags === undefined)
      context.warn(
        `pattern ${JSON.stringify(schema.pattern)} is not a valid ECMAScript regular expression; it is not enforced`,
        childPointer(pointer, 'pattern'),
      );
    else expression = call(expression, 'regex', [re(schema.pattern, flags)]);
  }
  return expression;
}

/**
 * JSON Schema patterns are ECMA-262 regular expressions, which validators
 * compile in Unicode mode; some real-world patterns are only valid without it.
 */
function regExpFlags(pattern: string): string | undefined {
  for (const flags of ['u', '']) {
    try {
      new RegExp(pattern, flags);
      return flags;
    } catch {
      // try the next, more lenient, mode
    }
  }
  return undefined;
}
