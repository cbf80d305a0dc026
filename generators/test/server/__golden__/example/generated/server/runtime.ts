/**
 * Spec-independent runtime of the generated router: the errors it raises and
 * the types the generated handler contracts are built from. The router sets
 * each error's `status` to the one the operation documents for that failure
 * (see `documented-status.ts`); the app's error handler renders it, or
 * `routerErrorHandler()` (`problem.ts`) does, in the documented body shape.
 */
import type { Readable } from 'node:stream';

/** One failing field of a request, e.g. `{ path: 'query/limit', message: 'must be at most 100', code: 'too_big' }`. */
export interface ValidationIssue {
  /**
   * Where the value is: a JSON Pointer into the body (`/title`, `/labels/0`; `''` for the whole body),
   * or `<location>/<name>` for a parameter (`path/projectId`, `query/limit`, `header/If-Match`, `cookie/session`).
   */
  path: string;
  /** What is wrong, reading after the field's name: `must be at most 200 characters`. */
  message: string;
  /** Stable machine code: `required`, `too_big`, `too_small`, `invalid_type`, `invalid_format`, ... */
  code: string;
}

export type RouterErrorKind =
  | 'request_validation'
  | 'security'
  | 'method_not_allowed'
  | 'unsupported_media_type'
  | 'not_acceptable'
  | 'payload_too_large'
  | 'not_implemented';

/** How the router answers a failure on one operation: the documented status and response it chose. */
export interface DocumentedAnswer {
  /** The operation the failure happened on (absent for a method no operation of the path has). */
  operationId?: string;
  /** The response the status selects (`400`, `4XX` or `default`), with its media types; absent when undocumented. */
  response?: { status: string; media: readonly { mediaType: string }[] };
  /** The documented body schemas of that response, by media type (from the zod target). */
  schemas?: { readonly [mediaType: string]: unknown };
  /** Set when the spec documents none of the failure's statuses: what was used instead, for people. */
  fallback?: string;
}

/** Base of every error the generated router passes to `next(err)`. */
export abstract class RouterError extends Error {
  abstract readonly kind: RouterErrorKind;
  /**
   * The HTTP status to answer. Starts as the failure's own status (`statuses[0]`); the router
   * replaces it with the first of `statuses` the operation documents before calling `next(err)`.
   */
  abstract status: number;
  /** The statuses that fit this failure, most specific first (e.g. `[422, 400]` for a body that breaks its schema). */
  abstract readonly statuses: readonly number[];
  /** Set by the router: which documented response answers this failure. */
  answer?: DocumentedAnswer;
}

/**
 * Invalid path/query/header/cookie values or malformed bodies (`400`, else `422` when only that is
 * documented); a parsed body that fails its schema (`422`, else `400`). When only path parameters
 * are wrong, a documented `404` fits as well: the URL names no resource (RFC 9110 §15.5.5).
 */
export class RequestValidationError extends RouterError {
  readonly kind = 'request_validation' as const;
  status: number;
  readonly statuses: readonly number[];
  constructor(
    /** The failure's own status: 400 for parameters and unreadable bodies, 422 for a body breaking its schema. */
    status: 400 | 422,
    readonly errors: ValidationIssue[],
  ) {
    super(
      status === 422
        ? `The request body is invalid (${errors.length} ${errors.length === 1 ? 'error' : 'errors'}).`
        : `The request is invalid (${errors.length} ${errors.length === 1 ? 'error' : 'errors'}).`,
    );
    this.name = 'RequestValidationError';
    this.status = status;
    const pathOnly = errors.length > 0 && errors.every((issue) => issue.path.startsWith('path/'));
    this.statuses = status === 422 ? [422, 400] : pathOnly ? [400, 422, 404] : [400, 422];
  }
}

/** 401 (else a documented 403): no alternative of the operation's security requirement was satisfied. */
export class SecurityError extends RouterError {
  readonly kind = 'security' as const;
  status = 401;
  readonly statuses = [401, 403] as const;
  constructor(
    /** The security schemes that were tried, for a `WWW-Authenticate` header. */
    readonly schemes: string[] = [],
  ) {
    super('Authentication is required to access this resource.');
    this.name = 'SecurityError';
  }
}

/** 405: the path exists but not with this method; send `Allow: <allow>`. */
export class MethodNotAllowedError extends RouterError {
  readonly kind = 'method_not_allowed' as const;
  status = 405;
  readonly statuses = [405] as const;
  constructor(readonly allow: string[]) {
    super(`This resource supports only ${allow.join(', ')}.`);
    this.name = 'MethodNotAllowedError';
  }
}

/** 415 (else a documented 400 or 422): the request body's media type is not one the operation documents. */
export class UnsupportedMediaTypeError extends RouterError {
  readonly kind = 'unsupported_media_type' as const;
  status = 415;
  readonly statuses = [415, 400, 422] as const;
  constructor(
    readonly mediaType: string | undefined,
    readonly supported: string[],
  ) {
    super(
      `${mediaType === undefined ? 'A request without Content-Type' : `Content-Type ${mediaType}`} is not supported here; send ${supported.join(' or ')}.`,
    );
    this.name = 'UnsupportedMediaTypeError';
  }
}

/** 406 (else a documented 400): none of the media types the request accepts is one the operation answers with. */
export class NotAcceptableError extends RouterError {
  readonly kind = 'not_acceptable' as const;
  status = 406;
  readonly statuses = [406, 400] as const;
  constructor(
    readonly accept: string,
    readonly available: string[],
  ) {
    super(
      available.length === 0
        ? 'None of the media types the request accepts is available here.'
        : `None of the accepted media types (${accept}) is available here; accept ${available.join(' or ')}.`,
    );
    this.name = 'NotAcceptableError';
  }
}

/** 413 (else a documented 400): the request body is larger than the configured limit. */
export class PayloadTooLargeError extends RouterError {
  readonly kind = 'payload_too_large' as const;
  status = 413;
  readonly statuses = [413, 400] as const;
  constructor(readonly limit: number) {
    super(`The request body is larger than the limit of ${limit} bytes.`);
    this.name = 'PayloadTooLargeError';
  }
}

/** 501: thrown by scaffolded services for operations nobody has written yet. */
export class NotImplementedError extends RouterError {
  readonly kind = 'not_implemented' as const;
  status = 501;
  readonly statuses = [501] as const;
  constructor(readonly operationId: string) {
    super(`The operation ${operationId} is not implemented yet.`);
    this.name = 'NotImplementedError';
  }
}

/** True for every error raised by the generated router. */
export function isRouterError(error: unknown): error is RouterError {
  return error instanceof RouterError;
}

/** What every handler receives besides its input. */
export interface PublicContext {
  /** The request's id, for logs and problem documents. */
  requestId: string;
  /** Aborted when the client disconnects before the response is finished. */
  signal: AbortSignal;
}

/** Context of an operation behind a security requirement: `auth` is what the security scheme returned. */
export interface SecuredContext<TAuth> extends PublicContext {
  auth: TAuth;
}

export type RequestContext<TAuth> = SecuredContext<TAuth>;

/** One Server-Sent Event; `data` is JSON-serialized unless it is a string. */
export interface SseEvent<TData = unknown> {
  id?: string;
  event?: string;
  data: TData;
  retry?: number;
}

/** A request body handed over unread (multipart, binary): the handler parses it with its own limits. */
export interface StreamBody {
  contentType: string;
  stream: Readable;
}

/** A binary response body: streamed with backpressure, or sent at once. */
export type BinaryBody = Readable | Uint8Array;

type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
type ToNumber<S> = S extends `${infer N extends number}` ? N : never;

/** The status codes of one class, e.g. `StatusClass<'4'>` = 400 | 401 | ... | 499 (for `4XX` responses). */
export type StatusClass<C extends '1' | '2' | '3' | '4' | '5'> = ToNumber<`${C}${Digit}${Digit}`>;

/** Every status code from 100 to 599 (for `default` responses). */
export type HttpStatus = StatusClass<'1' | '2' | '3' | '4' | '5'>;

/** Validates the value after a security scheme: returns the principal, or undefined when the credential is not accepted. */
export type SecurityCheck<TAuth, TRequest> = (
  credential: string,
  req: TRequest,
) => Promise<TAuth | undefined>;
