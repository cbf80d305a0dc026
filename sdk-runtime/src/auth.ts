/**
 * Access-token handling: the token lives in memory only (never in
 * localStorage, where any injected script could read it), and a refresh runs
 * at most once at a time however many requests hit 401 together.
 */

/** Returns the current access token, or nothing for anonymous calls. */
export type TokenProvider = () => string | null | undefined | Promise<string | null | undefined>;

export interface AuthOptions {
  /**
   * Where the Bearer token comes from. Default: the SDK's in-memory store, which
   * login/refresh answers fill in and `setAccessToken` sets.
   */
  getAccessToken?: TokenProvider;
  /** Called with each new token the SDK obtains (login, refresh), e.g. to share it with other tabs. */
  onAccessToken?: (token: string | undefined) => void;
  /** Called once a 401 cannot be recovered by a refresh: time to show the login screen. */
  onUnauthenticated?: () => void;
  /** Turn the automatic refresh on 401 off (default on when the spec has a refresh operation). */
  refresh?: boolean;
}

/** Obtains a new access token (through the spec's refresh operation), or `undefined` when the session is over. */
export type Refresher = () => Promise<string | undefined>;

export class TokenStore {
  #token: string | undefined;
  #inflight: Promise<string | undefined> | undefined;

  constructor(private readonly options: AuthOptions) {}

  /** The token to send now. */
  async current(): Promise<string | undefined> {
    if (this.options.getAccessToken) return (await this.options.getAccessToken()) ?? undefined;
    return this.#token;
  }

  set(token: string | undefined): void {
    this.#token = token;
    this.options.onAccessToken?.(token);
  }

  /**
   * Single-flight refresh: concurrent callers share one call to `refresher`.
   * Resolves to the new token, or `undefined` after `onUnauthenticated` fired.
   */
  refresh(refresher: Refresher): Promise<string | undefined> {
    this.#inflight ??= (async () => {
      try {
        const token = await refresher().catch(() => undefined);
        if (token === undefined) {
          this.set(undefined);
          this.options.onUnauthenticated?.();
        } else {
          this.set(token);
        }
        return token;
      } finally {
        this.#inflight = undefined;
      }
    })();
    return this.#inflight;
  }

  unauthenticated(): void {
    this.options.onUnauthenticated?.();
  }
}
