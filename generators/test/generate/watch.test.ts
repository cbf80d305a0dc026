import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWatchLoop, type WatchLoop } from '../../src/generate/index.js';

let dir: string;
let loop: WatchLoop | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'specloom-watch-'));
});
afterEach(async () => {
  await loop?.close();
  loop = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** Resolves once `predicate` holds, polling; fails the test after `timeoutMs`. */
async function eventually(predicate: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the watcher');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('startWatchLoop', () => {
  it('regenerates once for a burst of changes to a watched file', async () => {
    const spec = join(dir, 'openapi.yaml');
    await writeFile(spec, 'v1');
    let runs = 0;
    loop = startWatchLoop({
      files: [spec],
      debounceMs: 80,
      regenerate: async () => {
        runs++;
        return [spec];
      },
      onError: () => {},
    });
    await writeFile(spec, 'v2');
    await writeFile(spec, 'v3');
    await writeFile(spec, 'v4');
    await eventually(() => runs >= 1);
    await settle();
    expect(runs).toBe(1);
  });

  it('ignores other files in the same folder', async () => {
    const spec = join(dir, 'openapi.yaml');
    await writeFile(spec, 'v1');
    let runs = 0;
    loop = startWatchLoop({
      files: [spec],
      debounceMs: 20,
      regenerate: async () => {
        runs++;
        return [spec];
      },
      onError: () => {},
    });
    await writeFile(join(dir, 'notes.txt'), 'unrelated');
    await settle();
    expect(runs).toBe(0);
  });

  it('follows a file saved by rename, and the files the last run reported', async () => {
    const spec = join(dir, 'openapi.yaml');
    const schema = join(dir, 'schema.yaml');
    await writeFile(spec, 'v1');
    await writeFile(schema, 's1');
    let runs = 0;
    loop = startWatchLoop({
      files: [spec],
      debounceMs: 20,
      regenerate: async () => {
        runs++;
        return [spec, schema];
      },
      onError: () => {},
    });
    await writeFile(join(dir, 'tmp'), 'v2');
    await rename(join(dir, 'tmp'), spec);
    await eventually(() => runs === 1);
    await writeFile(schema, 's2');
    await eventually(() => runs === 2);
  });

  it('keeps watching after a run throws, and reports the error', async () => {
    const spec = join(dir, 'openapi.yaml');
    await writeFile(spec, 'v1');
    const errors: unknown[] = [];
    let runs = 0;
    loop = startWatchLoop({
      files: [spec],
      debounceMs: 20,
      regenerate: async () => {
        runs++;
        if (runs === 1) throw new Error('boom');
        return [spec];
      },
      onError: (error) => errors.push(error),
    });
    await writeFile(spec, 'v2');
    await eventually(() => errors.length === 1);
    await writeFile(spec, 'v3');
    await eventually(() => runs === 2);
    expect((errors[0] as Error).message).toBe('boom');
  });
});
