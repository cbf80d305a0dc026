import type { JsonSchema, OperationModel } from '../../model/types.js';
import { flatten, inferTypes } from '../../sampling/index.js';
import { isJson } from './media.js';
import { type DataContext, documentedResponse, generate, serialize } from './respond.js';
import type { MockResponse } from './types.js';

/** One failing field of a request, in the example server's format: `/body/title`, `/query/limit`. */
export interface FieldError {
  path: string;
  message: string;
  code: string;
}

/** A failure the mock answers: the statuses that fit it, most specific first, and what to say. */
export interface Failure {
  /** e.g. `[422, 400]` for a body that breaks its schema; the first one the operation documents is used. */
  statuses: number[];
  detail: string;
  errors?: FieldError[];
  headers?: Record<string, string>;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
};

/** Header naming a stand-in: the spec documents no response for the failure's own status. */
export const FALLBACK_HEADER = 'X-Specloom-Mock-Fallback';

/**
 * The error response for a failure, as the operation documents it: the first
 * of `statuses` it documents, else its `default` response (said so in
 * {@link FALLBACK_HEADER}); the body in the documented schema (problem+json,
 * or the spec's own error shape), filled with what went wrong.
 */
export function errorResponse(
  operation: OperationModel | undefined,
  failure: Failure,
  context: DataContext,
  meta: { instance: string; requestId: string; seed: string },
): MockResponse {
  const headers: Record<string, string> = { ...(failure.headers ?? {}) };
  const wanted = failure.statuses[0] ?? 400;
  let status = wanted;
  let found: ReturnType<typeof documentedResponse>;
  if (operation) {
    for (const candidate of failure.statuses) {
      const documented = documentedResponse(operation, candidate);
      if (documented && !documented.viaDefault) {
        status = candidate;
        found = documented;
        break;
      }
    }
    if (!found) {
      found = documentedResponse(operation, wanted);
      headers[FALLBACK_HEADER] = found
        ? `${operation.operationId} documents no ${failure.statuses.join(' or ')} response; its default response is used`
        : `${operation.operationId} documents no ${failure.statuses.join(' or ')} response and no default; the status is not in the spec`;
    }
  }
  const problem: Record<string, unknown> = {
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    detail: failure.detail,
    instance: meta.instance,
    request_id: meta.requestId,
    ...(failure.errors && failure.errors.length > 0 ? { errors: failure.errors } : {}),
  };
  const media =
    found?.response.content.find((entry) => isJson(entry.mediaType)) ?? found?.response.content[0];
  // A documented error without content constrains no body: problem+json tells the developer what went wrong.
  if (!media) {
    headers['content-type'] = 'application/problem+json';
    return { status, headers, body: JSON.stringify(problem) };
  }
  const example = media.examples[0]?.value;
  if (isRecord(example)) {
    if (typeof example.type === 'string') problem.type = example.type;
    if (typeof example.title === 'string') problem.title = example.title;
  }
  const body =
    media.schema === undefined ? problem : fit(problem, media.schema, context, `${meta.seed}:${status}`);
  const mediaType = media.mediaType.includes('*')
    ? isJson(media.mediaType)
      ? 'application/json'
      : 'text/plain'
    : media.mediaType;
  headers['content-type'] = mediaType;
  return { status, headers, body: serialize(body, mediaType) };
}

/** Members of the spec's own error shapes that carry the problem's pieces, by common names. */
const ALIASES: Record<string, string[]> = {
  detail: ['detail', 'message', 'error_description', 'description', 'error', 'reason', 'msg'],
  status: ['status', 'statusCode', 'status_code', 'code', 'httpStatus'],
  title: ['title', 'error', 'name'],
  type: ['type'],
  instance: ['instance', 'path'],
  request_id: ['request_id', 'requestId', 'traceId', 'trace_id'],
  errors: ['errors', 'details', 'fields', 'violations'],
};

/**
 * Shapes the problem to the documented schema: starts from a generated value
 * that satisfies it and sets each member that can carry a piece of the
 * problem, keeping a member only when the whole value still validates.
 */
function fit(
  problem: Record<string, unknown>,
  schema: JsonSchema,
  context: DataContext,
  seed: string,
): unknown {
  const flat = flatten(schema, context.scope);
  const types = inferTypes(flat) ?? [];
  if (!types.includes('object') || (types.length > 1 && !flat.properties)) {
    if (context.validators.valid(schema, problem, 'response')) return problem;
    if (types.includes('string') && context.validators.valid(schema, problem.detail, 'response'))
      return problem.detail;
    return generate(schema, seed, context, 'response', false);
  }
  if (context.validators.valid(schema, problem, 'response')) return problem;
  const base = generate(schema, seed, context, 'response', false);
  if (!isRecord(base)) return base;
  const result: Record<string, unknown> = { ...base };
  const declared = flat.properties ?? {};
  const used = new Set<string>();
  for (const [piece, names] of Object.entries(ALIASES)) {
    for (const name of names) {
      if (used.has(name) || (!(name in declared) && !(name in result))) continue;
      const value =
        piece === 'status' && typeof problem.status === 'number' ? problem.status : problem[piece];
      if (value === undefined) continue;
      for (const candidate of piece === 'status' ? [value, String(value)] : [value]) {
        const previous = result[name];
        result[name] = candidate;
        if (context.validators.valid(schema, result, 'response')) {
          used.add(name);
          break;
        }
        if (previous === undefined) delete result[name];
        else result[name] = previous;
      }
      if (used.has(name)) break;
    }
  }
  return result;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
