import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { writeAtomically } from '../generate/files.js';

const requireFromHere = createRequire(import.meta.url);

/**
 * JavaScript for a TypeScript config file. The result is cached under
 * `cacheDir` by a hash of the source and the compiler's version, so every run
 * after the first loads no compiler at all: TypeScript costs about 0.3 s of
 * CPU to load, more than the rest of `specloom check` on a small spec.
 * Without a writable cache it is transpiled on every run.
 */
export async function transpileConfig(source: string, fileName: string, cacheDir: string): Promise<string> {
  const version = (requireFromHere('typescript/package.json') as { version: string }).version;
  const key = createHash('sha256')
    .update(JSON.stringify([version, OPTIONS_VERSION, source]))
    .digest('hex');
  const cached = join(cacheDir, `config-${key.slice(0, 32)}.mjs`);
  try {
    return await readFile(cached, 'utf8');
  } catch {
    // Not cached yet.
  }
  // require(), not import(): importing the 9 MB CommonJS compiler from ESM makes Node scan it for
  // export names and module syntax, which triples its load time.
  const ts = requireFromHere('typescript') as typeof import('typescript');
  const output = ts.transpileModule(source, {
    fileName,
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: false,
      sourceMap: false,
    },
  }).outputText;
  try {
    await writeAtomically(cached, output);
  } catch {
    // A read-only install transpiles on every run: slower, still correct.
  }
  return output;
}

/** Bump when the compiler options above change (it is part of the cache key). */
const OPTIONS_VERSION = 1;
