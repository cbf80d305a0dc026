import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { BlobStorage } from './blob-storage.js';

/** Keys are generated ids, never user input; this keeps any other string from becoming a path. */
const SAFE_KEY = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * {@link BlobStorage} on the local filesystem. Bytes stream into a temporary
 * file that is renamed into place only when complete, so readers never see a
 * partial file and a failed upload leaves nothing behind.
 */
export class LocalBlobStorage implements BlobStorage {
  constructor(private readonly directory: string) {}

  async put(key: string, source: Readable): Promise<{ sizeBytes: number }> {
    const target = this.pathOf(key);
    await mkdir(this.directory, { recursive: true });
    const partial = join(this.directory, `.partial-${randomUUID()}`);
    let sizeBytes = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        sizeBytes += chunk.length;
        callback(null, chunk);
      },
    });
    try {
      await pipeline(source, counter, createWriteStream(partial, { flags: 'wx' }));
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    return { sizeBytes };
  }

  /**
   * Deletes partial files (`.partial-*`) older than `olderThanMs`: what a crash
   * or the shutdown deadline left mid-upload. Younger ones may still be
   * arriving (in this or another process sharing the folder). Returns how many went.
   */
  async removeStalePartials(olderThanMs: number, now = Date.now()): Promise<number> {
    const names = await readdir(this.directory).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names) {
      if (!name.startsWith('.partial-')) continue;
      const file = join(this.directory, name);
      const info = await stat(file).catch(() => undefined);
      if (info && now - info.mtimeMs > olderThanMs) {
        await rm(file, { force: true });
        removed += 1;
      }
    }
    return removed;
  }

  async get(key: string): Promise<Readable | undefined> {
    const path = this.pathOf(key);
    try {
      // Opening first turns a missing file into `undefined` instead of a stream error mid-response.
      const handle = await open(path, 'r');
      return createReadStream(path, { fd: handle });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!SAFE_KEY.test(key)) throw new Error(`Invalid blob key: ${JSON.stringify(key)}`);
    return join(this.directory, key);
  }
}
