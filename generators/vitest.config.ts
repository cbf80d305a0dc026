import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Generating every target for GitHub's REST API description (~1,000
 * operations) and type-checking the output takes minutes on a 2-core machine,
 * so those runs live in `vitest.realworld.config.ts` (`npm run test:realworld`,
 * also `npm run bench:realworld` at the root) rather than in `npm test`.
 */
export const REAL_WORLD_TESTS = [
  'test/cli-generate/github.test.ts',
  'test/server/github-output.test.ts',
  'test/sdk/github.test.ts',
  'test/msw/github.test.ts',
];

/** Module aliases shared with `vitest.realworld.config.ts`, which runs the same sources. */
export const RESOLVE_ALIASES = [
  // Emitters load the compiler through a CommonJS shim (src/targets/typescript.cts) that vite cannot run; it is
  // only `typescript` itself.
  { find: /^(?:\.\.\/)+targets\/typescript\.cjs$/, replacement: 'typescript' },
  {
    find: /^specloom\/mock-engine$/,
    replacement: fileURLToPath(new URL('./src/mock/engine/index.ts', import.meta.url)),
  },
  // The mock conformance test runs the contract engine (another workspace) on this package's source.
  {
    find: /^specloom\/mock$/,
    replacement: fileURLToPath(new URL('./src/mock/index.ts', import.meta.url)),
  },
  { find: /^specloom$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
  {
    find: /^@specloom\/contract-tests$/,
    replacement: fileURLToPath(new URL('../contract-tests/src/index.ts', import.meta.url)),
  },
];

export default defineConfig({
  // Generated MSW handlers import the engine as a consumer would; tests point that at the source.
  resolve: { alias: RESOLVE_ALIASES },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...REAL_WORLD_TESTS],
    testTimeout: 30_000,
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
