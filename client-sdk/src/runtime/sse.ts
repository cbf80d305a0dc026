/**
 * A typed, reconnecting Server-Sent Events subscription. It reconnects after
 * the stream ends or the network drops, sending `Last-Event-ID` so the server
 * can resume (WHATWG HTML §9.2.4), and stops for good on an error answer.
 *
 * Its connection state (`connecting`, `live`, `reconnecting`, `offline`,
 * `closed`) can be read and subscribed to, for a UI indicator. Reconnection
 * waits are short and bounded (exponential with jitter, 5 s at most by
 * default), and cut short when the browser comes back online.
 */
import { anySignal } from './abort.js';
import { browserNetworkStatus, type NetworkStatus } from './network-status.js';
import { EventStreamParser } from './sse-parser.js';

export interface ServerEvent<Data> {
  id: string | undefined;
  event: string;
  data: Data;
}

/**
 * `connecting`: first connection under way; `live`: connected, events flow;
 * `reconnecting`: the connection dropped and a new one is being made or waited for;
 * `offline`: the device reports no network, reconnecting as soon as it is back;
 * `closed`: ended (closed by the caller, refused by the server, or out of attempts).
 */
export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'offline' | 'closed';

export interface SubscribeOptions {
  /** Resume after this event id. */
  lastEventId?: string;
  /** Stops the subscription. */
  signal?: AbortSignal;
  /** First reconnection delay in ms, until the server sends `retry:` (default 1000). */
  reconnectDelayMs?: number;
  /** Largest reconnection delay in ms while connections keep failing (default 5000). */
  maxReconnectDelayMs?: number;
  /** Give up after this many failed connections in a row (default: never). */
  maxReconnects?: number;
  /** Called on every connection state change (same as `subscription.onStateChange`). */
  onStateChange?: (state: ConnectionState) => void;
  /** Where online/offline comes from (default the browser's `navigator.onLine` and events). */
  network?: NetworkStatus;
}

/** Opens one connection; resolves to the response body stream or rejects (a `ProblemError` ends the subscription). */
export type StreamOpener = (
  lastEventId: string | undefined,
  signal: AbortSignal,
) => Promise<ReadableStream<Uint8Array>>;

export interface EventSubscription<Data> extends AsyncIterableIterator<ServerEvent<Data>> {
  /** The id of the last event received. */
  readonly lastEventId: string | undefined;
  /** The connection state now. */
  readonly state: ConnectionState;
  /**
   * Calls `listener` with every state change; returns the function that stops it.
   * Fits React's `useSyncExternalStore(sub.onStateChange, () => sub.state)`.
   */
  onStateChange(listener: (state: ConnectionState) => void): () => void;
  /** Closes the connection and ends the iteration. */
  close(): void;
}

/** Whether a failure should end the subscription rather than trigger a reconnect. */
export type IsFatal = (error: unknown) => boolean;

/** Observable connection state plus the reconnect trigger, shared by the loop and the subscription. */
class Connection {
  state: ConnectionState = 'connecting';
  lastEventId: string | undefined;
  readonly #listeners = new Set<(state: ConnectionState) => void>();
  /** Cuts the current reconnection wait short (the network came back). */
  wake: (() => void) | undefined;
  /** Drops the current connection (the network went away). */
  drop: (() => void) | undefined;

  constructor(lastEventId: string | undefined) {
    this.lastEventId = lastEventId;
  }

  set(state: ConnectionState): void {
    if (this.state === state || this.state === 'closed') return;
    this.state = state;
    for (const listener of [...this.#listeners]) listener(state);
  }

  listen(listener: (state: ConnectionState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** Subscribes to a stream; iterate it with `for await`. */
export function subscribe<Data>(
  open: StreamOpener,
  decode: (data: string) => Data,
  isFatal: IsFatal,
  options: SubscribeOptions = {},
): EventSubscription<Data> {
  const controller = new AbortController();
  const signal = options.signal ? anySignal([options.signal, controller.signal]) : controller.signal;
  const connection = new Connection(options.lastEventId);
  if (options.onStateChange) connection.listen(options.onStateChange);
  const network = options.network ?? browserNetworkStatus();
  const stopWatching = network.subscribe((online) => {
    if (online) connection.wake?.();
    else {
      connection.set('offline');
      connection.drop?.();
    }
  });
  const finish = () => {
    stopWatching();
    connection.set('closed');
  };
  signal.addEventListener('abort', finish, { once: true });
  const generator = run(open, decode, isFatal, options, signal, connection, network, finish);
  // defineProperties, not Object.assign: assign would copy the getters' current values once.
  return Object.defineProperties(generator, {
    lastEventId: { get: () => connection.lastEventId, enumerable: true },
    state: { get: () => connection.state, enumerable: true },
    onStateChange: { value: (listener: (state: ConnectionState) => void) => connection.listen(listener) },
    close: {
      value: () => {
        controller.abort();
        void generator.return(undefined);
      },
    },
  }) as EventSubscription<Data>;
}

/** A connection that lasted this long counts as healthy: the next failure starts the backoff over. */
const HEALTHY_CONNECTION_MS = 10_000;

async function* run<Data>(
  open: StreamOpener,
  decode: (data: string) => Data,
  isFatal: IsFatal,
  options: SubscribeOptions,
  signal: AbortSignal,
  connection: Connection,
  network: NetworkStatus,
  finish: () => void,
): AsyncGenerator<ServerEvent<Data>, void, undefined> {
  const baseDelay = options.reconnectDelayMs ?? 1000;
  const maxDelay = Math.max(baseDelay, options.maxReconnectDelayMs ?? 5000);
  let serverRetry: number | undefined;
  let failures = 0;
  try {
    while (!signal.aborted) {
      const parser = new EventStreamParser(connection.lastEventId);
      // One controller per connection, so going offline can drop it without ending the subscription.
      const attempt = new AbortController();
      const attemptSignal = anySignal([signal, attempt.signal]);
      connection.drop = () => attempt.abort();
      let openedAt: number | undefined;
      try {
        const stream = await open(connection.lastEventId, attemptSignal);
        openedAt = Date.now();
        connection.set('live');
        const decoder = new TextDecoder();
        const reader = stream.getReader();
        const release = () => void reader.cancel().catch(() => undefined);
        attemptSignal.addEventListener('abort', release, { once: true });
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            for (const raw of parser.push(decoder.decode(value, { stream: true }))) {
              failures = 0;
              connection.lastEventId = raw.id;
              yield { id: raw.id, event: raw.event, data: decode(raw.data) };
            }
          }
        } finally {
          attemptSignal.removeEventListener('abort', release);
          release();
        }
        serverRetry = parser.retryMs ?? serverRetry;
        connection.lastEventId = parser.lastEventId;
        if (Date.now() - openedAt >= HEALTHY_CONNECTION_MS) failures = 0;
        failures++;
      } catch (error) {
        if (signal.aborted) return;
        if (!attempt.signal.aborted && isFatal(error)) throw error;
        serverRetry = parser.retryMs ?? serverRetry;
        connection.lastEventId = parser.lastEventId ?? connection.lastEventId;
        if (openedAt !== undefined && Date.now() - openedAt >= HEALTHY_CONNECTION_MS) failures = 0;
        failures++;
        if (options.maxReconnects !== undefined && failures > options.maxReconnects) throw error;
      } finally {
        connection.drop = undefined;
      }
      if (signal.aborted) return;
      const offline = network.online() === false;
      connection.set(offline ? 'offline' : 'reconnecting');
      // Offline: wait for the `online` event (re-checking now and then, as onLine can be wrong).
      const backoff = Math.min(maxDelay, baseDelay * 2 ** Math.max(0, failures - 1));
      const delay = offline ? maxDelay : (serverRetry ?? jitter(backoff));
      await wait(delay, signal, connection);
    }
  } finally {
    finish();
  }
}

/** Between half and all of `ms`, so many clients dropped together do not come back in one burst. */
function jitter(ms: number): number {
  return Math.round(ms / 2 + (Math.random() * ms) / 2);
}

/** Resolves after `ms`, on abort, or when the connection is woken (the network came back). */
function wait(ms: number, signal: AbortSignal, connection: Connection): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    connection.wake = done;
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      connection.wake = undefined;
      resolve();
    }
  });
}
