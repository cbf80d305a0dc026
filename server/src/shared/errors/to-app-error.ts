import type { FieldError } from './app-error.js';
import { AppError } from './app-error.js';
import {
  BadRequestError,
  ForbiddenError,
  MethodNotAllowedError,
  NotAcceptableError,
  NotFoundError,
  PayloadTooLargeError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
  ValidationError,
} from './registry.js';

/*
 * Errors raised below the services — the generated router's runtime, Express'
 * body parsers — translated into the registry so that one place renders them.
 * Anything not recognised here is a server fault (500).
 */

/** The generated router's runtime errors: a `kind` discriminant plus the status it stands for. */
interface RuntimeError {
  kind: string;
  status: number;
  errors?: readonly FieldError[];
  allow?: readonly string[];
  message?: string;
}

/** body-parser's errors carry a `type` (https://github.com/expressjs/body-parser#errors). */
interface BodyParserError {
  type: string;
  status?: number;
  expose?: boolean;
  message?: string;
}

/** The registry error for `error`, or undefined when it is an unexpected fault. */
export function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (isRuntimeError(error)) return fromRuntimeError(error);
  if (isBodyParserError(error)) return fromBodyParserError(error);
  return undefined;
}

/**
 * The router has already chosen the status the operation documents for the failure (`status`);
 * `kind` says what the failure was. Both decide the registry error, so a 415 the spec does not
 * document leaves as the 400 it does document, still worded as a media-type problem.
 */
function fromRuntimeError(error: RuntimeError): AppError | undefined {
  const detail = error.message || undefined;
  if (error.kind === 'request_validation' && (error.status === 400 || error.status === 422)) {
    return new ValidationError(error.status, error.errors ?? []);
  }
  switch (error.status) {
    case 400:
      return new BadRequestError(detail);
    case 401:
      return new UnauthorizedError(detail);
    case 403:
      return new ForbiddenError(detail);
    case 404:
      return new NotFoundError(detail);
    case 405:
      return new MethodNotAllowedError(error.allow ?? []);
    case 406:
      return new NotAcceptableError(detail);
    case 413:
      return new PayloadTooLargeError(detail);
    case 415:
      return new UnsupportedMediaTypeError(detail);
    case 422:
      return new ValidationError(422, error.errors ?? [], detail);
    default:
      return undefined;
  }
}

function fromBodyParserError(error: BodyParserError): AppError | undefined {
  switch (error.type) {
    case 'entity.parse.failed':
      return new ValidationError(
        400,
        [{ path: '', message: 'is not valid JSON', code: 'malformed_json' }],
        'The request body is not valid JSON.',
      );
    case 'entity.too.large':
      return new PayloadTooLargeError('The request body is larger than this server accepts.');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new UnsupportedMediaTypeError(error.message);
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
      return new BadRequestError(error.message);
    default:
      // Any other client error the parser exposes is still the client's mistake, never a 5xx.
      return error.expose && error.status !== undefined && error.status < 500
        ? new BadRequestError(error.message)
        : undefined;
  }
}

function isRuntimeError(error: unknown): error is RuntimeError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as RuntimeError).kind === 'string' &&
    typeof (error as RuntimeError).status === 'number'
  );
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return typeof error === 'object' && error !== null && typeof (error as BodyParserError).type === 'string';
}
