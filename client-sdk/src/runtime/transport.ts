/**
 * The `fetch` every request goes through: it adds the request id and the
 * Bearer token, enforces timeouts, refreshes the session once on 401 and
 * retries what is safe to retry. openapi-fetch calls it with a ready `Request`.
 */
import { anySignal } from './abort.js';
import type { Refresher, TokenStore } from './auth.js';
import { NetworkError, TimeoutError } from './problem.js';
import { randomId } from './random-id.js';
import {
  backoffMs,
  DEFAULT_RETRY_POLICY,
  isIdempotent,
  isRetryableStatus,
  type RetryPolicy,
  retryAfterMs,
  sleep,
} from './retry.js';

export type FetchFunction = (input: Request) => Promise<Response>;

export interface TransportOptions {
  /** The `fetch` to send with (default `globalThis.fetch`); inject one for tests, SSR or instrumentation. */
  fetch?: FetchFunction;
  /** Default timeout per call in ms, retries and refresh included (default 30000; 0 disables). */
  timeoutMs?: number;
  /** Retry policy, or `false` to never retry. */
  retry?: Partial<RetryPolicy> | false;
  /** Header carrying the request id (default `X-Request-Id`). */
  requestIdHeader?: string;
  /** Makes request ids (default: a random UUID, also outside secure contexts). */
  requestId?: () => string;
  /** Randomness for backoff jitter, in [0, 1) (default `Math.random`). */
  random?: () => number;
}

/** Per-call overrides of the transport's behaviour. */
export interface CallSettings {
  timeoutMs?: number;
  retry?: Partial<RetryPolicy> | false;
  /** Whether a 401 may trigger a refresh (false for the refresh call itself). */
  refreshOnUnauthorized?: boolean;
  /** Whether to send the Bearer token (false for the refresh call). */
  authenticate?: boolean;
}

export class Transport {
  readonly tokens: TokenStore;
  #refresher: Refresher | undefined;

  constructor(
    private readonly options: TransportOptions,
    tokens: TokenStore,
  ) {
    this.tokens = tokens;
  }

  /** Installs the operation that renews the access token (wired by the generated client). */
  setRefresher(refresher: Refresher | undefined): void {
    this.#refresher = refresher;
  }

  /**
   * Renews the access token now (single-flight, across tabs); `undefined` when there is no refresh
   * or the session is over; rejects when transient failures outlasted the refresh retries.
   */
  refreshNow(): Promise<string | undefined> {
    const refresher = this.#refresher;
    return refresher ? this.tokens.refresh(refresher) : Promise.resolve(undefined);
  }

  /** A `fetch` for openapi-fetch that applies `settings` on top of the defaults. */
  fetchWith(settings: CallSettings = {}): FetchFunction {
    return (request) => this.send(request, settings);
  }

  /** Sends `request` with auth, timeout, refresh-once-on-401 and bounded retries. */
  async send(request: Request, settings: CallSettings = {}): Promise<Response> {
    const timeoutMs = settings.timeoutMs ?? this.options.timeoutMs ?? 30_000;
    const timeout = timeoutMs > 0 ? new AbortController() : undefined;
    const timer = timeout
      ? setTimeout(() => timeout.abort(new TimeoutError(timeoutMs)), timeoutMs)
      : undefined;
    const signal = timeout ? anySignal([request.signal, timeout.signal]) : request.signal;
    try {
      return await this.#sendWithRecovery(request, settings, signal);
    } finally {
      clearTimeout(timer);
    }
  }

  async #sendWithRecovery(original: Request, settings: CallSettings, signal: AbortSignal): Promise<Response> {
    const policy = this.#policy(settings);
    const idempotent = isIdempotent(original);
    const started = Date.now();
    const requestIdHeader = this.options.requestIdHeader ?? 'X-Request-Id';
    const requestId = original.headers.get(requestIdHeader) ?? (this.options.requestId ?? randomId)();
    const authenticate = settings.authenticate !== false;
    let token = authenticate ? await this.tokens.current() : undefined;
    let refreshed = false;
    for (let attempt = 1; ; attempt++) {
      const request = this.#prepare(original, { signal, token, requestIdHeader, requestId, authenticate });
      let response: Response;
      try {
        response = await this.#fetchOnce(request, signal);
      } catch (error) {
        if (error instanceof NetworkError && idempotent && this.#mayRetry(attempt, policy, started)) {
          await sleep(backoffMs(attempt, policy, this.#random), signal);
          continue;
        }
        throw error;
      }
      if (response.status === 401 && authenticate && settings.refreshOnUnauthorized !== false) {
        const refresher = this.#refresher;
        if (refreshed || refresher === undefined) {
          this.tokens.unauthenticated();
          return response;
        }
        refreshed = true;
        // Another request may have refreshed while this one was in flight: reuse its token.
        const latest = await this.tokens.current();
        let renewed: string | undefined;
        try {
          renewed = latest !== undefined && latest !== token ? latest : await this.tokens.refresh(refresher);
        } catch (error) {
          // The refresh failed for a passing reason (429, 5xx, network): report that, not "session ended".
          await response.body?.cancel().catch(() => undefined);
          throw error;
        }
        if (renewed === undefined) return response;
        await response.body?.cancel().catch(() => undefined);
        token = renewed;
        attempt--; // the retry after a refresh is not a failure-driven retry
        continue;
      }
      if (isRetryableStatus(response.status) && idempotent && this.#mayRetry(attempt, policy, started)) {
        const wait = retryAfterMs(response) ?? backoffMs(attempt, policy, this.#random);
        if (Date.now() - started + wait <= policy.maxElapsedMs) {
          await response.body?.cancel().catch(() => undefined);
          await sleep(Math.min(wait, policy.maxElapsedMs), signal);
          continue;
        }
      }
      return response;
    }
  }

  #policy(settings: CallSettings): RetryPolicy {
    const chosen = settings.retry ?? this.options.retry;
    if (chosen === false) return { ...DEFAULT_RETRY_POLICY, attempts: 1 };
    return { ...DEFAULT_RETRY_POLICY, ...(this.options.retry || {}), ...(chosen || {}) };
  }

  #mayRetry(attempt: number, policy: RetryPolicy, started: number): boolean {
    return attempt < policy.attempts && Date.now() - started < policy.maxElapsedMs;
  }

  get #random(): () => number {
    return this.options.random ?? Math.random;
  }

  #prepare(
    original: Request,
    context: {
      signal: AbortSignal;
      token: string | undefined;
      requestIdHeader: string;
      requestId: string;
      authenticate: boolean;
    },
  ): Request {
    const headers = new Headers(original.headers);
    headers.set(context.requestIdHeader, context.requestId);
    if (context.authenticate && context.token !== undefined && !headers.has('authorization')) {
      headers.set('Authorization', `Bearer ${context.token}`);
    }
    // A clone per attempt: a body stream can be read only once.
    return new Request(original.clone(), { headers, signal: context.signal });
  }

  /** One network round trip; failures become `NetworkError`, timeouts `TimeoutError`, aborts stay aborts. */
  async #fetchOnce(request: Request, signal: AbortSignal): Promise<Response> {
    const fetchFunction = this.options.fetch ?? globalThis.fetch;
    // Racing the abort keeps timeouts reliable even with a fetch that ignores signals.
    let onAbort: (() => void) | undefined;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(signal.reason);
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([fetchFunction(request), aborted]);
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      throw new NetworkError(error instanceof Error ? error.message : 'The request failed', { cause: error });
    } finally {
      if (onAbort) signal.removeEventListener('abort', onAbort);
    }
  }
}
