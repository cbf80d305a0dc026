// @ts-nocheck: checked when generated; set `typeCheck: true` to check here too.
/**
 * JSON Schema keywords that zod has no method for, as predicates over the raw
 * input value. The generated schemas build each predicate once, at module
 * load (`z.unknown().refine(notMatching(z.string()))`), so a request pays only
 * for running it. Every predicate ignores values of the types its keyword
 * does not apply to, as JSON Schema does (a keyword never implies a type).
 */
import { z } from 'zod';

// The core interface, not the classic `z.ZodType`: checking a generated schema
// against it compares a few members instead of every method of the schema class,
// which is most of the type-check cost of these helpers' call sites.
type Schema = z.core.$ZodType;
type Predicate = (value: unknown) => boolean;

const hasOwn = (value: object, key: string) => Object.hasOwn(value, key);
const valid = (schema: Schema, value: unknown) => z.safeParse(schema, value).success;

/** A JSON object: not null, not an array. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON type family a keyword group applies to. */
export type JsonFamily = 'string' | 'number' | 'array' | 'object';

function isFamily(value: unknown, family: JsonFamily): boolean {
  if (family === 'array') return Array.isArray(value);
  if (family === 'object') return isJsonObject(value);
  return typeof value === family;
}

/** The keywords of one type (as `schema`) apply only to values of that type. */
export function whenType(family: JsonFamily, schema: Schema): Predicate {
  return (value) => !isFamily(value, family) || valid(schema, value);
}

/** JSON equality: numbers by value, objects regardless of key order, arrays in order. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]));
  if (isJsonObject(a)) {
    if (!isJsonObject(b)) return false;
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => hasOwn(b, key) && jsonEqual(a[key], b[key]))
    );
  }
  return false;
}

/** `enum` / `const` with object or array members. */
export function oneOfValues(values: readonly unknown[]): Predicate {
  return (value) => values.some((member) => jsonEqual(member, value));
}

/** `uniqueItems: true`. */
export const uniqueItems: Predicate = (value) => {
  if (!Array.isArray(value)) return true;
  // Primitives (the common case) compare by value: one pass through a Set.
  if (value.every((item) => item === null || typeof item !== 'object'))
    return new Set(value).size === value.length;
  for (let i = 0; i < value.length; i++)
    for (let j = i + 1; j < value.length; j++) if (jsonEqual(value[i], value[j])) return false;
  return true;
};

/** `not`. */
export function notMatching(schema: Schema): Predicate {
  return (value) => !valid(schema, value);
}

/** `if` / `then` / `else`. */
export function ifThenElse(
  condition: Schema,
  then: Schema | undefined,
  otherwise: Schema | undefined,
): Predicate {
  return (value) => {
    const branch = valid(condition, value) ? then : otherwise;
    return branch === undefined || valid(branch, value);
  };
}

/** `oneOf`: exactly one of the schemas matches. */
export function exactlyOne(schemas: readonly Schema[]): Predicate {
  return (value) => {
    let matches = 0;
    for (const schema of schemas) if (valid(schema, value) && ++matches > 1) return false;
    return matches === 1;
  };
}

/** `dependentRequired` (and draft 4 `dependencies` with name lists). */
export function dependentRequired(dependencies: Readonly<Record<string, readonly string[]>>): Predicate {
  const entries = Object.entries(dependencies);
  return (value) =>
    !isJsonObject(value) ||
    entries.every(([key, required]) => !hasOwn(value, key) || required.every((name) => hasOwn(value, name)));
}

/** `dependentSchemas` (and draft 4 `dependencies` with schemas). */
export function dependentSchemas(dependencies: Readonly<Record<string, Schema>>): Predicate {
  const entries = Object.entries(dependencies);
  return (value) =>
    !isJsonObject(value) || entries.every(([key, schema]) => !hasOwn(value, key) || valid(schema, value));
}

/** `required` and `properties` for names an object literal would also find on `Object.prototype` (`constructor`, `__proto__`). */
export function ownProperties(
  properties: Readonly<Record<string, Schema>>,
  required: readonly string[],
): Predicate {
  const entries = Object.entries(properties);
  return (value) =>
    !isJsonObject(value) ||
    (required.every((name) => hasOwn(value, name)) &&
      entries.every(([name, schema]) => !hasOwn(value, name) || valid(schema, value[name])));
}

/**
 * `patternProperties`, with the `additionalProperties` schema that applies to
 * keys neither `properties` names nor any pattern matches.
 */
export function patternProperties(
  patterns: readonly (readonly [RegExp, Schema])[],
  named: readonly string[],
  additional: Schema | undefined,
): Predicate {
  const names = new Set(named);
  return (value) => {
    if (!isJsonObject(value)) return true;
    for (const key of Object.keys(value)) {
      let matched = names.has(key);
      for (const [pattern, schema] of patterns) {
        if (!pattern.test(key)) continue;
        matched = true;
        if (!valid(schema, value[key])) return false;
      }
      if (!matched && additional !== undefined && !valid(additional, value[key])) return false;
    }
    return true;
  };
}

/** `propertyNames`. */
export function propertyNames(schema: Schema): Predicate {
  return (value) => !isJsonObject(value) || Object.keys(value).every((key) => valid(schema, key));
}

/** `minProperties` / `maxProperties`. */
export function propertyCount(min: number, max: number): Predicate {
  return (value) => {
    if (!isJsonObject(value)) return true;
    const count = Object.keys(value).length;
    return count >= min && count <= max;
  };
}

/** `contains` with `minContains` / `maxContains`. */
export function contains(schema: Schema, min: number, max: number): Predicate {
  return (value) => {
    if (!Array.isArray(value)) return true;
    let count = 0;
    for (const item of value) if (valid(schema, item)) count++;
    return count >= min && count <= max;
  };
}

/** `prefixItems` (tuples), with the `items` schema for the rest (`false`: no more items). */
export function prefixItems(prefix: readonly Schema[], rest: Schema | false | undefined): Predicate {
  return (value) => {
    if (!Array.isArray(value)) return true;
    for (let index = 0; index < value.length; index++) {
      const schema = index < prefix.length ? prefix[index] : rest;
      if (schema === false) return false;
      if (schema !== undefined && !valid(schema, value[index])) return false;
    }
    return true;
  };
}

/**
 * What a schema "evaluates", for `unevaluatedProperties` / `unevaluatedItems`
 * (JSON Schema 2020-12 §11): its own property and item keywords, plus those
 * of the in-place subschemas that validate the value.
 */
export interface Evaluation {
  properties?: readonly string[];
  patterns?: readonly RegExp[];
  /** `additionalProperties` or `unevaluatedProperties` present: every property is evaluated. */
  allProperties?: boolean;
  prefixItems?: number;
  /** `items` or `unevaluatedItems` present: every item is evaluated. */
  allItems?: boolean;
  contains?: Schema;
  allOf?: readonly Evaluated[];
  anyOf?: readonly Evaluated[];
  oneOf?: readonly Evaluated[];
  if?: Evaluated;
  then?: Evaluated;
  else?: Evaluated;
  dependentSchemas?: Readonly<Record<string, Evaluated>>;
  /** References, resolved lazily (they may be cyclic). */
  refs?: readonly (() => Evaluated)[];
}

/** A subschema and what it evaluates. */
export interface Evaluated {
  schema: Schema;
  evaluation: Evaluation;
}

function inPlace(value: unknown, evaluation: Evaluation, visit: (child: Evaluation) => void): void {
  for (const child of evaluation.allOf ?? []) visit(child.evaluation);
  for (const child of [...(evaluation.anyOf ?? []), ...(evaluation.oneOf ?? [])])
    if (valid(child.schema, value)) visit(child.evaluation);
  if (evaluation.if !== undefined) {
    if (valid(evaluation.if.schema, value)) {
      visit(evaluation.if.evaluation);
      if (evaluation.then !== undefined) visit(evaluation.then.evaluation);
    } else if (evaluation.else !== undefined) visit(evaluation.else.evaluation);
  }
  if (isJsonObject(value))
    for (const [key, child] of Object.entries(evaluation.dependentSchemas ?? {}))
      if (hasOwn(value, key)) visit(child.evaluation);
  for (const ref of evaluation.refs ?? []) visit(ref().evaluation);
}

/** `unevaluatedProperties`: properties no adjacent keyword evaluated must match `schema`. */
export function unevaluatedProperties(evaluation: Evaluation, schema: Schema): Predicate {
  return (value) => {
    if (!isJsonObject(value)) return true;
    const keys = new Set(Object.keys(value));
    const seen = new Set<Evaluation>();
    const visit = (node: Evaluation) => {
      if (seen.has(node) || keys.size === 0) return;
      seen.add(node);
      if (node.allProperties) keys.clear();
      for (const name of node.properties ?? []) keys.delete(name);
      for (const pattern of node.patterns ?? [])
        for (const key of keys) if (pattern.test(key)) keys.delete(key);
      inPlace(value, node, visit);
    };
    visit(evaluation);
    for (const key of keys) if (!valid(schema, value[key])) return false;
    return true;
  };
}

/** `unevaluatedItems`: items no adjacent keyword evaluated must match `schema`. */
export function unevaluatedItems(evaluation: Evaluation, schema: Schema): Predicate {
  return (value) => {
    if (!Array.isArray(value)) return true;
    const evaluated = new Set<number>();
    const seen = new Set<Evaluation>();
    let all = false;
    const visit = (node: Evaluation) => {
      if (seen.has(node) || all) return;
      seen.add(node);
      if (node.allItems) all = true;
      for (let index = 0; index < Math.min(node.prefixItems ?? 0, value.length); index++)
        evaluated.add(index);
      if (node.contains !== undefined)
        value.forEach((item, index) => {
          if (node.contains !== undefined && valid(node.contains, item)) evaluated.add(index);
        });
      inPlace(value, node, visit);
    };
    visit(evaluation);
    if (all) return true;
    return value.every((item, index) => evaluated.has(index) || valid(schema, item));
  };
}

/** `z.unknown()` refined by every predicate, then parsed by `schema` (the typed part). */
export function refined<T extends Schema>(
  schema: T,
  checks: readonly (readonly [Predicate, string])[],
): z.ZodPipe<z.ZodUnknown, T> {
  let raw = z.unknown();
  for (const [check, message] of checks) raw = raw.refine(check, { message });
  return raw.pipe(schema);
}
