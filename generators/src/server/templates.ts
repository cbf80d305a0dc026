/**
 * The spec-independent runtime files of the generated server, kept as real,
 * type-checked TypeScript in `templates/` and emitted verbatim.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Emitted into every `server/` output. */
export const RUNTIME_FILES = [
  'runtime.ts',
  'issues.ts',
  'descriptors.ts',
  'params.ts',
  'body.ts',
  'security.ts',
  'send.ts',
  'accept.ts',
  'documented-status.ts',
  'input.ts',
  'engine.ts',
  'problem.ts',
] as const;

/** Emitted only when the target's `openApiValidator` option is on. */
export const VALIDATOR_FILE = 'openapi-validator.ts';

const cache = new Map<string, string>();

/**
 * Candidate folders: next to this module when running from source, and the
 * package's `src/server/templates` when running from `dist/`.
 */
function templateFolders(): string[] {
  return [
    fileURLToPath(new URL('./templates/', import.meta.url)),
    fileURLToPath(new URL('../../src/server/templates/', import.meta.url)),
  ];
}

/** The source text of one template file. Reading a file shipped with the package is deterministic. */
export function templateSource(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  for (const folder of templateFolders()) {
    const file = `${folder}${name}`;
    if (existsSync(file)) {
      const text = readFileSync(file, 'utf8');
      cache.set(name, text);
      return text;
    }
  }
  throw new Error(`server target: runtime template ${name} is missing from the specloom package.`);
}
