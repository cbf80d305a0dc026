import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // The contract and multi-process runs have their own task (`npm run contract`, vitest.contract.config.ts).
    exclude: ['**/node_modules/**', 'test/contract/**', 'test/cluster/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each test file starts real servers on port 0 with its own temporary database; two cores are plenty.
    maxWorkers: 2,
  },
});
