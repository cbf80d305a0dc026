import type { Kysely, Selectable } from 'kysely';
import type { Database, IdempotencyKeysTable } from '../../shared/db/schema.js';

export type StoredIdempotencyKey = Selectable<IdempotencyKeysTable>;

/** A response kept so that a retry with the same key gets it again. */
export interface RecordedResponse {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/** Idempotency keys: the only code of the idempotency feature that touches the database. */
export class IdempotencyRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Claims the key for a new request. Returns the existing entry instead when
   * the key is taken; the primary key (user, key) makes the claim atomic.
   */
  async reserve(
    userId: string,
    key: string,
    requestHash: string,
    createdAt: string,
    expiresAt: string,
  ): Promise<StoredIdempotencyKey | 'reserved'> {
    const result = await this.db
      .insertInto('idempotency_keys')
      .values({
        user_id: userId,
        key,
        request_hash: requestHash,
        response_status: null,
        response_body: null,
        response_headers: null,
        created_at: createdAt,
        expires_at: expiresAt,
      })
      .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) === 1) return 'reserved';
    const existing = await this.db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('user_id', '=', userId)
      .where('key', '=', key)
      .executeTakeFirst();
    // Deleted between the two statements (expired and purged): the caller may simply retry.
    return existing ?? 'reserved';
  }

  /**
   * Takes over a claim abandoned by an older server version (one that claimed
   * outside the action's transaction and crashed before recording an answer):
   * only a claim of the same request, with no answer, made at or before
   * `abandonedBefore`. The conditional update makes exactly one taker win, and
   * its row lock holds the key for the caller's transaction.
   */
  async reclaimAbandoned(
    userId: string,
    key: string,
    requestHash: string,
    abandonedBefore: string,
    createdAt: string,
    expiresAt: string,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('idempotency_keys')
      .set({ created_at: createdAt, expires_at: expiresAt })
      .where('user_id', '=', userId)
      .where('key', '=', key)
      .where('request_hash', '=', requestHash)
      .where('response_status', 'is', null)
      .where('created_at', '<=', abandonedBefore)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async complete(userId: string, key: string, response: RecordedResponse): Promise<void> {
    await this.db
      .updateTable('idempotency_keys')
      .set({
        response_status: response.status,
        response_body: JSON.stringify(response.body ?? null),
        response_headers: JSON.stringify(response.headers),
      })
      .where('user_id', '=', userId)
      .where('key', '=', key)
      .execute();
  }

  /** Purges expired keys, so an expired key can be claimed again and the table stays small. */
  async deleteExpired(now: string): Promise<void> {
    await this.db.deleteFrom('idempotency_keys').where('expires_at', '<=', now).execute();
  }
}
