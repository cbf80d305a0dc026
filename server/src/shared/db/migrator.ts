import { type Kysely, type Migration, type MigrationResultSet, Migrator } from 'kysely';

/** One migration's state, as `npm run migrate status` prints it. */
export interface MigrationStatus {
  name: string;
  /** When it was applied, or null while pending. */
  executedAt: Date | null;
}

/** Thrown when a migration fails; names the migration and keeps the driver's error as `cause`. */
export class MigrationError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

/**
 * Wraps Kysely's `Migrator` over an in-code set of migrations (no file-system
 * provider, so it works the same from `src` under vitest and from `dist`).
 */
export function createMigrator<DB>(db: Kysely<DB>, migrations: Record<string, Migration>) {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  return {
    /** Applies every pending migration, in name order; returns the names applied. */
    up: async (): Promise<string[]> => applied(await migrator.migrateToLatest()),
    /** Reverts the most recent migration; returns its name (empty when none was applied). */
    down: async (): Promise<string[]> => applied(await migrator.migrateDown()),
    async status(): Promise<MigrationStatus[]> {
      const all = await migrator.getMigrations();
      return all.map((migration) => ({ name: migration.name, executedAt: migration.executedAt ?? null }));
    },
  };
}

function applied({ error, results = [] }: MigrationResultSet): string[] {
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error');
    const message = error instanceof Error ? error.message : String(error);
    throw new MigrationError(
      failed ? `Migration ${failed.migrationName} failed: ${message}` : `Migrations failed: ${message}`,
      { cause: error },
    );
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
