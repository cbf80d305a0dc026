import { readdir, rm, rmdir } from 'node:fs/promises';
import { dirname, isAbsolute, relative } from 'node:path';
import { type Comparison, compareWithDisk } from './compare.js';
import { writeAtomically } from './files.js';
import type { Generation } from './generate.js';

/** What `writeGeneration` did, as absolute paths. */
export interface WriteReport {
  /** Generated files created or rewritten because their bytes changed. */
  written: string[];
  /** Generated files whose bytes were already right (not touched, so their mtime is kept). */
  unchanged: string[];
  /** Files with specloom's header that are no longer produced. */
  removed: string[];
  /** Scaffold files created because they did not exist. */
  scaffolded: string[];
  /** Scaffold files left alone because they exist. */
  scaffoldKept: string[];
}

/**
 * Brings the disk in line with a generation: rewrites only files whose bytes
 * changed (atomically), creates scaffold files only when absent, and removes
 * files that carry specloom's header but are no longer produced.
 * @param producedElsewhere absolute paths other generations of the same run produce (never removed)
 */
export async function writeGeneration(
  generation: Generation,
  producedElsewhere: ReadonlySet<string> = new Set(),
): Promise<WriteReport> {
  return applyComparison(generation, await compareWithDisk(generation, producedElsewhere));
}

/** Applies an already computed comparison (lets a caller compare once, then decide to write). */
export async function applyComparison(generation: Generation, comparison: Comparison): Promise<WriteReport> {
  const report: WriteReport = { written: [], unchanged: [], removed: [], scaffolded: [], scaffoldKept: [] };
  for (const file of comparison.files) {
    if (file.scaffold) {
      if (file.state === 'missing') {
        await writeAtomically(file.path, file.contents);
        report.scaffolded.push(file.path);
      } else {
        report.scaffoldKept.push(file.path);
      }
    } else if (file.state === 'unchanged') {
      report.unchanged.push(file.path);
    } else {
      await writeAtomically(file.path, file.contents);
      report.written.push(file.path);
    }
  }
  for (const path of comparison.extra) {
    await rm(path, { force: true });
    report.removed.push(path);
    await removeEmptyFolders(dirname(path), generation.outDir);
  }
  return report;
}

/** Removes folders left empty by a removal, up to (not including) the output folder. */
async function removeEmptyFolders(folder: string, outDir: string): Promise<void> {
  let current = folder;
  while (isInside(current, outDir)) {
    if ((await readdir(current)).length > 0) return;
    await rmdir(current);
    current = dirname(current);
  }
}

function isInside(path: string, folder: string): boolean {
  const fromFolder = relative(folder, path);
  return fromFolder !== '' && !fromFolder.startsWith('..') && !isAbsolute(fromFolder);
}
