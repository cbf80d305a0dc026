import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests run against the generators' sources, so a change there needs no rebuild to be tested here.
const specloomEntry = fileURLToPath(new URL('../generators/src/index.ts', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^specloom$/, replacement: specloomEntry },
      // The generators load the compiler through a CommonJS shim (src/targets/typescript.cts) that vite cannot run.
      { find: /^(?:\.\.\/)+targets\/typescript\.cjs$/, replacement: 'typescript' },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
