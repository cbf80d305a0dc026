import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from '../config/index.js';
import { openDatabase } from './connection.js';
import { migrations } from './migrations/index.js';
import { createMigrator } from './migrator.js';

/*
 * `npm run migrate [up|down|status]`: applies, reverts (one step) or lists the
 * migrations of the database named by DATABASE_URL.
 */

const USAGE = 'Usage: npm run migrate -- [up|down|status]';

async function main(command: string): Promise<number> {
  if (!['up', 'down', 'status'].includes(command)) {
    console.error(`Unknown command "${command}". ${USAGE}`);
    return 2;
  }
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  const database = openDatabase(config.database);
  try {
    const migrator = createMigrator(database.db, migrations);
    if (command === 'status') {
      for (const { name, executedAt } of await migrator.status()) {
        console.log(`${executedAt ? `applied ${executedAt.toISOString()}` : 'pending'.padEnd(32)}  ${name}`);
      }
      return 0;
    }
    const names = command === 'up' ? await migrator.up() : await migrator.down();
    const verb = command === 'up' ? 'Applied' : 'Reverted';
    console.log(names.length > 0 ? `${verb}: ${names.join(', ')}` : 'Nothing to do.');
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv[2] ?? 'up').then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError) console.error(error.message);
    else console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
