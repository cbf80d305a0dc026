import type { Readable } from 'node:stream';

/**
 * Where attachment bytes live. The local filesystem implementation serves one
 * machine; an S3-compatible object store is the production option when several
 * stateless server processes share the load (same four operations:
 * PutObject with a streaming body, GetObject, DeleteObject).
 */
export interface BlobStorage {
  /**
   * Streams `source` into storage under `key` and resolves with the number of
   * bytes written. When `source` fails (for example because an upload limit
   * was hit), it rejects with that error and leaves nothing behind.
   */
  put(key: string, source: Readable): Promise<{ sizeBytes: number }>;
  /** A stream of the stored bytes, or `undefined` when there is no such blob. */
  get(key: string): Promise<Readable | undefined>;
  /** Removes the blob; removing a missing blob is not an error. */
  delete(key: string): Promise<void>;
}
