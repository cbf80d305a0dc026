import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type InlineConfig } from 'vite';

export const webRoot = join(import.meta.dirname, '..', '..');

/**
 * A production build started from inside vitest, where NODE_ENV is `test`: Vite, the React plugin and
 * React itself all read NODE_ENV, so it is `production` for the duration of the build.
 */
export async function buildProduction(config: InlineConfig): Promise<void> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: webRoot, mode: 'production', logLevel: 'warn', ...config });
  } finally {
    process.env.NODE_ENV = previous;
  }
}

/** Builds the app for production into a temporary folder and returns it. */
export async function buildApp(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'taskboard-web-dist-'));
  await buildProduction({ build: { outDir, emptyOutDir: true, sourcemap: false } });
  return outDir;
}
