import type { ErrorObject } from 'ajv';
import { describePlace } from './document-place.js';
import { type Family, metaSchemaValidator } from './meta-schema-validator.js';

/**
 * Validates a (non-dereferenced) document against the official OpenAPI
 * schema of its version, the same schemas `@readme/openapi-parser` uses, and
 * returns each error with the JSON pointer it stands at. References stay
 * references, so an error inside a shared component is reported once, where
 * it is written. A valid document is checked once, by a validator that stops
 * at the first error; only an invalid one is checked again for every error.
 */
export function schemaErrors(document: unknown, version: string): { pointer: string; message: string }[] {
  const family: Family = version === '2.0' ? '2.0' : version.startsWith('3.0') ? '3.0' : '3.1';
  if (metaSchemaValidator(family, false)(document)) return [];
  const validate = metaSchemaValidator(family, true);
  if (validate(document)) return [];
  return reduce(validate.errors ?? []).map(describe);
}

/**
 * `oneOf` between "a Reference" and "an X" makes Ajv report every branch;
 * keep only the deepest error per path, which is the one a reader can act on.
 * A missing and an unexpected property of the same object are both kept
 * (a `summary` written instead of `description` is one mistake, seen twice),
 * so that one run names every fix.
 */
function reduce(errors: ErrorObject[]): ErrorObject[] {
  const useful = errors.filter(
    (error) =>
      error.keyword !== 'oneOf' && !(error.keyword === 'required' && error.params.missingProperty === '$ref'),
  );
  const kept = new Map<string, ErrorObject[]>();
  for (const error of useful) {
    const same = kept.get(error.instancePath);
    if (same !== undefined) {
      const first = same[0] as ErrorObject;
      // Each `oneOf` branch allows its own values (`in: body` | `in: header` | ...): say all of them.
      if (first.keyword === 'enum' && error.keyword === 'enum') same[0] = mergeEnums(first, error);
      else if (
        isPropertyError(first) &&
        isPropertyError(error) &&
        !same.some((other) => sameError(other, error))
      )
        same.push(error);
      continue;
    }
    const shadowed = [...kept.keys()].some((path) => path.startsWith(`${error.instancePath}/`));
    if (shadowed) continue;
    for (const path of [...kept.keys()]) if (error.instancePath.startsWith(`${path}/`)) kept.delete(path);
    kept.set(error.instancePath, [error]);
  }
  return kept.size > 0 ? [...kept.values()].flat() : errors;
}

const PROPERTY_KEYWORDS = new Set(['required', 'additionalProperties', 'unevaluatedProperties']);

function isPropertyError(error: ErrorObject): boolean {
  return PROPERTY_KEYWORDS.has(error.keyword);
}

function sameError(a: ErrorObject, b: ErrorObject): boolean {
  return a.keyword === b.keyword && JSON.stringify(a.params) === JSON.stringify(b.params);
}

function mergeEnums(first: ErrorObject, second: ErrorObject): ErrorObject {
  const values = [
    ...(first.params as { allowedValues: unknown[] }).allowedValues,
    ...(second.params as { allowedValues: unknown[] }).allowedValues,
  ];
  return { ...first, params: { allowedValues: [...new Set(values)] } };
}

function describe(error: ErrorObject): { pointer: string; message: string } {
  const where = describePlace(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return {
        pointer: `#${error.instancePath}/${escapeToken(String(params.additionalProperty))}`,
        message: `${where} has an unexpected property "${String(params.additionalProperty)}"; remove it or prefix it with x-`,
      };
    case 'unevaluatedProperties':
      return {
        pointer: `#${error.instancePath}/${escapeToken(String(params.unevaluatedProperty))}`,
        message: `${where} has an unexpected property "${String(params.unevaluatedProperty)}"; remove it or prefix it with x-`,
      };
    case 'required':
      return {
        pointer: `#${error.instancePath}`,
        message: `${where} is missing the required property "${String(params.missingProperty)}"`,
      };
    case 'enum':
      return {
        pointer: `#${error.instancePath}`,
        message: `${where} must be one of: ${(params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')}`,
      };
    case 'pattern':
      return {
        pointer: `#${error.instancePath}`,
        message: `${where} does not match the pattern ${String(params.pattern)}`,
      };
    default:
      return { pointer: `#${error.instancePath}`, message: `${where} ${error.message ?? 'is invalid'}` };
  }
}

function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
