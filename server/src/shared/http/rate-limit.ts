import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Config } from '../config/index.js';
import { RateLimitedError } from '../errors/index.js';

/** The limiters: one for the whole API, a stricter one for sign-in endpoints, one for refresh. */
export interface RateLimiters {
  api: RequestHandler;
  credentials: RequestHandler;
  refresh: RequestHandler;
}

/**
 * Per-client (IP, honouring `trust proxy`) fixed-window limits. Exceeding one
 * answers 429 problem+json with `Retry-After` through the error handler.
 * Counters live in process memory: several processes behind a load balancer
 * each count separately (an external store would be the next step there).
 */
export function rateLimiters(config: Config['rateLimit']): RateLimiters {
  const limiter = (limit: number, scope: string): RequestHandler =>
    rateLimit({
      windowMs: config.windowMs,
      limit,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      identifier: scope,
      handler: (req, _res, next) => {
        const resetTime = (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
        const seconds = resetTime ? (resetTime.getTime() - Date.now()) / 1000 : config.windowMs / 1000;
        next(
          new RateLimitedError(
            seconds,
            `Rate limit of ${limit} requests per ${windowText(config.windowMs)} exceeded.`,
          ),
        );
      },
    });
  if (!config.enabled) {
    const pass: RequestHandler = (_req, _res, next) => next();
    return { api: pass, credentials: pass, refresh: pass };
  }
  return {
    api: limiter(config.max, 'api'),
    credentials: limiter(config.authMax, 'credentials'),
    refresh: limiter(config.refreshMax, 'refresh'),
  };
}

function windowText(windowMs: number): string {
  const seconds = Math.round(windowMs / 1000);
  if (seconds % 60 === 0) return seconds === 60 ? 'minute' : `${seconds / 60} minutes`;
  return `${seconds} seconds`;
}
