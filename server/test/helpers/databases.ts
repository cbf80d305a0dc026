import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { parseDatabaseUrl } from '../../src/shared/config/index.js';
import { createMigrator, type DatabaseHandle, openDatabase } from '../../src/shared/db/index.js';
import { migrations } from '../../src/shared/db/migrations/index.js';
import type { Database } from '../../src/shared/db/schema.js';
import { startPostgres } from './postgres.js';
import { reportMissingPrerequisite } from './prerequisite.js';

/** Opens a fresh, fully migrated database of the engine under test. */
export type OpenTestDatabase = () => Promise<DatabaseHandle<Database>>;

/**
 * Declares `suite` once per engine — SQLite always, PostgreSQL when a server
 * can be started (see postgres.ts; on CI its absence fails) — so repository
 * tests prove the same behaviour on both. Each `open()` gives an empty,
 * migrated database that is closed and removed after the suite.
 */
export function describeEachDatabase(name: string, suite: (open: OpenTestDatabase) => void): void {
  describe(`${name} (SQLite)`, () => {
    let dir: string;
    const handles: DatabaseHandle<Database>[] = [];
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'taskboard-repo-'));
    });
    afterAll(async () => {
      await Promise.all(handles.map((handle) => handle.close()));
      await rm(dir, { recursive: true, force: true });
    });
    suite(async () => {
      const handle = openDatabase<Database>(parseDatabaseUrl(path.join(dir, `db-${handles.length}.sqlite`)));
      handles.push(handle);
      await createMigrator(handle.db, migrations).up();
      return handle;
    });
  });

  describe(`${name} (PostgreSQL)`, async () => {
    const postgres = await startPostgres();
    if (!postgres.available) {
      reportMissingPrerequisite('PostgreSQL', postgres.reason);
      return;
    }
    const handles: DatabaseHandle<Database>[] = [];
    afterAll(async () => {
      await Promise.all(handles.map((handle) => handle.close()));
      await postgres.server.stop();
    });
    suite(async () => {
      const handle = openDatabase<Database>(parseDatabaseUrl(await postgres.server.createDatabase()));
      handles.push(handle);
      await createMigrator(handle.db, migrations).up();
      return handle;
    });
  });
}
