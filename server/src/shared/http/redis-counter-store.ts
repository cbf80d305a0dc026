import { createClient } from '@redis/client';
import type { Logger } from '../logging/index.js';
import type { Count, CounterStore } from './counter-store.js';

/*
 * One hit, atomically: count it, start the window on the first hit (PEXPIRE),
 * and read what is left of the window. A key without an expiry (set by hand,
 * or an expiry lost) is given one, so no counter outlives its window for ever.
 */
const INCREMENT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {hits, ttl}
`;

const GET = `
local hits = redis.call('GET', KEYS[1])
if not hits then return nil end
return {tonumber(hits), redis.call('PTTL', KEYS[1])}
`;

/** How long start-up waits for Redis before refusing to start (a wrong REDIS_URL is caught at deploy time). */
const CONNECT_TIMEOUT_MS = 5_000;
/** One warning per this interval while Redis is unreachable, not one per request. */
const WARN_INTERVAL_MS = 30_000;

function newClient(url: string) {
  return createClient({
    url,
    // Commands fail at once while disconnected instead of queueing (a request must not wait for Redis).
    disableOfflineQueue: true,
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      // Keep trying after an outage, backing off to one attempt every 2 s.
      reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 2_000),
    },
  });
}
type RedisClient = ReturnType<typeof newClient>;

/**
 * {@link CounterStore} in Redis (`REDIS_URL`): every process (on any database)
 * counts in the same keys, so N processes enforce one limit. Keys expire with
 * their window, so Redis needs no sweeping.
 *
 * While Redis is unreachable, commands fail at once (no offline queue, so no
 * request waits for a reconnect) and the limiters let requests through: rate
 * limits fail open, with a warning in the log, until the client reconnects.
 */
export class RedisCounterStore implements CounterStore {
  private lastWarning = 0;

  private constructor(
    private readonly client: RedisClient,
    private readonly keyPrefix: string,
  ) {}

  /** Connects to `url`; rejects when Redis does not answer within 5 s. */
  static async connect(url: string, logger: Logger, keyPrefix = 'taskboard:'): Promise<RedisCounterStore> {
    const client = newClient(url);
    const store = new RedisCounterStore(client, keyPrefix);
    // Without a listener an 'error' event would crash the process; the store warns instead.
    client.on('error', (error: Error) => store.warn(logger, error));
    client.on('ready', () => {
      if (store.lastWarning !== 0) logger.info('redis reachable again: rate limits are enforced');
      store.lastWarning = 0;
    });
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        client.connect(),
        new Promise((_, reject) => {
          timer = setTimeout(
            () =>
              reject(new Error(`Redis at REDIS_URL did not answer within ${CONNECT_TIMEOUT_MS / 1000} s.`)),
            CONNECT_TIMEOUT_MS,
          );
        }),
      ]);
    } catch (error) {
      client.destroy();
      throw error;
    } finally {
      clearTimeout(timer);
    }
    return store;
  }

  async increment(key: string, windowMs: number): Promise<Count> {
    const [hits, ttl] = (await this.client.eval(INCREMENT, {
      keys: [this.keyPrefix + key],
      arguments: [String(windowMs)],
    })) as [number, number];
    return { hits, resetAt: new Date(Date.now() + ttl) };
  }

  async get(key: string): Promise<Count | undefined> {
    const reply = (await this.client.eval(GET, { keys: [this.keyPrefix + key] })) as [number, number] | null;
    if (!reply || reply[1] <= 0) return undefined;
    return { hits: reply[0], resetAt: new Date(Date.now() + reply[1]) };
  }

  async reset(key: string): Promise<void> {
    await this.client.del(this.keyPrefix + key);
  }

  close(): void {
    if (this.client.isOpen) this.client.destroy();
  }

  private warn(logger: Logger, error: Error): void {
    const now = Date.now();
    if (now - this.lastWarning < WARN_INTERVAL_MS) return;
    this.lastWarning = now;
    logger.warn(
      { err: { message: error.message } },
      'redis (REDIS_URL) is unreachable: rate limits are not enforced until it reconnects',
    );
  }
}
