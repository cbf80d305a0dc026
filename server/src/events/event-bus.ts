import type { PublishedEvent } from './events.model.js';

/** A live subscription: the events to replay first, then `listener` gets each new one. */
export interface Subscription {
  /**
   * The retained events after the `Last-Event-ID`, oldest first; preceded by a
   * `stream.gap` event when some of them are no longer retained or the id is unknown.
   */
  replay: PublishedEvent[];
  unsubscribe(): void;
}

/**
 * Fan-out of project events to the streams that follow them. Events are
 * written to the outbox in the transaction of their change (see outbox.ts);
 * the bus delivers committed events, in order, to the subscribers of this
 * process — and, on PostgreSQL, of every process, through LISTEN/NOTIFY.
 */
export interface EventBus {
  /** Tells the bus this process committed these events (delivers them where there is no notification channel). */
  committed(events: readonly PublishedEvent[]): void;
  /** Follows one project's events, first replaying those after `lastEventId` from the outbox. */
  subscribe(
    projectId: string,
    listener: (event: PublishedEvent) => void,
    lastEventId?: string,
  ): Promise<Subscription>;
  /** Resolves when the bus receives events (its notification listener is connected); rejects otherwise. */
  check(): Promise<void>;
  /** Stops listening and pruning; subscribers get nothing more. */
  close(): Promise<void>;
}
