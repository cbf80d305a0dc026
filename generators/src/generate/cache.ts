import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalJson } from '../model/hash.js';
import { readIfExists, writeAtomically } from './files.js';
import type { Generation } from './generate.js';

/**
 * A record of the last successful `generate` for one configuration: the
 * hashes of every spec file read and of every file written. When the spec
 * files and the outputs still hash the same, a re-run has nothing to do and
 * skips loading, validating and emitting altogether.
 */
interface CacheRecord {
  inputs: Record<string, string>;
  outputs: Record<string, string>;
  /** Scaffold files only need to exist. */
  scaffolds: string[];
}

/**
 * Where records live: `$SPECLOOM_CACHE_DIR` when set, else the project's
 * `node_modules/.cache/specloom` (the usual tool cache), else the OS temp folder.
 */
export function defaultCacheDir(cwd: string): string {
  const configured = process.env.SPECLOOM_CACHE_DIR;
  if (configured !== undefined && configured !== '') return configured;
  const modules = join(cwd, 'node_modules');
  return existsSync(modules) ? join(modules, '.cache', 'specloom') : join(tmpdir(), 'specloom-cache');
}

/** Identifies one configuration: anything that changes output (generator version, spec path, targets, options, folders) changes the key. */
export function cacheKey(parts: unknown): string {
  return sha256(canonicalJson(parts)).slice(0, 32);
}

/** True when the recorded run for `key` is still valid: same spec bytes, outputs untouched, scaffolds present. */
export async function isUpToDate(cacheDir: string, key: string): Promise<boolean> {
  const raw = await readIfExists(join(cacheDir, `${key}.json`));
  if (raw === undefined) return false;
  let record: CacheRecord;
  try {
    record = JSON.parse(raw.toString('utf8')) as CacheRecord;
  } catch {
    return false;
  }
  for (const [path, hash] of [...Object.entries(record.inputs), ...Object.entries(record.outputs)]) {
    const contents = await readIfExists(path);
    if (contents === undefined || sha256(contents) !== hash) return false;
  }
  return record.scaffolds.every((path) => existsSync(path));
}

/** Records a successful run; `inputs` are the absolute paths of every spec file that was read. */
export async function recordRun(
  cacheDir: string,
  key: string,
  inputs: readonly string[],
  generations: readonly Generation[],
): Promise<void> {
  const record: CacheRecord = { inputs: {}, outputs: {}, scaffolds: [] };
  for (const path of inputs) record.inputs[path] = sha256(await readFile(path));
  for (const generation of generations) {
    for (const file of generation.files) {
      if (file.scaffold === true) record.scaffolds.push(join(generation.scaffoldDir, file.path));
      else record.outputs[join(generation.outDir, file.path)] = sha256(file.contents);
    }
  }
  await mkdir(cacheDir, { recursive: true });
  await writeAtomically(join(cacheDir, `${key}.json`), JSON.stringify(record));
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
