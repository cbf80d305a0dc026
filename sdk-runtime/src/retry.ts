/**
 * When and how long to wait before sending a request again. Only requests
 * that are safe to repeat are retried (RFC 9110 §9.2.2), and only after
 * failures that may go away by themselves.
 */

export interface RetryPolicy {
  /** Total attempts, the first one included (default 3; 1 disables retries). */
  attempts: number;
  /** Base of the exponential backoff in ms (default 250). */
  baseDelayMs: number;
  /** Largest single wait in ms (default 5000). */
  maxDelayMs: number;
  /** No retry starts after this many ms since the first attempt (default 20000). */
  maxElapsedMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 250,
  maxDelayMs: 5000,
  maxElapsedMs: 20_000,
};

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'TRACE']);

/** GET, HEAD, PUT, DELETE (RFC 9110 §9.2.2), or any request carrying an `Idempotency-Key`. */
export function isIdempotent(request: Request): boolean {
  return IDEMPOTENT_METHODS.has(request.method.toUpperCase()) || request.headers.has('idempotency-key');
}

/** 5xx and 429 may succeed later; every other status is the caller's to handle. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/**
 * The server's `Retry-After` (RFC 9110 §10.2.3: delay-seconds or an HTTP date) in ms,
 * or `undefined` when absent or unreadable.
 */
export function retryAfterMs(response: Response, now: number = Date.now()): number | undefined {
  const value = response.headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with full jitter: a random wait in [0, min(max, base * 2^(attempt-1))]. */
export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
