import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { JsonSchema, NamedSchema } from '../../model/types.js';

// CommonJS default export seen through ESM (and through bundlers, which give the function itself).
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as typeof addFormatsModule.default;

/** Which side of the wire a value stands on (OAS 3.1 §4.8.24: readOnly is never sent, writeOnly never returned). */
export type Direction = 'request' | 'response';

/** One failing value, located by a JSON Pointer into the validated value (`/tags/0`). */
export interface SchemaIssue {
  pointer: string;
  keyword: string;
  message: string;
}

const BASE = 'urn:specloom:mock:';
const LOCAL = '#/components/schemas/';

/**
 * Compiled validators for one spec, one Ajv instance per direction. Nothing is
 * compiled up front: the first request to an operation compiles its schemas and
 * registers only the components they reach, so start-up and the first answer
 * cost little on specs with thousands of schemas (GitHub's, Stripe's).
 */
export class SchemaValidators {
  private readonly instances = new Map<Direction, Ajv2020>();
  private readonly compiled = new Map<Direction, WeakMap<object, ValidateFunction | null>>();
  private readonly registered = new Map<Direction, Set<string>>();
  private readonly byName: Map<string, JsonSchema>;

  constructor(schemas: NamedSchema[]) {
    this.byName = new Map(schemas.map((named) => [named.name, named.schema]));
  }

  /** The issues of `value` against `schema`, empty when valid or when the schema cannot be compiled. */
  issues(schema: JsonSchema | undefined, value: unknown, direction: Direction): SchemaIssue[] {
    if (schema === undefined || schema === true) return [];
    const validate = this.compile(schema, direction);
    if (validate === null || validate(value)) return [];
    return (validate.errors ?? []).map(toIssue);
  }

  /** Whether `value` satisfies `schema` (true when the schema cannot be compiled: nothing to hold it to). */
  valid(schema: JsonSchema | undefined, value: unknown, direction: Direction): boolean {
    if (schema === undefined || schema === true) return true;
    const validate = this.compile(schema, direction);
    return validate === null || validate(value) === true;
  }

  private compile(schema: JsonSchema, direction: Direction): ValidateFunction | null {
    if (typeof schema === 'boolean') return schema ? null : ((() => false) as unknown as ValidateFunction);
    let cache = this.compiled.get(direction);
    if (!cache) {
      cache = new WeakMap();
      this.compiled.set(direction, cache);
    }
    const hit = cache.get(schema);
    if (hit !== undefined) return hit;
    let validate: ValidateFunction | null;
    try {
      const ajv = this.instance(direction);
      this.registerReached(ajv, schema, direction);
      validate = ajv.compile(prepare(schema, direction) as object);
    } catch {
      // A schema Ajv cannot compile (an unsupported regex dialect, a broken $ref) constrains nothing we can check.
      validate = null;
    }
    cache.set(schema, validate);
    return validate;
  }

  private instance(direction: Direction): Ajv2020 {
    const existing = this.instances.get(direction);
    if (existing) return existing;
    const ajv = new Ajv2020({
      strict: false,
      // Requests report every failing field; responses only need a yes or no, which compiles to less code.
      allErrors: direction === 'request',
      // Each component compiles once as its own function instead of being inlined at every use:
      // specs like Stripe's reference the same large schemas from hundreds of places.
      inlineRefs: false,
      logger: false,
      // The schemas come from a spec that was loaded (and, with --validate or `specloom check`,
      // validated) already: checking each against the meta-schema again doubled the first answer's cost.
      validateSchema: false,
      // Ajv's optimizing pass over the generated code took a third of compiling Stripe's large
      // schemas, which the first request to an operation waits for; the code runs fast enough without.
      code: { optimize: false },
      validateFormats: true,
      // Specs use formats Ajv does not know (int32, float, ...): unknown formats constrain nothing.
      unknownFormats: true,
    } as ConstructorParameters<typeof Ajv2020>[0]);
    addFormats(ajv);
    for (const format of [
      'binary',
      'password',
      'byte-stream',
      'html',
      'markdown',
      'int32',
      'int64',
      'float',
      'double',
    ]) {
      if (!ajv.formats[format]) ajv.addFormat(format, true);
    }
    this.instances.set(direction, ajv);
    return ajv;
  }

  /** Registers every component `schema` reaches through local `$ref`s that is not registered yet. */
  private registerReached(ajv: Ajv2020, schema: unknown, direction: Direction): void {
    let done = this.registered.get(direction);
    if (!done) {
      done = new Set();
      this.registered.set(direction, done);
    }
    const pending = [schema];
    while (pending.length > 0) {
      const node = pending.pop();
      if (node === null || typeof node !== 'object') continue;
      if (Array.isArray(node)) {
        pending.push(...node);
        continue;
      }
      for (const [key, value] of Object.entries(node)) {
        if (key === 'enum' || key === 'const' || key === 'examples' || key === 'default' || key === 'example')
          continue;
        if (key !== '$ref' || typeof value !== 'string') {
          if (value !== null && typeof value === 'object') pending.push(value);
          continue;
        }
        if (!value.startsWith(LOCAL)) continue;
        const name = decodeToken(value.slice(LOCAL.length));
        const component = this.byName.get(name);
        if (done.has(name) || component === undefined) continue;
        done.add(name);
        try {
          ajv.addSchema(
            prepare(component, direction) as object,
            `${BASE}${direction}:${encodeURIComponent(name)}`,
          );
        } catch {
          // A component Ajv refuses is skipped; references to it then fail to compile and validate nothing.
        }
        pending.push(component);
      }
    }
  }
}

/**
 * Points component `$ref`s at the registered resources and drops requirements
 * that do not apply in this direction: a required readOnly property is not
 * sent, a required writeOnly one is not returned.
 */
function prepare(schema: unknown, direction: Direction): unknown {
  if (Array.isArray(schema)) return schema.map((item) => prepare(item, direction));
  if (schema === null || typeof schema !== 'object') return schema;
  const object = schema as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    if (key === 'enum' || key === 'const' || key === 'examples' || key === 'default' || key === 'example') {
      result[key] = value;
    } else if (key === '$ref' && typeof value === 'string') {
      result[key] = value.startsWith(LOCAL)
        ? `${BASE}${direction}:${encodeURIComponent(decodeToken(value.slice(LOCAL.length)))}`
        : value;
    } else if (key === 'discriminator') {
    } else {
      result[key] = prepare(value, direction);
    }
  }
  const properties = object.properties as
    | Record<string, { readOnly?: boolean; writeOnly?: boolean }>
    | undefined;
  if (Array.isArray(object.required) && properties) {
    const skip = direction === 'request' ? 'readOnly' : 'writeOnly';
    result.required = (object.required as string[]).filter((name) => properties[name]?.[skip] !== true);
  }
  return result;
}

function decodeToken(token: string): string {
  return decodeURIComponent(token).replaceAll('~1', '/').replaceAll('~0', '~');
}

function toIssue(error: ErrorObject): SchemaIssue {
  let pointer = error.instancePath;
  if (error.keyword === 'required' && typeof error.params.missingProperty === 'string')
    pointer += `/${escapeToken(error.params.missingProperty)}`;
  if (error.keyword === 'additionalProperties' && typeof error.params.additionalProperty === 'string')
    pointer += `/${escapeToken(error.params.additionalProperty)}`;
  return { pointer, keyword: error.keyword, message: describe(error) };
}

function escapeToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** A sentence a person reads, not Ajv's wording. */
function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'This field is required.';
    case 'type':
      return `Must be ${article(String(params.type).replaceAll(',', ' or '))}.`;
    case 'minLength':
      return `Must be at least ${params.limit} characters long.`;
    case 'maxLength':
      return `Must be at most ${params.limit} characters long.`;
    case 'minimum':
    case 'exclusiveMinimum':
      return `Must be ${params.comparison === '>' ? 'greater than' : 'at least'} ${params.limit}.`;
    case 'maximum':
    case 'exclusiveMaximum':
      return `Must be ${params.comparison === '<' ? 'less than' : 'at most'} ${params.limit}.`;
    case 'multipleOf':
      return `Must be a multiple of ${params.multipleOf}.`;
    case 'minItems':
      return `Must have at least ${params.limit} items.`;
    case 'maxItems':
      return `Must have at most ${params.limit} items.`;
    case 'uniqueItems':
      return 'Items must be unique.';
    case 'minProperties':
      return `Must have at least ${params.limit} members.`;
    case 'maxProperties':
      return `Must have at most ${params.limit} members.`;
    case 'enum':
      return `Must be one of: ${((params.allowedValues as unknown[]) ?? []).map((value) => JSON.stringify(value)).join(', ')}.`;
    case 'const':
      return `Must be ${JSON.stringify(params.allowedValue)}.`;
    case 'format':
      return `Must be a valid ${params.format}.`;
    case 'pattern':
      return `Must match the pattern ${params.pattern}.`;
    case 'additionalProperties':
      return 'This field is not allowed here.';
    case 'oneOf':
    case 'anyOf':
      return 'Does not match any of the allowed shapes.';
    case 'not':
      return 'Is a value that is not allowed here.';
    default:
      return 'Is not valid here.';
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** Stable codes for the JSON Schema keyword a value broke, so clients can branch without parsing messages. */
export const KEYWORD_CODES: Readonly<Record<string, string>> = {
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
