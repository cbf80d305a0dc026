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
  NotAcceptableError,
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

const VALIDATOR_LOCATIONS: Readonly<Record<string, string>> = {
  params: 'path',
  path: 'path',
  query: 'query',
  headers: 'header',
  cookies: 'cookie',
};

/** Ajv's wording, made to read like the zod engine's (`must NOT have more than 3 characters` -> `must be at most 3 characters`). */
function humanAjvMessage(message: string): string {
  return message
    .replace(/^must have required property '.*'$/, 'is required')
    .replace(/^must NOT have more than (\d+) characters$/, 'must be at most $1 characters')
    .replace(/^must NOT have fewer than (\d+) characters$/, 'must be at least $1 characters')
    .replace(/^must NOT have more than (\d+) items$/, 'must have at most $1 items')
    .replace(/^must NOT have fewer than (\d+) items$/, 'must have at least $1 items')
    .replace(/^must NOT have additional properties$/, 'has a field that is not allowed')
    .replace(/^must be <= (.+)$/, 'must be at most $1')
    .replace(/^must be >= (.+)$/, 'must be at least $1')
    .replace(/^must be < (.+)$/, 'must be less than $1')
    .replace(/^must be > (.+)$/, 'must be greater than $1')
    .replace(/^must be equal to one of the allowed values(: )?/, 'must be one of the allowed values$1')
    .replace(/^must match format "(.+)"$/, 'must be a valid $1')
    .replace(
      /^must be (string|number|integer|boolean|object|array|null)(,[a-z,]+)?$/,
      (_all, type: string) => {
        const names: Record<string, string> = {
          string: 'a string',
          number: 'a number',
          integer: 'a whole number',
          boolean: 'true or false',
          object: 'an object',
          array: 'a list',
          null: 'null',
        };
        return `must be ${names[type] ?? type}`;
      },
    );
}

/**
 * Ajv's `.body.title` / `/body/title` -> `/title` (a pointer into the body), `.query.limit` -> `query/limit`;
 * its `errorCode` `maximum.openapi.validation` -> `maximum`.
 */
function toIssue(item: NonNullable<ValidatorError['errors']>[number]): ValidationIssue & { body: boolean } {
  const [where = '', ...rest] = (item.path ?? '').replace(/^[./]/, '').split(/[./]/);
  const code = (item.errorCode ?? item.error_code ?? 'invalid').split('.')[0] ?? 'invalid';
  const message = humanAjvMessage(item.message ?? 'is not valid');
  if (where === 'body')
    return { path: rest.map((segment) => `/${segment}`).join(''), message, code, body: true };
  const location = VALIDATOR_LOCATIONS[where];
  const path = location ? `${location}/${rest.join('.')}` : [where, ...rest].join('/');
  return { path, message, code, body: false };
}

/**
 * Maps an express-openapi-validator error to the router's error classes
 * (400 parameters / 422 body, 401, 405, 406, 413, 415); other errors pass unchanged. Inside the
 * router the status is then replaced by the one the operation documents for the failure.
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
      const bodyOnly = issues.length > 0 && issues.every((issue) => issue.body);
      return new RequestValidationError(
        bodyOnly ? 422 : 400,
        issues.length > 0
          ? issues.map(({ path, message, code }) => ({ path, message, code }))
          : [{ path: '', message: failure.message ?? 'is not valid', code: 'invalid' }],
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
    case 406:
      return new NotAcceptableError(failure.message ?? '', []);
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
