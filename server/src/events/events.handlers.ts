import type { AuthPrincipal } from '../auth/principal.js';
import type { EventsHandlers, SseEvent } from '../generated/server/handlers.js';
import type { EventStream } from './event-stream.js';
import type { ProjectEvent } from './events.model.js';
import type { EventsService } from './events.service.js';

export interface EventsHandlerDeps {
  service: EventsService;
}

/** The `events` operation: a project's live changes as Server-Sent Events. */
export function createEventsHandlers({ service }: EventsHandlerDeps): EventsHandlers<AuthPrincipal> {
  return {
    async streamProjectEvents({ path, headers }, { auth, signal }) {
      const stream = await service.follow(auth.userId, path.projectId, {
        lastEventId: headers['last-event-id'],
        signal,
        until: auth.expiresAt,
      });
      return { status: 200, events: asSseEvents(stream) };
    },
  };
}

/**
 * Frames each published event as SSE (`id`, `event` = the change type, `data`
 * = the ProjectEvent). A plain mapping iterator rather than an async generator,
 * so the router's `return()` on disconnect reaches the stream immediately.
 */
function asSseEvents(stream: EventStream): AsyncIterableIterator<SseEvent<ProjectEvent>> {
  const iterator: AsyncIterableIterator<SseEvent<ProjectEvent>> = {
    async next() {
      const next = await stream.next();
      if (next.done) return { value: undefined, done: true };
      return {
        value: { id: next.value.id, event: next.value.event.type, data: next.value.event },
        done: false,
      };
    },
    async return() {
      await stream.return();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
