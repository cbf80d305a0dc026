import type { RequestHandler } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import type { OpenApiDocument } from '../docs/index.js';

/**
 * Checks every response of a documented operation against the spec
 * (express-openapi-validator). A response that breaks the contract becomes an
 * error — a 500 in development and tests, where it must fail loudly. Requests
 * are NOT validated here: the generated router already did that with zod.
 */
export function responseValidation(document: OpenApiDocument): RequestHandler[] {
  const handlers = OpenApiValidator.middleware({
    // The validator resolves and annotates the document in place; give it its own copy.
    apiSpec: structuredClone(document) as never,
    validateRequests: false,
    validateResponses: { removeAdditional: false },
    validateSecurity: false,
    validateApiSpec: false,
    ignoreUndocumented: true,
    fileUploader: false,
  });
  return handlers as RequestHandler[];
}
