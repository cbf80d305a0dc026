import { describe, expect, it } from 'vitest';
import * as errors from '../../src/shared/errors/index.js';
import { AppError, problemFrom } from '../../src/shared/errors/index.js';

/*
 * Pins the registry: clients switch on problem `type` URIs, so a code, status
 * or title must never change by accident. Changing one is a deliberate edit here.
 */

const examples: AppError[] = [
  new errors.BadRequestError(),
  new errors.ValidationError(400, []),
  new errors.ValidationError(422, []),
  new errors.UnauthorizedError(),
  new errors.ForbiddenError(),
  new errors.NotFoundError(),
  new errors.MethodNotAllowedError(['GET']),
  new errors.NotAcceptableError(),
  new errors.ConflictError(),
  new errors.PreconditionFailedError(),
  new errors.PayloadTooLargeError(),
  new errors.UnsupportedMediaTypeError(),
  new errors.RateLimitedError(1),
  new errors.InternalError(),
  new errors.ServiceUnavailableError(),
];

describe('error registry', () => {
  it('keeps every code, status, title and problem type stable', () => {
    expect(
      examples.map((error) => [
        error.constructor.name,
        error.code,
        error.status,
        error.title,
        problemFrom(error, {}).type,
      ]),
    ).toEqual([
      [
        'BadRequestError',
        'bad_request',
        400,
        'Bad request',
        'https://taskboard.example/problems/bad-request',
      ],
      [
        'ValidationError',
        'validation_failed',
        400,
        'Validation failed',
        'https://taskboard.example/problems/validation-failed',
      ],
      [
        'ValidationError',
        'validation_failed',
        422,
        'Validation failed',
        'https://taskboard.example/problems/validation-failed',
      ],
      [
        'UnauthorizedError',
        'unauthorized',
        401,
        'Authentication required',
        'https://taskboard.example/problems/unauthorized',
      ],
      ['ForbiddenError', 'forbidden', 403, 'Forbidden', 'https://taskboard.example/problems/forbidden'],
      ['NotFoundError', 'not_found', 404, 'Not found', 'https://taskboard.example/problems/not-found'],
      [
        'MethodNotAllowedError',
        'method_not_allowed',
        405,
        'Method not allowed',
        'https://taskboard.example/problems/method-not-allowed',
      ],
      [
        'NotAcceptableError',
        'not_acceptable',
        406,
        'Not acceptable',
        'https://taskboard.example/problems/not-acceptable',
      ],
      ['ConflictError', 'conflict', 409, 'Conflict', 'https://taskboard.example/problems/conflict'],
      [
        'PreconditionFailedError',
        'precondition_failed',
        412,
        'Precondition failed',
        'https://taskboard.example/problems/precondition-failed',
      ],
      [
        'PayloadTooLargeError',
        'payload_too_large',
        413,
        'Payload too large',
        'https://taskboard.example/problems/payload-too-large',
      ],
      [
        'UnsupportedMediaTypeError',
        'unsupported_media_type',
        415,
        'Unsupported media type',
        'https://taskboard.example/problems/unsupported-media-type',
      ],
      [
        'RateLimitedError',
        'rate_limited',
        429,
        'Too many requests',
        'https://taskboard.example/problems/rate-limited',
      ],
      [
        'InternalError',
        'internal',
        500,
        'Internal server error',
        'https://taskboard.example/problems/internal',
      ],
      [
        'ServiceUnavailableError',
        'service_unavailable',
        503,
        'Service unavailable',
        'https://taskboard.example/problems/service-unavailable',
      ],
    ]);
  });

  it('covers every error class the registry exports', () => {
    const exported = Object.values(errors as Record<string, unknown>).filter(
      (value): value is { name: string; prototype: unknown } =>
        typeof value === 'function' && value.prototype instanceof AppError,
    );
    const covered = new Set<unknown>(examples.map((error) => error.constructor));
    expect(
      exported.filter((errorClass) => !covered.has(errorClass)).map((errorClass) => errorClass.name),
    ).toEqual([]);
  });

  it('renders only the fields that have a value', () => {
    expect(problemFrom(new errors.NotFoundError(), { instance: '/x' })).toEqual({
      type: 'https://taskboard.example/problems/not-found',
      title: 'Not found',
      status: 404,
      instance: '/x',
    });
  });
});
