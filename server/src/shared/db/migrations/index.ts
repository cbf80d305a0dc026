import type { Migration } from 'kysely';
import { initialSchema } from './0001_initial.js';
import { eventsOutbox } from './0002_events_outbox.js';
import { rateLimits } from './0003_rate_limits.js';

/**
 * Every migration, keyed by a name that sorts in application order. Kysely's
 * `Migrator` runs them with a static provider; never rename or edit a released
 * entry, add a new one instead.
 */
export const migrations: Record<string, Migration> = {
  '0001_initial': initialSchema,
  '0002_events_outbox': eventsOutbox,
  '0003_rate_limits': rateLimits,
};
