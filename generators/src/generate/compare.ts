import { join } from 'node:path';
import { readIfExists } from './files.js';
import type { Generation } from './generate.js';
import { hasHeader, withoutHeader } from './header.js';
import { findOwnedFiles } from './owned-files.js';

export type FileState = 'unchanged' | 'stale' | 'missing';

export interface ComparedFile {
  /** Absolute path on disk. */
  path: string;
  contents: string;
  state: FileState;
  scaffold: boolean;
}

export interface Comparison {
  files: ComparedFile[];
  /** Absolute paths of files carrying specloom's header in the output folder that are no longer produced. */
  extra: string[];
}

/**
 * Compares a generation with what is on disk. Generated files compare by
 * bytes; a scaffold file is `unchanged` as soon as it exists (it belongs to
 * its author after the first write).
 * @param producedElsewhere absolute paths other generations of the same run
 *   produce, so two entries sharing (or nesting) an output folder never count
 *   each other's files as extra
 */
export async function compareWithDisk(
  generation: Generation,
  producedElsewhere: ReadonlySet<string> = new Set(),
): Promise<Comparison> {
  const files = await Promise.all(
    generation.files.map(async (file): Promise<ComparedFile> => {
      const scaffold = file.scaffold === true;
      const path = join(scaffold ? generation.scaffoldDir : generation.outDir, file.path);
      const existing = await readIfExists(path);
      const state: FileState =
        existing === undefined
          ? 'missing'
          : scaffold ||
              existing.equals(Buffer.from(file.contents)) ||
              sameApartFromHeader(existing, file.contents)
            ? 'unchanged'
            : 'stale';
      return { path, contents: file.contents, state, scaffold };
    }),
  );
  const produced = new Set(files.map((file) => file.path));
  const extra = (await findOwnedFiles(generation.outDir))
    .map((relativePath) => join(generation.outDir, relativePath))
    .filter((path) => !produced.has(path) && !producedElsewhere.has(path));
  return { files, extra };
}

/**
 * A file whose contents below the header are what would be generated is left
 * alone: a new generator version or spec version in the header alone is no
 * reason to rewrite (and show in review) every generated file.
 */
function sameApartFromHeader(existing: Buffer, generated: string): boolean {
  const onDisk = existing.toString('utf8');
  return hasHeader(onDisk) && hasHeader(generated) && withoutHeader(onDisk) === withoutHeader(generated);
}
