import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import { wordError } from './schema-messages.js';
import type { JsonSchema, SpecModel } from './specloom.js';

const DOCUMENT_ID = 'urn:specloom:response-components';

export interface SchemaError {
  /** JSONPath of the failing node, e.g. `$.items[0].id`. */
  jsonPath: string;
  /** The JSON Schema keyword that failed: `required`, `type`, `oneOf`, ... */
  keyword: string;
  /**
   * Where that keyword is: a component's pointer (`#/components/schemas/User/required`) when it is
   * in one, else a pointer into the schema that was validated (`#/properties/age/minimum`).
   */
  schemaPath: string;
  /** What is wrong with the value, to follow its place: `is missing`, `is a string ("12")`. */
  problem: string;
  /** What the schema says, to follow the schema's name: `requires it`, `says it must be an integer`. */
  rule: string;
  /** A plain sentence: `$.nickname is missing; the schema requires it`. Checks word their own with `describeSchemaError`. */
  message: string;
  /** Only the failing keyword and its value (or a digest), e.g. `required: ["id","nickname"]`. */
  schema: string;
}

/**
 * One sentence for a schema error: where, what is wrong, and what the
 * schema (named by `subject`, e.g. "the response schema of 200") says.
 * `place` replaces the JSONPath of the root (e.g. "response header X-Total").
 */
export function describeSchemaError(error: SchemaError, subject: string, place?: string): string {
  const where = error.jsonPath === '$' ? (place ?? 'the body') : error.jsonPath;
  return `${where} ${error.problem}; ${subject} ${error.rule}`;
}

/**
 * Validates response bodies against the spec's (normalized, OAS 3.1)
 * schemas. Components are registered once; each distinct schema is compiled
 * once and cached, so validation per response is a function call.
 */
export class ResponseValidator {
  private readonly ajv: Ajv2020;
  private readonly cache = new Map<JsonSchema, ValidateFunction>();
  private readonly direction: Direction;

  /**
   * `response` (the default) exempts required writeOnly properties;
   * `request` exempts required readOnly ones; `parameter` validates the
   * text a server reads from the wire, coercing it as servers do (`"5"` to
   * 5, a single value to a one-item array).
   */
  constructor(spec: SpecModel, direction: Direction = 'response') {
    this.direction = direction;
    this.ajv = new Ajv2020({
      strict: false,
      allErrors: true,
      logger: false,
      validateFormats: true,
      verbose: true,
      ...(direction === 'parameter' ? { coerceTypes: 'array' as const } : {}),
    });
    // ajv-formats is CommonJS: under NodeNext its callable is the `default` of the namespace.
    (formatsPlugin as unknown as { default: (ajv: Ajv2020) => void }).default(this.ajv);
    // OAS format registry names that carry no checkable constraint on a JSON string.
    for (const format of ['binary', 'password', 'byte-stream', 'html', 'markdown']) {
      if (!this.ajv.formats[format]) this.ajv.addFormat(format, true);
    }
    const schemas = Object.fromEntries(
      spec.schemas.map((named) => [named.name, forDirection(rewriteRefs(named.schema), direction)]),
    );
    this.ajv.addSchema({ $id: DOCUMENT_ID, components: { schemas } });
  }

  /** Errors of `value` against `schema`, empty when valid. */
  validate(schema: JsonSchema, value: unknown): SchemaError[] {
    let validate = this.cache.get(schema);
    if (!validate) {
      try {
        validate = this.ajv.compile(forDirection(rewriteRefs(schema), this.direction) as object);
      } catch {
        // A schema ajv cannot compile (e.g. an unsupported regex dialect) cannot produce findings.
        validate = Object.assign(() => true, { errors: null }) as unknown as ValidateFunction;
      }
      this.cache.set(schema, validate);
    }
    // Coercion rewrites the value in place, so parameters are validated on a copy.
    const subject = this.direction === 'parameter' ? structuredClone(value) : value;
    if (validate(subject) === true) return [];
    return withoutBranchErrors(validate.errors ?? []).map(toSchemaError);
  }
}

/** Keywords whose failure Ajv explains with its sub-schemas' errors as well. */
const UMBRELLAS = new Set(['oneOf', 'anyOf', 'propertyNames', 'contains']);

/**
 * With `allErrors`, a failed `oneOf` also lists why each alternative failed
 * ("must be string", "must be integer"): each alone would claim the value
 * must be that alternative. Only the umbrella error is kept. Branch errors
 * come before their umbrella, at or below its instance, and either lie
 * under its schema path or in a referenced schema (`oneOf: [{$ref}]`).
 * Likewise a failed `if` is told by its `then`/`else` errors alone.
 */
function withoutBranchErrors(errors: ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  errors.forEach((umbrella, index) => {
    if (!UMBRELLAS.has(umbrella.keyword)) return;
    const parentPath = umbrella.schemaPath.slice(0, -`/${umbrella.keyword}`.length);
    for (const branch of errors.slice(0, index)) {
      const below =
        branch.instancePath === umbrella.instancePath ||
        branch.instancePath.startsWith(`${umbrella.instancePath}/`);
      const inBranch =
        branch.schemaPath.startsWith(`${umbrella.schemaPath}/`) ||
        !branch.schemaPath.startsWith(`${parentPath}/`);
      if (below && inBranch) dropped.add(branch);
    }
  });
  for (const error of errors) {
    if (error.keyword !== 'if') continue;
    const parentPath = error.schemaPath.slice(0, -'/if'.length);
    const failing = String((error.params as { failingKeyword?: unknown }).failingKeyword);
    if (errors.some((other) => other.schemaPath.startsWith(`${parentPath}/${failing}/`))) dropped.add(error);
  }
  return errors.filter((error) => !dropped.has(error));
}

function toSchemaError(error: ErrorObject): SchemaError {
  const tokens =
    error.instancePath === ''
      ? []
      : error.instancePath
          .slice(1)
          .split('/')
          .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
  const params = error.params as Record<string, unknown>;
  // The member that is missing or unexpected is the place to name, not its parent object.
  if (
    (error.keyword === 'required' || error.keyword === 'dependentRequired') &&
    typeof params.missingProperty === 'string'
  )
    tokens.push(params.missingProperty);
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string')
    tokens.push(params.additionalProperty);
  if (error.keyword === 'unevaluatedProperties' && typeof params.unevaluatedProperty === 'string')
    tokens.push(params.unevaluatedProperty);
  const jsonPath = `$${tokens.map((token) => (/^\d+$/.test(token) ? `[${token}]` : /^[A-Za-z_$][\w$]*$/.test(token) ? `.${token}` : `[${JSON.stringify(token)}]`)).join('')}`;
  const wording = wordError(error);
  const draft = { jsonPath, problem: wording.problem, rule: wording.rule };
  return {
    jsonPath,
    keyword: error.keyword,
    schemaPath: error.schemaPath.replace(DOCUMENT_ID, ''),
    problem: wording.problem,
    rule: wording.rule,
    message: describeSchemaError(draft as SchemaError, 'the schema'),
    schema: wording.excerpt.replaceAll(DOCUMENT_ID, ''),
  };
}

/** Points component references at the registered components document. */
function rewriteRefs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rewriteRefs);
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#/')
        ? `${DOCUMENT_ID}${value}`
        : rewriteRefs(value),
    ]),
  );
}

export type Direction = 'request' | 'response' | 'parameter';

/**
 * OAS 3.1 §4.8.24 (readOnly/writeOnly): a required writeOnly property is
 * required in requests only, so responses may omit it; a required readOnly
 * property is required in responses only.
 */
function forDirection(schema: unknown, direction: Direction): unknown {
  if (Array.isArray(schema)) return schema.map((entry) => forDirection(entry, direction));
  if (schema === null || typeof schema !== 'object') return schema;
  const object = schema as Record<string, unknown>;
  const result = Object.fromEntries(
    Object.entries(object).map(([key, value]) => [
      key,
      key === 'enum' || key === 'const' || key === 'examples' || key === 'default'
        ? value
        : forDirection(value, direction),
    ]),
  );
  const properties = object.properties as
    | Record<string, { writeOnly?: boolean; readOnly?: boolean }>
    | undefined;
  if (Array.isArray(object.required) && properties) {
    const exempt = direction === 'response' ? 'writeOnly' : 'readOnly';
    result.required = object.required.filter((name) => properties[name]?.[exempt] !== true);
  }
  return result;
}
