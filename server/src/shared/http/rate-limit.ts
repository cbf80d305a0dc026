import type { RequestHandler } from 'express';
import { rateLimit, type Store } from 'express-rate-limit';
import type { Config } from '../config/index.js';
import { RateLimitedError } from '../errors/index.js';
import type { CounterStore } from './counter-store.js';

/** The limiters: one for the whole API, a stricter one for sign-in endpoints, one for refresh. */
export interface RateLimiters {
  api: RequestHandler;
  credentials: RequestHandler;
  refresh: RequestHandler;
}

/**
 * Per-client (IP, honouring the configured proxies) fixed-window limits.
 * Exceeding one answers 429 problem+json with `Retry-After` through the error
 * handler. Counters live in `counters`: process memory on SQLite (one
 * process), the database on PostgreSQL, so every process enforces one limit.
 */
export function rateLimiters(config: Config['rateLimit'], counters: CounterStore): RateLimiters {
  const limiter = (limit: number, scope: string): RequestHandler =>
    rateLimit({
      windowMs: config.windowMs,
      limit,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      identifier: scope,
      store: counterStoreAdapter(counters, scope, config.windowMs),
      // A counter store that cannot answer must not turn every request into a 500.
      passOnStoreError: true,
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

/** express-rate-limit's store contract over a {@link CounterStore}, keys prefixed by the limiter's scope. */
function counterStoreAdapter(counters: CounterStore, scope: string, windowMs: number): Store {
  const keyOf = (key: string) => `rl:${scope}:${key}`;
  return {
    prefix: scope,
    async increment(key) {
      const count = await counters.increment(keyOf(key), windowMs);
      return { totalHits: count.hits, resetTime: count.resetAt };
    },
    async get(key) {
      const count = await counters.get(keyOf(key));
      return count && { totalHits: count.hits, resetTime: count.resetAt };
    },
    // Only called with skipFailedRequests/skipSuccessfulRequests, which these limiters do not use.
    async decrement() {},
    async resetKey(key) {
      await counters.reset(keyOf(key));
    },
  };
}

/** "minute", "5 minutes", "30 seconds". */
export function windowText(windowMs: number): string {
  const seconds = Math.round(windowMs / 1000);
  if (seconds % 60 === 0) return seconds === 60 ? 'minute' : `${seconds / 60} minutes`;
  return `${seconds} seconds`;
}
