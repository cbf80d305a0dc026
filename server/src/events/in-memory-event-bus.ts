import type { EventBus, Subscription } from './event-bus.js';
import type { PublishedEvent, TaskEvent } from './events.model.js';

export interface InMemoryEventBusOptions {
  /** How many recent events per project are kept for `Last-Event-ID` resume. */
  replayWindow?: number;
  now?: () => number;
}

/**
 * {@link EventBus} inside one process. Event ids are `<epoch>-<sequence>`: the
 * sequence increases monotonically, and the epoch (this bus's start time) tells
 * ids of an earlier process apart, whose events can no longer be replayed.
 */
export class InMemoryEventBus implements EventBus {
  private readonly epoch: string;
  private readonly replayWindow: number;
  private sequence = 0;
  private readonly buffers = new Map<string, PublishedEvent[]>();
  private readonly listeners = new Map<string, Set<(event: PublishedEvent) => void>>();

  constructor(options: InMemoryEventBusOptions = {}) {
    this.epoch = String((options.now ?? Date.now)());
    this.replayWindow = options.replayWindow ?? 1000;
  }

  async publish(event: TaskEvent): Promise<void> {
    this.sequence += 1;
    const published: PublishedEvent = { id: `${this.epoch}-${this.sequence}`, event };
    const buffer = this.buffers.get(event.projectId) ?? [];
    buffer.push(published);
    // A bounded ring: the oldest event falls out once the window is full.
    if (buffer.length > this.replayWindow) buffer.splice(0, buffer.length - this.replayWindow);
    this.buffers.set(event.projectId, buffer);
    for (const listener of this.listeners.get(event.projectId) ?? []) listener(published);
  }

  subscribe(
    projectId: string,
    listener: (event: PublishedEvent) => void,
    lastEventId?: string,
  ): Subscription {
    const listeners = this.listeners.get(projectId) ?? new Set();
    listeners.add(listener);
    this.listeners.set(projectId, listeners);
    return {
      replay: this.eventsAfter(projectId, lastEventId),
      unsubscribe: () => {
        listeners.delete(listener);
        if (listeners.size === 0) this.listeners.delete(projectId);
      },
    };
  }

  private eventsAfter(projectId: string, lastEventId: string | undefined): PublishedEvent[] {
    if (lastEventId === undefined) return [];
    const separator = lastEventId.lastIndexOf('-');
    const sequence = Number(lastEventId.slice(separator + 1));
    if (lastEventId.slice(0, separator) !== this.epoch || !Number.isSafeInteger(sequence)) return [];
    const buffer = this.buffers.get(projectId) ?? [];
    return buffer.filter((published) => Number(published.id.slice(separator + 1)) > sequence);
  }
}
