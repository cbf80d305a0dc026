import type { Kysely, Migration } from 'kysely';

/*
 * Fixed-window counters shared by every server process (rate limits and
 * failed sign-ins), used when the database is PostgreSQL. One row per key;
 * an expired window restarts on the next hit, and a sweep deletes stale rows.
 */

// biome-ignore lint/suspicious/noExplicitAny: Kysely's documented signature for migrations.
type AnyDb = Kysely<any>;

async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addColumn('reset_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rate_limits_reset_idx').on('rate_limits').column('reset_at').execute();
}

async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('rate_limits').execute();
}

export const rateLimits: Migration = { up, down };
