import { defineConfig } from 'vitest/config';

/**
 * `npm run contract` (after the build): the contract-test engine against the real server on port 0,
 * and the multi-process tests, which start the built server (`dist/main.js`) as separate processes.
 */
export default defineConfig({
  test: {
    include: ['test/contract/**/*.test.ts', 'test/cluster/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 60_000,
  },
});
