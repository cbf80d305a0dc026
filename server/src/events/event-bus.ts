import type { PublishedEvent, TaskEvent } from './events.model.js';

/** A live subscription: the events to replay first, then `listener` gets each new one. */
export interface Subscription {
  /** Buffered events after the `Last-Event-ID`, oldest first (empty when it is unknown or too old). */
  replay: PublishedEvent[];
  unsubscribe(): void;
}

/**
 * Fan-out of project events to the streams that follow them. The in-process
 * implementation serves one server process; with several processes behind a
 * load balancer a Redis implementation (PUBLISH per project channel, a capped
 * stream per project for replay) takes its place behind this same interface.
 */
export interface EventBus {
  /** Assigns the event its id and delivers it to every subscriber of its project. */
  publish(event: TaskEvent): Promise<void>;
  /** Follows one project's events, first replaying those after `lastEventId` when still buffered. */
  subscribe(projectId: string, listener: (event: PublishedEvent) => void, lastEventId?: string): Subscription;
}
