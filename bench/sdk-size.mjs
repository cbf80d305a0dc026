#!/usr/bin/env node
/**
 * Size of the client SDK as a browser app would ship it: each part bundled
 * and minified with esbuild, then gzip-compressed (level 9).
 *
 *   runtime   the published runtime (sdk-runtime/, @specloom/sdk-runtime), openapi-fetch excluded
 *   facade    the whole SDK entry (runtime + generated facade), openapi-fetch excluded
 *   openapi-fetch   the dependency on its own, for reference
 *
 * Exits 1 when the runtime exceeds its budget (10 kB minified+gzipped beyond openapi-fetch).
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BUDGET_BYTES = 10 * 1024;
const sdk = fileURLToPath(new URL('../client-sdk/', import.meta.url));

async function measure(entry, external) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    external,
    absWorkingDir: sdk,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;
const rows = {
  runtime: await measure('../sdk-runtime/src/index.ts', ['openapi-fetch']),
  facade: await measure('./src/index.ts', ['openapi-fetch', 'zod']),
  'openapi-fetch': await measure('openapi-fetch', []),
};
for (const [name, size] of Object.entries(rows)) {
  console.log(
    `${name.padEnd(14)} ${kb(size.minified).padStart(10)} min  ${kb(size.gzipped).padStart(9)} min+gzip`,
  );
}
const runtime = rows.runtime.gzipped;
const verdict = runtime <= BUDGET_BYTES ? 'within' : 'OVER';
console.log(`runtime budget: ${kb(runtime)} of ${kb(BUDGET_BYTES)} min+gzip (${verdict})`);
if (runtime > BUDGET_BYTES) process.exitCode = 1;
