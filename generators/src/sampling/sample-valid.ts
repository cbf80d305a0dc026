import type { JsonSchema, JsonSchemaObject, JsonType } from '../model/types.js';
import { Random } from './random.js';
import { type Realism, realisticNumber, realisticString } from './realistic.js';
import { asObject, deepEqual, flatten, inferTypes, mergeSchemas, type SchemaScope } from './resolve.js';
import { sampleString } from './strings.js';

/** `request` omits `readOnly` properties; `response` omits `writeOnly` ones (OAS 3.1 §4.8.24). */
export type SamplingDirection = 'request' | 'response';

export interface SampleOptions extends SchemaScope {
  seed: number | string;
  direction: SamplingDirection;
  /** How deep a recursive `$ref` may nest before only required members are produced. Default 3. */
  maxDepth?: number;
  /** Include optional object properties. Default true: positive cases exercise as much of the schema as they can. */
  optionalProperties?: boolean;
  /**
   * Believable values (faker, by `x-faker`, format and property name) where
   * the schema allows them; maps get a few entries. Without it values are
   * plain and minimal, which is what negative cases mutate.
   */
  realism?: Realism;
}

interface State {
  options: SampleOptions;
  random: Random;
  /** `$ref`s on the path from the root to the current node. */
  stack: string[];
  /** Name of the property (or of the array holding the item) being sampled, for realistic values. */
  name?: string;
}

/**
 * A value that satisfies `schema`, generated deterministically from `seed`:
 * examples and defaults are not consulted (callers that prefer examples use
 * them first). Honours types, formats, enum/const, numeric and length bounds,
 * patterns, required, additionalProperties, allOf/oneOf/anyOf (one branch),
 * readOnly/writeOnly by direction, and `$ref`s to components with a bound on
 * recursion depth.
 */
export function sampleValid(schema: JsonSchema, options: SampleOptions): unknown {
  return sampleNode(schema, { options, random: new Random(options.seed), stack: [] });
}

/** Whether a property exists in the given direction (readOnly properties are never sent, writeOnly never returned). */
export function visibleIn(schema: JsonSchema, direction: SamplingDirection, scope: SchemaScope): boolean {
  const flat = flatten(schema, scope);
  return direction === 'request' ? flat.readOnly !== true : flat.writeOnly !== true;
}

function sampleNode(schema: JsonSchema | undefined, state: State): unknown {
  const refs: string[] = [];
  let flat = flatten(schema, state.options, refs);
  const stack = [...state.stack, ...refs];
  const inner: State = { ...state, stack };
  const branch = chooseBranch(flat, inner);
  if (branch) flat = branch;

  if (flat.const !== undefined) return flat.const;
  if (flat.enum && flat.enum.length > 0) {
    const nonNull = flat.enum.filter((value) => value !== null);
    return state.random.pick(nonNull.length > 0 ? nonNull : flat.enum);
  }
  const type = chooseType(flat);
  switch (type) {
    case 'object':
      return sampleObject(flat, inner);
    case 'array':
      return sampleArray(flat, inner);
    case 'string':
      return (
        realistic(state, () =>
          realisticString(state.options.realism as Realism, state.random, flat, state.name),
        ) ?? sampleString(flat, state.random)
      );
    case 'integer':
      return (
        realistic(state, () =>
          realisticNumber(state.options.realism as Realism, state.random, flat, state.name, true),
        ) ?? sampleNumber(flat, true, state.random)
      );
    case 'number':
      return (
        realistic(state, () =>
          realisticNumber(state.options.realism as Realism, state.random, flat, state.name, false),
        ) ?? sampleNumber(flat, false, state.random)
      );
    case 'boolean':
      return state.random.bool();
    case 'null':
      return null;
    default:
      return sampleString(flat, state.random);
  }
}

function realistic<T>(state: State, generate: () => T | undefined): T | undefined {
  return state.options.realism === undefined ? undefined : generate();
}

/** Resolves `oneOf`/`anyOf` to one branch merged with the sibling keywords; honours a discriminator. */
function chooseBranch(flat: JsonSchemaObject, state: State): JsonSchemaObject | undefined {
  const branches = flat.oneOf ?? flat.anyOf;
  if (!branches || branches.length === 0) return undefined;
  const { oneOf: _oneOf, anyOf: _anyOf, discriminator, ...siblings } = flat;
  // Prefer branches that are not `null`, then any branch that does not recurse into a ref already on the stack.
  const candidates = branches
    .map((branch, index) => ({ branch, index, flat: flatten(branch, state.options) }))
    .filter((candidate) => candidate.flat.type !== 'null');
  const pool =
    candidates.length > 0
      ? candidates
      : branches.map((branch, index) => ({ branch, index, flat: flatten(branch, state.options) }));
  const safe = pool.filter((candidate) => !isRecursive(candidate.branch, state));
  const chosen = state.random.pick(safe.length > 0 ? safe : pool);
  if (!chosen) return undefined;
  const branchFlat = flatten(chosen.branch, state.options);
  let merged = mergeSchemas(siblings, branchFlat);
  if (flat.oneOf) {
    // Exactly one branch may match: optional sibling properties that another branch requires could
    // make the value match that branch too, so only the chosen branch's own properties are added.
    merged[ONE_OF_PROPERTIES] = [...Object.keys(branchFlat.properties ?? {}), ...(branchFlat.required ?? [])];
  }
  if (discriminator) {
    const tag = discriminatorValue(discriminator, chosen.branch);
    if (tag !== undefined) {
      merged = {
        ...merged,
        properties: { ...merged.properties, [discriminator.propertyName]: { const: tag } },
      };
    }
  }
  return merged;
}

/** OAS 3.1 §4.8.25: the mapping names the value; without one, the referenced schema's name is the value. */
function discriminatorValue(
  discriminator: NonNullable<JsonSchemaObject['discriminator']>,
  branch: JsonSchema,
): string | undefined {
  const ref = asObject(branch).$ref;
  if (typeof ref !== 'string') return undefined;
  const mapped = Object.entries(discriminator.mapping ?? {}).find(
    ([, target]) => target === ref || target.endsWith(`/${ref.split('/').pop()}`),
  );
  return mapped?.[0] ?? ref.split('/').pop();
}

function isRecursive(schema: JsonSchema, state: State): boolean {
  const ref = asObject(schema).$ref;
  return typeof ref === 'string' && state.stack.includes(ref);
}

/** Marks a merged oneOf branch: the optional properties allowed in the sample. */
const ONE_OF_PROPERTIES = 'x-sampling-oneof-properties';

function chooseType(flat: JsonSchemaObject): JsonType | undefined {
  const types = inferTypes(flat);
  if (!types) return undefined;
  return types.find((type) => type !== 'null') ?? types[0];
}

function tooDeep(state: State): boolean {
  const maxDepth = state.options.maxDepth ?? 3;
  const counts = new Map<string, number>();
  for (const ref of state.stack) counts.set(ref, (counts.get(ref) ?? 0) + 1);
  return [...counts.values()].some((count) => count > 1) || state.stack.length > maxDepth * 4;
}

function sampleObject(flat: JsonSchemaObject, state: State): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const required = new Set(flat.required ?? []);
  const includeOptional = (state.options.optionalProperties ?? true) && !tooDeep(state);
  const oneOfAllowed = Array.isArray(flat[ONE_OF_PROPERTIES])
    ? new Set(flat[ONE_OF_PROPERTIES] as string[])
    : undefined;
  for (const [name, propertySchema] of Object.entries(flat.properties ?? {})) {
    if (!visibleIn(propertySchema, state.options.direction, state.options)) continue;
    const optionalAllowed =
      includeOptional &&
      !isRecursive(propertySchema, state) &&
      (oneOfAllowed === undefined || oneOfAllowed.has(name));
    if (!required.has(name) && !optionalAllowed) continue;
    result[name] = sampleNode(propertySchema, { ...state, random: state.random.fork(name), name });
  }
  // Required names without a declared property schema still have to be present.
  for (const name of required) {
    if (!(name in result) && !(flat.properties && name in flat.properties)) {
      result[name] = sampleNode(flat.additionalProperties === false ? {} : flat.additionalProperties, state);
    }
  }
  const minProperties = flat.minProperties ?? 0;
  // `minProperties` beyond the required members: take declared optional properties first (in
  // schema order), even when optional members were not wanted, before inventing extra names.
  for (const [name, propertySchema] of Object.entries(flat.properties ?? {})) {
    if (Object.keys(result).length >= minProperties) break;
    if (name in result || !visibleIn(propertySchema, state.options.direction, state.options)) continue;
    result[name] = sampleNode(propertySchema, { ...state, random: state.random.fork(name) });
  }
  // A map (`additionalProperties: {schema}` and no declared members) gets a couple of entries.
  const wanted =
    state.options.realism !== undefined &&
    !tooDeep(state) &&
    typeof flat.additionalProperties === 'object' &&
    Object.keys(flat.properties ?? {}).length === 0 &&
    flat.patternProperties === undefined
      ? Math.min(flat.maxProperties ?? 2, Math.max(minProperties, 2))
      : minProperties;
  if (flat.additionalProperties !== false) {
    for (let index = 0; Object.keys(result).length < wanted; index++) {
      const key = state.options.realism
        ? (realisticKey(state, index, flat.propertyNames) ?? `extra${index}`)
        : `extra${index}`;
      if (key in result) {
        if (index > wanted + 5) break;
        continue;
      }
      result[key] = sampleNode(
        flat.additionalProperties === undefined || flat.additionalProperties === true
          ? { type: 'string' }
          : flat.additionalProperties,
        { ...state, random: state.random.fork(key) },
      );
    }
    return result;
  }
  if (flat.additionalProperties !== false) {
    for (let index = 0; Object.keys(result).length < minProperties; index++) {
      result[`extra${index}`] = sampleNode(
        flat.additionalProperties === undefined ? { type: 'string' } : flat.additionalProperties,
        state,
      );
    }
  }
  return result;
}

/** A map key: a word that satisfies `propertyNames` when it says anything. */
function realisticKey(state: State, index: number, propertyNames: unknown): string | undefined {
  const names =
    typeof propertyNames === 'object' && propertyNames !== null ? (propertyNames as JsonSchemaObject) : {};
  if (names.enum || names.const !== undefined || names.pattern !== undefined || names.format !== undefined)
    return String(sampleNode(names, { ...state, random: state.random.fork(`key${index}`), name: undefined }));
  const faker = state.options.realism?.faker;
  if (!faker) return undefined;
  faker.seed(state.random.fork(`key${index}`).int(0, 2_147_483_646));
  return faker.lorem.word();
}

function sampleArray(flat: JsonSchemaObject, state: State): unknown[] {
  const minItems = flat.minItems ?? 0;
  const maxItems = flat.maxItems ?? Math.max(minItems, 2);
  const wanted =
    tooDeep(state) || isRecursive(flat.items ?? {}, state)
      ? minItems
      : Math.min(maxItems, Math.max(minItems, 1));
  const items: unknown[] = [];
  const prefix = flat.prefixItems ?? [];
  for (let index = 0; items.length < wanted; index++) {
    const itemSchema = prefix[index] ?? flat.items ?? {};
    let value = sampleNode(itemSchema, { ...state, random: state.random.fork(`item${index}`) });
    if (flat.uniqueItems) {
      for (let retry = 0; retry < 10 && items.some((item) => deepEqual(item, value)); retry++) {
        value = sampleNode(itemSchema, { ...state, random: state.random.fork(`item${index}-${retry}`) });
      }
      if (items.some((item) => deepEqual(item, value))) break;
    }
    items.push(value);
    if (index > wanted + 20) break;
  }
  return items;
}

function sampleNumber(flat: JsonSchemaObject, integer: boolean, random: Random): number {
  const step = flat.multipleOf ?? (integer ? 1 : undefined);
  let low = flat.minimum ?? -Infinity;
  let high = flat.maximum ?? Infinity;
  if (flat.exclusiveMinimum !== undefined)
    low = Math.max(low, flat.exclusiveMinimum + (step ?? 0.5) * (integer || step ? 1 : 0.01));
  if (flat.exclusiveMaximum !== undefined)
    high = Math.min(high, flat.exclusiveMaximum - (step ?? 0.5) * (integer || step ? 1 : 0.01));
  if (!Number.isFinite(low) && !Number.isFinite(high)) {
    low = 1;
    high = 100;
  } else if (!Number.isFinite(low)) low = high - 100;
  else if (!Number.isFinite(high)) high = low + 100;
  if (step) {
    const first = Math.ceil(low / step);
    const last = Math.floor(high / step);
    const multiple = random.int(first, Math.max(first, last)) * step;
    return integer ? Math.round(multiple) : Number(multiple.toPrecision(12));
  }
  const value = low + random.next() * (high - low);
  return Number(value.toFixed(2)) >= low && Number(value.toFixed(2)) <= high
    ? Number(value.toFixed(2))
    : value;
}
