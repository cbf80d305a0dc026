import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

export const webRoot = join(import.meta.dirname, '..', '..');

/** Builds the app for production into a temporary folder and returns it. */
export async function buildApp(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'taskboard-web-dist-'));
  await build({ root: webRoot, logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: false } });
  return outDir;
}
