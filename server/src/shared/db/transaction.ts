import type { Kysely, Transaction } from 'kysely';

/**
 * Runs `fn` in a transaction: committed when it resolves, rolled back when it
 * throws. Called with a connection that is already inside a transaction, it
 * joins that one, so services can compose operations that each use it.
 */
export function transaction<DB, T>(
  db: Kysely<DB>,
  fn: (trx: Transaction<NoInfer<DB>>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return fn(db as Transaction<DB>);
  return db.transaction().execute(fn);
}
