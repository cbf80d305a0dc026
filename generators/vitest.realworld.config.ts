import { defineConfig } from 'vitest/config';
import { REAL_WORLD_TESTS, RESOLVE_ALIASES } from './vitest.config.js';

/** Whole-pipeline runs on GitHub's REST API description: every target generated and type-checked. */
export default defineConfig({
  resolve: { alias: RESOLVE_ALIASES },
  test: {
    include: REAL_WORLD_TESTS,
    testTimeout: 900_000,
    hookTimeout: 900_000,
    fileParallelism: false,
  },
});
