import type { RequestHandler } from 'express';
import { RateLimitedError } from '../shared/errors/index.js';
import type { CounterStore } from '../shared/http/counter-store.js';
import { windowText } from '../shared/http/rate-limit.js';
import type { AuthRepository } from './auth.repository.js';
import { hashRefreshToken } from './auth.service.js';
import { REFRESH_COOKIE_NAME } from './refresh-cookie.js';

export interface LoginThrottleOptions {
  /** Failed sign-ins allowed per account from one client address per window. */
  perClientLimit: number;
  /** Failed sign-ins allowed per account from all addresses together per window. */
  perAccountLimit: number;
  windowMs: number;
  /** Whether the request comes from a device that was signed in to this account (its refresh cookie). */
  isKnownDevice(email: string, refreshToken: string | undefined): Promise<boolean>;
  now?: () => number;
}

/**
 * Per-account limits on password guessing, on top of the per-address limit.
 * Failures are counted per (account, address) and per account. The first
 * limit stops one guesser without touching anyone else. The second stops a
 * distributed guesser, but only for devices that never signed in to the
 * account: a client carrying a refresh cookie of that account is never locked
 * out by it, so an attacker cannot lock the owner out of their own account.
 * A successful sign-in clears the (account, address) count.
 */
export function loginThrottle(counters: CounterStore, options: LoginThrottleOptions): RequestHandler {
  const now = options.now ?? Date.now;
  return async (req, res, next) => {
    const email = emailOf(req.body);
    if (email === undefined) {
      next();
      return;
    }
    try {
      const clientKey = `login-failures:${email}:${req.ip ?? 'unknown'}`;
      const accountKey = `login-failures:${email}`;
      // A counter store that cannot answer (Redis down) fails open, like the rate limiters.
      const read = (key: string) => counters.get(key).catch(() => undefined);
      const [byClient, byAccount] = await Promise.all([read(clientKey), read(accountKey)]);
      const window = windowText(options.windowMs);
      if (byClient && byClient.hits >= options.perClientLimit) {
        throw new RateLimitedError(
          (byClient.resetAt.getTime() - now()) / 1000,
          `Too many failed sign-ins to this account from your address (${options.perClientLimit} per ${window}); retry later or reset the password.`,
        );
      }
      if (
        byAccount &&
        byAccount.hits >= options.perAccountLimit &&
        !(await options.isKnownDevice(email, refreshCookieOf(req.headers.cookie)))
      ) {
        throw new RateLimitedError(
          (byAccount.resetAt.getTime() - now()) / 1000,
          'Too many failed sign-ins to this account; retry later from a device that was signed in before, or reset the password.',
        );
      }
      res.once('finish', () => {
        if (res.statusCode === 401) {
          void Promise.all([
            counters.increment(clientKey, options.windowMs),
            counters.increment(accountKey, options.windowMs),
          ]).catch(() => undefined);
        } else if (res.statusCode < 300) {
          void counters.reset(clientKey).catch(() => undefined);
        }
      });
      next();
    } catch (error) {
      next(error);
    }
  };
}

function emailOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const email = (body as { email?: unknown }).email;
  return typeof email === 'string' && email.length <= 320 ? email.trim().toLowerCase() : undefined;
}

function refreshCookieOf(header: string | undefined): string | undefined {
  for (const pair of header?.split(';') ?? []) {
    const [name, ...value] = pair.trim().split('=');
    if (name === REFRESH_COOKIE_NAME) return value.join('=') || undefined;
  }
  return undefined;
}

/** A device is known to an account when it carries a refresh cookie (live or not) issued to that account. */
export function knownDeviceCheck(repository: AuthRepository): LoginThrottleOptions['isKnownDevice'] {
  return async (email, refreshToken) =>
    refreshToken !== undefined &&
    (await repository.refreshTokenOwnerEmail(hashRefreshToken(refreshToken))) === email;
}
