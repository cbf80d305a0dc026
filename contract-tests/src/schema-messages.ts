import type { ErrorObject } from 'ajv/dist/2020.js';

/**
 * One schema error in a person's words, in two halves that a check joins
 * with its own subject: `problem` follows the value's place ("$.age is a
 * string ("12")"), `rule` follows the schema's name ("the response schema of
 * 200 says it must be an integer"). Every keyword Ajv 2020 reports has its
 * wording here; an unknown one gets a neutral sentence, never Ajv's text.
 */
export interface ErrorWording {
  problem: string;
  rule: string;
  /** The failing keyword with its value (or a digest of it), e.g. `required: ["id","nickname"]`. */
  excerpt: string;
}

/** Words for one Ajv error (Ajv runs with `verbose`, so `data` and `schema` are present). */
export function wordError(error: ErrorObject): ErrorWording {
  const params = error.params as Record<string, unknown>;
  const data: unknown = error.data;
  const schema: unknown = error.schema;
  const excerpt = `${error.keyword}: ${brief(schema)}`;
  switch (error.keyword) {
    case 'required':
      return { problem: 'is missing', rule: 'requires it', excerpt };
    case 'dependentRequired':
      return {
        problem: `is missing although ${String(params.property)} is present`,
        rule: `requires it whenever ${String(params.property)} is present`,
        excerpt,
      };
    case 'type':
      return {
        problem: `is ${describe(data)}`,
        rule: `says it must be ${listOf(
          asArray(schema).map((type) => article(String(type))),
          'or',
        )}`,
        excerpt,
      };
    case 'enum':
      return {
        problem: `is ${brief(data)}`,
        rule: `allows only ${listOf(asArray(schema).map(brief), 'or', 6)}`,
        excerpt,
      };
    case 'const':
      return { problem: `is ${brief(data)}`, rule: `allows only ${brief(schema)}`, excerpt };
    case 'format':
      return {
        problem: `(${brief(data)}) is not a valid ${String(schema)}`,
        rule: `requires format "${String(schema)}"`,
        excerpt,
      };
    case 'pattern':
      return {
        problem: `(${brief(data)}) does not match the pattern`,
        rule: `requires the pattern ${String(schema)}`,
        excerpt,
      };
    case 'minLength':
    case 'maxLength': {
      const length = typeof data === 'string' ? [...data].length : 0;
      return {
        problem: `(${brief(data)}) is ${length} character(s) long`,
        rule: `allows ${error.keyword === 'minLength' ? 'at least' : 'at most'} ${String(schema)}`,
        excerpt,
      };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        problem: `(${brief(data)}) is too ${error.keyword.toLowerCase().includes('min') ? 'small' : 'large'}`,
        rule: `requires a number ${COMPARISON[String(params.comparison)] ?? String(params.comparison)} ${String(params.limit)}`,
        excerpt,
      };
    case 'multipleOf':
      return {
        problem: `(${brief(data)}) is not a multiple of ${String(schema)}`,
        rule: `requires a multiple of ${String(schema)}`,
        excerpt,
      };
    case 'minItems':
    case 'maxItems':
      return {
        problem: `has ${Array.isArray(data) ? data.length : 0} item(s)`,
        rule: `allows ${error.keyword === 'minItems' ? 'at least' : 'at most'} ${String(schema)}`,
        excerpt,
      };
    case 'uniqueItems':
      return {
        problem: `has equal items at indexes ${String(params.j)} and ${String(params.i)}`,
        rule: 'requires every item to be different',
        excerpt,
      };
    case 'minProperties':
    case 'maxProperties':
      return {
        problem: `has ${data !== null && typeof data === 'object' ? Object.keys(data).length : 0} propert(y/ies)`,
        rule: `allows ${error.keyword === 'minProperties' ? 'at least' : 'at most'} ${String(schema)}`,
        excerpt,
      };
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const known = Object.keys(
        (error.parentSchema as { properties?: object } | undefined)?.properties ?? {},
      );
      return {
        problem: 'is not a documented property',
        rule:
          known.length > 0
            ? `allows no properties beyond ${listOf(known, 'and', 8)}`
            : 'allows no properties here',
        excerpt: known.length > 0 ? `${excerpt}; properties: ${brief(known)}` : excerpt,
      };
    }
    case 'unevaluatedItems':
    case 'items':
      return {
        problem: `has more items than the schema describes (${Array.isArray(data) ? data.length : 0})`,
        rule: 'allows no further items',
        excerpt,
      };
    case 'propertyNames':
      return {
        problem: `has a property named ${brief(params.propertyName)} that breaks the naming rule`,
        rule: `requires property names to match ${brief(schema)}`,
        excerpt,
      };
    case 'oneOf':
      return Array.isArray(params.passingSchemas)
        ? {
            problem: `matches ${params.passingSchemas.length} alternatives at once (${params.passingSchemas.map((index) => alternative(schema, Number(index))).join(', ')})`,
            rule: 'requires exactly one (oneOf)',
            excerpt: `oneOf: [${alternatives(schema)}]`,
          }
        : {
            problem: `(${brief(data)}) matches none of the alternatives`,
            rule: `requires exactly one of ${alternatives(schema)} (oneOf)`,
            excerpt: `oneOf: [${alternatives(schema)}]`,
          };
    case 'anyOf':
      return {
        problem: `(${brief(data)}) matches none of the alternatives`,
        rule: `requires at least one of ${alternatives(schema)} (anyOf)`,
        excerpt: `anyOf: [${alternatives(schema)}]`,
      };
    case 'not':
      return { problem: `(${brief(data)}) matches a schema it must not`, rule: 'forbids it (not)', excerpt };
    case 'contains':
    case 'minContains':
    case 'maxContains':
      return {
        problem: 'has too few or too many items of the kind it must contain',
        rule: `requires ${containsRule(error.parentSchema)}`,
        excerpt,
      };
    case 'if':
      return {
        problem: `does not satisfy the "${String(params.failingKeyword)}" rule that applies to it`,
        rule: `requires it when its "if" condition holds`,
        excerpt: `if: ${brief(schema)}`,
      };
    case 'false schema':
      return { problem: 'is present', rule: 'allows nothing here', excerpt: 'false' };
    default:
      return {
        problem: `(${brief(data)}) breaks the "${error.keyword}" rule`,
        rule: `requires ${excerpt}`,
        excerpt,
      };
  }
}

const COMPARISON: Record<string, string> = {
  '>=': 'of at least',
  '<=': 'of at most',
  '>': 'above',
  '<': 'below',
};

/** A value in a few characters: strings quoted, objects and arrays as compact JSON, cut at 60. */
export function brief(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** "a string ("12")", "null", "an array of 3 item(s)": what the value is, for a type error. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length} item(s)`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return `${Number.isInteger(value) ? 'an integer' : 'a number'} (${value})`;
  return `${article(typeof value)} (${brief(value)})`;
}

function article(type: string): string {
  if (type === 'null') return 'null';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

function listOf(items: string[], conjunction: 'and' | 'or', limit = Infinity): string {
  const shown = items.slice(0, limit);
  const rest = items.length > shown.length ? ` (${items.length} in all)` : '';
  if (shown.length <= 1) return `${shown[0] ?? ''}${rest}`;
  return `${shown.slice(0, -1).join(', ')} ${conjunction} ${shown.at(-1)}${rest}`;
}

/** The alternatives of a oneOf/anyOf named briefly: their component, title or type. */
function alternatives(schema: unknown): string {
  return asArray(schema)
    .map((_entry, index) => alternative(schema, index))
    .join(', ');
}

function alternative(schema: unknown, index: number): string {
  const entry = asArray(schema)[index] as Record<string, unknown> | undefined;
  if (!entry || typeof entry !== 'object') return `#${index + 1}`;
  if (typeof entry.$ref === 'string') return entry.$ref.split('/').at(-1) ?? `#${index + 1}`;
  if (typeof entry.title === 'string') return entry.title;
  if (entry.const !== undefined) return brief(entry.const);
  if (typeof entry.type === 'string') return entry.type;
  if (Array.isArray(entry.type)) return entry.type.join('|');
  return `#${index + 1}`;
}

function containsRule(parent: unknown): string {
  const schema = (parent ?? {}) as { minContains?: number; maxContains?: number };
  const min = schema.minContains ?? 1;
  return schema.maxContains === undefined
    ? `at least ${min} matching item(s)`
    : `between ${min} and ${schema.maxContains} matching item(s)`;
}
