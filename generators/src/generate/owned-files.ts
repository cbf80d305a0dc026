import { open, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { HEADER_MARK, hasHeader } from './header.js';

/** Folders never searched for owned files. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/**
 * Files under `dir` (recursively) that carry specloom's header, as POSIX paths
 * relative to `dir`, sorted. Only these may be removed as "no longer produced":
 * anything without the header was not written by specloom and is never touched.
 */
export async function findOwnedFiles(dir: string): Promise<string[]> {
  const owned: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) await walk(path);
      } else if (entry.isFile() && (await startsWithHeader(path))) {
        owned.push(relative(dir, path).split(sep).join('/'));
      }
    }
  };
  await walk(dir);
  return owned.sort();
}

/** Reads only the first bytes: enough to see the header without loading large files. */
async function startsWithHeader(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEADER_MARK.length + 8);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return hasHeader(buffer.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await handle.close();
  }
}

/**
 * Files under `dir` (recursively, POSIX paths relative to it, sorted) that
 * specloom did not write: they carry no header and are not among `ours`
 * (absolute paths this run produces in a format that cannot carry a header,
 * such as JSON). Writing into a folder that holds such files could replace
 * or bury someone's work, so the CLI refuses unless told otherwise.
 */
export async function findForeignFiles(dir: string, ours: ReadonlySet<string>): Promise<string[]> {
  const foreign: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return;
      throw error;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) await walk(path);
      } else if (!ours.has(path) && !(entry.isFile() && (await startsWithHeader(path)))) {
        foreign.push(relative(dir, path).split(sep).join('/'));
      }
    }
  };
  await walk(dir);
  return foreign.sort();
}
