export { type DatabaseHandle, openDatabase } from './connection.js';
export { createMigrator, MigrationError, type MigrationStatus } from './migrator.js';
export { transaction } from './transaction.js';
