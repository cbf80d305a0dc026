import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/databases.js';

/* The application's migrations build the same tables on every supported engine. */

const EXPECTED_TABLES = ['users', 'refresh_tokens', 'projects', 'project_members', 'tasks'];

describeEachDatabase('migrated schema', (open) => {
  it('when migrated, then the core tables exist and foreign keys are enforced', async () => {
    const { db, dialect } = await open();
    const tables = await db.introspection.getTables();
    expect(tables.map((table) => table.name)).toEqual(expect.arrayContaining(EXPECTED_TABLES));

    const now = new Date().toISOString();
    // A membership pointing at no project must be refused on both engines (SQLite needs foreign_keys = ON).
    await expect(
      db
        .insertInto('project_members')
        .values({
          project_id: crypto.randomUUID(),
          user_id: crypto.randomUUID(),
          role: 'member',
          joined_at: now,
        })
        .execute(),
    ).rejects.toThrow(dialect === 'sqlite' ? /FOREIGN KEY/ : /foreign key/);
    expect((await sql<{ one: number }>`select 1 as one`.execute(db)).rows[0]?.one).toBe(1);
  });
});
