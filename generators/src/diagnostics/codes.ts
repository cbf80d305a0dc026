import type { Pointer, SourceLocation } from '../model/types.js';
import type { Diagnostic, Severity } from './types.js';

/** One registered diagnostic: its stable code, default severity, message template and what to do about it. */
export interface DiagnosticDefinition {
  code: string;
  severity: Severity;
  /** Message with `{name}` placeholders filled from the parameters given to `createDiagnostic`. */
  message: string;
  /** What a user does to fix it; printed by `--format json` and in documentation. */
  help: string;
}

function define<const C extends string>(
  code: C,
  severity: Severity,
  message: string,
  help: string,
): DiagnosticDefinition & { code: C } {
  return { code, severity, message, help };
}

/**
 * Every diagnostic specloom can report about a spec or its config. Codes are
 * stable: a test pins this list, so changing one is a deliberate, visible act.
 */
export const DIAGNOSTICS = {
  // Loading the spec.
  SPEC_FILE_NOT_FOUND: define(
    'SPEC_FILE_NOT_FOUND',
    'error',
    'Cannot read {file}: {reason}',
    'Check the path (relative paths are resolved from the file that refers to it).',
  ),
  SPEC_PARSE_ERROR: define(
    'SPEC_PARSE_ERROR',
    'error',
    '{format} syntax error: {reason}',
    'Fix the syntax at the reported line; JSON must be strict JSON, YAML must be YAML 1.2.',
  ),
  SPEC_REF_UNRESOLVED: define(
    'SPEC_REF_UNRESOLVED',
    'error',
    '$ref "{ref}" cannot be resolved: {reason}',
    'Point the $ref at an existing file and JSON pointer (`file.yaml#/path/to/node`).',
  ),
  SPEC_REF_CIRCULAR: define(
    'SPEC_REF_CIRCULAR',
    'error',
    '$ref "{ref}" is part of a reference cycle that never reaches a value: {chain}',
    'Break the chain so it ends in a real object; recursion through schema properties is fine.',
  ),
  SPEC_VERSION_UNSUPPORTED: define(
    'SPEC_VERSION_UNSUPPORTED',
    'error',
    'Unsupported version "{version}": specloom reads Swagger 2.0, OpenAPI 3.0.x and 3.1.x',
    'Set `openapi: 3.1.0` (or 3.0.x) at the top of the root file.',
  ),
  SPEC_NOT_OPENAPI: define(
    'SPEC_NOT_OPENAPI',
    'error',
    '{file} is not an OpenAPI document: {reason}',
    'The root file must be an object with an `openapi` (or `swagger: "2.0"`) field.',
  ),
  SPEC_SCHEMA_INVALID: define(
    'SPEC_SCHEMA_INVALID',
    'error',
    '{message}',
    'Make the document conform to the OpenAPI specification schema for its version.',
  ),
  SPEC_CONVERSION_FAILED: define(
    'SPEC_CONVERSION_FAILED',
    'error',
    'Swagger 2.0 document could not be converted to OpenAPI 3: {reason}',
    'Fix the Swagger document, or convert it to OpenAPI 3 by hand.',
  ),
  SPEC_LOAD_FAILED: define(
    'SPEC_LOAD_FAILED',
    'error',
    'Unexpected failure while loading the spec: {reason}',
    'Run again with --debug and report the stack trace if the spec looks valid.',
  ),
  SPEC_REF_REMOTE: define(
    'SPEC_REF_REMOTE',
    'error',
    '$ref "{ref}" points to a remote document ({document}); specloom does not fetch over the network{more}',
    'Download the document and refer to it by relative path, or map its URL prefix to a local copy with `load.mirrors` in specloom.config.ts.',
  ),
  SPEC_REF_SIBLING_IGNORED: define(
    'SPEC_REF_SIBLING_IGNORED',
    'warning',
    '"{key}" next to $ref is ignored: in {version} a $ref replaces the whole object ({count} {places})',
    'Remove the key, or move it into the referenced object; OpenAPI 3.1 is the version that honours summary/description (and schema keywords) beside $ref.',
  ),
  SPEC_PARAMETER_INVALID: define(
    'SPEC_PARAMETER_INVALID',
    'error',
    '{message}',
    'Fix the parameter as the message says; OpenAPI defines which fields each kind of parameter (path, query, header, cookie, body, formData) must have.',
  ),
  SCHEMA_ITEMS_TUPLE: define(
    'SCHEMA_ITEMS_TUPLE',
    'warning',
    '`items` is a list (tuple form), which {version} does not allow; it is read as {reading}',
    'Write `items: { ... }` (one schema for every element); for a real tuple use OpenAPI 3.1 and `prefixItems`.',
  ),
  SCHEMA_NULLABLE_WITHOUT_TYPE: define(
    'SCHEMA_NULLABLE_WITHOUT_TYPE',
    'warning',
    '{reason}',
    'In OpenAPI 3.0 write `nullable: true` beside a `type`; in 3.1 add "null" to `type` (`type: [string, "null"]`) or an `anyOf` branch `{ type: "null" }`.',
  ),
  SCHEMA_EXAMPLES_MISPLACED: define(
    'SCHEMA_EXAMPLES_MISPLACED',
    'warning',
    '{reason}',
    'Schemas take `example` (3.0) or `examples: [values]` (3.1); media types and parameters take `example: value` or `examples: { name: { value } }`.',
  ),
  SCHEMA_TYPE_FILE: define(
    'SCHEMA_TYPE_FILE',
    'warning',
    '`type: file` {reason}; it is read as `type: string, format: binary`',
    'In OpenAPI 3 describe a file as `type: string, format: binary` (or `contentMediaType` in 3.1) inside a multipart/form-data or binary request body.',
  ),
  SCHEMA_TYPE_UNKNOWN: define(
    'SCHEMA_TYPE_UNKNOWN',
    'error',
    '`type: {type}` is not a JSON Schema type{suggestion}',
    'Write one of `string`, `number`, `integer`, `boolean`, `array`, `object` or `null` (in OpenAPI 3.1, a list of them for a value of several types); a format such as `int64` or `date-time` goes in `format`.',
  ),
  SCHEMA_ARRAY_WITHOUT_ITEMS: define(
    'SCHEMA_ARRAY_WITHOUT_ITEMS',
    'warning',
    '`type: array` without `items`; its elements are read as any value',
    'Add `items` with the schema of the elements (OpenAPI 3.0 and Swagger 2.0 require it).',
  ),
  SCHEMA_REQUIRED_PROPERTY_UNKNOWN: define(
    'SCHEMA_REQUIRED_PROPERTY_UNKNOWN',
    'warning',
    'Property "{name}" is listed in `required` but not defined in `properties`',
    'Define the property, or remove it from `required` (a typo here makes every value invalid under additionalProperties: false).',
  ),
  // House lint rules.
  OPERATION_ID_MISSING: define(
    'OPERATION_ID_MISSING',
    'error',
    '{method} {path} has no operationId; add one (e.g. `{suggestion}`)',
    'Generated function and handler names come from operationId; write it so renames stay deliberate.',
  ),
  OPERATION_ID_NOT_CAMEL_CASE: define(
    'OPERATION_ID_NOT_CAMEL_CASE',
    'warning',
    'operationId "{operationId}" is not camelCase; rename it to "{suggestion}"',
    'operationIds become TypeScript identifiers; camelCase keeps them unchanged in generated code.',
  ),
  OPERATION_ID_DUPLICATE: define(
    'OPERATION_ID_DUPLICATE',
    'error',
    'operationId "{operationId}" is also used by {other}; make it unique',
    'Each operationId names one generated function; duplicates collide.',
  ),
  ERROR_RESPONSE_NOT_PROBLEM: define(
    'ERROR_RESPONSE_NOT_PROBLEM',
    'error',
    '{method} {path} response {status}: {reason}',
    'Every 4xx/5xx response carries `application/problem+json` whose schema is the Problem component (RFC 9457).',
  ),
  SECURED_OPERATION_MISSING_401: define(
    'SECURED_OPERATION_MISSING_401',
    'error',
    '{method} {path} requires authentication but documents no 401 response; add `401` (problem+json)',
    'A secured operation can always answer 401; document it so clients and contract tests expect it.',
  ),
  EXAMPLE_INVALID: define(
    'EXAMPLE_INVALID',
    'error',
    'Example does not match its schema: {reason}',
    'Fix the example or the schema so they agree; examples feed mocks and contract tests.',
  ),
  PATH_PARAMETER_MISMATCH: define(
    'PATH_PARAMETER_MISMATCH',
    'error',
    '{method} {path}: {reason}',
    'Every `{name}` in the path template needs a matching `in: path` parameter, and vice versa.',
  ),
  COMPONENT_UNUSED: define(
    'COMPONENT_UNUSED',
    'warning',
    'Component {kind} "{name}" is never referenced; use it or remove it',
    'Unused components still become generated exports and confuse readers.',
  ),
  PAGINATION_INCONSISTENT: define(
    'PAGINATION_INCONSISTENT',
    'warning',
    '{method} {path}: {reason}',
    'List operations share one pagination convention so clients can page every list the same way.',
  ),
  // Generation: constructs an emitter degraded or names it had to change.
  ZOD_UNSUPPORTED_CONSTRUCT: define(
    'ZOD_UNSUPPORTED_CONSTRUCT',
    'warning',
    'Construct degraded in the zod output: {reason}',
    'The generated validator is looser than the schema here; express the rule with supported keywords if it matters.',
  ),
  SDK_PARAMETER_NAME_CLASH: define(
    'SDK_PARAMETER_NAME_CLASH',
    'warning',
    'Parameters share a name across locations: {reason}',
    'Rename one of the parameters, or call the operation through the raw client to give each its own value.',
  ),
  // Config file.
  CONFIG_NOT_FOUND: define(
    'CONFIG_NOT_FOUND',
    'error',
    'No config file found: {reason}',
    'Create specloom.config.ts (or pass the spec path on the command line).',
  ),
  CONFIG_INVALID: define(
    'CONFIG_INVALID',
    'error',
    '{path}: {reason}',
    'Fix the config value at the reported key.',
  ),
  CONFIG_LOAD_FAILED: define(
    'CONFIG_LOAD_FAILED',
    'error',
    'Cannot load the config file: {reason}',
    'Make sure the config file compiles and default-exports defineConfig({...}).',
  ),
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing parameter is noticed. */
export function formatTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * Builds a registered diagnostic.
 * @param code a code from `DIAGNOSTICS`
 * @param params values for the message template's placeholders
 * @param where the source location and/or bundled-document pointer, and an optional severity override
 */
export function createDiagnostic(
  code: DiagnosticCode,
  params: Record<string, string | number>,
  where: { location?: SourceLocation | undefined; pointer?: Pointer | undefined; severity?: Severity } = {},
): Diagnostic {
  const definition = DIAGNOSTICS[code];
  return {
    code,
    severity: where.severity ?? definition.severity,
    message: formatTemplate(definition.message, params),
    ...(where.location ? { location: where.location } : {}),
    ...(where.pointer !== undefined ? { pointer: where.pointer } : {}),
  };
}
