import type { JsonSchema, JsonSchemaObject } from '../model/types.js';
import type { SchemaCompareContext } from './schema-compare.js';

const LOWER_BOUNDS = ['minLength', 'minimum', 'exclusiveMinimum', 'minItems', 'minProperties'] as const;
const UPPER_BOUNDS = ['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties'] as const;
const ALL_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'] as const;

/** `true`/`{}` versus a restricted schema, compared by what each accepts. */
export function compareBooleanSchemas(
  context: SchemaCompareContext,
  base: JsonSchema,
  head: JsonSchema,
  bp: string,
  hp: string,
  label: string,
): void {
  // `true`/`{}` accept anything and `false` nothing; compare by acceptance.
  const acceptsAll = (schema: JsonSchema) =>
    schema === true || (typeof schema === 'object' && Object.keys(schema).length === 0);
  if (acceptsAll(base) && !acceptsAll(head)) {
    if (context.direction === 'request')
      context.report('request-type-narrowed', `${label} no longer accepts any value`, bp, hp);
    else context.report('response-type-narrowed', `${label} is now restricted`, bp, hp);
  } else if (!acceptsAll(base) && acceptsAll(head)) {
    if (context.direction === 'request')
      context.report('request-type-widened', `${label} now accepts any value`, bp, hp);
    else context.report('response-type-widened', `${label} may now be any value`, bp, hp);
  }
}

/** Types a schema accepts; an absent `type` accepts all. `integer` is a subset of `number`. */
function acceptedTypes(schema: JsonSchemaObject): Set<string> {
  if (schema.type === undefined) {
    if (schema.enum !== undefined || schema.const !== undefined) {
      const values = schema.enum ?? [schema.const];
      return new Set(values.map(jsonTypeOf));
    }
    return new Set(ALL_TYPES);
  }
  const types = new Set(Array.isArray(schema.type) ? schema.type : [schema.type]);
  if (types.has('number')) types.add('integer');
  return types;
}

function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Reports types gained or lost (`type` arrays, nullability). */
export function compareTypes(
  context: SchemaCompareContext,
  b: JsonSchemaObject,
  h: JsonSchemaObject,
  bp: string,
  hp: string,
  label: string,
): void {
  if (b.type === undefined && h.type === undefined) return;
  const baseTypes = acceptedTypes(b);
  const headTypes = acceptedTypes(h);
  const lost = [...baseTypes].filter((type) => !headTypes.has(type));
  const gained = [...headTypes].filter((type) => !baseTypes.has(type));
  const describe = (types: string[]) => types.join(', ');
  if (context.direction === 'request') {
    if (lost.length > 0)
      context.report('request-type-narrowed', `${label} no longer accepts ${describe(lost)}`, bp, hp);
    else if (gained.length > 0)
      context.report('request-type-widened', `${label} now also accepts ${describe(gained)}`, bp, hp);
  } else {
    if (gained.length > 0)
      context.report('response-type-widened', `${label} may now be ${describe(gained)}`, bp, hp);
    else if (lost.length > 0)
      context.report('response-type-narrowed', `${label} is no longer ${describe(lost)}`, bp, hp);
  }
}

function enumValues(schema: JsonSchemaObject): unknown[] | undefined {
  if (schema.enum !== undefined) return schema.enum;
  if (schema.const !== undefined) return [schema.const];
  return undefined;
}

/** Reports enum (and const) values gained or lost. */
export function compareEnums(
  context: SchemaCompareContext,
  b: JsonSchemaObject,
  h: JsonSchemaObject,
  bp: string,
  hp: string,
  label: string,
): void {
  const baseValues = enumValues(b);
  const headValues = enumValues(h);
  if (baseValues === undefined && headValues === undefined) return;
  const request = context.direction === 'request';
  if (baseValues === undefined) {
    if (request) context.report('request-constraint-tightened', `${label} is now limited to an enum`, bp, hp);
    return;
  }
  if (headValues === undefined) {
    if (!request)
      context.report('response-enum-value-added', `${label} is no longer limited to an enum`, bp, hp);
    return;
  }
  const baseKeys = new Set(baseValues.map((value) => JSON.stringify(value)));
  const headKeys = new Set(headValues.map((value) => JSON.stringify(value)));
  for (const key of baseKeys) {
    if (headKeys.has(key)) continue;
    if (request) context.report('request-enum-value-removed', `${label} no longer accepts ${key}`, bp, hp);
    else context.report('response-enum-value-removed', `${label} is no longer ${key}`, bp, hp);
  }
  for (const key of headKeys) {
    if (baseKeys.has(key)) continue;
    if (request) context.report('request-enum-value-added', `${label} now accepts ${key}`, bp, hp);
    else context.report('response-enum-value-added', `${label} may now be ${key}`, bp, hp);
  }
}

/** Reports numeric, length, size and multipleOf bounds tightened or loosened. */
export function compareBounds(
  context: SchemaCompareContext,
  b: JsonSchemaObject,
  h: JsonSchemaObject,
  bp: string,
  hp: string,
  label: string,
): void {
  const changes: { keyword: string; tightened: boolean; from: unknown; to: unknown }[] = [];
  for (const keyword of LOWER_BOUNDS) {
    const from = b[keyword];
    const to = h[keyword];
    if (from === to) continue;
    changes.push({ keyword, tightened: to !== undefined && (from === undefined || to > from), from, to });
  }
  for (const keyword of UPPER_BOUNDS) {
    const from = b[keyword];
    const to = h[keyword];
    if (from === to) continue;
    changes.push({ keyword, tightened: to !== undefined && (from === undefined || to < from), from, to });
  }
  if (b.multipleOf !== h.multipleOf) {
    const from = b.multipleOf;
    const to = h.multipleOf;
    // Tightened unless every multiple of the old step is still a multiple of the new one.
    const tightened = to !== undefined && (from === undefined || from % to !== 0);
    changes.push({ keyword: 'multipleOf', tightened, from, to });
  }
  if (Boolean(b.uniqueItems) !== Boolean(h.uniqueItems)) {
    changes.push({
      keyword: 'uniqueItems',
      tightened: Boolean(h.uniqueItems),
      from: b.uniqueItems,
      to: h.uniqueItems,
    });
  }
  for (const change of changes) {
    const text = `${label} ${change.keyword} ${String(change.from ?? 'unset')} -> ${String(change.to ?? 'unset')}`;
    if (context.direction === 'request') {
      context.report(
        change.tightened ? 'request-constraint-tightened' : 'request-constraint-loosened',
        text,
        bp,
        hp,
      );
    } else {
      context.report(
        change.tightened ? 'response-constraint-tightened' : 'response-constraint-loosened',
        text,
        bp,
        hp,
      );
    }
  }
}

/** Reports pattern and format changes. */
export function compareStrings(
  context: SchemaCompareContext,
  b: JsonSchemaObject,
  h: JsonSchemaObject,
  bp: string,
  hp: string,
  label: string,
): void {
  const request = context.direction === 'request';
  if (b.pattern !== h.pattern) {
    const text = `${label} pattern ${b.pattern ?? 'unset'} -> ${h.pattern ?? 'unset'}`;
    if (request) {
      if (b.pattern === undefined) context.report('request-pattern-added', text, bp, hp);
      else if (h.pattern === undefined) context.report('request-pattern-removed', text, bp, hp);
      else context.report('request-pattern-changed', text, bp, hp);
    } else if (b.pattern === undefined) context.report('response-pattern-added', text, bp, hp);
    else context.report('response-pattern-changed', text, bp, hp);
  }
  if (b.format !== h.format) {
    const text = `${label} format ${b.format ?? 'unset'} -> ${h.format ?? 'unset'}`;
    // Adding a format restricts requests; removing one widens responses.
    if (request && h.format !== undefined) context.report('request-format-changed', text, bp, hp);
    if (!request && b.format !== undefined) context.report('response-format-changed', text, bp, hp);
  }
}
