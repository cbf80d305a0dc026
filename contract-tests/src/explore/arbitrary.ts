import fc from 'fast-check';
import {
  flatten,
  type JsonSchema,
  type JsonSchemaObject,
  KNOWN_STRING_FORMATS,
  sampleValid,
} from '../specloom.js';

/** Where a value travels: header and path values must survive the wire unchanged. */
export type ValuePlace = 'body' | 'query' | 'header' | 'cookie' | 'path';

export interface ArbitraryScope {
  document: Record<string, unknown>;
  place: ValuePlace;
  /** Formats met that the generator cannot satisfy (filled while building). */
  unsatisfiable: Set<string>;
}

const MAX_DEPTH = 4;

/**
 * A fast-check arbitrary for the values `schema` accepts in a request:
 * types, enum/const, numeric and length bounds, patterns (via
 * `fc.stringMatching`), formats (the seeded sampler's generators, string-encoded
 * numbers included), arrays with unique items, objects with optional members
 * that shrink to "omitted", `oneOf`/`anyOf` alternatives, readOnly members left
 * out. It over-approximates: callers validate each value against the schema and
 * drop the ones it refuses, so every value sent as valid is valid.
 */
export function schemaArbitrary(
  schema: JsonSchema | undefined,
  scope: ArbitraryScope,
  depth = 0,
): fc.Arbitrary<unknown> {
  const flat = flatten(schema, scope);
  const alternatives = flat.oneOf ?? flat.anyOf;
  if (alternatives && alternatives.length > 0 && depth < MAX_DEPTH) {
    return fc.oneof(
      ...alternatives.map((_, index) => schemaArbitrary(alternativeSchema(flat, index), scope, depth + 1)),
    );
  }
  if (flat.const !== undefined) return fc.constant(flat.const);
  if (flat.enum && flat.enum.length > 0) {
    const nonNull = flat.enum.filter((value) => value !== null);
    return fc.constantFrom(...(nonNull.length > 0 ? nonNull : flat.enum));
  }
  const types = typesOf(flat);
  const nonNull = types.filter((type) => type !== 'null');
  const arbitraries = nonNull.map((type) => typeArbitrary(type, flat, scope, depth));
  if (arbitraries.length === 0)
    return types.includes('null') ? fc.constant(null) : stringArbitrary(flat, scope);
  const value =
    arbitraries.length === 1 ? (arbitraries[0] as fc.Arbitrary<unknown>) : fc.oneof(...arbitraries);
  // A nullable value is null now and then (JSON Schema: `type: [x, "null"]`).
  return types.includes('null')
    ? fc.oneof({ arbitrary: value, weight: 5 }, { arbitrary: fc.constant(null), weight: 1 })
    : value;
}

/**
 * Alternative `index` of a `oneOf`/`anyOf`, merged with the keywords beside it;
 * a discriminator's property is pinned to the alternative's tag (OAS 3.1 §4.8.25).
 */
export function alternativeSchema(flat: JsonSchemaObject, index: number): JsonSchema {
  const { oneOf, anyOf, discriminator, ...siblings } = flat;
  const alternative = (oneOf ?? anyOf ?? [])[index] ?? {};
  const members: JsonSchema[] = [siblings, alternative];
  const ref = typeof alternative === 'object' ? alternative.$ref : undefined;
  if (discriminator && typeof ref === 'string') {
    const mapped = Object.entries(discriminator.mapping ?? {}).find(
      ([, target]) => target === ref || target.endsWith(`/${ref.split('/').pop()}`),
    );
    const tag = mapped?.[0] ?? ref.split('/').pop();
    if (tag !== undefined) members.push({ properties: { [discriminator.propertyName]: { const: tag } } });
  }
  return { allOf: members };
}

function typesOf(flat: JsonSchemaObject): string[] {
  if (flat.type !== undefined) return Array.isArray(flat.type) ? flat.type : [flat.type];
  if (flat.properties || flat.required || flat.additionalProperties !== undefined) return ['object'];
  if (flat.items !== undefined || flat.prefixItems) return ['array'];
  if (flat.minimum !== undefined || flat.maximum !== undefined || flat.multipleOf !== undefined)
    return ['number'];
  return ['string'];
}

function typeArbitrary(
  type: string,
  flat: JsonSchemaObject,
  scope: ArbitraryScope,
  depth: number,
): fc.Arbitrary<unknown> {
  switch (type) {
    case 'integer':
      return integerArbitrary(flat);
    case 'number':
      return numberArbitrary(flat);
    case 'boolean':
      return fc.boolean();
    case 'array':
      return arrayArbitrary(flat, scope, depth);
    case 'object':
      return objectArbitrary(flat, scope, depth);
    default:
      return stringArbitrary(flat, scope);
  }
}

/** Integer bounds as the schema states them, else the 32-bit range (or the safe range for int64). */
function integerRange(flat: JsonSchemaObject): { min: number; max: number } {
  const wide = flat.format === 'int64' || flat.format === 'uint64';
  let min = flat.minimum ?? (wide ? Number.MIN_SAFE_INTEGER : -(2 ** 31));
  let max = flat.maximum ?? (wide ? Number.MAX_SAFE_INTEGER : 2 ** 31 - 1);
  if (flat.exclusiveMinimum !== undefined) min = Math.max(min, Math.floor(flat.exclusiveMinimum) + 1);
  if (flat.exclusiveMaximum !== undefined) max = Math.min(max, Math.ceil(flat.exclusiveMaximum) - 1);
  // fast-check draws integers within the safe range only (JSON numbers past 2^53 lose precision anyway).
  const clamp = (value: number) =>
    Math.min(Number.MAX_SAFE_INTEGER, Math.max(Number.MIN_SAFE_INTEGER, value));
  return { min: clamp(Math.ceil(min)), max: clamp(Math.floor(max)) };
}

function integerArbitrary(flat: JsonSchemaObject): fc.Arbitrary<number> {
  const { min, max } = integerRange(flat);
  if (max < min) return fc.constant(min);
  const step = flat.multipleOf;
  if (step !== undefined && step > 0) {
    const first = Math.max(Number.MIN_SAFE_INTEGER, Math.ceil(min / step));
    const last = Math.min(Number.MAX_SAFE_INTEGER, Math.floor(max / step));
    return fc.integer({ min: first, max: Math.max(first, last) }).map((n) => n * step);
  }
  return fc.integer({ min, max });
}

/** Numbers with at most three decimals: what a person would type, and what every parser reads back the same. */
function numberArbitrary(flat: JsonSchemaObject): fc.Arbitrary<number> {
  // Drawn in thousandths, within what fast-check's integers reach.
  const limit = 1e12;
  const low = Math.max(
    -limit,
    flat.minimum ?? flat.exclusiveMinimum ?? (flat.maximum ?? flat.exclusiveMaximum ?? 0) - 1e6,
  );
  const high = Math.min(limit, Math.max(low, flat.maximum ?? flat.exclusiveMaximum ?? low + 2e6));
  const step = flat.multipleOf;
  const inBounds = (value: number) =>
    (flat.minimum === undefined || value >= flat.minimum) &&
    (flat.maximum === undefined || value <= flat.maximum) &&
    (flat.exclusiveMinimum === undefined || value > flat.exclusiveMinimum) &&
    (flat.exclusiveMaximum === undefined || value < flat.exclusiveMaximum);
  if (step !== undefined && step > 0)
    return fc
      .integer({ min: Math.ceil(low / step), max: Math.max(Math.ceil(low / step), Math.floor(high / step)) })
      .map((n) => Number((n * step).toPrecision(12)))
      .filter(inBounds);
  const thousandths = fc
    .integer({ min: Math.ceil(low * 1000), max: Math.max(Math.ceil(low * 1000), Math.floor(high * 1000)) })
    .map((n) => n / 1000);
  return thousandths.filter(inBounds);
}

/** Characters a header or cookie value can carry unchanged: visible ASCII, no separators a cookie would split on. */
function wireSafe(place: ValuePlace): (text: string) => boolean {
  switch (place) {
    case 'header':
      return (text) => /^([\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?)?$/.test(text) && !text.includes(',');
    case 'cookie':
      return (text) => /^[\x21-\x7e]*$/.test(text) && !/[;,]/.test(text);
    case 'path':
      // An empty or dot segment changes which route matches (RFC 3986 §5.2.4 removes dot segments).
      return (text) =>
        text !== '' && text !== '.' && text !== '..' && !/[/\\,|\s]/.test(text) && wellFormed(text);
    case 'query':
      // Delimiters of the array styles (form, pipeDelimited, spaceDelimited) would split one item in two.
      return (text) => !/[,|\s]/.test(text) && wellFormed(text);
    default:
      return (text) => wellFormed(text);
  }
}

function stringArbitrary(flat: JsonSchemaObject, scope: ArbitraryScope): fc.Arbitrary<string> {
  const minLength = flat.minLength ?? 0;
  const maxLength = flat.maxLength ?? Math.max(minLength, 24);
  const fits = (text: string) => [...text].length >= minLength && [...text].length <= maxLength;
  const safe = wireSafe(scope.place);
  if (flat.format !== undefined) {
    if (!KNOWN_STRING_FORMATS.has(flat.format)) scope.unsatisfiable.add(flat.format);
    else {
      // The seeded sampler knows how each format looks (string-encoded numbers and bytes included):
      // fast-check draws the seed, so values vary per example and replay exactly.
      const { format, pattern, minLength: low, maxLength: high } = flat;
      const shape: JsonSchemaObject = { type: 'string', format, ...(pattern ? { pattern } : {}) };
      if (low !== undefined) shape.minLength = low;
      if (high !== undefined) shape.maxLength = high;
      return fc
        .integer({ min: 0, max: 2 ** 31 - 1 })
        .map((seed) => String(sampleValid(shape, { document: scope.document, seed, direction: 'request' })))
        .filter(safe);
    }
  }
  if (flat.pattern !== undefined) {
    let regex: RegExp | undefined;
    try {
      regex = new RegExp(flat.pattern, 'u');
      // fast-check draws from the pattern alone: when its strings rarely fit the length bounds (an
      // ARN pattern with `{0,1023}` under `maxLength: 20`), filtering would retry without end, so a
      // miss takes the seeded sampler's value, which honours pattern and bounds together.
      // A pattern already bounds its strings: only declared lengths apply (an ARN never fits in 24).
      const declaredFit = (text: string) =>
        [...text].length >= minLength && [...text].length <= (flat.maxLength ?? Infinity);
      const shape: JsonSchemaObject = {
        type: 'string',
        pattern: flat.pattern,
        minLength,
        ...(flat.maxLength !== undefined ? { maxLength: flat.maxLength } : {}),
      };
      return fc
        .tuple(fc.stringMatching(regex), fc.integer({ min: 0, max: 2 ** 31 - 1 }))
        .map(([text, seed]) =>
          declaredFit(text) && safe(text)
            ? text
            : String(sampleValid(shape, { document: scope.document, seed, direction: 'request' })),
        );
    } catch {
      // A pattern fast-check cannot read: fall back to the seeded sampler (randexp).
      const shape: JsonSchemaObject = { type: 'string', pattern: flat.pattern, minLength, maxLength };
      return fc
        .integer({ min: 0, max: 2 ** 31 - 1 })
        .map((seed) => String(sampleValid(shape, { document: scope.document, seed, direction: 'request' })))
        .filter(safe);
    }
  }
  // Printable ASCII: varied enough to reach code, and what a person could type into a form.
  return fc
    .string({ minLength, maxLength, unit: 'grapheme-ascii' })
    .filter((text) => fits(text) && safe(text));
}

function arrayArbitrary(
  flat: JsonSchemaObject,
  scope: ArbitraryScope,
  depth: number,
): fc.Arbitrary<unknown[]> {
  // An empty array has no wire form in a parameter (`?ids=` is one empty item, or nothing at all).
  const minLength = Math.max(flat.minItems ?? 0, scope.place === 'body' ? 0 : 1);
  const maxLength = Math.max(minLength, Math.min(flat.maxItems ?? minLength + 4, minLength + 4));
  const item = depth >= MAX_DEPTH ? fc.constant(null) : schemaArbitrary(flat.items ?? {}, scope, depth + 1);
  if (flat.uniqueItems === true)
    return fc.uniqueArray(item, { minLength, maxLength, selector: (value) => JSON.stringify(value) });
  return fc.array(item, { minLength, maxLength });
}

function objectArbitrary(
  flat: JsonSchemaObject,
  scope: ArbitraryScope,
  depth: number,
): fc.Arbitrary<unknown> {
  const required = new Set(flat.required ?? []);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(flat.properties ?? {})) {
    const propertyFlat = flatten(property, scope);
    if (propertyFlat.readOnly === true) continue;
    // Below the depth limit only what is required is built: recursive schemas stay finite.
    if (depth >= MAX_DEPTH && !required.has(name)) continue;
    model[name] = schemaArbitrary(property, scope, depth + 1);
  }
  for (const name of required)
    if (!(name in model)) model[name] = fc.string({ maxLength: 8, unit: 'grapheme-ascii' });
  const requiredKeys = Object.keys(model).filter((name) => required.has(name));
  return fc.record(model, { requiredKeys });
}

/** No lone surrogate (it cannot be percent-encoded or sent as UTF-8). In `u` mode a pair is one code point. */
function wellFormed(text: string): boolean {
  return !/[\uD800-\uDFFF]/u.test(text);
}
