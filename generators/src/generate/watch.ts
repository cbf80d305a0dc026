import { type FSWatcher, watch } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface WatchLoopOptions {
  /** Absolute paths of the files to watch at first (the spec and every file it references). */
  files: readonly string[];
  /** Quiet period after the last change before regenerating; editors often write a file in several steps. */
  debounceMs: number;
  /**
   * Regenerates; resolves to the files to watch from now on (a change can add
   * or drop a referenced file), or `undefined` to keep the current set (e.g.
   * when the spec could not be loaded). Must report its own errors.
   */
  regenerate: () => Promise<readonly string[] | undefined>;
  /** Called when `regenerate` throws anyway; watching goes on. */
  onError: (error: unknown) => void;
}

export interface WatchLoop {
  /** Stops watching and waits for a regeneration in progress to finish. */
  close(): Promise<void>;
}

/**
 * Watches the spec's files and calls `regenerate` after changes, debounced,
 * never two runs at once (a change during a run schedules one more run).
 * Folders are watched rather than files, because many editors save by
 * writing a new file and renaming it over the old one, which ends a
 * file-level watch on Linux.
 */
export function startWatchLoop(options: WatchLoopOptions): WatchLoop {
  let watched = new Set<string>();
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let pending = false;
  let closed = false;

  const watchFiles = (files: readonly string[]): void => {
    watched = new Set(files.map((file) => resolve(file)));
    const folders = new Set([...watched].map((file) => dirname(file)));
    for (const [folder, watcher] of watchers) {
      if (!folders.has(folder)) {
        watcher.close();
        watchers.delete(folder);
      }
    }
    for (const folder of folders) {
      if (watchers.has(folder)) continue;
      const watcher = watch(folder, (_event, filename) => {
        // Some platforms omit the name; then any change in the folder counts.
        if (filename === null || watched.has(join(folder, filename.toString()))) schedule();
      });
      watcher.on('error', () => {
        // The folder went away (e.g. renamed); the next successful run re-watches what exists.
        watcher.close();
        watchers.delete(folder);
      });
      watchers.set(folder, watcher);
    }
  };

  const run = async (): Promise<void> => {
    do {
      pending = false;
      let files: readonly string[] | undefined;
      try {
        files = await options.regenerate();
      } catch (error) {
        options.onError(error);
      }
      if (files !== undefined && !closed) watchFiles(files);
    } while (pending && !closed);
  };

  const schedule = (): void => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (running !== undefined) {
        pending = true;
        return;
      }
      running = run().finally(() => {
        running = undefined;
      });
    }, options.debounceMs);
  };

  watchFiles(options.files);
  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
      await running;
    },
  };
}
