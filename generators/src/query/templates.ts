/**
 * The spec-independent runtime of the generated query options, kept as real,
 * type-checked TypeScript in `templates/` and emitted verbatim next to them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const QUERY_RUNTIME_FILE = 'query-runtime.ts';

let cached: string | undefined;

/** The runtime's source: next to this module from source, in the package's copied templates from `dist/`. */
export function queryRuntimeSource(): string {
  if (cached !== undefined) return cached;
  for (const folder of [
    fileURLToPath(new URL('./templates/', import.meta.url)),
    fileURLToPath(new URL('../../src/query/templates/', import.meta.url)),
  ]) {
    const file = `${folder}${QUERY_RUNTIME_FILE}`;
    if (existsSync(file)) {
      cached = readFileSync(file, 'utf8');
      return cached;
    }
  }
  throw new Error(
    `query target: runtime template ${QUERY_RUNTIME_FILE} is missing from the specloom package.`,
  );
}
