/**
 * One token refresh at a time across every tab of a browser profile.
 *
 * A refresh token rotates on every use, and the server treats a second use of
 * an already-rotated token as theft and revokes the whole session. Tabs share
 * the refresh cookie, so two tabs refreshing at the same moment (both woke up
 * with an expired access token) would sign the user out. Tabs therefore take
 * turns through a Web Lock, and the tab that refreshed tells the others the
 * new access token over a BroadcastChannel: a tab that was waiting for the lock
 * uses that token instead of refreshing again (and if it did refresh, it would
 * send the already-rotated cookie, which is still valid).
 *
 * Without Web Locks (very old browsers, Node) refreshes are single-flight
 * within the tab only; without BroadcastChannel tokens are not shared.
 */

/** The part of `navigator.locks` (Web Locks API) this uses. */
export interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** The part of `BroadcastChannel` this uses. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

export interface CrossTabOptions {
  /** The lock manager (default `navigator.locks` in a browser); `false` to coordinate within this tab only. */
  locks?: LockManagerLike | false;
  /** Opens the channel tokens are shared on (default `new BroadcastChannel(name)` in a browser); `false` for none. */
  channel?: ((name: string) => ChannelLike) | false;
  /** Name of the lock and of the channel (default derived from the client's `baseUrl`). */
  name?: string;
}

/** What tabs tell each other. */
interface TokenMessage {
  type: 'specloom.session.token';
  token: string;
}

function isTokenMessage(value: unknown): value is TokenMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as TokenMessage).type === 'specloom.session.token' &&
    typeof (value as TokenMessage).token === 'string'
  );
}

/** True in a browser window or worker (not in Node, where one process may serve many users). */
function inBrowser(): boolean {
  const scope = globalThis as { document?: unknown; WorkerGlobalScope?: unknown };
  return typeof scope.document === 'object' || typeof scope.WorkerGlobalScope === 'function';
}

function defaultLocks(): LockManagerLike | undefined {
  if (!inBrowser()) return undefined;
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  return typeof locks?.request === 'function' ? locks : undefined;
}

function defaultChannel(name: string): ChannelLike | undefined {
  if (!inBrowser() || typeof globalThis.BroadcastChannel !== 'function') return undefined;
  return new globalThis.BroadcastChannel(name);
}

/** Serialises refreshes across tabs and shares their results. */
export class CrossTabSession {
  readonly #locks: LockManagerLike | undefined;
  readonly #channel: ChannelLike | undefined;
  readonly #name: string;

  constructor(
    options: CrossTabOptions | false | undefined,
    defaultName: string,
    /** Called with a token another tab obtained. */
    onToken: (token: string) => void,
  ) {
    const chosen = options === false ? { locks: false as const, channel: false as const } : (options ?? {});
    this.#name = chosen.name ?? defaultName;
    this.#locks = chosen.locks === false ? undefined : (chosen.locks ?? defaultLocks());
    this.#channel =
      chosen.channel === false
        ? undefined
        : chosen.channel
          ? chosen.channel(this.#name)
          : defaultChannel(this.#name);
    this.#channel?.addEventListener('message', (event) => {
      if (isTokenMessage(event.data)) onToken(event.data.token);
    });
  }

  /** Whether refreshes are coordinated with other tabs (a lock manager is available). */
  get coordinated(): boolean {
    return this.#locks !== undefined;
  }

  /** Runs `task` while holding the cross-tab refresh lock (directly when there is no lock manager). */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.#locks ? this.#locks.request(this.#name, task) : task();
  }

  /** Tells the other tabs about a token this tab obtained by refreshing. */
  share(token: string): void {
    const message: TokenMessage = { type: 'specloom.session.token', token };
    this.#channel?.postMessage(message);
  }

  /** Stops listening to other tabs. */
  close(): void {
    this.#channel?.close();
  }
}
