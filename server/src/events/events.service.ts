import type { ProjectAccess } from '../members/project-access.js';
import type { EventBus } from './event-bus.js';
import { EventStream } from './event-stream.js';
import type { PublishedEvent } from './events.model.js';

export interface FollowOptions {
  lastEventId?: string;
  /** Aborted when the client disconnects. */
  signal?: AbortSignal;
  /** When the caller's access token expires (ms since the epoch); the stream ends then. */
  until?: number;
}

/** Live project updates for the project's members. */
export class EventsService {
  constructor(
    private readonly bus: EventBus,
    private readonly access: ProjectAccess,
    /** Aborted when the server shuts down: every stream ends so the process can exit. */
    private readonly shutdownSignal?: AbortSignal,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The project's events from now on, preceded by those after `lastEventId`
   * still retained (or a `stream.gap` event when they are not). 404 for
   * non-members. The stream ends when the client goes, the server shuts down,
   * the access token expires, or the caller is no longer a member (checked as
   * events arrive).
   */
  async follow(userId: string, projectId: string, options: FollowOptions = {}): Promise<EventStream> {
    await this.access.requireMember(projectId, userId);
    const stream = new EventStream();
    // Checks run one after another so events keep their order on the stream; live events wait for the replay.
    let replayed: () => void = () => {};
    let delivered = new Promise<void>((resolve) => {
      replayed = resolve;
    });
    const deliver = (published: PublishedEvent) => {
      delivered = delivered.then(() =>
        this.access.requireMember(projectId, userId).then(
          () => stream.push(published),
          () => stream.close(),
        ),
      );
    };
    for (const signal of [options.signal, this.shutdownSignal]) {
      if (!signal) continue;
      if (signal.aborted) stream.close();
      const onAbort = () => stream.close();
      signal.addEventListener('abort', onAbort, { once: true });
      stream.onClose(() => signal.removeEventListener('abort', onAbort));
    }
    if (options.until !== undefined) {
      const timer = setTimeout(() => stream.close(), Math.max(0, options.until - this.now()));
      timer.unref();
      stream.onClose(() => clearTimeout(timer));
    }
    const subscription = await this.bus.subscribe(projectId, deliver, options.lastEventId);
    for (const published of subscription.replay) stream.push(published);
    replayed();
    stream.onClose(() => subscription.unsubscribe());
    return stream;
  }
}
