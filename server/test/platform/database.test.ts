import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Kysely, type Migration, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '../../src/shared/config/index.js';
import {
  createMigrator,
  type DatabaseHandle,
  MigrationError,
  openDatabase,
  transaction,
} from '../../src/shared/db/index.js';
import { migrations } from '../../src/shared/db/migrations/index.js';
import { type PostgresServer, startPostgres } from '../helpers/postgres.js';
import { reportMissingPrerequisite } from '../helpers/prerequisite.js';

/* The database layer on both engines: connection settings, migrations up and down, transactions. */

interface TestDb {
  notes: { id: number; body: string };
}

const notesMigration: Record<string, Migration> = {
  '0001_notes': {
    up: async (db: Kysely<unknown>) => {
      await db.schema
        .createTable('notes')
        .addColumn('id', 'integer', (column) => column.primaryKey())
        .addColumn('body', 'text', (column) => column.notNull())
        .execute();
    },
    down: async (db: Kysely<unknown>) => {
      await db.schema.dropTable('notes').execute();
    },
  },
};

const withBrokenMigration: Record<string, Migration> = {
  ...notesMigration,
  '0002_broken': { up: async (db: Kysely<unknown>) => void (await sql`create table (`.execute(db)) },
};

/** The behaviour both engines must share. */
function databaseContract(open: () => Promise<DatabaseHandle<TestDb>>) {
  let handle: DatabaseHandle<TestDb>;
  beforeAll(async () => {
    handle = await open();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('when pinged, then the database answers', async () => {
    await expect(handle.ping()).resolves.toBeUndefined();
  });

  it('when migrating up, down and up again, then status follows and the schema is reversible', async () => {
    const migrator = createMigrator(handle.db, notesMigration);
    expect(await migrator.status()).toEqual([{ name: '0001_notes', executedAt: null }]);
    expect(await migrator.up()).toEqual(['0001_notes']);
    expect(await migrator.up()).toEqual([]);
    expect((await migrator.status())[0]?.executedAt).toBeInstanceOf(Date);
    expect(await migrator.down()).toEqual(['0001_notes']);
    await expect(sql`select * from notes`.execute(handle.db)).rejects.toThrow();
    expect(await migrator.up()).toEqual(['0001_notes']);
  });

  it('when a transaction throws, then nothing it wrote remains', async () => {
    await expect(
      transaction(handle.db, async (trx) => {
        await trx.insertInto('notes').values({ id: 1, body: 'lost' }).execute();
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    expect(await handle.db.selectFrom('notes').selectAll().execute()).toEqual([]);
  });

  it('when transactions nest, then the inner one joins the outer and both commit together', async () => {
    await transaction(handle.db, async (outer) => {
      await outer.insertInto('notes').values({ id: 2, body: 'outer' }).execute();
      await transaction<TestDb, void>(outer, async (inner) => {
        expect(inner).toBe(outer);
        await inner.insertInto('notes').values({ id: 3, body: 'inner' }).execute();
      });
    });
    const rows = await handle.db.selectFrom('notes').select('body').orderBy('id').execute();
    expect(rows.map((row) => row.body)).toEqual(['outer', 'inner']);
  });

  it('when a migration fails, then a MigrationError names it', async () => {
    const failing = createMigrator(handle.db, withBrokenMigration).up();
    await expect(failing).rejects.toThrow(MigrationError);
    await expect(failing).rejects.toThrow(/^Migration 0002_broken failed: /);
  });
}

/** The application's real migrations apply and revert cleanly on an empty database. */
function realMigrations(open: () => Promise<DatabaseHandle<unknown>>) {
  it("when the application's migrations run up and all the way down, then both directions succeed", async () => {
    const handle = await open();
    try {
      const migrator = createMigrator(handle.db, migrations);
      expect(await migrator.up()).toEqual(Object.keys(migrations));
      for (let i = 0; i < Object.keys(migrations).length; i += 1) await migrator.down();
      expect((await migrator.status()).every((migration) => migration.executedAt === null)).toBe(true);
    } finally {
      await handle.close();
    }
  });
}

describe('SQLite', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'taskboard-db-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  let counter = 0;
  const open = async <DB>() => {
    counter += 1;
    return openDatabase<DB>(parseDatabaseUrl(path.join(dir, `nested/dir/db-${counter}.sqlite`)));
  };

  it('when opened, then WAL, foreign keys and a busy timeout are on', async () => {
    const handle = await open<unknown>();
    try {
      const pragma = async (name: string) =>
        Object.values((await sql.raw(`pragma ${name}`).execute(handle.db)).rows[0] as object)[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('busy_timeout')).toBe(5000);
    } finally {
      await handle.close();
    }
  });

  describe('contract', () => databaseContract(open<TestDb>));
  describe('application migrations', () => realMigrations(open<unknown>));
});

const postgres = await startPostgres();
describe('PostgreSQL', () => {
  if (!postgres.available) {
    reportMissingPrerequisite('PostgreSQL', postgres.reason);
    return;
  }
  const server: PostgresServer = postgres.server;
  afterAll(async () => {
    await server.stop();
  });
  const open = async <DB>() => openDatabase<DB>(parseDatabaseUrl(await server.createDatabase()));

  describe('contract', () => databaseContract(open<TestDb>));
  describe('application migrations', () => realMigrations(open<unknown>));
});
