import type { Config } from '../shared/config/index.js';
import type { DatabaseHandle } from '../shared/db/index.js';
import type { Database } from '../shared/db/schema.js';
import type { Logger } from '../shared/logging/index.js';
import { DatabaseEventBus, DEFAULT_EVENT_RETENTION } from './database-event-bus.js';
import type { EventBus } from './event-bus.js';
import { LocalSignals } from './event-signals.js';
import { PostgresSignals } from './postgres-signals.js';

/**
 * The event bus for the configured database: on PostgreSQL, signals come from
 * LISTEN/NOTIFY so every process delivers every commit; on SQLite (one
 * process) from this process's own commits. Both replay from the outbox.
 */
export async function createEventBus(
  config: Config,
  database: DatabaseHandle<Database>,
  logger: Logger,
): Promise<EventBus> {
  const signals =
    config.database.kind === 'postgres'
      ? await PostgresSignals.start(config.database.url, logger)
      : new LocalSignals();
  return new DatabaseEventBus(database.db, signals, {
    ...DEFAULT_EVENT_RETENTION,
    maxAgeSeconds: config.events.retentionSeconds,
    maxEventsPerProject: config.events.retentionCount,
  });
}
