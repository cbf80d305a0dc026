import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import type { JsonSchema, SpecModel } from './specloom.js';

const DOCUMENT_ID = 'urn:specloom:response-components';

export interface SchemaError {
  /** JSONPath of the failing node, e.g. `$.items[0].id`. */
  jsonPath: string;
  message: string;
  /** The schema fragment that failed (the keyword's parent schema), as compact JSON. */
  schema?: string;
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
    return (validate.errors ?? []).map(toSchemaError);
  }
}

function toSchemaError(error: ErrorObject): SchemaError {
  const tokens =
    error.instancePath === ''
      ? []
      : error.instancePath
          .slice(1)
          .split('/')
          .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'required' && typeof error.params.missingProperty === 'string')
    tokens.push(error.params.missingProperty);
  if (error.keyword === 'additionalProperties' && typeof error.params.additionalProperty === 'string')
    tokens.push(error.params.additionalProperty);
  const jsonPath = `$${tokens.map((token) => (/^\d+$/.test(token) ? `[${token}]` : /^[A-Za-z_$][\w$]*$/.test(token) ? `.${token}` : `[${JSON.stringify(token)}]`)).join('')}`;
  const fragment = error.parentSchema === undefined ? undefined : compactSchema(error.parentSchema);
  return {
    jsonPath,
    message: `${error.keyword}: ${error.message ?? 'invalid'}`,
    ...(fragment ? { schema: fragment } : {}),
  };
}

/** A schema fragment short enough for a finding line; references keep their component name. */
function compactSchema(schema: unknown): string | undefined {
  const text = JSON.stringify(schema, (key, value) =>
    key === '$ref' && typeof value === 'string' ? value.replace(`${DOCUMENT_ID}#`, '#') : value,
  );
  if (text === undefined) return undefined;
  return text.length > 240 ? `${text.slice(0, 240)}…` : text;
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
