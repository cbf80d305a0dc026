import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../shared/db/schema.js';
import { transaction } from '../../shared/db/transaction.js';
import { ConflictError } from '../../shared/errors/index.js';
import { IdempotencyRepository, type RecordedResponse } from './idempotency.repository.js';

export interface IdempotencyOptions {
  /** How long a key is remembered; the spec promises 24 hours. */
  ttlSeconds?: number;
  /**
   * How old a claim with no recorded answer must be to count as abandoned
   * (left by an older server version that crashed mid-request) and be taken
   * over by a retry. Longer than any request runs; default 60 s.
   */
  abandonedAfterSeconds?: number;
  now?: () => number;
}

/** What identifies a request for idempotency: the operation, its target and its (parsed) body. */
export interface RequestFingerprint {
  operation: string;
  target: string;
  body: unknown;
}

/**
 * `Idempotency-Key` handling (draft-ietf-httpapi-idempotency-key-header): the
 * first request with a key runs and its response is recorded; a retry with the
 * same key and the same request gets the recorded response; the same key with
 * a different request is a 409. Keys are scoped per user.
 *
 * Claiming the key, the action and recording its response happen in ONE
 * transaction: a crash (or a failed action) leaves neither the effect nor a
 * half-claimed key, so no key is ever stuck "still being processed". A retry
 * that arrives while the first request runs — on any process — waits on the
 * key's row (its primary key) and then gets the recorded response.
 */
export class IdempotencyService {
  private readonly ttlMs: number;
  private readonly abandonedAfterMs: number;
  private readonly now: () => number;

  constructor(
    private readonly db: Kysely<Database>,
    options: IdempotencyOptions = {},
  ) {
    this.ttlMs = (options.ttlSeconds ?? 24 * 60 * 60) * 1000;
    this.abandonedAfterMs = (options.abandonedAfterSeconds ?? 60) * 1000;
    this.now = options.now ?? Date.now;
  }

  /**
   * Runs `action` at most once per (user, key), giving it the connection to do
   * its work on (the transaction, when there is a key). Without a key it just runs.
   * A failed action rolls back with the claim: errors are not replayed, so a
   * client can fix its request or retry after a transient failure.
   */
  async run<R extends RecordedResponse>(
    userId: string,
    key: string | undefined,
    request: RequestFingerprint,
    action: (db: Kysely<Database>) => Promise<R>,
  ): Promise<R> {
    if (key === undefined) return action(this.db);
    const requestHash = fingerprintHash(request);
    const now = this.now();
    await new IdempotencyRepository(this.db).deleteExpired(new Date(now).toISOString());
    return transaction(this.db, async (tx) => {
      const repository = new IdempotencyRepository(tx);
      const claim = await repository.reserve(
        userId,
        key,
        requestHash,
        new Date(now).toISOString(),
        new Date(now + this.ttlMs).toISOString(),
      );
      if (claim !== 'reserved') {
        if (claim.request_hash !== requestHash) {
          throw new ConflictError('This Idempotency-Key was already used with a different request.');
        }
        if (claim.response_status === null) {
          // Only a claim left by an older version of the server (which claimed outside the transaction):
          // still possibly running while young, abandoned once older than any request runs.
          const reclaimed = await repository.reclaimAbandoned(
            userId,
            key,
            requestHash,
            new Date(now - this.abandonedAfterMs).toISOString(),
            new Date(now).toISOString(),
            new Date(now + this.ttlMs).toISOString(),
          );
          if (!reclaimed) {
            throw new ConflictError(
              'A request with this Idempotency-Key is still being processed; retry later.',
            );
          }
          const response = await action(tx);
          await repository.complete(userId, key, response);
          return response;
        }
        // The recorded response was produced by this same operation, so it has the operation's result type.
        return {
          status: claim.response_status,
          body: JSON.parse(claim.response_body ?? 'null'),
          headers: JSON.parse(claim.response_headers ?? '{}'),
        } as R;
      }
      const response = await action(tx);
      await repository.complete(userId, key, response);
      return response;
    });
  }
}

/** SHA-256 over canonical JSON (sorted keys), so property order in the body does not matter. */
export function fingerprintHash(request: RequestFingerprint): string {
  return createHash('sha256').update(canonicalJson(request)).digest('base64url');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
