/**
 * A typed, reconnecting Server-Sent Events subscription. It reconnects after
 * the stream ends or the network drops, sending `Last-Event-ID` so the server
 * can resume (WHATWG HTML §9.2.4), and stops for good on an error answer.
 */
import { anySignal } from './abort.js';
import { EventStreamParser } from './sse-parser.js';

export interface ServerEvent<Data> {
  id: string | undefined;
  event: string;
  data: Data;
}

export interface SubscribeOptions {
  /** Resume after this event id. */
  lastEventId?: string;
  /** Stops the subscription. */
  signal?: AbortSignal;
  /** First reconnection delay in ms, until the server sends `retry:` (default 1000). */
  reconnectDelayMs?: number;
  /** Largest reconnection delay in ms while connections keep failing (default 30000). */
  maxReconnectDelayMs?: number;
  /** Give up after this many failed connections in a row (default: never). */
  maxReconnects?: number;
}

/** Opens one connection; resolves to the response body stream or rejects (a `ProblemError` ends the subscription). */
export type StreamOpener = (
  lastEventId: string | undefined,
  signal: AbortSignal,
) => Promise<ReadableStream<Uint8Array>>;

export interface EventSubscription<Data> extends AsyncIterableIterator<ServerEvent<Data>> {
  /** The id of the last event received. */
  readonly lastEventId: string | undefined;
  /** Closes the connection and ends the iteration. */
  close(): void;
}

/** Whether a failure should end the subscription rather than trigger a reconnect. */
export type IsFatal = (error: unknown) => boolean;

/** Subscribes to a stream; iterate it with `for await`. */
export function subscribe<Data>(
  open: StreamOpener,
  decode: (data: string) => Data,
  isFatal: IsFatal,
  options: SubscribeOptions = {},
): EventSubscription<Data> {
  const controller = new AbortController();
  const signal = options.signal ? anySignal([options.signal, controller.signal]) : controller.signal;
  const state = { lastEventId: options.lastEventId };
  const generator = run(open, decode, isFatal, options, signal, state);
  // defineProperties, not Object.assign: assign would copy the getter's current value once.
  return Object.defineProperties(generator, {
    lastEventId: { get: () => state.lastEventId, enumerable: true },
    close: {
      value: () => {
        controller.abort();
        void generator.return(undefined);
      },
    },
  }) as EventSubscription<Data>;
}

async function* run<Data>(
  open: StreamOpener,
  decode: (data: string) => Data,
  isFatal: IsFatal,
  options: SubscribeOptions,
  signal: AbortSignal,
  state: { lastEventId: string | undefined },
): AsyncGenerator<ServerEvent<Data>, void, undefined> {
  const baseDelay = options.reconnectDelayMs ?? 1000;
  const maxDelay = options.maxReconnectDelayMs ?? 30_000;
  let serverRetry: number | undefined;
  let failures = 0;
  while (!signal.aborted) {
    const parser = new EventStreamParser(state.lastEventId);
    try {
      const stream = await open(state.lastEventId, signal);
      const decoder = new TextDecoder();
      const reader = stream.getReader();
      const release = () => void reader.cancel().catch(() => undefined);
      signal.addEventListener('abort', release, { once: true });
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          for (const raw of parser.push(decoder.decode(value, { stream: true }))) {
            failures = 0;
            state.lastEventId = raw.id;
            yield { id: raw.id, event: raw.event, data: decode(raw.data) };
          }
        }
      } finally {
        signal.removeEventListener('abort', release);
        release();
      }
      serverRetry = parser.retryMs ?? serverRetry;
      state.lastEventId = parser.lastEventId;
    } catch (error) {
      if (signal.aborted) return;
      if (isFatal(error)) throw error;
      serverRetry = parser.retryMs ?? serverRetry;
      state.lastEventId = parser.lastEventId ?? state.lastEventId;
      failures++;
      if (options.maxReconnects !== undefined && failures > options.maxReconnects) throw error;
    }
    if (signal.aborted) return;
    const delay = serverRetry ?? Math.min(maxDelay, baseDelay * 2 ** Math.max(0, failures - 1));
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, delay);
      signal.addEventListener('abort', done, { once: true });
      function done() {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      }
    });
  }
}
