import type {
  HeaderModel,
  JsonSchema,
  MediaTypeModel,
  OperationModel,
  ResponseModel,
} from '../../model/types.js';
import { flatten, type Realism, type SchemaScope, sampleValid } from '../../sampling/index.js';
import { isJson } from './media.js';
import type { SchemaValidators } from './validators.js';

/** What decides the data of one response: examples or generated, which example, which seed. */
export interface DataChoice {
  dynamic: boolean;
  seed: string;
  exampleKey?: string;
}

/** What generating a value needs: the spec's scope, its validators and faker. */
export interface DataContext {
  scope: SchemaScope;
  validators: SchemaValidators;
  realism: Realism;
}

/**
 * The documented response for a status: exact code, then its range (`4XX`),
 * then `default` (OAS 3.1 §4.8.16.2). `viaDefault` says the range or default
 * stood in for the exact code.
 */
export function documentedResponse(
  operation: OperationModel,
  status: number,
): { response: ResponseModel; viaDefault: boolean } | undefined {
  const exact = operation.responses.find((candidate) => candidate.status === String(status));
  if (exact) return { response: exact, viaDefault: false };
  const range = operation.responses.find(
    (candidate) => candidate.status.toUpperCase() === `${String(status)[0]}XX`,
  );
  if (range) return { response: range, viaDefault: false };
  const fallback = operation.responses.find((candidate) => candidate.status === 'default');
  return fallback ? { response: fallback, viaDefault: true } : undefined;
}

/** The status a success answers with: the lowest documented 2xx, else 1xx/3xx, else a `2XX` range as 200, else default as 200. */
export function successStatus(
  operation: OperationModel,
): { status: number; response: ResponseModel } | undefined {
  const concrete = operation.responses
    .filter((response) => /^[123]\d\d$/.test(response.status))
    .sort((a, b) => rankSuccess(a.status) - rankSuccess(b.status));
  const first = concrete[0];
  if (first) return { status: Number(first.status), response: first };
  const range = operation.responses.find((response) => /^2XX$/i.test(response.status));
  if (range) return { status: 200, response: range };
  const fallback = operation.responses.find((response) => response.status === 'default');
  return fallback ? { status: 200, response: fallback } : undefined;
}

function rankSuccess(status: string): number {
  return status.startsWith('2') ? Number(status) : 1000 + Number(status);
}

/**
 * A value for a media type: a documented example that satisfies the schema
 * (the named one when asked), else the schema's own examples, else data
 * generated from the schema until one validates. Examples that break their
 * own schema are never served: the mock must not teach clients a shape the
 * spec does not promise.
 */
export function valueFor(media: MediaTypeModel, choice: DataChoice, context: DataContext): unknown {
  // The value is a pure function of the media type, the choice and the context (generation is seeded),
  // so it is computed once: generating a large schema with faker costs milliseconds per request.
  let byMedia = VALUES.get(context);
  if (!byMedia) {
    byMedia = new WeakMap();
    VALUES.set(context, byMedia);
  }
  let byChoice = byMedia.get(media);
  if (!byChoice) {
    byChoice = new Map();
    byMedia.set(media, byChoice);
  }
  const key = `${choice.dynamic}\0${choice.seed}\0${choice.exampleKey ?? ''}`;
  if (!byChoice.has(key)) {
    // Per-request seeds (`Prefer: seed=`) would grow the cache without bound: keep the latest few.
    if (byChoice.size >= MAX_CACHED_CHOICES) byChoice.delete(byChoice.keys().next().value as string);
    byChoice.set(key, computeValue(media, choice, context));
  }
  const value = byChoice.get(key);
  // Callers (the stateful store) may change what they get: each gets its own copy.
  return value !== null && typeof value === 'object' ? structuredClone(value) : value;
}

const VALUES = new WeakMap<DataContext, WeakMap<MediaTypeModel, Map<string, unknown>>>();
const MAX_CACHED_CHOICES = 32;

function computeValue(media: MediaTypeModel, choice: DataChoice, context: DataContext): unknown {
  const schema = media.schema;
  if (!choice.dynamic || choice.exampleKey !== undefined) {
    const named =
      choice.exampleKey === undefined
        ? undefined
        : media.examples.find((example) => example.name === choice.exampleKey);
    const candidates = named ? [named.value] : media.examples.map((example) => example.value);
    if (!named && schema !== undefined) {
      const flat = flatten(schema, context.scope);
      if (Array.isArray(flat.examples)) candidates.push(...flat.examples);
      if (flat.default !== undefined) candidates.push(flat.default);
    }
    for (const candidate of candidates) {
      if (context.validators.valid(schema, candidate, 'response')) return candidate;
    }
  }
  if (schema === undefined) return isJson(media.mediaType) ? {} : '';
  return generate(schema, choice.seed, context, 'response');
}

/**
 * An error body whose numeric `status` member (RFC 9457 §3.1.3: the HTTP
 * status, in problem details and most APIs' own error shapes) says the status
 * it is served with, when its schema allows that; an example or generated
 * value would otherwise say another (`"status": 74` on a 404).
 */
export function statusKept(
  value: unknown,
  status: number,
  media: MediaTypeModel,
  context: DataContext,
): unknown {
  if (status < 400 || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const body = value as Record<string, unknown>;
  if (typeof body.status !== 'number' || body.status === status) return value;
  const kept = { ...body, status };
  return context.validators.valid(media.schema, kept, 'response') ? kept : value;
}

/** A generated value that satisfies `schema` (tries a few seeds and a required-only variant before giving up). */
export function generate(
  schema: JsonSchema,
  seed: string,
  context: DataContext,
  direction: 'request' | 'response',
  optionalProperties = true,
): unknown {
  let last: unknown;
  for (let attempt = 0; attempt < 4; attempt++) {
    const value = sampleValid(schema, {
      ...context.scope,
      seed: attempt === 0 ? seed : `${seed}#${attempt}`,
      direction,
      realism: context.realism,
      optionalProperties: optionalProperties && attempt < 2,
    });
    if (context.validators.valid(schema, value, direction)) return value;
    last = value;
  }
  // Plain values (no faker) are what the sampler guarantees best.
  const plain = sampleValid(schema, { ...context.scope, seed, direction, optionalProperties: false });
  return context.validators.valid(schema, plain, direction) ? plain : last;
}

/** The documented headers of a response with values: examples first, else generated from their schemas. */
export function responseHeaders(
  headers: HeaderModel[],
  choice: DataChoice,
  context: DataContext,
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const header of headers) {
    const name = header.name.toLowerCase();
    if (name === 'content-type' || name === 'content-length' || name === 'transfer-encoding') continue;
    const flat = flatten(header.schema, context.scope);
    const candidates = [...(Array.isArray(flat.examples) ? flat.examples : []), flat.default].filter(
      (value) => value !== undefined,
    );
    const example = choice.dynamic
      ? undefined
      : candidates.find((value) => context.validators.valid(header.schema, value, 'response'));
    const value = example ?? generate(header.schema, `${choice.seed}:${name}`, context, 'response');
    values[header.name] = headerText(value);
  }
  return values;
}

/** OAS 3.1 §4.8.21: headers use the `simple` style (arrays and objects comma-separated). */
function headerText(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(',');
  if (value !== null && typeof value === 'object')
    return Object.entries(value as Record<string, unknown>)
      .flatMap(([key, item]) => [key, String(item)])
      .join(',');
  return String(value);
}

/** The body text for a value: JSON for JSON media types (strings JSON-quoted), the text itself otherwise. */
export function serialize(value: unknown, mediaType: string): string {
  if (isJson(mediaType)) return JSON.stringify(value === undefined ? null : value);
  if (typeof value === 'string') return value;
  if (
    mediaType.startsWith('application/x-www-form-urlencoded') &&
    value !== null &&
    typeof value === 'object'
  ) {
    return new URLSearchParams(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [
        key,
        typeof item === 'string' ? item : JSON.stringify(item),
      ]),
    ).toString();
  }
  return value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * A stored value made to satisfy the schema it is served under: members the
 * schema requires but the value lacks are generated, members that break it
 * are replaced, and arrays are repaired item by item. Stateful resources are
 * created from one schema (the create response) and served under others
 * (read, list item), which need not agree.
 */
export function conform(
  value: unknown,
  schema: JsonSchema | undefined,
  seed: string,
  context: DataContext,
  depth = 0,
): unknown {
  if (schema === undefined || context.validators.valid(schema, value, 'response')) return value;
  const flat = flatten(schema, context.scope);
  if (Array.isArray(value) && depth < 4) {
    const items = flat.items;
    const repaired = value.map((item, index) =>
      conform(item, items, `${seed}[${index}]`, context, depth + 1),
    );
    return context.validators.valid(schema, repaired, 'response')
      ? repaired
      : generate(schema, seed, context, 'response');
  }
  const base = generate(schema, seed, context, 'response');
  if (
    value === null ||
    typeof value !== 'object' ||
    Array.isArray(value) ||
    base === null ||
    typeof base !== 'object' ||
    Array.isArray(base)
  )
    return base;
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, member] of Object.entries(value as Record<string, unknown>)) {
    const memberSchema = flat.properties?.[key];
    const candidate =
      memberSchema !== undefined && depth < 4
        ? conform(member, memberSchema, `${seed}.${key}`, context, depth + 1)
        : member;
    const previous = result[key];
    result[key] = candidate;
    if (!context.validators.valid(schema, result, 'response')) {
      if (previous === undefined) delete result[key];
      else result[key] = previous;
    }
  }
  return result;
}
