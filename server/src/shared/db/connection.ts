import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config/index.js';

/** An open database: the query builder plus what operators need around it. */
export interface DatabaseHandle<DB> {
  db: Kysely<DB>;
  dialect: DatabaseConfig['kind'];
  /** Resolves when the database answers a trivial query; rejects otherwise (readiness probe). */
  ping(): Promise<void>;
  /** Closes every connection; the handle is unusable afterwards. */
  close(): Promise<void>;
}

/** How long a SQLite writer waits for a lock before failing with SQLITE_BUSY. */
const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens the configured database: better-sqlite3 (WAL journal, foreign keys
 * enforced, busy timeout) or a `pg` connection pool.
 */
export function openDatabase<DB>(config: DatabaseConfig): DatabaseHandle<DB> {
  const db = new Kysely<DB>({
    dialect: config.kind === 'postgres' ? postgresDialect(config.url) : sqliteDialect(config.filename),
  });
  return {
    db,
    dialect: config.kind,
    async ping() {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}

function sqliteDialect(filename: string): SqliteDialect {
  if (filename !== ':memory:') mkdirSync(path.dirname(filename), { recursive: true });
  const database = new SqliteDatabase(filename, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  // WAL lets readers proceed while one writer commits (https://sqlite.org/wal.html).
  database.pragma('journal_mode = WAL');
  // SQLite leaves foreign keys unenforced unless asked, per connection.
  database.pragma('foreign_keys = ON');
  database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  // Safe with WAL: a power loss may roll back the last commits but never corrupts the file.
  database.pragma('synchronous = NORMAL');
  return new SqliteDialect({ database });
}

function postgresDialect(connectionString: string): PostgresDialect {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle client losing its connection emits 'error' on the pool; without a listener it would crash the process.
  pool.on('error', () => {});
  return new PostgresDialect({ pool });
}
