import { type Kysely, sql } from 'kysely';
import type { Database } from '../shared/db/schema.js';
import type { EventBus, Subscription } from './event-bus.js';
import type { EventSignals } from './event-signals.js';
import type { EventStreamGap, PublishedEvent, TaskEvent } from './events.model.js';

/** How long and how many events each project's stream keeps for `Last-Event-ID` replay. */
export interface EventRetention {
  /** Events older than this are removed (seconds). */
  maxAgeSeconds: number;
  /** At most this many of each project's most recent events are kept. */
  maxEventsPerProject: number;
  /** How often the outbox is pruned (ms). */
  pruneIntervalMs: number;
}

export const DEFAULT_EVENT_RETENTION: EventRetention = {
  maxAgeSeconds: 24 * 60 * 60,
  maxEventsPerProject: 1000,
  pruneIntervalMs: 60_000,
};

type Listener = (event: PublishedEvent) => void;

/** This process's followers of one project, and how far it has read that project's stream. */
interface Feed {
  projectId: string;
  /** Highest sequence number delivered (or known when the first follower came). */
  cursor: number;
  listeners: Set<Listener>;
  /** Reads and subscriptions of the feed run one after another, so events keep their order. */
  queue: Promise<unknown>;
  readQueued: boolean;
}

const READ_BATCH = 500;

/**
 * {@link EventBus} over the outbox table. A signal ("project P has new
 * events") makes the process read P's stream after its cursor and hand each
 * event to P's local followers; replay for `Last-Event-ID` reads the same
 * table, so it works on any process and after a restart. Retention is bounded
 * by age and by count, and a resume from before the window gets a
 * `stream.gap` event first.
 */
export class DatabaseEventBus implements EventBus {
  private readonly feeds = new Map<string, Feed>();
  private readonly pruneTimer: NodeJS.Timeout | undefined;
  private pruning: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly signals: EventSignals,
    private readonly retention: EventRetention = DEFAULT_EVENT_RETENTION,
    private readonly now: () => number = Date.now,
  ) {
    signals.onSignal((projectId) => {
      if (projectId === undefined) for (const feed of this.feeds.values()) this.read(feed);
      else {
        const feed = this.feeds.get(projectId);
        if (feed) this.read(feed);
      }
    });
    if (retention.pruneIntervalMs > 0) {
      this.pruneTimer = setInterval(() => {
        this.pruning = this.prune().catch(() => undefined);
      }, retention.pruneIntervalMs);
      this.pruneTimer.unref();
    }
  }

  committed(events: readonly PublishedEvent[]): void {
    if (events.length > 0) this.signals.committed(events.map((published) => published.event.projectId));
  }

  async subscribe(projectId: string, listener: Listener, lastEventId?: string): Promise<Subscription> {
    let feed = this.feeds.get(projectId);
    if (!feed) {
      feed = { projectId, cursor: -1, listeners: new Set(), queue: Promise.resolve(), readQueued: false };
      this.feeds.set(projectId, feed);
    }
    const current = feed;
    const replay = await this.enqueue(current, async () => {
      if (current.cursor < 0) current.cursor = await this.head(projectId);
      const events =
        lastEventId === undefined ? [] : await this.replay(projectId, lastEventId, current.cursor);
      current.listeners.add(listener);
      return events;
    });
    return {
      replay,
      unsubscribe: () => {
        current.listeners.delete(listener);
        if (current.listeners.size === 0 && this.feeds.get(projectId) === current)
          this.feeds.delete(projectId);
      },
    };
  }

  check(): Promise<void> {
    return this.signals.check();
  }

  async close(): Promise<void> {
    clearInterval(this.pruneTimer);
    this.feeds.clear();
    await this.signals.close();
    await this.pruning;
  }

  /** Removes events past the retention window (by age, then by count per project). */
  async prune(): Promise<void> {
    const cutoff = new Date(this.now() - this.retention.maxAgeSeconds * 1000).toISOString();
    await this.db.deleteFrom('events').where('recorded_at', '<', cutoff).execute();
    const keep = this.retention.maxEventsPerProject;
    await this.db
      .deleteFrom('events')
      .where(
        'seq',
        '<=',
        sql<number>`(select s.last_seq - ${keep} from event_streams s where s.project_id = events.project_id)`,
      )
      .execute();
  }

  private enqueue<T>(feed: Feed, task: () => Promise<T>): Promise<T> {
    const run = feed.queue.then(task);
    feed.queue = run.catch(() => undefined);
    return run;
  }

  /** Reads the feed's project after its cursor and delivers; coalesces signals that arrive meanwhile. */
  private read(feed: Feed): void {
    if (feed.readQueued) return;
    feed.readQueued = true;
    void this.enqueue(feed, async () => {
      feed.readQueued = false;
      if (feed.cursor < 0) return;
      for (;;) {
        const rows = await this.db
          .selectFrom('events')
          .select(['seq', 'payload'])
          .where('project_id', '=', feed.projectId)
          .where('seq', '>', feed.cursor)
          .orderBy('seq', 'asc')
          .limit(READ_BATCH)
          .execute();
        for (const row of rows) {
          const published: PublishedEvent = {
            id: String(row.seq),
            event: JSON.parse(row.payload) as TaskEvent,
          };
          feed.cursor = Number(row.seq);
          for (const listener of feed.listeners) listener(published);
        }
        if (rows.length < READ_BATCH) return;
      }
    });
  }

  private async head(projectId: string): Promise<number> {
    const row = await this.db
      .selectFrom('event_streams')
      .select('last_seq')
      .where('project_id', '=', projectId)
      .executeTakeFirst();
    return Number(row?.last_seq ?? 0);
  }

  /** The retained events after `lastEventId` up to `head`, with a gap event first when some are missing. */
  private async replay(projectId: string, lastEventId: string, head: number): Promise<PublishedEvent[]> {
    const last = /^\d{1,15}$/.test(lastEventId) ? Number(lastEventId) : undefined;
    if (last === undefined || last > head) return [this.gap(projectId, lastEventId, 'unknown', head)];
    const rows = await this.db
      .selectFrom('events')
      .select(['seq', 'payload'])
      .where('project_id', '=', projectId)
      .where('seq', '>', last)
      .where('seq', '<=', head)
      .orderBy('seq', 'asc')
      .execute();
    const events = rows.map(
      (row): PublishedEvent => ({ id: String(row.seq), event: JSON.parse(row.payload) as TaskEvent }),
    );
    const oldest = rows[0] === undefined ? head + 1 : Number(rows[0].seq);
    if (oldest > last + 1) return [this.gap(projectId, lastEventId, 'expired', oldest - 1), ...events];
    return events;
  }

  /** A gap event whose id is where the stream resumes, so a reconnect after it does not report it again. */
  private gap(
    projectId: string,
    lastEventId: string,
    reason: EventStreamGap['reason'],
    resumeAfter: number,
  ): PublishedEvent {
    return {
      id: String(resumeAfter),
      event: {
        type: 'stream.gap',
        projectId,
        lastEventId,
        reason,
        occurredAt: new Date(this.now()).toISOString(),
      },
    };
  }
}
