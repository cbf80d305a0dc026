import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const pkg = require('../package.json') as { version: string };

/** The `specloom` package version, stamped into every generated file's header. */
export const GENERATOR_VERSION: string = pkg.version;

/**
 * Identifies this build of the generator beyond its version number: the
 * newest modification time and the number of its compiled files. Part of the
 * generate cache key, so output made by an older build (same version, changed
 * emitter) is never mistaken for up to date.
 */
export function buildFingerprint(): string {
  const root = fileURLToPath(new URL('.', import.meta.url));
  let newest = 0;
  let count = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(js|ts)$/.test(entry.name)) {
        newest = Math.max(newest, statSync(path).mtimeMs);
        count += 1;
      }
    }
  };
  walk(root);
  return `${count}:${Math.floor(newest)}`;
}
