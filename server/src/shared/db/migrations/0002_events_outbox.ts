import { type Kysely, type Migration, sql } from 'kysely';

/*
 * The project event outbox. Every change writes its events here in the same
 * transaction (so an event exists exactly when its change committed), with a
 * per-project sequence taken from `event_streams`: the counter row stays
 * locked until commit, so sequence order is commit order and a reader that
 * has seen event N has seen every event before it. On PostgreSQL a trigger
 * announces each row with NOTIFY, delivered to every listening process when
 * the transaction commits.
 */

// biome-ignore lint/suspicious/noExplicitAny: Kysely's documented signature for migrations.
type AnyDb = Kysely<any>;

/** The channel the trigger notifies; the payload is the project id. */
export const EVENTS_CHANNEL = 'taskboard_events';

async function isPostgres(db: AnyDb): Promise<boolean> {
  try {
    await sql`select 1 from pg_catalog.pg_namespace limit 1`.execute(db);
    return true;
  } catch {
    // SQLite: "no such table". A failed read does not abort a SQLite transaction.
    return false;
  }
}

async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('event_streams')
    .addColumn('project_id', 'text', (c) => c.primaryKey().references('projects.id').onDelete('cascade'))
    .addColumn('last_seq', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('events')
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('events_pk', ['project_id', 'seq'])
    .execute();
  // Time-based retention deletes by this column.
  await db.schema.createIndex('events_recorded_idx').on('events').column('recorded_at').execute();

  if (await isPostgres(db)) {
    await sql`
      create function taskboard_notify_event() returns trigger language plpgsql as $$
      begin
        perform pg_notify(${sql.lit(EVENTS_CHANNEL)}, new.project_id);
        return null;
      end $$`.execute(db);
    await sql`
      create trigger events_notify after insert on events
      for each row execute function taskboard_notify_event()`.execute(db);
  }
}

async function down(db: AnyDb): Promise<void> {
  if (await isPostgres(db)) {
    await sql`drop trigger if exists events_notify on events`.execute(db);
    await sql`drop function if exists taskboard_notify_event()`.execute(db);
  }
  await db.schema.dropTable('events').execute();
  await db.schema.dropTable('event_streams').execute();
}

export const eventsOutbox: Migration = { up, down };
