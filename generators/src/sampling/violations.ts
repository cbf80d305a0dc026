import type { JsonSchema, JsonSchemaObject, JsonType } from '../model/types.js';
import { deepEqual, flatten, inferTypes, jsonTypeOf, type SchemaScope } from './resolve.js';
import { type SampleOptions, sampleValid, visibleIn } from './sample-valid.js';
import { FORMAT_VIOLATIONS } from './strings.js';

/** One invalid variant of a valid value: exactly one constraint is broken, the rest stays valid where possible. */
export interface Violation {
  /** The JSON Schema keyword broken, e.g. `required`, `type`, `maxLength`, `additionalProperties`. */
  keyword: string;
  /** Human label, e.g. `missing required property "title"`. */
  label: string;
  /** JSONPath of the broken node: `$`, `$.title`, `$.tags[0]`. */
  path: string;
  /** The whole invalid value (root level), ready to send. */
  value: unknown;
  /** Whether the broken node is the root value itself (parameters use this: only root violations are sendable). */
  atRoot: boolean;
}

export interface ViolationOptions extends SampleOptions {
  /** The valid value to mutate; sampled from `seed` when absent (e.g. pass a spec example instead). */
  base?: unknown;
}

/**
 * Invalid variants of a valid value, one per constraint the schema states:
 * missing required property, wrong type, below/above bounds, too short/long,
 * pattern and format mismatch, value outside enum/const, unknown property
 * where additionalProperties is false, too few/many or duplicate items.
 * Constraints inside nested objects and the first array item are visited too.
 */
export function violations(schema: JsonSchema, options: ViolationOptions): Violation[] {
  const base = options.base !== undefined ? options.base : sampleValid(schema, options);
  const found: Violation[] = [];
  visit(schema, base, [], { ...options, base }, found, 0);
  return found;
}

type Segment = string | number;

function visit(
  schema: JsonSchema,
  value: unknown,
  path: Segment[],
  options: ViolationOptions,
  out: Violation[],
  depth: number,
): void {
  if (depth > 6) return;
  const flat = flatten(schema, options);
  const push = (keyword: string, label: string, replacement: unknown) => {
    out.push({ keyword, label, path: jsonPath(path), value: replacement, atRoot: path.length === 0 });
  };
  // `push` records the replacement for the node; the caller rebuilds the root value below.
  const start = out.length;

  const types = branchTypes(flat, options);
  if (types) {
    const wrong = wrongTypeValue(types);
    if (wrong !== undefined)
      push(
        'type',
        `wrong type: ${describe(wrong.value)} where ${types.join(' or ')} is expected`,
        wrong.value,
      );
  }
  if (flat.const !== undefined)
    push(
      'const',
      `value other than the constant ${JSON.stringify(flat.const)}`,
      differentFrom([flat.const], flat.const),
    );
  else if (flat.enum && flat.enum.length > 0) {
    const outside = differentFrom(flat.enum, value);
    push('enum', `value ${JSON.stringify(outside)} outside the enum`, outside);
  }
  if (typeof value === 'string') stringViolations(flat, value, push);
  if (typeof value === 'number') numberViolations(flat, value, push);
  if (Array.isArray(value)) arrayViolations(flat, value, push);

  // Rebuild whole-value variants for what was pushed at this node.
  const base = options.base;
  for (let index = start; index < out.length; index++) {
    const entry = out[index] as Violation;
    entry.value = replaceAt(base, path, entry.value);
  }

  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const name of flat.required ?? []) {
      const propertySchema = flat.properties?.[name];
      if (propertySchema !== undefined && !visibleIn(propertySchema, options.direction, options)) continue;
      if (!(name in record)) continue;
      const { [name]: _removed, ...rest } = record;
      out.push({
        keyword: 'required',
        label: `missing required property "${name}"`,
        path: jsonPath([...path, name]),
        value: replaceAt(base, path, rest),
        atRoot: path.length === 0,
      });
    }
    if (flat.additionalProperties === false || flat.unevaluatedProperties === false) {
      let extra = 'unexpectedProperty';
      while (extra in record || flat.properties?.[extra] !== undefined) extra = `_${extra}`;
      out.push({
        keyword: 'additionalProperties',
        label: `unknown property "${extra}" where additionalProperties is false`,
        path: jsonPath([...path, extra]),
        value: replaceAt(base, path, { ...record, [extra]: 'unexpected' }),
        atRoot: false,
      });
    }
    for (const [name, propertyValue] of Object.entries(record)) {
      const propertySchema = flat.properties?.[name];
      if (propertySchema === undefined) continue;
      visit(propertySchema, propertyValue, [...path, name], options, out, depth + 1);
    }
  }
  if (Array.isArray(value) && value.length > 0) {
    const itemSchema = flat.prefixItems?.[0] ?? flat.items;
    if (itemSchema !== undefined) visit(itemSchema, value[0], [...path, 0], options, out, depth + 1);
  }
}

type Push = (keyword: string, label: string, replacement: unknown) => void;

function stringViolations(flat: JsonSchemaObject, value: string, push: Push): void {
  if (flat.minLength !== undefined && flat.minLength > 0)
    push('minLength', `string shorter than minLength ${flat.minLength}`, value.slice(0, flat.minLength - 1));
  if (flat.maxLength !== undefined)
    push(
      'maxLength',
      `string longer than maxLength ${flat.maxLength}`,
      value.padEnd(flat.maxLength + 1, 'x'),
    );
  if (flat.pattern !== undefined) {
    const mismatch = patternMismatch(flat.pattern, flat);
    if (mismatch !== undefined) push('pattern', `string not matching pattern ${flat.pattern}`, mismatch);
  }
  if (flat.format !== undefined && flat.pattern === undefined) {
    const broken = FORMAT_VIOLATIONS[flat.format];
    if (
      broken !== undefined &&
      (flat.maxLength === undefined || broken.length <= flat.maxLength) &&
      broken.length >= (flat.minLength ?? 0)
    ) {
      push('format', `string not in format ${flat.format}`, broken);
    }
  }
}

function numberViolations(flat: JsonSchemaObject, value: number, push: Push): void {
  const integer = inferTypes(flat)?.includes('integer') && !inferTypes(flat)?.includes('number');
  const unit = integer ? 1 : 0.5;
  if (flat.minimum !== undefined)
    push(
      'minimum',
      `number below minimum ${flat.minimum}`,
      integer ? Math.ceil(flat.minimum) - 1 : flat.minimum - unit,
    );
  if (flat.exclusiveMinimum !== undefined)
    push('exclusiveMinimum', `number at exclusiveMinimum ${flat.exclusiveMinimum}`, flat.exclusiveMinimum);
  if (flat.maximum !== undefined)
    push(
      'maximum',
      `number above maximum ${flat.maximum}`,
      integer ? Math.floor(flat.maximum) + 1 : flat.maximum + unit,
    );
  if (flat.exclusiveMaximum !== undefined)
    push('exclusiveMaximum', `number at exclusiveMaximum ${flat.exclusiveMaximum}`, flat.exclusiveMaximum);
  if (flat.multipleOf !== undefined && !(integer && flat.multipleOf === 1)) {
    const off = value + (integer ? 1 : flat.multipleOf / 2);
    if (Math.abs(off / flat.multipleOf - Math.round(off / flat.multipleOf)) > 1e-9)
      push('multipleOf', `number not a multiple of ${flat.multipleOf}`, off);
  }
}

function arrayViolations(flat: JsonSchemaObject, value: unknown[], push: Push): void {
  if (flat.minItems !== undefined && flat.minItems > 0)
    push('minItems', `array with fewer than ${flat.minItems} items`, value.slice(0, flat.minItems - 1));
  if (flat.maxItems !== undefined && value.length > 0) {
    push(
      'maxItems',
      `array with more than ${flat.maxItems} items`,
      Array.from({ length: flat.maxItems + 1 }, (_, index) => value[index % value.length]),
    );
  }
  if (flat.uniqueItems === true && value.length > 0 && (flat.maxItems === undefined || flat.maxItems >= 2)) {
    push('uniqueItems', 'array with duplicate items', [value[0], value[0], ...value.slice(1)]);
  }
}

/** Types admitted by the schema, looking through oneOf/anyOf branches; `undefined` when anything goes. */
function branchTypes(flat: JsonSchemaObject, scope: SchemaScope): JsonType[] | undefined {
  const own = inferTypes(flat);
  const branches = flat.oneOf ?? flat.anyOf;
  if (!branches) return own;
  const union = new Set<JsonType>();
  for (const branch of branches) {
    const types = inferTypes(flatten(branch, scope));
    if (!types) return own;
    for (const type of types) union.add(type);
  }
  return own
    ? own.filter((type) => union.has(type) || (type === 'number' && union.has('integer')))
    : [...union];
}

const WRONG_TYPE_CANDIDATES: { type: JsonType; value: unknown }[] = [
  { type: 'string', value: 'not-a-number' },
  { type: 'boolean', value: true },
  { type: 'integer', value: 12345 },
  { type: 'object', value: { unexpected: true } },
  { type: 'array', value: ['unexpected'] },
];

/** A JSON value of a type the schema does not admit (`integer` admits no fractions, `number` admits integers). */
function wrongTypeValue(types: JsonType[]): { value: unknown } | undefined {
  if (types.includes('integer') && !types.includes('number') && !types.includes('string'))
    return { value: 'not-a-number' };
  const admits = (type: JsonType) => types.includes(type) || (type === 'integer' && types.includes('number'));
  const candidate = WRONG_TYPE_CANDIDATES.find((entry) => !admits(entry.type));
  return candidate ? { value: candidate.value } : undefined;
}

function differentFrom(values: unknown[], like: unknown): unknown {
  const type = jsonTypeOf(like);
  if (type === 'integer' || type === 'number') {
    const numbers = values.filter((value): value is number => typeof value === 'number');
    return Math.max(0, ...numbers) + 1;
  }
  if (type === 'boolean') {
    const other = !like;
    return values.some((value) => deepEqual(value, other)) ? 'not-in-enum' : other;
  }
  let candidate = 'not-in-enum';
  while (values.includes(candidate)) candidate = `${candidate}-x`;
  return candidate;
}

function patternMismatch(pattern: string, flat: JsonSchemaObject): string | undefined {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
  const minLength = flat.minLength ?? 0;
  const maxLength = flat.maxLength ?? Infinity;
  const candidates = ['!!!', '~', ' ', '', '0', 'a', '!!!!!!!!!!!!!!!!', 'not matching', 'ZZZZZZZZ'];
  return candidates.find(
    (candidate) => !regex.test(candidate) && candidate.length >= minLength && candidate.length <= maxLength,
  );
}

function describe(value: unknown): string {
  return `${jsonTypeOf(value)} ${JSON.stringify(value)}`;
}

/** Returns a copy of `root` with the node at `path` replaced. */
function replaceAt(root: unknown, path: Segment[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [Segment, ...Segment[]];
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[head as number] = replaceAt(root[head as number], rest, replacement);
    return copy;
  }
  const record = (root ?? {}) as Record<string, unknown>;
  return { ...record, [head]: replaceAt(record[head], rest, replacement) };
}

/** `$`, `$.a.b`, `$.items[0]`, `$['x-y']`. */
export function jsonPath(path: readonly Segment[]): string {
  return `$${path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : /^[A-Za-z_$][\w$]*$/.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`)).join('')}`;
}
