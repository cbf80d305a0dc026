import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { migrations } from '../../../src/shared/db/migrations/index.js';
import type { Database } from '../../../src/shared/db/schema.js';

/** A migrated database in a temporary SQLite file, and how to throw it away. */
export interface TestDatabase {
  db: Kysely<Database>;
  directory: string;
  destroy(): Promise<void>;
}

/**
 * Opens a fresh SQLite file (foreign keys on, as in production) and applies
 * every migration; or, given an already migrated database, only makes a
 * temporary directory (for uploads) and leaves closing the database to its owner.
 */
export async function createTestDatabase(existing?: Kysely<Database>): Promise<TestDatabase> {
  const directory = mkdtempSync(join(tmpdir(), 'taskboard-features-'));
  if (existing) {
    return {
      db: existing,
      directory,
      async destroy() {
        rmSync(directory, { recursive: true, force: true });
      },
    };
  }
  const sqlite = new SQLite(join(directory, 'test.sqlite'));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
  return {
    db,
    directory,
    async destroy() {
      await db.destroy();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
