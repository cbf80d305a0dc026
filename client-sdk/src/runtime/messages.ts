import { describeFieldErrors } from './field-errors.js';
import { NetworkError, ProblemError, TimeoutError } from './problem.js';

/** Messages a UI can show as they are; override any of them through `getErrorMessage(err, overrides)`. */
export const DEFAULT_ERROR_MESSAGES = {
  offline: 'You appear to be offline. Check your connection and try again.',
  /** No answer although the device is online: the server is down, unreachable, or refused the origin (CORS). */
  unreachable: 'We could not reach the server. Please try again in a moment.',
  timeout: 'The server took too long to answer. Please try again.',
  400: 'The request was not valid.',
  401: 'Your session has ended. Please log in again.',
  /** A 401 that did not end a session (e.g. a refused sign-in) and came without a `detail`. */
  unauthorized: 'The sign-in was not accepted. Check your details and try again.',
  403: 'You do not have permission to do this.',
  404: 'We could not find what you were looking for.',
  409: 'This conflicts with a change someone else made. Reload and try again.',
  412: 'This was changed by someone else since you loaded it. Reload and try again.',
  413: 'This is too large to upload.',
  415: 'This type of file is not supported.',
  422: 'Some fields are not valid.',
  429: 'Too many requests. Please wait a moment and try again.',
  server: 'Something went wrong on our side. Please try again later.',
  unknown: 'Something went wrong. Please try again.',
} as const;

export type ErrorMessages = { -readonly [K in keyof typeof DEFAULT_ERROR_MESSAGES]?: string };

/** `navigator.onLine` where there is one; `undefined` (unknown) in Node. */
function online(): boolean | undefined {
  const navigator = (globalThis as { navigator?: { onLine?: unknown } }).navigator;
  return typeof navigator?.onLine === 'boolean' ? navigator.onLine : undefined;
}

/**
 * A human message for any error the SDK throws, for showing in a UI.
 *
 * - A problem's `detail` is preferred: the server says what happened ("The
 *   email address or password is wrong."). Your `overrides` for a status win
 *   over it, so a translated UI stays in one language.
 * - A 401 that ended the session (the refresh failed) says so.
 * - A 400/422 with field errors lists them (`title: must be at most 200 characters`);
 *   use `getFieldErrors` to show each beside its field instead.
 * - A 429 says how long to wait when the server said; 5xx never shows server internals.
 * - A failed connection says "offline" only when the browser reports being offline:
 *   otherwise the server is down or refused this origin (CORS).
 */
export function getErrorMessage(error: unknown, overrides: ErrorMessages = {}): string {
  const messages = { ...DEFAULT_ERROR_MESSAGES, ...overrides };
  if (error instanceof TimeoutError) return messages.timeout;
  if (error instanceof NetworkError) return online() === false ? messages.offline : messages.unreachable;
  if (!(error instanceof ProblemError)) return messages.unknown;
  const status = error.status;
  const overridden = (overrides as Record<number, string | undefined>)[status];
  const known = (messages as Record<number, string | undefined>)[status];
  const fields = describeFieldErrors(error);
  if ((status === 400 || status === 422) && fields.length > 0) {
    return `${known ?? messages[422]} ${fields.join('; ')}`;
  }
  if (status === 401)
    return error.sessionEnded
      ? messages[401]
      : (overrides.unauthorized ?? error.detail ?? messages.unauthorized);
  if (status === 429) {
    const seconds = Number(error.response.headers.get('retry-after'));
    if (Number.isFinite(seconds) && seconds > 0) return `${messages[429]} (about ${Math.ceil(seconds)} s)`;
    return messages[429];
  }
  if (status >= 500) return messages.server;
  return overridden ?? error.detail ?? known ?? error.title ?? messages.unknown;
}
