import pg from 'pg';
import type { Logger } from 'pino';
import { EVENTS_CHANNEL } from '../shared/db/migrations/0002_events_outbox.js';
import type { EventSignals, SignalHandler } from './event-signals.js';

const RECONNECT_MIN_MS = 100;
const RECONNECT_MAX_MS = 5_000;

/**
 * Signals from PostgreSQL: one dedicated connection runs `LISTEN` on the
 * channel the outbox trigger notifies (payload: the project id), so every
 * process hears of every commit, in commit order. A lost connection is
 * re-established with backoff and then signals "any project", so subscribers
 * catch up on what was committed meanwhile from the outbox.
 */
export class PostgresSignals implements EventSignals {
  private readonly handlers: SignalHandler[] = [];
  private client: pg.Client | undefined;
  private connected = false;
  private closed = false;
  private retryMs = RECONNECT_MIN_MS;
  private retryTimer: NodeJS.Timeout | undefined;

  private constructor(
    private readonly connectionString: string,
    private readonly logger: Logger,
  ) {}

  /** Connects and starts listening; rejects when the first connection fails. */
  static async start(connectionString: string, logger: Logger): Promise<PostgresSignals> {
    const signals = new PostgresSignals(connectionString, logger);
    await signals.connect();
    return signals;
  }

  onSignal(handler: SignalHandler): void {
    this.handlers.push(handler);
  }

  /** The trigger announces every commit, this process's included. */
  committed(): void {}

  async check(): Promise<void> {
    if (!this.connected) throw new Error('The event listener is not connected to PostgreSQL.');
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    this.handlers.length = 0;
    const client = this.client;
    this.client = undefined;
    this.connected = false;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', (message) => {
      if (message.channel === EVENTS_CHANNEL) this.emit(message.payload || undefined);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    await client.connect();
    try {
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.connected = true;
    this.retryMs = RECONNECT_MIN_MS;
  }

  private lost(client: pg.Client, error?: Error): void {
    if (this.client !== client || this.closed) return;
    this.client = undefined;
    this.connected = false;
    this.logger.warn({ err: error }, 'event listener lost its PostgreSQL connection; reconnecting');
    void client.end().catch(() => undefined);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed) return;
    this.retryTimer = setTimeout(() => {
      this.connect().then(
        () => {
          if (this.closed) return;
          this.logger.info('event listener reconnected');
          // Notifications sent while disconnected are lost: every followed stream re-reads the outbox.
          this.emit(undefined);
        },
        (error: unknown) => {
          this.logger.warn({ err: error }, 'event listener could not reconnect yet');
          this.retryMs = Math.min(this.retryMs * 2, RECONNECT_MAX_MS);
          this.scheduleReconnect();
        },
      );
    }, this.retryMs);
    this.retryTimer.unref();
  }

  private emit(projectId: string | undefined): void {
    for (const handler of this.handlers) handler(projectId);
  }
}
