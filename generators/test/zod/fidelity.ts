/**
 * Fidelity harness: do the generated zod schemas accept and reject the same
 * values as the source schemas? The source side is ajv (JSON Schema 2020-12
 * with ajv-formats) over the normalized component schemas; the values are
 * generated three ways: valid samples and one-constraint violations from the
 * spec (`src/sampling`), and json-schema-faker samples of the JSON Schema
 * that `z.toJSONSchema` produces from the zod schema itself.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { JSONSchemaFaker } from 'json-schema-faker';
import type { z } from 'zod';
import { escapePointerToken } from '../../src/model/json-pointer.js';
import type { JsonSchema, NamedSchema, SpecModel } from '../../src/model/types.js';
import { Random, sampleValid, violations } from '../../src/sampling/index.js';
import { referencedComponents } from '../../src/zod/graph.js';
import { emitZod, importGenerated } from './helpers.js';

export type ValueOrigin = 'sample' | 'violation' | 'zod-json-schema';

export interface Disagreement {
  component: string;
  origin: ValueOrigin;
  value: unknown;
  /** What the source schema (ajv) said. */
  source: boolean;
  /** What the zod schema said. */
  zod: boolean;
  /** Why the rejecting side rejected (ajv's errors or zod's issues), for the report. */
  reason: string;
  /** ajv's errors when the source rejected. */
  sourceErrors: { keyword: string; params: Record<string, unknown>; siblings: string[] }[];
  /** zod's issues when zod rejected. */
  zodIssues: { code: string; expected?: unknown; format?: unknown; origin?: unknown }[];
}

/**
 * Known, documented reasons the two validators may differ. Anything else is
 * a bug in the emitter (or in this harness) and fails the fidelity test.
 */
export const KNOWN_DIFFERENCES = {
  'format-checker':
    'zod and ajv-formats check some formats differently: zod is stricter on RFC 3339 date-time edge forms (lowercase t/z, space separator, +hhmm offsets, leap seconds) and uses the WHATWG URL parser for uri; uri-reference is checked loosely (no whitespace or backslash); hostname/ipv6/base64 checkers differ in corner cases.',
  'oneOf-overlap':
    'oneOf is emitted as z.union, which accepts a value matching several branches; JSON Schema oneOf rejects it.',
  'degraded-keyword':
    'not, if/then/else, patternProperties, prefixItems, contains, propertyNames, dependent*, unevaluated* are not translated (the emitter warns with ZOD_UNSUPPORTED_CONSTRUCT).',
  'untyped-object':
    'A schema with object or array keywords but no `type` is emitted as an object (array), as openapi-typescript types it; JSON Schema would also accept other types.',
  'unique-items-key-order':
    'uniqueItems compares items by JSON text, so objects equal up to key order count as distinct.',
  'string-length-units': 'zod counts string length in UTF-16 code units, JSON Schema in code points.',
  'unsafe-integer':
    'z.int() accepts only safe integers (|n| <= 2^53 - 1); JSON Schema integers are unbounded.',
  'closed-composition':
    'additionalProperties: false next to allOf/anyOf/oneOf rejects, in JSON Schema, every property the composed parts declare (usually a spec bug); z.intersection with a strict object only rejects keys no side declares.',
} as const;

export type KnownDifference = keyof typeof KNOWN_DIFFERENCES;

const DEGRADED_KEYWORDS = new Set([
  'not',
  'if',
  'then',
  'else',
  'patternProperties',
  'prefixItems',
  'items',
  'contains',
  'propertyNames',
  'dependentRequired',
  'dependentSchemas',
  'dependencies',
  'unevaluatedProperties',
  'unevaluatedItems',
]);

/** The documented difference that explains a disagreement, or `undefined` when none does. */
export function explain(disagreement: Disagreement): KnownDifference | undefined {
  if (!disagreement.source) {
    // zod accepted what the spec rejects: which keyword did ajv fail on?
    const keywords = disagreement.sourceErrors.map((error) => error.keyword);
    if (keywords.includes('format')) return 'format-checker';
    const composed = (error: { keyword: string; siblings: string[] }) =>
      error.keyword === 'additionalProperties' &&
      error.siblings.some((key) => key === 'allOf' || key === 'anyOf' || key === 'oneOf');
    if (disagreement.sourceErrors.some(composed)) return 'closed-composition';
    if (keywords.some((keyword) => DEGRADED_KEYWORDS.has(keyword))) return 'degraded-keyword';
    if (
      disagreement.sourceErrors.some(
        (error) => error.keyword === 'oneOf' && Array.isArray(error.params.passingSchemas),
      )
    )
      return 'oneOf-overlap';
    if (keywords.includes('uniqueItems')) return 'unique-items-key-order';
    if (
      (keywords.includes('minLength') || keywords.includes('maxLength')) &&
      someLeaf(disagreement.value, (leaf) => typeof leaf === 'string' && [...leaf].length !== leaf.length)
    ) {
      return 'string-length-units';
    }
    return undefined;
  }
  // zod rejected what the spec accepts.
  const issues = disagreement.zodIssues;
  if (issues.length === 0) return undefined;
  if (issues.every((issue) => issue.code === 'invalid_format')) return 'format-checker';
  if (
    issues.every(
      (issue) =>
        issue.code === 'invalid_type' &&
        (issue.expected === 'object' || issue.expected === 'record' || issue.expected === 'array'),
    )
  )
    return 'untyped-object';
  const bounds = issues.every((issue) => issue.code === 'too_small' || issue.code === 'too_big');
  if (
    bounds &&
    issues.every((issue) => issue.origin === 'string') &&
    someLeaf(disagreement.value, (leaf) => typeof leaf === 'string' && [...leaf].length !== leaf.length)
  ) {
    return 'string-length-units';
  }
  if (
    bounds &&
    someLeaf(
      disagreement.value,
      (leaf) => typeof leaf === 'number' && Number.isInteger(leaf) && !Number.isSafeInteger(leaf),
    )
  )
    return 'unsafe-integer';
  return undefined;
}

export interface FidelityReport {
  components: number;
  /** Components ajv could not compile (e.g. a pattern invalid in Unicode mode): not compared. */
  skipped: string[];
  compared: number;
  agreed: number;
  disagreements: Disagreement[];
}

export interface FidelityOptions {
  seeds: readonly number[];
  /** Compare only these components (all when absent). */
  only?: readonly string[];
}

type ZodModule = Record<string, z.ZodType>;

// ajv-formats is CommonJS: under Node's ESM interop its function is the module itself or its `default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as typeof addFormatsModule.default;

/** Runs the comparison for every (or every selected) component schema of `model`. */
export async function measureFidelity(model: SpecModel, options: FidelityOptions): Promise<FidelityReport> {
  const { files } = await emitZod(model);
  const module = await importGenerated<ZodModule & { toJSONSchema?: never }>(files, 'zod/schemas.ts');
  const { z } = await import('zod');
  const ajv = new Ajv2020({
    strict: false,
    logger: false,
    allErrors: false,
    validateFormats: true,
    verbose: true,
  });
  addFormats(ajv);
  ajv.addSchema({
    $id: 'spec',
    components: { schemas: Object.fromEntries(model.schemas.map((s) => [s.name, s.schema])) },
  });

  const report: FidelityReport = { components: 0, skipped: [], compared: 0, agreed: 0, disagreements: [] };
  const selected = options.only ? model.schemas.filter((s) => options.only?.includes(s.name)) : model.schemas;
  for (const component of selected) {
    report.components++;
    const zodSchema = module[component.identifier];
    let validate: ValidateFunction | undefined;
    try {
      validate = ajv.compile({ $ref: `spec#/components/schemas/${escapePointerToken(component.name)}` });
    } catch {
      validate = undefined;
    }
    if (!zodSchema || !validate) {
      report.skipped.push(component.name);
      continue;
    }
    for (const [origin, value] of instances(component, model, zodSchema, z.toJSONSchema, options.seeds)) {
      const source = validate(value) === true;
      const parsed = zodSchema.safeParse(value);
      report.compared++;
      if (source === parsed.success) report.agreed++;
      else {
        const reason = source
          ? JSON.stringify(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message]))
          : ajv.errorsText(validate.errors);
        report.disagreements.push({
          component: component.name,
          origin,
          value,
          source,
          zod: parsed.success,
          reason,
          sourceErrors: source
            ? []
            : (validate.errors ?? []).map((error) => ({
                keyword: error.keyword,
                params: error.params as Record<string, unknown>,
                siblings: Object.keys(error.parentSchema ?? {}),
              })),
          zodIssues: (parsed.error?.issues ?? []).map((issue) => ({ ...issue })),
        });
      }
    }
  }
  return report;
}

function someLeaf(value: unknown, test: (leaf: unknown) => boolean): boolean {
  if (Array.isArray(value)) return value.some((item) => someLeaf(item, test));
  if (value !== null && typeof value === 'object')
    return Object.values(value).some((item) => someLeaf(item, test));
  return test(value);
}

function* instances(
  component: NamedSchema,
  model: SpecModel,
  zodSchema: z.ZodType,
  toJSONSchema: typeof z.toJSONSchema,
  seeds: readonly number[],
): Generator<[ValueOrigin, unknown]> {
  const ref: JsonSchema = { $ref: `#/components/schemas/${escapePointerToken(component.name)}` };
  let fromZod: unknown;
  try {
    fromZod = toJSONSchema(zodSchema, {
      io: 'input',
      unrepresentable: 'any',
      cycles: 'ref',
      reused: 'inline',
    });
  } catch {
    fromZod = undefined;
  }
  for (const seed of seeds) {
    const scope = { document: model.document, seed, direction: 'response' as const };
    const valid = attempt(() => sampleValid(ref, scope));
    if (valid.ok) {
      yield ['sample', valid.value];
      for (const violation of attempt(() => violations(ref, { ...scope, base: valid.value })).value ?? [])
        yield ['violation', violation.value];
    }
    if (fromZod !== undefined) {
      const random = new Random(seed);
      JSONSchemaFaker.option({
        random: () => random.next(),
        alwaysFakeOptionals: true,
        maxItems: 3,
        refDepthMax: 3,
        failOnInvalidFormat: false,
        failOnInvalidTypes: false,
      });
      const faked = attempt(() => JSONSchemaFaker.generate(fromZod as never));
      if (faked.ok) yield ['zod-json-schema', faked.value];
    }
  }
}

function attempt<T>(produce: () => T): { ok: true; value: T } | { ok: false; value?: undefined } {
  try {
    return { ok: true, value: produce() };
  } catch {
    return { ok: false };
  }
}

/**
 * A seeded sample of a model's components plus everything they reference,
 * so a huge spec (GitHub's ~900 schemas) can be checked in a few seconds.
 */
export function sampleComponents(
  model: SpecModel,
  count: number,
  seed: number,
): { model: SpecModel; picked: string[] } {
  const random = new Random(seed);
  const names = model.schemas.map((s) => s.name);
  const picked: string[] = [];
  while (picked.length < Math.min(count, names.length)) {
    const name = names[Math.floor(random.next() * names.length)] as string;
    if (!picked.includes(name)) picked.push(name);
  }
  const byName = new Map(model.schemas.map((s) => [s.name, s]));
  const keep = new Set<string>();
  const pending = [...picked];
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (keep.has(name) || !byName.has(name)) continue;
    keep.add(name);
    pending.push(...referencedComponents((byName.get(name) as NamedSchema).schema));
  }
  return {
    model: { ...model, schemas: model.schemas.filter((s) => keep.has(s.name)), operations: [] },
    picked,
  };
}
