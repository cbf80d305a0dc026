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
  options: { warn?: (message: string, details: Record<string, string>) => void } = {},
): RequestHandler {
  const allowed = new Set(allowedOrigins);
  const handler = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    exposedHeaders: [...exposedHeaders],
    maxAge: 600,
  });
  const warn = options.warn;
  if (!warn) return handler;
  const warned = new Set<string>();
  return (req, res, next) => {
    const origin = req.headers.origin;
    const host = req.headers.host;
    if (origin && host && allowed.has(origin)) {
      const problem = crossSiteLoopback(origin, host);
      if (problem && !warned.has(problem.key)) {
        warned.add(problem.key);
        warn(problem.message, { origin, api: host });
      }
    }
    handler(req, res, next);
  };
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * `localhost` and `127.0.0.1` are different sites to a browser, so a page on
 * one calling the API on the other never gets the `SameSite=Strict` refresh
 * cookie back, and every reload signs the user out. Detected only for loopback
 * names, where it is always this mistake.
 */
export function crossSiteLoopback(
  origin: string,
  host: string,
): { key: string; message: string } | undefined {
  let pageHost: string;
  let apiHost: string;
  try {
    pageHost = new URL(origin).hostname;
    apiHost = new URL(`http://${host}`).hostname;
  } catch {
    return undefined;
  }
  if (!LOOPBACK_NAMES.has(pageHost) || !LOOPBACK_NAMES.has(apiHost) || pageHost === apiHost) return undefined;
  return {
    key: `${pageHost} ${apiHost}`,
    message:
      `A page on ${origin} calls this API on ${apiHost}: browsers treat ${pageHost} and ${apiHost} as different ` +
      'sites, so the SameSite=Strict refresh cookie is never sent back and a reload signs the user out. ' +
      `Open the app on ${apiHost} (e.g. http://${apiHost}:5173) or serve the API on ${pageHost}.`,
  };
}
