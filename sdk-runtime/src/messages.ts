import { NetworkError, ProblemError, TimeoutError } from './problem.js';

/** Messages a UI can show as they are; override any of them through `getErrorMessage(err, overrides)`. */
export const DEFAULT_ERROR_MESSAGES = {
  offline: 'You appear to be offline. Check your connection and try again.',
  timeout: 'The server took too long to answer. Please try again.',
  400: 'The request was not valid.',
  401: 'Your session has ended. Please log in again.',
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

/**
 * A human message for any error the SDK throws, for showing in a UI. A 422
 * lists its field messages; a 429 says how long to wait when the server said.
 */
export function getErrorMessage(error: unknown, overrides: ErrorMessages = {}): string {
  const messages = { ...DEFAULT_ERROR_MESSAGES, ...overrides };
  if (error instanceof TimeoutError) return messages.timeout;
  if (error instanceof NetworkError) return messages.offline;
  if (!(error instanceof ProblemError)) return messages.unknown;
  const status = error.status;
  if (status === 422 && error.errors.length > 0) {
    const fields = error.errors.map((field) =>
      field.path ? `${field.path}: ${field.message ?? 'invalid'}` : (field.message ?? 'invalid'),
    );
    return `${messages[422]} ${fields.join('; ')}`;
  }
  if (status === 429) {
    const seconds = Number(error.response.headers.get('retry-after'));
    if (Number.isFinite(seconds) && seconds > 0) return `${messages[429]} (about ${Math.ceil(seconds)} s)`;
    return messages[429];
  }
  if (status >= 500) return messages.server;
  const known = (messages as Record<number, string | undefined>)[status];
  return known ?? error.detail ?? error.title ?? messages.unknown;
}
