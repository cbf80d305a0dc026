import { isIPv4, isIPv6 } from 'node:net';
import { resolvePointer } from '../model/json-pointer.js';
import type { JsonSchema, JsonSchemaObject } from '../model/types.js';

/**
 * Which side of the wire a value stands on. OAS 3.x §4.8.24 (readOnly /
 * writeOnly): a readOnly property is not sent in requests, a writeOnly one is
 * not returned in responses, so neither is required there.
 */
export type Direction = 'request' | 'response' | 'any';

/** One reason a value does not match: where in the value, and what is wrong, in plain words. */
export interface ValueProblem {
  path: string;
  message: string;
}

/** Resolves a local `$ref` (`#/components/schemas/X/...`) to the schema it names. */
export type RefResolver = (ref: string) => JsonSchema | undefined;

/** Errors collected per value before the rest are only counted. */
const MAX_PROBLEMS = 50;

/**
 * Checks values against JSON Schema 2020-12 (the normalized model's dialect)
 * by walking the schema, without compiling it. Examples are validated once
 * each, so compiling a validator per schema (thousands in a large spec) costs
 * far more than it saves. Keywords that need annotation tracking
 * (`unevaluatedProperties`/`unevaluatedItems`) and `$dynamicRef` are not
 * checked: a finding must never be false.
 */
export class SchemaChecker {
  private readonly patterns = new Map<string, RegExp | null>();

  constructor(private readonly resolveRef: RefResolver) {}

  /** Every problem of `value` (up to a limit); empty when it matches. */
  problems(value: unknown, schema: JsonSchema, direction: Direction): ValueProblem[] {
    const problems: ValueProblem[] = [];
    this.check(value, schema, direction, '', problems, 0);
    return problems;
  }

  /** True when `value` matches; stops at the first problem. */
  matches(value: unknown, schema: JsonSchema, direction: Direction): boolean {
    return this.check(value, schema, direction, '', undefined, 0);
  }

  /**
   * Checks one value; records problems into `out` when given (else returns at the first).
   * @returns true when the value matches
   */
  private check(
    value: unknown,
    schema: JsonSchema,
    direction: Direction,
    path: string,
    out: ValueProblem[] | undefined,
    depth: number,
  ): boolean {
    if (schema === true) return true;
    if (schema === false) return this.fail(out, path, 'is not allowed here');
    if (schema === null || typeof schema !== 'object' || depth > 200) return true;
    let ok = true;
    const fail = (message: string, at = path): boolean => {
      ok = false;
      return this.fail(out, at, message);
    };
    const stop = (): boolean => !ok && out === undefined;

    if (typeof schema.$ref === 'string') {
      const target = this.resolveRef(schema.$ref);
      if (target !== undefined && !this.check(value, target, direction, path, out, depth + 1)) {
        ok = false;
        if (stop()) return false;
      }
    }
    const type = schema.type;
    if (type !== undefined) {
      const types = Array.isArray(type) ? type : [type];
      if (!types.some((name) => hasType(value, name))) {
        fail(`must be ${types.map(article).join(' or ')}`);
        // Other keywords would only repeat the mismatch in other words.
        return false;
      }
    }
    if (schema.enum !== undefined && Array.isArray(schema.enum)) {
      if (!schema.enum.some((allowed) => deepEqual(allowed, value)))
        fail(`must be one of: ${schema.enum.map((allowed) => JSON.stringify(allowed)).join(', ')}`);
      if (stop()) return false;
    }
    if ('const' in schema && !deepEqual(schema.const, value)) {
      fail(`must be ${JSON.stringify(schema.const)}`);
      if (stop()) return false;
    }
    if (typeof value === 'string') this.checkString(value, schema, fail);
    else if (typeof value === 'number') checkNumber(value, schema, fail);
    else if (Array.isArray(value)) this.checkArray(value, schema, direction, path, out, depth, fail);
    else if (value !== null && typeof value === 'object')
      this.checkObject(value as Record<string, unknown>, schema, direction, path, out, depth, fail);
    if (stop()) return false;

    for (const member of schema.allOf ?? []) {
      if (!this.check(value, member, direction, path, out, depth + 1)) ok = false;
      if (stop()) return false;
    }
    if (schema.anyOf !== undefined) {
      const matching = schema.anyOf.some((member) =>
        this.check(value, member, direction, path, undefined, depth + 1),
      );
      if (!matching) fail(this.noAlternative(value, schema.anyOf, direction, depth));
      if (stop()) return false;
    }
    if (schema.oneOf !== undefined) {
      const count = schema.oneOf.filter((member) =>
        this.check(value, member, direction, path, undefined, depth + 1),
      ).length;
      if (count === 0) fail(this.noAlternative(value, schema.oneOf, direction, depth));
      else if (count > 1)
        fail(
          `matches ${count} of the ${schema.oneOf.length} alternatives (oneOf), but must match exactly one`,
        );
      if (stop()) return false;
    }
    if (schema.not !== undefined && this.check(value, schema.not, direction, path, undefined, depth + 1)) {
      fail('matches a schema it must not match (not)');
      if (stop()) return false;
    }
    if (schema.if !== undefined) {
      const branch = this.check(value, schema.if as JsonSchema, direction, path, undefined, depth + 1)
        ? schema.then
        : schema.else;
      if (branch !== undefined && !this.check(value, branch as JsonSchema, direction, path, out, depth + 1))
        ok = false;
    }
    return ok;
  }

  /** "matches none of the 3 alternatives" with the one alternative of the right type explained, when there is one. */
  private noAlternative(
    value: unknown,
    alternatives: JsonSchema[],
    direction: Direction,
    depth: number,
  ): string {
    const typed = alternatives.filter((member) => {
      const resolved = this.deref(member);
      if (resolved === undefined || typeof resolved === 'boolean' || resolved.type === undefined)
        return false;
      const types = Array.isArray(resolved.type) ? resolved.type : [resolved.type];
      return types.some((name) => hasType(value, name));
    });
    const [only] = typed;
    if (typed.length === 1 && only !== undefined) {
      const inner: ValueProblem[] = [];
      this.check(value, only, direction, '', inner, depth + 1);
      const first = inner[0];
      if (first)
        return `matches none of the ${alternatives.length} alternatives; the closest: ${first.path || 'value'} ${first.message}`;
    }
    return `matches none of the ${alternatives.length} alternatives`;
  }

  private deref(schema: JsonSchema): JsonSchema | undefined {
    let current: JsonSchema | undefined = schema;
    for (
      let hops = 0;
      hops < 16 && current && typeof current === 'object' && typeof current.$ref === 'string';
      hops += 1
    )
      current = this.resolveRef(current.$ref);
    return current;
  }

  private checkString(value: string, schema: JsonSchemaObject, fail: (message: string) => boolean): void {
    const length = [...value].length;
    if (typeof schema.minLength === 'number' && length < schema.minLength)
      fail(`must be at least ${schema.minLength} character${schema.minLength === 1 ? '' : 's'} long`);
    if (typeof schema.maxLength === 'number' && length > schema.maxLength)
      fail(`must be at most ${schema.maxLength} character${schema.maxLength === 1 ? '' : 's'} long`);
    if (typeof schema.pattern === 'string') {
      const pattern = this.pattern(schema.pattern);
      if (pattern && !pattern.test(value)) fail(`must match the pattern ${schema.pattern}`);
    }
    if (typeof schema.format === 'string') {
      const format = FORMATS[schema.format];
      if (format && !format(value)) fail(`must be a valid ${schema.format}`);
    }
  }

  private checkArray(
    value: unknown[],
    schema: JsonSchemaObject,
    direction: Direction,
    path: string,
    out: ValueProblem[] | undefined,
    depth: number,
    fail: (message: string, at?: string) => boolean,
  ): void {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems)
      fail(`must have at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}`);
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
      fail(`must have at most ${schema.maxItems} item${schema.maxItems === 1 ? '' : 's'}`);
    if (schema.uniqueItems === true) {
      const duplicate = value.findIndex((item, index) =>
        value.slice(0, index).some((other) => deepEqual(other, item)),
      );
      if (duplicate !== -1) fail(`must not repeat items (item ${duplicate} repeats an earlier one)`);
    }
    const prefix = schema.prefixItems ?? [];
    value.forEach((item, index) => {
      const itemSchema = index < prefix.length ? prefix[index] : schema.items;
      if (itemSchema === undefined) return;
      // Paths are only built when problems are collected; `matches` needs none.
      const at = out === undefined ? path : `${path}/${index}`;
      if (!this.check(item, itemSchema, direction, at, out, depth + 1)) fail('', '\u0000');
    });
    if (schema.contains !== undefined) {
      const count = value.filter((item) =>
        this.check(item, schema.contains as JsonSchema, direction, path, undefined, depth + 1),
      ).length;
      const min = typeof schema.minContains === 'number' ? schema.minContains : 1;
      if (count < min) fail(`must contain at least ${min} matching item${min === 1 ? '' : 's'} (contains)`);
      if (typeof schema.maxContains === 'number' && count > schema.maxContains)
        fail(`must contain at most ${schema.maxContains} matching items (contains)`);
    }
  }

  private checkObject(
    value: Record<string, unknown>,
    schema: JsonSchemaObject,
    direction: Direction,
    path: string,
    out: ValueProblem[] | undefined,
    depth: number,
    fail: (message: string, at?: string) => boolean,
  ): void {
    const properties = schema.properties ?? {};
    if (Array.isArray(schema.required)) {
      for (const name of schema.required) {
        if (name in value || this.notRequiredIn(properties[name], direction)) continue;
        fail(`is missing the required property "${name}"`);
        if (out === undefined) return;
      }
    }
    const keys = Object.keys(value);
    if (typeof schema.minProperties === 'number' && keys.length < schema.minProperties)
      fail(`must have at least ${schema.minProperties} properties`);
    if (typeof schema.maxProperties === 'number' && keys.length > schema.maxProperties)
      fail(`must have at most ${schema.maxProperties} properties`);
    const patterns = Object.entries(schema.patternProperties ?? {});
    for (const key of keys) {
      const at = out === undefined ? path : `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      let known = false;
      const property = properties[key];
      if (property !== undefined && Object.hasOwn(properties, key)) {
        known = true;
        if (!this.check(value[key], property, direction, at, out, depth + 1)) fail('', '\u0000');
      }
      for (const [source, patternSchema] of patterns) {
        const pattern = this.pattern(source);
        if (!pattern?.test(key)) continue;
        known = true;
        if (!this.check(value[key], patternSchema, direction, at, out, depth + 1)) fail('', '\u0000');
      }
      if (!known && schema.additionalProperties !== undefined) {
        if (schema.additionalProperties === false) fail(`has the unexpected property "${key}"`);
        else if (!this.check(value[key], schema.additionalProperties, direction, at, out, depth + 1))
          fail('', '\u0000');
      }
      if (
        schema.propertyNames !== undefined &&
        !this.check(key, schema.propertyNames as JsonSchema, direction, at, undefined, depth + 1)
      )
        fail(`has a property name that is not allowed: "${key}"`);
    }
    for (const [name, needed] of Object.entries(schema.dependentRequired ?? {})) {
      if (!(name in value)) continue;
      for (const other of needed as string[])
        if (!(other in value)) fail(`has "${name}", so it must also have "${other}"`);
    }
    for (const [name, dependent] of Object.entries(schema.dependentSchemas ?? {})) {
      if (name in value && !this.check(value, dependent as JsonSchema, direction, path, out, depth + 1))
        fail('', '\u0000');
    }
  }

  /** A readOnly property is not required in a request, a writeOnly one not in a response. */
  private notRequiredIn(property: JsonSchema | undefined, direction: Direction): boolean {
    const markers =
      direction === 'request'
        ? ['readOnly']
        : direction === 'response'
          ? ['writeOnly']
          : ['readOnly', 'writeOnly'];
    const marked = (schema: JsonSchema | undefined, hops = 0): boolean => {
      const resolved = schema === undefined ? undefined : this.deref(schema);
      if (resolved === undefined || typeof resolved === 'boolean' || hops > 4) return false;
      if (markers.some((marker) => (resolved as Record<string, unknown>)[marker] === true)) return true;
      return [...(resolved.allOf ?? []), ...(resolved.anyOf ?? [])].some((member) =>
        marked(member, hops + 1),
      );
    };
    return marked(property);
  }

  private pattern(source: string): RegExp | undefined {
    let pattern = this.patterns.get(source);
    if (pattern === undefined) {
      try {
        pattern = new RegExp(source, 'u');
      } catch {
        try {
          pattern = new RegExp(source);
        } catch {
          // A pattern JavaScript cannot compile is the schema's problem, not the value's.
          pattern = null;
        }
      }
      this.patterns.set(source, pattern);
    }
    return pattern ?? undefined;
  }

  /** Records a problem (an empty message marks a nested failure already recorded); returns false. */
  private fail(out: ValueProblem[] | undefined, path: string, message: string): boolean {
    if (out !== undefined && message !== '' && path !== '\u0000') {
      if (out.length < MAX_PROBLEMS) out.push({ path, message });
      else if (out.length === MAX_PROBLEMS) out.push({ path: '', message: 'and more' });
    }
    return false;
  }
}

/** A resolver over the normalized component schemas (and, for other local pointers, the document). */
export function componentResolver(
  schemas: ReadonlyMap<string, JsonSchema>,
  document: Record<string, unknown>,
): RefResolver {
  const prefix = '#/components/schemas/';
  const cache = new Map<string, JsonSchema | undefined>();
  return (ref) => {
    if (cache.has(ref)) return cache.get(ref);
    let resolved: JsonSchema | undefined;
    if (ref.startsWith(prefix)) {
      const rest = ref.slice(prefix.length);
      const slash = rest.indexOf('/');
      const name = (slash === -1 ? rest : rest.slice(0, slash)).replace(/~1/g, '/').replace(/~0/g, '~');
      const component = schemas.get(name);
      resolved =
        slash === -1 || component === undefined
          ? component
          : (resolvePointer(component, `#${rest.slice(slash)}`) as JsonSchema | undefined);
    } else if (ref.startsWith('#/')) resolved = resolvePointer(document, ref) as JsonSchema | undefined;
    cache.set(ref, resolved);
    return resolved;
  };
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    default:
      // Not a JSON Schema type (the loader reports `file` and the like): nothing to hold the value to.
      return true;
  }
}

function article(type: string): string {
  if (type === 'null') return 'null';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function checkNumber(value: number, schema: JsonSchemaObject, fail: (message: string) => boolean): void {
  if (typeof schema.minimum === 'number' && value < schema.minimum)
    fail(`must be at least ${schema.minimum}`);
  if (typeof schema.maximum === 'number' && value > schema.maximum) fail(`must be at most ${schema.maximum}`);
  if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum)
    fail(`must be greater than ${schema.exclusiveMinimum}`);
  if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum)
    fail(`must be less than ${schema.exclusiveMaximum}`);
  if (typeof schema.multipleOf === 'number' && schema.multipleOf > 0) {
    const quotient = value / schema.multipleOf;
    if (Math.abs(quotient - Math.round(quotient)) > 1e-9) fail(`must be a multiple of ${schema.multipleOf}`);
  }
}

/** JSON equality: same primitives, same array items in order, same object members in any order. */
function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every(
      (key) =>
        Object.hasOwn(b, key) &&
        deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(z|[+-]\d{2}(:?\d{2})?)?$/i;
const UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const HOSTNAME =
  /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i;

function validDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const days = [
    31,
    year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return month >= 1 && month <= 12 && day >= 1 && day <= (days[month - 1] ?? 0);
}

function validTime(text: string, zoneRequired: boolean): boolean {
  const match = TIME.exec(text);
  if (!match || (zoneRequired && match[5] === undefined)) return false;
  return Number(match[1]) <= 23 && Number(match[2]) <= 59 && Number(match[3]) <= 60;
}

/** The formats OpenAPI specs use most, as RFC 3339 / RFC 4122 / RFC 5321 define them; others are not checked. */
const FORMATS: Record<string, (value: string) => boolean> = {
  date: validDate,
  time: (value) => validTime(value, false),
  'date-time': (value) => {
    const split = value.search(/[tT ]/);
    return split === 10 && validDate(value.slice(0, 10)) && validTime(value.slice(11), true);
  },
  uuid: (value) => UUID.test(value),
  email: (value) => EMAIL.test(value),
  hostname: (value) => HOSTNAME.test(value),
  ipv4: (value) => isIPv4(value),
  ipv6: (value) => isIPv6(value),
  uri: (value) => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(value),
};
