/**
 * express-openapi-validator, mounted against the bundled spec: the alternative
 * request-validation engine (`createRouter({ validateRequests: 'openapi-validator' })`)
 * and the response check for development and tests:
 *
 *   app.use(openApiValidator({ apiSpec, validateRequests: false, validateResponses: true }));
 *
 * Its errors are translated to the router's own error classes, so the app's
 * single error handler renders them like every other problem.
 */
import type { RequestHandler } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import {
  MethodNotAllowedError,
  PayloadTooLargeError,
  RequestValidationError,
  SecurityError,
  UnsupportedMediaTypeError,
  type ValidationIssue,
} from './runtime.js';

export interface OpenApiValidatorOptions {
  /** The bundled spec, as an object or a file path. */
  apiSpec: string | object;
  /** Validate requests (default true). Coerces path/query values in place. */
  validateRequests?: boolean;
  /** Validate responses against their documented schemas (default false; turn on in development and tests). */
  validateResponses?: boolean;
}

interface ValidatorError {
  status?: number;
  errors?: { path?: string; message?: string; errorCode?: string; error_code?: string }[];
  message?: string;
  headers?: Record<string, string>;
}

/** Path `.body.title` or `/body/title` -> `/body/title`; ajv's `errorCode` `maximum.openapi.validation` -> `maximum`. */
function toIssue(item: NonNullable<ValidatorError['errors']>[number]): ValidationIssue {
  const path = (item.path ?? '').replace(/^\./, '/').replace(/\./g, '/');
  const code = (item.errorCode ?? item.error_code ?? 'invalid').split('.')[0] ?? 'invalid';
  return { path: path.startsWith('/') ? path : `/${path}`, message: item.message ?? 'is invalid', code };
}

/**
 * Maps an express-openapi-validator error to the router's error classes
 * (400 parameters / 422 body, 401, 405, 413, 415); other errors pass unchanged.
 */
export function fromOpenApiValidatorError(error: unknown): unknown {
  const failure = error as ValidatorError;
  if (
    failure === null ||
    typeof failure !== 'object' ||
    typeof failure.status !== 'number' ||
    failure.status >= 500
  ) {
    return error;
  }
  const issues = (failure.errors ?? []).map(toIssue);
  switch (failure.status) {
    case 400: {
      const bodyOnly =
        issues.length > 0 &&
        issues.every((issue) => issue.path === '/body' || issue.path.startsWith('/body/'));
      return new RequestValidationError(
        bodyOnly ? 422 : 400,
        issues.length > 0
          ? issues
          : [{ path: '', message: failure.message ?? 'Bad request', code: 'invalid' }],
      );
    }
    case 401:
      return new SecurityError();
    case 405:
      return new MethodNotAllowedError(
        (failure.headers?.Allow ?? failure.headers?.allow ?? '')
          .split(',')
          .map((method) => method.trim())
          .filter(Boolean),
      );
    case 413:
      return new PayloadTooLargeError(0);
    case 415:
      return new UnsupportedMediaTypeError(undefined, []);
    default:
      return error;
  }
}

/**
 * The validator's middleware chain, each step translating the errors it
 * reports; mount with `app.use(...)`.
 */
export function openApiValidator(options: OpenApiValidatorOptions): RequestHandler[] {
  const chain = OpenApiValidator.middleware({
    apiSpec: options.apiSpec as Parameters<typeof OpenApiValidator.middleware>[0]['apiSpec'],
    validateRequests: options.validateRequests ?? true,
    validateResponses: options.validateResponses ?? false,
    // Security and uploads belong to the generated router and the app.
    validateSecurity: false,
    fileUploader: false,
    validateApiSpec: false,
  }) as unknown as RequestHandler[];
  return chain.map(
    (middleware): RequestHandler =>
      (req, res, next) =>
        middleware(req, res, (error?: unknown) =>
          next(error === undefined ? undefined : fromOpenApiValidatorError(error)),
        ),
  );
}

/** The request-validation chain `createRouter` runs per operation in `openapi-validator` mode. */
export function openApiRequestValidator(apiSpec: string | object): RequestHandler[] {
  return openApiValidator({ apiSpec, validateRequests: true, validateResponses: false });
}
