import { defineConfig } from 'vitest/config';
import { REAL_WORLD_TESTS } from './vitest.config.js';

/** Whole-pipeline runs on GitHub's REST API description: every target generated and type-checked. */
export default defineConfig({
  test: {
    include: REAL_WORLD_TESTS,
    testTimeout: 900_000,
    hookTimeout: 900_000,
    fileParallelism: false,
  },
});
