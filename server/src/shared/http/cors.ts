import cors from 'cors';
import type { RequestHandler } from 'express';

/**
 * CORS for an explicit list of origins only, with credentials (the refresh
 * cookie). An origin outside the list gets no CORS headers, so the browser
 * blocks the response; `*` is never sent.
 */
export function corsPolicy(
  allowedOrigins: readonly string[],
  exposedHeaders: readonly string[],
): RequestHandler {
  const allowed = new Set(allowedOrigins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    exposedHeaders: [...exposedHeaders],
    maxAge: 600,
  });
}
