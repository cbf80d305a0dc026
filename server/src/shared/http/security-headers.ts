import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers (helmet). The Content-Security-Policy keeps everything to
 * 'self' — /docs is served locally with no inline script, so it needs no
 * exception — except inline styles, which Swagger UI sets on elements, and
 * data: images (its icons).
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // The API is meant to be called from the configured browser origins.
    crossOriginResourcePolicy: { policy: 'same-site' },
  });
}
