/**
 * Which documented status answers a failure the router detects. A client's
 * mistake is answered with the first status of the failure's list the
 * operation documents (exactly or by its class, `4XX`), else with the
 * operation's `default` response, else with the failure's own status; the
 * last two are said in the `X-Specloom-Fallback` header, as the mock does.
 */
import type { OperationDescriptor, ResponseDescriptor } from './descriptors.js';
import type { DocumentedAnswer, RouterError } from './runtime.js';

/** Header naming a stand-in: the spec documents none of the failure's statuses for the operation. */
export const FALLBACK_HEADER = 'X-Specloom-Fallback';

/** The response that documents `status` itself: the exact code, else its class (`4XX`); never `default`. */
export function documentedFor(
  responses: readonly ResponseDescriptor[],
  status: number,
): ResponseDescriptor | undefined {
  const code = String(status);
  return (
    responses.find((response) => response.status === code) ??
    responses.find((response) => response.status.toUpperCase() === `${code[0]}XX`)
  );
}

/**
 * The status and documented response for a failure whose fitting statuses are
 * `statuses` (most specific first), on an operation documenting `responses`.
 */
export function chooseStatus(
  operationId: string,
  responses: readonly ResponseDescriptor[],
  statuses: readonly number[],
): { status: number; response?: ResponseDescriptor; fallback?: string } {
  for (const status of statuses) {
    const response = documentedFor(responses, status);
    if (response !== undefined) return { status, response };
  }
  const wanted = statuses[0] ?? 400;
  const listed = statuses.join(' or ');
  const fallback = responses.find((response) => response.status === 'default');
  if (fallback !== undefined) {
    return {
      status: wanted,
      response: fallback,
      fallback: `${operationId} documents no ${listed} response; its default response is used`,
    };
  }
  return {
    status: wanted,
    fallback: `${operationId} documents no ${listed} response and no default; the status is not in the spec`,
  };
}

/** The documented body schemas of one response of an operation, by media type (from the zod target's export). */
function responseSchemas(
  operation: OperationDescriptor,
  status: string,
): { readonly [mediaType: string]: unknown } | undefined {
  const responses = operation.schemas.responses;
  if (typeof responses !== 'object' || responses === null) return undefined;
  const entry = (responses as Record<string, unknown>)[status];
  return typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : undefined;
}

/**
 * Sets `error.status` to the status `operation` documents for the failure and
 * records the chosen response on `error.answer` (for the body's shape).
 * Errors that are the server's own (5xx) keep their status.
 */
export function documentError(error: RouterError, operation: OperationDescriptor): DocumentedAnswer {
  if (error.answer !== undefined) return error.answer;
  if (error.status >= 500) {
    error.answer = { operationId: operation.operationId };
    return error.answer;
  }
  const chosen = chooseStatus(operation.operationId, operation.responses, error.statuses);
  error.status = chosen.status;
  const schemas = chosen.response ? responseSchemas(operation, chosen.response.status) : undefined;
  error.answer = {
    operationId: operation.operationId,
    ...(chosen.response ? { response: chosen.response } : {}),
    ...(schemas ? { schemas } : {}),
    ...(chosen.fallback ? { fallback: chosen.fallback } : {}),
  };
  return error.answer;
}

/**
 * For a method the path does not have: 405 when any operation of the path
 * documents it (its response shapes the body), else 405 all the same, said so.
 */
export function documentMethodError(
  error: RouterError,
  operations: readonly OperationDescriptor[],
): DocumentedAnswer {
  for (const operation of operations) {
    if (documentedFor(operation.responses, error.status) !== undefined)
      return documentError(error, operation);
  }
  const methods = operations.map((operation) => operation.method.toUpperCase()).join(', ');
  error.answer = {
    fallback: `no operation documents a ${error.status} response for this path (it has ${methods}); the status is not in the spec`,
  };
  return error.answer;
}
