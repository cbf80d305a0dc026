/**
 * JSON Schema keywords without a zod method (`not`, `if`, `dependentRequired`,
 * `patternProperties`, `prefixItems`, `unevaluatedProperties`, ...) become
 * predicates from the generated `json-schema.ts` helper module, run on the
 * raw input before the typed zod schema parses it (zod objects strip unknown
 * keys, and these keywords must see them). Each predicate and the subschemas
 * it closes over are built once, when the module loads.
 */

import { childPointer } from '../../model/json-pointer.js';
import type { JsonSchema, JsonSchemaObject, Pointer } from '../../model/types.js';
import ts from '../../targets/typescript.cjs';
import { arrow, literal, propertyName, regExp } from '../ast.js';
import type { Convert } from './array.js';
import { type ConvertContext, componentName } from './context.js';
import { declaredTypes, omitKeys } from './keywords.js';

const f = ts.factory;

/** One predicate (a `json-schema.ts` call) and the message reported when it fails. */
export type Check = readonly [ts.Expression, string];

export interface SplitSchema {
  /** What the typed zod schema still has to express. */
  inner: JsonSchemaObject;
  checks: Check[];
}

type Primitive = string | number | boolean | null;

export function isPrimitive(value: unknown): value is Primitive {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

function array(elements: readonly ts.Expression[]): ts.ArrayLiteralExpression {
  return f.createArrayLiteralExpression([...elements], false);
}

function object(entries: readonly (readonly [string, ts.Expression])[]): ts.ObjectLiteralExpression {
  return f.createObjectLiteralExpression(
    entries.map(([key, value]) => f.createPropertyAssignment(propertyName(key), value)),
    false,
  );
}

/** A pattern as a RegExp, in Unicode mode when it compiles there (as JSON Schema validators do). */
export function patternExpression(pattern: string, context: ConvertContext): ts.Expression | undefined {
  for (const flags of ['u', '']) {
    try {
      new RegExp(pattern, flags);
      return regExp(pattern, flags, context.builtin('RegExp'));
    } catch {
      // try the lenient mode
    }
  }
  return undefined;
}

/**
 * Moves the keywords zod cannot express out of `schema` into checks, or
 * returns `undefined` when there are none (the schema converts as it is).
 */
export function splitChecks(
  schema: JsonSchemaObject,
  pointer: Pointer,
  context: ConvertContext,
  convert: Convert,
  oneOfNeedsCount: (schema: JsonSchemaObject) => boolean,
): SplitSchema | undefined {
  const checks: Check[] = [];
  const removed: string[] = [];
  const inner: JsonSchemaObject = { ...schema };
  const at = (...tokens: (string | number)[]) => childPointer(pointer, ...tokens);
  const sub = (value: JsonSchema, ...tokens: (string | number)[]) => convert(value, at(...tokens), context);
  const run = context.runtime;
  const take = (...keys: string[]) => {
    for (const key of keys) {
      if (inner[key] === undefined) continue;
      delete inner[key];
      removed.push(key);
    }
  };

  if (schema.unevaluatedProperties !== undefined || schema.unevaluatedItems !== undefined) {
    const rest = omitKeys(schema, ['unevaluatedProperties', 'unevaluatedItems']);
    const evaluation = evaluationOf(rest, pointer, context, convert, new Set());
    if (schema.unevaluatedProperties !== undefined)
      checks.push([
        f.createCallExpression(run('unevaluatedProperties'), undefined, [
          evaluation,
          sub(schema.unevaluatedProperties as JsonSchema, 'unevaluatedProperties'),
        ]),
        'Has a property no keyword of the schema allows',
      ]);
    if (schema.unevaluatedItems !== undefined)
      checks.push([
        f.createCallExpression(run('unevaluatedItems'), undefined, [
          evaluation,
          sub(schema.unevaluatedItems as JsonSchema, 'unevaluatedItems'),
        ]),
        'Has an item no keyword of the schema allows',
      ]);
    take('unevaluatedProperties', 'unevaluatedItems');
  }
  if (schema.not !== undefined) {
    checks.push([
      f.createCallExpression(run('notMatching'), undefined, [sub(schema.not, 'not')]),
      'Must not match the schema under `not`',
    ]);
    take('not');
  }
  if (schema.if !== undefined) {
    const branch = (key: 'then' | 'else') =>
      schema[key] === undefined ? f.createIdentifier('undefined') : sub(schema[key] as JsonSchema, key);
    if (schema.then !== undefined || schema.else !== undefined)
      checks.push([
        f.createCallExpression(run('ifThenElse'), undefined, [
          sub(schema.if as JsonSchema, 'if'),
          branch('then'),
          branch('else'),
        ]),
        'Must match `then` when it matches `if`, and `else` otherwise',
      ]);
  }
  if (schema.if !== undefined || schema.then !== undefined || schema.else !== undefined)
    take('if', 'then', 'else');

  // Draft 4-2019 `dependencies` holds both forms.
  const requiredDeps: Record<string, unknown> = { ...(schema.dependentRequired as object | undefined) };
  const schemaDeps: Record<string, { schema: JsonSchema; pointer: Pointer }> = {};
  for (const [name, value] of Object.entries((schema.dependentSchemas ?? {}) as Record<string, JsonSchema>))
    schemaDeps[name] = { schema: value, pointer: at('dependentSchemas', name) };
  for (const [name, value] of Object.entries((schema.dependencies ?? {}) as Record<string, unknown>)) {
    if (Array.isArray(value)) requiredDeps[name] = value;
    else schemaDeps[name] = { schema: value as JsonSchema, pointer: at('dependencies', name) };
  }
  if (Object.keys(requiredDeps).length > 0)
    checks.push([
      f.createCallExpression(run('dependentRequired'), undefined, [literal(requiredDeps)]),
      'A property that is present requires other properties',
    ]);
  if (Object.keys(schemaDeps).length > 0)
    checks.push([
      f.createCallExpression(run('dependentSchemas'), undefined, [
        object(
          Object.entries(schemaDeps).map(([name, dep]) => [name, convert(dep.schema, dep.pointer, context)]),
        ),
      ]),
      'A property that is present requires the object to match another schema',
    ]);
  take('dependentRequired', 'dependentSchemas', 'dependencies');

  if (schema.propertyNames !== undefined) {
    checks.push([
      f.createCallExpression(run('propertyNames'), undefined, [
        sub(schema.propertyNames as JsonSchema, 'propertyNames'),
      ]),
      'A property name does not match `propertyNames`',
    ]);
    take('propertyNames');
  }
  if (schema.contains !== undefined) {
    const min = typeof schema.minContains === 'number' ? schema.minContains : 1;
    const max = typeof schema.maxContains === 'number' ? schema.maxContains : Number.MAX_SAFE_INTEGER;
    checks.push([
      f.createCallExpression(run('contains'), undefined, [
        sub(schema.contains as JsonSchema, 'contains'),
        literal(min),
        literal(max),
      ]),
      'Has too few or too many items matching `contains`',
    ]);
  }
  take('contains', 'minContains', 'maxContains');

  if (schema.patternProperties !== undefined) {
    const patterns: ts.Expression[] = [];
    for (const [pattern, value] of Object.entries(schema.patternProperties)) {
      const expression = patternExpression(pattern, context);
      if (expression === undefined) {
        context.warn(
          `pattern ${JSON.stringify(pattern)} is not a valid ECMAScript regular expression; keys matching it are not checked`,
          at('patternProperties'),
        );
        continue;
      }
      patterns.push(array([expression, sub(value, 'patternProperties', pattern)]));
    }
    const additional =
      schema.additionalProperties === undefined
        ? f.createIdentifier('undefined')
        : sub(schema.additionalProperties, 'additionalProperties');
    checks.push([
      f.createCallExpression(run('patternProperties'), undefined, [
        array(patterns),
        literal(Object.keys(schema.properties ?? {})),
        additional,
      ]),
      'A property does not match the schema for its name',
    ]);
    take('patternProperties');
    // The check above validates every extra key; the typed object keeps them.
    inner.additionalProperties = true;
  }
  if (Array.isArray(schema.prefixItems)) {
    // Draft 4-2019 tuples (`items: [...]`, normalized to prefixItems) continue with `additionalItems`.
    const restSchema =
      schema.items !== undefined ? schema.items : (schema.additionalItems as JsonSchema | undefined);
    const restKey = schema.items !== undefined ? 'items' : 'additionalItems';
    const rest =
      restSchema === undefined
        ? f.createIdentifier('undefined')
        : restSchema === false
          ? f.createFalse()
          : sub(restSchema, restKey);
    checks.push([
      f.createCallExpression(run('prefixItems'), undefined, [
        array(schema.prefixItems.map((item, index) => sub(item, 'prefixItems', index))),
        rest,
      ]),
      'An item does not match the schema for its position',
    ]);
    take('prefixItems', 'items');
  }
  take('additionalItems');
  // Items zod parses into something else (objects lose unknown keys) are compared on the raw input;
  // primitive items compare the same either way, and the array refines itself (see `convertArray`).
  if (schema.uniqueItems === true && !primitiveItems(schema.items, context)) {
    checks.push([run('uniqueItems'), 'Items must be unique']);
    take('uniqueItems');
  }
  if (schema.uniqueItems === false) take('uniqueItems');
  if (typeof schema.minProperties === 'number' || typeof schema.maxProperties === 'number') {
    checks.push([
      f.createCallExpression(run('propertyCount'), undefined, [
        literal(typeof schema.minProperties === 'number' ? schema.minProperties : 0),
        literal(typeof schema.maxProperties === 'number' ? schema.maxProperties : Number.MAX_SAFE_INTEGER),
      ]),
      `Expected ${[
        typeof schema.minProperties === 'number' ? `at least ${schema.minProperties}` : undefined,
        typeof schema.maxProperties === 'number' ? `at most ${schema.maxProperties}` : undefined,
      ]
        .filter(Boolean)
        .join(' and ')} properties`,
    ]);
    take('minProperties', 'maxProperties');
  }
  const written =
    schema.const !== undefined ? [schema.const] : Array.isArray(schema.enum) ? schema.enum : undefined;
  if (written !== undefined && !written.every(isPrimitive)) {
    checks.push([
      f.createCallExpression(run('oneOfValues'), undefined, [literal(written)]),
      schema.const !== undefined ? 'Must equal the constant value' : 'Must be one of the allowed values',
    ]);
    take('enum', 'const');
  }
  if (Array.isArray(schema.oneOf) && oneOfNeedsCount(schema)) {
    checks.push([
      f.createCallExpression(run('exactlyOne'), undefined, [
        array(schema.oneOf.map((branch, index) => sub(withParentType(branch, schema), 'oneOf', index))),
      ]),
      'Must match exactly one schema in `oneOf`',
    ]);
    // The count is checked above; the typed part only needs "at least one" (a union).
    const branches = schema.oneOf;
    delete inner.oneOf;
    if (inner.anyOf === undefined) inner.anyOf = branches;
    else inner.allOf = [...(inner.allOf ?? []), { anyOf: branches }];
    removed.push('oneOf');
  }
  if (removed.length === 0 && checks.length === 0) return undefined;
  return { inner, checks };
}

/**
 * The `Evaluation` literal of a schema for `unevaluatedProperties` /
 * `unevaluatedItems`: which properties and items its keywords, and its
 * in-place subschemas, evaluate (JSON Schema 2020-12 §11.2-11.3).
 */
function evaluationOf(
  schema: JsonSchema,
  pointer: Pointer,
  context: ConvertContext,
  convert: Convert,
  refs: Set<string>,
): ts.Expression {
  if (typeof schema === 'boolean') return object([]);
  const entries: [string, ts.Expression][] = [];
  const evaluated = (child: JsonSchema, at: Pointer) =>
    object([
      ['schema', convert(child, at, context)],
      ['evaluation', evaluationOf(child, at, context, convert, refs)],
    ]);
  if (schema.properties !== undefined) entries.push(['properties', literal(Object.keys(schema.properties))]);
  if (schema.patternProperties !== undefined)
    entries.push([
      'patterns',
      array(
        Object.keys(schema.patternProperties)
          .map((pattern) => patternExpression(pattern, context))
          .filter((pattern): pattern is ts.Expression => pattern !== undefined),
      ),
    ]);
  if (schema.additionalProperties !== undefined || schema.unevaluatedProperties !== undefined)
    entries.push(['allProperties', f.createTrue()]);
  if (Array.isArray(schema.prefixItems)) entries.push(['prefixItems', literal(schema.prefixItems.length)]);
  if (
    schema.items !== undefined ||
    schema.unevaluatedItems !== undefined ||
    (Array.isArray(schema.prefixItems) && schema.additionalItems !== undefined)
  )
    entries.push(['allItems', f.createTrue()]);
  if (schema.contains !== undefined)
    entries.push([
      'contains',
      convert(schema.contains as JsonSchema, childPointer(pointer, 'contains'), context),
    ]);
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const parts = schema[key];
    if (Array.isArray(parts))
      entries.push([
        key,
        array(parts.map((part, index) => evaluated(part, childPointer(pointer, key, index)))),
      ]);
  }
  if (schema.if !== undefined) {
    for (const key of ['if', 'then', 'else'] as const)
      if (schema[key] !== undefined)
        entries.push([key, evaluated(schema[key] as JsonSchema, childPointer(pointer, key))]);
  }
  if (schema.dependentSchemas !== undefined)
    entries.push([
      'dependentSchemas',
      object(
        Object.entries(schema.dependentSchemas as Record<string, JsonSchema>).map(([name, value]) => [
          name,
          evaluated(value, childPointer(pointer, 'dependentSchemas', name)),
        ]),
      ),
    ]);
  if (typeof schema.$ref === 'string') {
    const name = componentName(schema.$ref);
    const target = name === undefined ? undefined : context.component(name);
    const reference = name === undefined ? undefined : context.reference(name);
    if (name !== undefined && target !== undefined && reference !== undefined && !refs.has(name)) {
      const inner = new Set(refs).add(name);
      const body = object([
        ['schema', reference],
        [
          'evaluation',
          evaluationOf(target, childPointer('#/components/schemas', name), context, convert, inner),
        ],
      ]);
      entries.push(['refs', array([arrow([], f.createParenthesizedExpression(body))])]);
    }
  }
  return object(entries);
}

/**
 * A `oneOf`/`anyOf` branch without `type` inside a schema with one `type`:
 * the value has that type anyway, so the branch may say so. Same values,
 * and the branch converts to a typed zod schema (`{ required: [a] }` under
 * `type: object` is an object with `a`, as openapi-typescript types it).
 */
export function withParentType(branch: JsonSchema, parent: JsonSchemaObject): JsonSchema {
  if (typeof branch === 'boolean' || branch.type !== undefined || branch.$ref !== undefined) return branch;
  const types = declaredTypes(parent);
  if (types.length !== 1 || types[0] === 'null') return branch;
  return { ...branch, type: types[0] as JsonSchemaObject['type'] };
}

/** True when `items` admits only strings, numbers, booleans or null (also through component references). */
function primitiveItems(items: JsonSchema | undefined, context: Pick<ConvertContext, 'component'>): boolean {
  let current = items;
  for (let depth = 0; depth < 8 && typeof current === 'object' && typeof current.$ref === 'string'; depth++) {
    const name = componentName(current.$ref);
    current = name === undefined ? undefined : context.component(name);
  }
  if (current === undefined || typeof current === 'boolean') return false;
  const values = current.const !== undefined ? [current.const] : current.enum;
  if (Array.isArray(values)) return values.every(isPrimitive);
  const types = declaredTypes(current);
  const scalar = ['string', 'number', 'integer', 'boolean', 'null'];
  return (
    types.length > 0 &&
    types.every((type) => scalar.includes(type)) &&
    current.allOf === undefined &&
    current.anyOf === undefined &&
    current.oneOf === undefined
  );
}

/** True when two branch schemas can both accept some value as far as their declared types tell. */
export function typesOverlap(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const widen = (types: readonly string[]) =>
    types.flatMap((type) => (type === 'integer' ? ['number'] : [type]));
  const left = new Set(widen(a));
  return widen(b).some((type) => left.has(type));
}

/** The declared types of a branch, looking through one component reference. */
export function branchTypes(branch: JsonSchema, context: Pick<ConvertContext, 'component'>): string[] {
  if (typeof branch === 'boolean') return [];
  if (typeof branch.$ref === 'string') {
    const name = componentName(branch.$ref);
    const target = name === undefined ? undefined : context.component(name);
    return target === undefined || typeof target === 'boolean' ? [] : declaredTypes(target);
  }
  if (branch.const !== undefined && isPrimitive(branch.const)) return [jsonTypeOf(branch.const)];
  return declaredTypes(branch);
}

function jsonTypeOf(value: Primitive): string {
  if (value === null) return 'null';
  return typeof value;
}
