import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSpec } from '../../src/load/index.js';
import { mswTarget } from '../../src/msw/index.js';
import type { GeneratedFile } from '../../src/targets/types.js';

const generatorsRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** The msw target's files for a spec. */
export async function emitMsw(specPath: string): Promise<GeneratedFile[]> {
  const { model } = await loadSpec(specPath, { validate: false });
  return mswTarget.emit({ model, generatorVersion: '0.0.0-test', options: {}, warn: () => {} });
}

/** Writes files under `dir`, creating folders. */
export async function writeFiles(dir: string, files: GeneratedFile[]): Promise<string[]> {
  const written: string[] = [];
  for (const file of files) {
    const path = join(dir, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.contents);
    written.push(path);
  }
  return written;
}

/** Compiler options under which generated handlers resolve `specloom/mock-engine` to this package's source. */
export const ENGINE_PATHS = {
  baseUrl: generatorsRoot,
  paths: { 'specloom/mock-engine': ['src/mock/engine/index.ts'] },
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
};
