import type { JsonSchema, OperationModel } from '../model/types.js';
import { flatten, type SchemaScope } from '../sampling/index.js';
import type { PrismDiagnostic } from './prism.js';

/** RFC 9457 problem details plus the per-field `errors` extension. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  request_id: string;
  errors?: FieldError[];
}

export interface FieldError {
  /** JSON Pointer into the body (`/title`) or `location/name` for a parameter (`query/limit`). */
  path: string;
  message: string;
  code: string;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  500: 'Internal Server Error',
  501: 'Not Implemented',
};

/** Stable codes for JSON Schema keywords, so clients can branch without parsing messages. */
const KEYWORD_CODES: Record<string, string> = {
  minLength: 'too_small',
  minimum: 'too_small',
  exclusiveMinimum: 'too_small',
  minItems: 'too_small',
  minProperties: 'too_small',
  maxLength: 'too_big',
  maximum: 'too_big',
  exclusiveMaximum: 'too_big',
  maxItems: 'too_big',
  maxProperties: 'too_big',
  type: 'invalid_type',
  required: 'required',
  enum: 'invalid_enum_value',
  const: 'invalid_literal',
  format: 'invalid_format',
  pattern: 'invalid_string',
  multipleOf: 'not_multiple_of',
  additionalProperties: 'unrecognized_keys',
  uniqueItems: 'not_unique',
  oneOf: 'invalid_union',
  anyOf: 'invalid_union',
};

/** `errors[]` entries for Prism's input findings: one per failing field, security findings excluded. */
export function fieldErrors(diagnostics: PrismDiagnostic[]): FieldError[] {
  return diagnostics
    .filter((diagnostic) => diagnostic.severity === 0 && diagnostic.code !== 401 && diagnostic.code !== 403)
    .map(toFieldError);
}

function toFieldError(diagnostic: PrismDiagnostic): FieldError {
  const [location, ...rest] = (diagnostic.path ?? []).map(String);
  const keyword = String(diagnostic.code ?? 'invalid');
  const segments = [...rest];
  // ajv reports a missing property on its parent object; the field itself is what the client must fix.
  const missing = keyword === 'required' ? /property '([^']+)'/.exec(diagnostic.message)?.[1] : undefined;
  if (missing !== undefined && location === 'body') segments.push(missing);
  const path =
    location === 'body' || location === undefined
      ? `/${segments.map((segment) => segment.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`
      : `${location}/${missing ?? segments.join('.')}`;
  return { path, message: diagnostic.message, code: KEYWORD_CODES[keyword] ?? keyword };
}

export interface ProblemInput {
  status: number;
  detail: string;
  instance: string;
  requestId: string;
  errors?: FieldError[];
  /** A documented example of this error; its `type` and `title` are reused so the mock speaks the API's vocabulary. */
  example?: unknown;
}

/** Builds a problem document; `type`/`title` come from the documented example when there is one. */
export function buildProblem(input: ProblemInput): Problem {
  const example = isRecord(input.example) ? input.example : {};
  const problem: Problem = {
    type: typeof example.type === 'string' ? example.type : 'about:blank',
    title: typeof example.title === 'string' ? example.title : (TITLES[input.status] ?? 'Error'),
    status: input.status,
    detail: input.detail,
    instance: input.instance,
    request_id: input.requestId,
  };
  if (input.errors && input.errors.length > 0) problem.errors = input.errors;
  return problem;
}

/**
 * Drops members the documented error schema does not declare when that schema
 * forbids extra properties, so the body keeps the spec's own shape.
 */
export function fitToSchema(problem: Problem, schema: JsonSchema | undefined, scope: SchemaScope): object {
  if (schema === undefined) return problem;
  const flat = flatten(schema, scope);
  if (flat.additionalProperties !== false || flat.properties === undefined) return problem;
  const declared = new Set(Object.keys(flat.properties));
  return Object.fromEntries(Object.entries(problem).filter(([key]) => declared.has(key)));
}

/** The documented error response of an operation for a status: exact code, else `4XX`/`5XX`, else `default`. */
export function documentedError(operation: OperationModel | undefined, status: number) {
  if (operation === undefined) return undefined;
  const range = `${String(status)[0]}XX`;
  const response =
    operation.responses.find((candidate) => candidate.status === String(status)) ??
    operation.responses.find((candidate) => candidate.status.toUpperCase() === range) ??
    operation.responses.find((candidate) => candidate.status === 'default');
  const media = response?.content[0];
  return media === undefined
    ? undefined
    : { mediaType: media.mediaType, schema: media.schema, example: media.examples[0]?.value };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
