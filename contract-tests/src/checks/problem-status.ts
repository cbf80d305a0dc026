import { baseMediaType, type Contract, documentedResponse, mediaTypeMatches } from '../contract.js';
import { isJsonMediaType } from '../http/serialize.js';
import type { OperationModel } from '../specloom.js';
import type { ObservedResponse } from '../types.js';
import type { Failure } from './finding.js';
// A cycle with response.ts that only shares a helper called at run time, never at load.
import { snippet } from './response.js';

/**
 * `problem_status_match` — RFC 9457 §3.1.3: a problem's `status` member,
 * when present, is the HTTP status code the origin server generated for
 * this occurrence. A 404 whose problem body says `"status": 400` misleads
 * every client that reads the body (and any proxy-rewritten answer shows up
 * the same way).
 *
 * Judged for every `application/problem+json` answer, since the media type
 * defines the member; and for a plain JSON answer only when the spec
 * documents it with its problem schema and that schema declares a numeric
 * `status`, since then the spec claims the same meaning. A `status` member
 * in any other JSON (an envelope's `"status": 0`, `"status": "active"`) is
 * not this member and is never judged. A non-number `status` is ignored, as
 * §3.1 tells consumers to do; the problem schema check covers its type.
 */
export function checkProblemStatus(
  contract: Contract,
  operation: OperationModel | undefined,
  response: ObservedResponse,
): Failure[] {
  if (response.truncated || response.json === null || typeof response.json !== 'object') return [];
  const stated = (response.json as Record<string, unknown>).status;
  if (typeof stated !== 'number' || stated === response.status) return [];
  const contentType = response.headers['content-type'] ?? '';
  if (
    baseMediaType(contentType) !== 'application/problem+json' &&
    !documentedAsProblem(contract, operation, response)
  )
    return [];
  return [
    {
      check: 'problem_status_match',
      message: `the problem body says "status": ${stated}, but the HTTP status is ${response.status}`,
      expected: `"status": ${response.status} (RFC 9457 §3.1.3: the member is the HTTP status code of this response)`,
      actual: `${response.status} ${contentType || '(no Content-Type)'}: ${snippet(response.bodyText)}`,
      jsonPath: '$.status',
    },
  ];
}

/**
 * Whether the operation documents this answer, with the Content-Type it
 * has, as JSON with the spec's problem schema (`application/json` with
 * `$ref: Problem`): the spec's own problem shape in a JSON media type other
 * than `application/problem+json`.
 */
export function documentedWithProblemSchema(
  contract: Contract,
  operation: OperationModel | undefined,
  response: ObservedResponse,
): boolean {
  const problem = contract.problemSchema;
  const contentType = response.headers['content-type'];
  if (!operation || problem === undefined || contentType === undefined || !isJsonMediaType(contentType))
    return false;
  // problem+json is the media type the problem checks are made for; this is about the others.
  if (baseMediaType(contentType) === 'application/problem+json') return false;
  const media = documentedResponse(operation, response.status)?.content.find((entry) =>
    mediaTypeMatches(contentType, entry.mediaType),
  );
  return media?.schema !== undefined && JSON.stringify(media.schema) === JSON.stringify(problem);
}

/** Documented with the problem schema (see above), and that schema's `status` is a number. */
function documentedAsProblem(
  contract: Contract,
  operation: OperationModel | undefined,
  response: ObservedResponse,
): boolean {
  if (!documentedWithProblemSchema(contract, operation, response)) return false;
  const status = resolve(contract, contract.problemSchema)?.properties?.status;
  const type = resolve(contract, status)?.type;
  return (
    type === 'integer' ||
    type === 'number' ||
    (Array.isArray(type) && type.some((entry) => entry === 'integer' || entry === 'number'))
  );
}

type ObjectSchema = { properties?: Record<string, unknown>; type?: unknown; $ref?: string };

/** Follows a component `$ref` (a few levels), as the problem schema usually is one. */
function resolve(contract: Contract, schema: unknown): ObjectSchema | undefined {
  let current = schema as ObjectSchema | undefined;
  for (let depth = 0; depth < 5 && typeof current?.$ref === 'string'; depth++) {
    const name = current.$ref.replace('#/components/schemas/', '');
    current = contract.spec.schemas.find((entry) => entry.name === name)?.schema as ObjectSchema | undefined;
  }
  return current;
}
