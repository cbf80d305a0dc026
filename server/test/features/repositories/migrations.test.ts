import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { createMigrator } from '../../../src/shared/db/index.js';
import { migrations } from '../../../src/shared/db/migrations/index.js';
import { describeEachDatabase } from '../../helpers/databases.js';

const TABLES = [
  'activity',
  'attachments',
  'comments',
  'event_streams',
  'events',
  'idempotency_keys',
  'project_members',
  'projects',
  'rate_limits',
  'refresh_tokens',
  'tasks',
  'users',
];

describeEachDatabase('migrations', (open) => {
  it('when every migration is rolled back and re-applied, then the schema comes and goes completely', async () => {
    const { db } = await open();
    const tables = async () =>
      (await db.introspection.getTables())
        .map((table) => table.name)
        .filter((name) => !name.startsWith('kysely_'));
    expect((await tables()).sort()).toEqual(TABLES);

    const migrator = createMigrator(db, migrations);
    for (let i = 0; i < Object.keys(migrations).length; i++) await migrator.down();
    expect(await tables()).toEqual([]);

    await migrator.up();
    expect((await tables()).sort()).toEqual(TABLES);
    // The re-created schema is usable, not just present.
    await sql`insert into users (id, email, display_name, password_hash, created_at) values ('u', 'e', 'd', 'h', 't')`.execute(
      db,
    );
    expect(await db.selectFrom('users').select('email').execute()).toEqual([{ email: 'e' }]);
  });
});
