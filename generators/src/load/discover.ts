import { createDiagnostic } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { SpecLoadError } from './errors.js';
import { type RefMirrors, resolveRef } from './resolve-ref.js';
import { readSourceFile, type SourceFile } from './source-file.js';

/** A file that could not be read or parsed, with why. */
export interface FailedFile {
  diagnostics: Diagnostic[];
}

/**
 * Reads every file reachable from the root through `$ref`s, in parallel, so
 * the bundler can then walk synchronously. Failures are kept, not thrown: a
 * `$ref` inside an example value is data, and only the bundler knows which
 * references are real.
 */
export async function discoverFiles(
  root: SourceFile,
  mirrors: RefMirrors = {},
): Promise<Map<string, SourceFile | FailedFile>> {
  const files = new Map<string, SourceFile | FailedFile>([[root.path, root]]);
  const started = new Set<string>([root.path]);
  const pending: Promise<void>[] = [];
  const visit = (file: SourceFile): void => {
    for (const ref of collectRefStrings(file.value)) {
      const target = resolveRef(file.path, ref, mirrors);
      if ('error' in target || started.has(target.file)) continue;
      const path = target.file;
      started.add(path);
      pending.push(
        readSourceFile(path).then(
          (loaded) => {
            files.set(path, loaded);
            visit(loaded);
          },
          (error: unknown) => {
            files.set(path, {
              diagnostics:
                error instanceof SpecLoadError
                  ? error.diagnostics
                  : [createDiagnostic('SPEC_LOAD_FAILED', { reason: String(error) })],
            });
          },
        ),
      );
    }
  };
  visit(root);
  // New reads are queued while earlier ones settle; wait until none is left.
  while (pending.length > 0) {
    await Promise.all(pending.splice(0));
  }
  return files;
}

/** Every external `$ref` string in a value (internal `#...` refs never name another file). */
function collectRefStrings(value: unknown): Set<string> {
  const refs = new Set<string>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || typeof current !== 'object') continue;
    if (Array.isArray(current)) {
      for (const item of current) if (item !== null && typeof item === 'object') stack.push(item);
      continue;
    }
    // `for...in` rather than Object.entries: no array per object on a walk over every node.
    const object = current as Record<string, unknown>;
    for (const key in object) {
      const child = object[key];
      if (key === '$ref' && typeof child === 'string') {
        if (child.charCodeAt(0) !== 0x23) refs.add(child);
      } else if (child !== null && typeof child === 'object') stack.push(child);
    }
  }
  return refs;
}
