import { defineConfig } from 'vitest/config';

/** End-to-end tests against the real example server (`npm run test:e2e`). */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts', 'test/consumer/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
