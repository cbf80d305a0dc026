import { resolvePointer } from '../model/json-pointer.js';
import type { JsonSchema, JsonSchemaObject } from '../model/types.js';
import { deepEqual } from '../sampling/resolve.js';
import { FORMATS } from './string-formats.js';
import { article, checkNumber, hasType } from './value-checks.js';

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
