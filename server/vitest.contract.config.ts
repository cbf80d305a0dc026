import { defineConfig } from 'vitest/config';

/** `npm run contract`: the contract-test engine against the real server on port 0 (after the unit and HTTP tests). */
export default defineConfig({
  test: {
    include: ['test/contract/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 60_000,
  },
});
