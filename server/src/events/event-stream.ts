import type { PublishedEvent } from './events.model.js';

/**
 * An async iterator over pushed events that can be ended from either side at
 * any time. Hand-written rather than an async generator because a generator
 * suspended on "wait for the next event" cannot be returned until an event
 * arrives; here `return()` (client gone) and `close()` (server side) end it at once.
 */
export class EventStream implements AsyncIterableIterator<PublishedEvent> {
  private readonly queue: PublishedEvent[] = [];
  private waiting: ((result: IteratorResult<PublishedEvent>) => void) | undefined;
  private closed = false;
  private readonly cleanups: (() => void)[] = [];

  constructor(
    /** A consumer this far behind is cut off; it reconnects and resumes with Last-Event-ID. */
    private readonly maxQueued = 1000,
  ) {}

  /** Registers work to do once when the stream ends (unsubscribe, clear timers). */
  onClose(cleanup: () => void): void {
    if (this.closed) cleanup();
    else this.cleanups.push(cleanup);
  }

  push(event: PublishedEvent): void {
    if (this.closed) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value: event, done: false });
      return;
    }
    this.queue.push(event);
    if (this.queue.length > this.maxQueued) this.close();
  }

  /** Ends the stream: queued events are still delivered, then iteration stops. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value: undefined, done: true });
    }
  }

  next(): Promise<IteratorResult<PublishedEvent>> {
    const event = this.queue.shift();
    if (event) return Promise.resolve({ value: event, done: false });
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<PublishedEvent>> {
    this.queue.length = 0;
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<PublishedEvent> {
    return this;
  }
}
