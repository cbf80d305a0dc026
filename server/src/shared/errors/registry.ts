import { AppError, type FieldError } from './app-error.js';
import { validationDetail } from './field-errors.js';

/*
 * The registry of every error the API answers on purpose. Codes are stable:
 * clients and the problem `type` URIs depend on them (a test pins the list).
 */

export class BadRequestError extends AppError {
  readonly code = 'bad_request';
  readonly status = 400;
  readonly title = 'Bad request';
}

/** A request that failed validation: 400 for parameters or malformed bodies, 422 for bodies that fail the schema. */
export class ValidationError extends AppError {
  readonly code = 'validation_failed';
  readonly title = 'Validation failed';
  constructor(
    readonly status: 400 | 422,
    errors: readonly FieldError[],
    /** Default: the failing fields in one sentence, `title: must be at most 200 characters.` */
    detail = validationDetail(errors),
  ) {
    super(detail, errors);
  }
}

export class UnauthorizedError extends AppError {
  readonly code = 'unauthorized';
  readonly status = 401;
  readonly title = 'Authentication required';
  override readonly headers = { 'WWW-Authenticate': 'Bearer' };
}

export class ForbiddenError extends AppError {
  readonly code = 'forbidden';
  readonly status = 403;
  readonly title = 'Forbidden';
}

export class NotFoundError extends AppError {
  readonly code = 'not_found';
  readonly status = 404;
  readonly title = 'Not found';
}

export class MethodNotAllowedError extends AppError {
  readonly code = 'method_not_allowed';
  readonly status = 405;
  readonly title = 'Method not allowed';
  override readonly headers: Record<string, string>;
  constructor(allowed: readonly string[], detail?: string) {
    super(detail ?? `Allowed methods: ${allowed.join(', ')}.`);
    this.headers = { Allow: allowed.join(', ') };
  }
}

export class NotAcceptableError extends AppError {
  readonly code = 'not_acceptable';
  readonly status = 406;
  readonly title = 'Not acceptable';
}

export class ConflictError extends AppError {
  readonly code = 'conflict';
  readonly status = 409;
  readonly title = 'Conflict';
}

export class PreconditionFailedError extends AppError {
  readonly code = 'precondition_failed';
  readonly status = 412;
  readonly title = 'Precondition failed';
}

export class PayloadTooLargeError extends AppError {
  readonly code = 'payload_too_large';
  readonly status = 413;
  readonly title = 'Payload too large';
}

export class UnsupportedMediaTypeError extends AppError {
  readonly code = 'unsupported_media_type';
  readonly status = 415;
  readonly title = 'Unsupported media type';
}

export class RateLimitedError extends AppError {
  readonly code = 'rate_limited';
  readonly status = 429;
  readonly title = 'Too many requests';
  override readonly headers: Record<string, string>;
  constructor(retryAfterSeconds: number, detail = 'Too many requests; retry later.') {
    super(detail);
    this.headers = { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))) };
  }
}

/** Never carries the cause to the client: the handler logs it and answers a generic 500. */
export class InternalError extends AppError {
  readonly code = 'internal';
  readonly status = 500;
  readonly title = 'Internal server error';
}

export class ServiceUnavailableError extends AppError {
  readonly code = 'service_unavailable';
  readonly status = 503;
  readonly title = 'Service unavailable';
}
