import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** A fixed-window counter's state. */
export interface Count {
  hits: number;
  resetAt: Date;
}

/**
 * Fixed-window counters by key: rate limits and failed sign-ins. In memory for
 * one process (SQLite); in the database when several processes share one
 * limit (PostgreSQL), so N processes enforce one limit, not N.
 */
export interface CounterStore {
  /** Counts one hit in the key's current window (a new window when the last one ended). */
  increment(key: string, windowMs: number): Promise<Count>;
  /** The key's current window, if it has one that has not ended. */
  get(key: string): Promise<Count | undefined>;
  /** Forgets the key (e.g. failed sign-ins after a successful one). */
  reset(key: string): Promise<void>;
  close(): void;
}

const SWEEP_MS = 60_000;

/** {@link CounterStore} in process memory, swept of ended windows every minute. */
export class MemoryCounterStore implements CounterStore {
  private readonly counts = new Map<string, Count>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly now: () => number = Date.now) {
    this.sweeper = setInterval(() => {
      const at = this.now();
      for (const [key, count] of this.counts) if (count.resetAt.getTime() <= at) this.counts.delete(key);
    }, SWEEP_MS);
    this.sweeper.unref();
  }

  async increment(key: string, windowMs: number): Promise<Count> {
    const at = this.now();
    const current = this.counts.get(key);
    const next =
      current && current.resetAt.getTime() > at
        ? { hits: current.hits + 1, resetAt: current.resetAt }
        : { hits: 1, resetAt: new Date(at + windowMs) };
    this.counts.set(key, next);
    return next;
  }

  async get(key: string): Promise<Count | undefined> {
    const current = this.counts.get(key);
    return current && current.resetAt.getTime() > this.now() ? current : undefined;
  }

  async reset(key: string): Promise<void> {
    this.counts.delete(key);
  }

  close(): void {
    clearInterval(this.sweeper);
  }
}

/**
 * {@link CounterStore} in the `rate_limits` table: one atomic upsert per hit
 * (a window that ended restarts in the same statement), so concurrent hits on
 * any number of processes are all counted.
 */
export class DatabaseCounterStore implements CounterStore {
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number = Date.now,
  ) {
    this.sweeper = setInterval(() => {
      void this.db
        .deleteFrom('rate_limits')
        .where('reset_at', '<=', new Date(this.now()).toISOString())
        .execute()
        .catch(() => undefined);
    }, SWEEP_MS);
    this.sweeper.unref();
  }

  async increment(key: string, windowMs: number): Promise<Count> {
    const at = new Date(this.now()).toISOString();
    const resetAt = new Date(this.now() + windowMs).toISOString();
    const row = await this.db
      .insertInto('rate_limits')
      .values({ key, hits: 1, reset_at: resetAt })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => ({
          hits: eb
            .case()
            .when('rate_limits.reset_at', '<=', at)
            .then(1)
            .else(eb('rate_limits.hits', '+', 1))
            .end(),
          reset_at: eb
            .case()
            .when('rate_limits.reset_at', '<=', at)
            .then(resetAt)
            .else(eb.ref('rate_limits.reset_at'))
            .end(),
        })),
      )
      .returning(['hits', 'reset_at'])
      .executeTakeFirstOrThrow();
    return { hits: Number(row.hits), resetAt: new Date(row.reset_at) };
  }

  async get(key: string): Promise<Count | undefined> {
    const row = await this.db
      .selectFrom('rate_limits')
      .select(['hits', 'reset_at'])
      .where('key', '=', key)
      .where('reset_at', '>', new Date(this.now()).toISOString())
      .executeTakeFirst();
    return row && { hits: Number(row.hits), resetAt: new Date(row.reset_at) };
  }

  async reset(key: string): Promise<void> {
    await this.db.deleteFrom('rate_limits').where('key', '=', key).execute();
  }

  close(): void {
    clearInterval(this.sweeper);
  }
}
