/**
 * RFC 9457 problem details as a typed error. Every non-2xx answer the facade
 * receives becomes a `ProblemError`, whatever the body looked like, so callers
 * handle one error type.
 */

/** One invalid field, as carried in a problem's `errors` member. */
export interface ProblemFieldError {
  path?: string;
  message?: string;
  code?: string;
}

/** The members of an RFC 9457 problem document this runtime reads (RFC 9457 §3.1). */
export interface ProblemBody {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  request_id?: string;
  errors?: ProblemFieldError[];
}

/**
 * An error response. `Status` and `Body` are narrowed per operation by
 * `OperationError<Op>` (see `operation-types.ts`), so `if (err.status === 422)`
 * narrows `err.body` to that status's documented body.
 */
export class ProblemError<Status extends number = number, Body = unknown> extends Error {
  override readonly name = 'ProblemError';
  /** The HTTP status code of the response. */
  readonly status: Status;
  /** The parsed body (the problem document for problem+json answers, else whatever the server sent). */
  readonly body: Body;
  /** The raw response (its body has already been read). */
  readonly response: Response;
  /** The problem type URI, `about:blank` when the server gave none (RFC 9457 §4.2.1). */
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  /** Field-level errors of a validation problem, empty otherwise. */
  readonly errors: ProblemFieldError[];
  /** The server's id for this request: the problem's `request_id`, else the `X-Request-Id` response header. */
  readonly requestId: string | undefined;

  /**
   * True for a 401 on a call that sent credentials after the SDK could not renew
   * them: the session is over. False for other errors, e.g. a refused sign-in.
   */
  readonly sessionEnded: boolean;

  constructor(response: Response, body: Body, options: { sessionEnded?: boolean } = {}) {
    const problem = asProblem(body);
    const title = problem.title ?? (response.statusText || `HTTP ${response.status}`);
    super(problem.detail ? `${title}: ${problem.detail}` : title);
    this.status = response.status as Status;
    this.body = body;
    this.response = response;
    this.type = problem.type ?? 'about:blank';
    this.title = title;
    this.detail = problem.detail;
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    this.requestId = problem.request_id ?? response.headers.get('x-request-id') ?? undefined;
    this.sessionEnded = response.status === 401 && options.sessionEnded === true;
  }
}

function asProblem(body: unknown): ProblemBody {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as ProblemBody) : {};
}

/** A request that never got an HTTP answer (offline, DNS, reset connection, CORS). */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
}

/** A request that took longer than its timeout. */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`The request took longer than ${timeoutMs} ms`);
  }
}

/** A response that does not match the spec's schema (only when response validation is on). */
export class ResponseValidationError extends Error {
  override readonly name = 'ResponseValidationError';
  constructor(
    readonly operationId: string,
    readonly status: number,
    readonly issues: unknown,
  ) {
    super(`Response ${status} of ${operationId} does not match the spec`);
  }
}
