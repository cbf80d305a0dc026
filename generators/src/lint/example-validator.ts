import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { JsonSchema, JsonSchemaObject, SpecModel } from '../model/types.js';

/**
 * Which side of the wire an example stands on. OAS 3.x §4.8.24 (readOnly /
 * writeOnly): a readOnly property is not sent in requests, a writeOnly one is
 * not returned in responses, so neither is required there.
 */
export type Direction = 'request' | 'response' | 'any';

// CommonJS default export seen through ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as typeof addFormatsModule.default;

/** Each component schema is registered as its own resource: `${SCHEMA_BASE}/<name>`. */
const SCHEMA_BASE = 'https://specloom.invalid/schemas';
const LOCAL_SCHEMA_REF = '#/components/schemas/';

/**
 * Validates example values against schemas of one spec, with OAS semantics.
 * Component schemas are registered once per direction and compiled lazily,
 * so large specs only pay for the schemas their examples use.
 */
export class ExampleValidator {
  private readonly instances = new Map<Direction, Ajv2020>();
  private readonly byFingerprint = new Map<string, Ajv2020>();
  /** Fast path: the same schema object (a shared media type or component) seen again. */
  private readonly bySchemaObject = new WeakMap<object, Map<Direction, ValidateFunction | undefined>>();
  private readonly instanceIds = new Map<Ajv2020, number>();
  private readonly cache = new Map<string, ValidateFunction | undefined>();

  constructor(private readonly model: SpecModel) {}

  /** Error text for the first problems of `value`, `undefined` when valid or when the schema cannot be compiled. */
  check(value: unknown, schema: JsonSchema, direction: Direction): string | undefined {
    const validate = this.compile(schema, direction);
    if (validate === undefined || validate(value)) return undefined;
    return describeErrors(validate.errors ?? []);
  }

  private compile(schema: JsonSchema, direction: Direction): ValidateFunction | undefined {
    const byObject = typeof schema === 'object' ? this.bySchemaObject.get(schema) : undefined;
    if (byObject?.has(direction)) return byObject.get(direction);
    const validate = this.compileDistinct(schema, direction);
    if (typeof schema === 'object')
      this.bySchemaObject.set(schema, (byObject ?? new Map()).set(direction, validate));
    return validate;
  }

  private compileDistinct(schema: JsonSchema, direction: Direction): ValidateFunction | undefined {
    const ajv = this.instance(direction);
    const prepared = prepare(schema, direction);
    // Many examples share a schema (usually a bare `$ref`); compile each distinct one once per instance.
    const key = `${this.instanceIds.get(ajv)}:${JSON.stringify(prepared)}`;
    if (this.cache.has(key)) return this.cache.get(key);
    let validate: ValidateFunction | undefined;
    try {
      validate = ajv.compile(prepared as object);
    } catch {
      // A schema Ajv cannot compile (e.g. an invalid regex) is not the example's fault.
      validate = undefined;
    }
    this.cache.set(key, validate);
    return validate;
  }

  private instance(direction: Direction): Ajv2020 {
    const existing = this.instances.get(direction);
    if (existing) return existing;
    const components = this.model.schemas.map((entry) => ({
      name: entry.name,
      schema: prepare(entry.schema, direction),
    }));
    // Most schemas carry no readOnly/writeOnly: when two directions prepare the same components,
    // they share one instance and so one set of compiled functions.
    const fingerprint = JSON.stringify(components);
    let ajv = this.byFingerprint.get(fingerprint);
    if (ajv === undefined) {
      // Refs compiled once each (not inlined into every referrer): large specs share schemas heavily.
      // The spec's schemas were validated with the document; skip Ajv's meta-schema pass over each one.
      ajv = new Ajv2020({
        strict: false,
        allErrors: true,
        logger: false,
        validateFormats: true,
        validateSchema: false,
        inlineRefs: false,
        code: { optimize: false },
      });
      addFormats(ajv);
      // One resource per component, so Ajv compiles each once however many schemas refer to it
      // (fragments of a single big resource would be recompiled for every top-level compile).
      for (const { name, schema } of components) {
        const body = typeof schema === 'boolean' ? (schema ? {} : { not: {} }) : schema;
        ajv.addSchema({ ...body, $id: `${SCHEMA_BASE}/${encodeURIComponent(name)}` });
      }
      this.byFingerprint.set(fingerprint, ajv);
      this.instanceIds.set(ajv, this.instanceIds.size);
    }
    this.instances.set(direction, ajv);
    return ajv;
  }
}

/**
 * Copies a schema for validation: drops properties that are not required in
 * this direction from `required`, and points `#/components/schemas/X` refs at
 * the registered resource of X.
 */
function prepare(schema: JsonSchema, direction: Direction): JsonSchema {
  const markers: ('readOnly' | 'writeOnly')[] =
    direction === 'request'
      ? ['readOnly']
      : direction === 'response'
        ? ['writeOnly']
        : ['readOnly', 'writeOnly'];
  const walkMap = (map: unknown): unknown =>
    map !== null && typeof map === 'object' && !Array.isArray(map)
      ? Object.fromEntries(Object.entries(map).map(([name, value]) => [name, walk(value)]))
      : map;
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const source = node as JsonSchemaObject;
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(source)) {
      if (DATA_KEYS.has(key)) copy[key] = value;
      else if (SCHEMA_MAP_KEYS.has(key)) copy[key] = walkMap(value);
      else if (key === '$ref' && typeof value === 'string' && value.startsWith(LOCAL_SCHEMA_REF))
        copy[key] = resourceRef(value);
      else copy[key] = walk(value);
    }
    if (Array.isArray(source.required) && source.properties) {
      copy.required = source.required.filter(
        (name) => !markers.some((marker) => isMarked(source.properties?.[name], marker)),
      );
    }
    return copy;
  };
  return walk(schema) as JsonSchema;
}

/** Keywords whose values are data, not schemas. */
const DATA_KEYS = new Set(['examples', 'example', 'default', 'enum', 'const', 'required']);
/** Keywords whose values map names to schemas (a property may be called `examples`). */
const SCHEMA_MAP_KEYS = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
]);

/** `#/components/schemas/A~1B/properties/x` -> `<base>/A%2FB#/properties/x`. */
function resourceRef(ref: string): string {
  const rest = ref.slice(LOCAL_SCHEMA_REF.length);
  const slash = rest.indexOf('/');
  const token = (slash === -1 ? rest : rest.slice(0, slash)).replace(/~1/g, '/').replace(/~0/g, '~');
  return `${SCHEMA_BASE}/${encodeURIComponent(token)}${slash === -1 ? '' : `#${rest.slice(slash)}`}`;
}

/** True when the property schema (or the `allOf`/`anyOf` it is built from) carries the marker. */
function isMarked(schema: JsonSchema | undefined, marker: 'readOnly' | 'writeOnly'): boolean {
  if (schema === undefined || typeof schema === 'boolean') return false;
  if (schema[marker] === true) return true;
  return [...(schema.allOf ?? []), ...(schema.anyOf ?? [])].some(
    (member) => typeof member !== 'boolean' && member[marker] === true,
  );
}

function describeErrors(errors: ErrorObject[]): string {
  const shown = errors.slice(0, 3).map((error) => {
    const where = error.instancePath === '' ? 'value' : error.instancePath;
    const params = error.params as Record<string, unknown>;
    if (error.keyword === 'additionalProperties')
      return `${where} has unexpected property "${String(params.additionalProperty)}"`;
    if (error.keyword === 'enum')
      return `${where} must be one of ${(params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')}`;
    return `${where} ${error.message ?? 'is invalid'}`;
  });
  const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
  return `${shown.join('; ')}${more}`;
}
