import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['bench/measure.ts'], testTimeout: 900_000, hookTimeout: 120_000, silent: false },
});
