/**
 * Access-token handling: the token lives in memory only (never in
 * localStorage, where any injected script could read it), and a refresh runs
 * at most once at a time however many requests hit 401 together, in this tab
 * and across tabs (see `cross-tab.ts`). A refresh that fails for a reason that
 * may pass (429, 5xx, a dropped connection, a timeout) is retried with backoff;
 * only a definitive 401 from the refresh operation ends the session.
 */
import { type CrossTabOptions, CrossTabSession } from './cross-tab.js';
import { NetworkError, ProblemError, TimeoutError } from './problem.js';
import { backoffMs, type RetryPolicy, retryAfterMs, sleep } from './retry.js';

/** Returns the current access token, or nothing for anonymous calls. */
export type TokenProvider = () => string | null | undefined | Promise<string | null | undefined>;

export interface AuthOptions {
  /**
   * Where the Bearer token comes from. Default: the SDK's in-memory store, which
   * login/refresh answers fill in and `setAccessToken` sets.
   */
  getAccessToken?: TokenProvider;
  /** Called with each new token the SDK obtains (login, refresh, another tab's refresh). */
  onAccessToken?: (token: string | undefined) => void;
  /** Called once a 401 cannot be recovered by a refresh: time to show the login screen. */
  onUnauthenticated?: () => void;
  /** Turn the automatic refresh on 401 off (default on when the spec has a refresh operation). */
  refresh?: boolean;
  /**
   * How a refresh that failed transiently (429, 5xx, network error, timeout) is
   * retried (default 4 attempts, 300 ms base backoff, 5 s largest wait, 20 s in all;
   * `Retry-After` is honoured). `false` tries once.
   */
  refreshRetry?: Partial<RetryPolicy> | false;
  /**
   * Coordination of refreshes between tabs (Web Locks + BroadcastChannel, on by
   * default in browsers). `false` keeps refreshes single-flight within this client only.
   */
  crossTab?: CrossTabOptions | false;
}

/**
 * Obtains a new access token through the spec's refresh operation. Resolves to
 * `undefined` when the answer carried no token; rejects with the failure
 * (`ProblemError`, `NetworkError`, `TimeoutError`) otherwise.
 */
export type Refresher = () => Promise<string | undefined>;

export const DEFAULT_REFRESH_RETRY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 300,
  maxDelayMs: 5000,
  maxElapsedMs: 20_000,
};

/** A refresh failure that may succeed when tried again later. */
export function isTransientRefreshFailure(error: unknown): boolean {
  if (error instanceof NetworkError || error instanceof TimeoutError) return true;
  return (
    error instanceof ProblemError && (error.status === 429 || error.status === 408 || error.status >= 500)
  );
}

/** The refresh operation said the session is over: no valid refresh token. */
function endsSession(error: unknown): boolean {
  return error instanceof ProblemError && error.status === 401;
}

export interface TokenStoreSettings {
  /** Name of the cross-tab lock and channel, e.g. derived from the base URL. */
  name?: string;
  /** Randomness for backoff jitter, in [0, 1). */
  random?: () => number;
}

export class TokenStore {
  #token: string | undefined;
  #inflight: Promise<string | undefined> | undefined;
  /** Bumped whenever a token arrives, so a tab that waited for the lock can tell a refresh happened meanwhile. */
  #generation = 0;
  readonly #crossTab: CrossTabSession;
  readonly #random: () => number;

  constructor(
    private readonly options: AuthOptions,
    settings: TokenStoreSettings = {},
  ) {
    this.#random = settings.random ?? Math.random;
    this.#crossTab = new CrossTabSession(options.crossTab, settings.name ?? 'specloom.session', (token) =>
      this.set(token),
    );
  }

  /** The token to send now. */
  async current(): Promise<string | undefined> {
    if (this.options.getAccessToken) return (await this.options.getAccessToken()) ?? undefined;
    return this.#token;
  }

  set(token: string | undefined): void {
    this.#token = token;
    this.#generation++;
    this.options.onAccessToken?.(token);
  }

  /**
   * Single-flight refresh: concurrent callers share one call to `refresher`,
   * and tabs take turns. Resolves to the new token, or `undefined` after a
   * definitive 401 (then `onUnauthenticated` has fired). Rejects with the last
   * failure when a transient problem outlasted the retries: the session is
   * kept, and the next 401 tries again.
   */
  refresh(refresher: Refresher): Promise<string | undefined> {
    this.#inflight ??= (async () => {
      try {
        const generation = this.#generation;
        const outcome = await this.#crossTab.exclusive(async () => {
          // Let a message the lock holder posted before releasing be delivered first.
          if (this.#crossTab.coordinated) await sleep(0, undefined);
          // Another tab (or a login here) delivered a token while this one waited for the lock.
          if (this.#generation !== generation && this.#token !== undefined) {
            return { shared: true as const, token: this.#token };
          }
          return { shared: false as const, token: await this.#refreshWithRetry(refresher) };
        });
        if (outcome.shared) return outcome.token;
        if (outcome.token === undefined) {
          this.set(undefined);
          this.options.onUnauthenticated?.();
        } else {
          this.set(outcome.token);
          this.#crossTab.share(outcome.token);
        }
        return outcome.token;
      } finally {
        this.#inflight = undefined;
      }
    })();
    return this.#inflight;
  }

  /** `undefined` for a definitive end of the session; throws when transient failures outlasted the policy. */
  async #refreshWithRetry(refresher: Refresher): Promise<string | undefined> {
    const chosen = this.options.refreshRetry;
    const policy =
      chosen === false
        ? { ...DEFAULT_REFRESH_RETRY, attempts: 1 }
        : { ...DEFAULT_REFRESH_RETRY, ...(chosen ?? {}) };
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      try {
        return await refresher();
      } catch (error) {
        if (endsSession(error)) return undefined;
        if (!isTransientRefreshFailure(error) || attempt >= policy.attempts) throw error;
        const advised = error instanceof ProblemError ? retryAfterMs(error.response) : undefined;
        const wait = Math.min(advised ?? backoffMs(attempt, policy, this.#random), policy.maxElapsedMs);
        if (Date.now() - started + wait > policy.maxElapsedMs) throw error;
        await sleep(wait, undefined);
      }
    }
  }

  unauthenticated(): void {
    this.options.onUnauthenticated?.();
  }

  /** Stops listening to other tabs. */
  close(): void {
    this.#crossTab.close();
  }
}
