import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * CORS for the configured front-end origins (Fetch standard §3.2). `*` allows
 * any origin by reflecting it, which keeps credentialed requests working in
 * local development.
 */
export interface CorsPolicy {
  origins: string[];
}

/** Headers a browser script may read from mock responses. */
const EXPOSED = ['Location', 'ETag', 'Link', 'Retry-After', 'X-Request-Id', 'X-Specloom-Violations'];

/** Adds CORS headers when the request's origin is allowed; true when the request was a preflight and is answered. */
export function applyCors(policy: CorsPolicy, request: IncomingMessage, response: ServerResponse): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  const allowed = policy.origins.includes('*') || policy.origins.includes(origin);
  if (!allowed) return false;
  response.setHeader('Access-Control-Allow-Origin', origin);
  response.setHeader('Access-Control-Allow-Credentials', 'true');
  response.setHeader('Vary', 'Origin');
  response.setHeader('Access-Control-Expose-Headers', EXPOSED.join(', '));
  const preflightMethod = request.headers['access-control-request-method'];
  if (request.method !== 'OPTIONS' || preflightMethod === undefined) return false;
  response.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS');
  const requestedHeaders = request.headers['access-control-request-headers'];
  if (requestedHeaders !== undefined) response.setHeader('Access-Control-Allow-Headers', requestedHeaders);
  response.setHeader('Access-Control-Max-Age', '600');
  response.statusCode = 204;
  response.end();
  return true;
}
