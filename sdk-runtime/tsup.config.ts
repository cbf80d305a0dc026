import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // openapi-fetch is the one dependency; it stays a separate package so apps dedupe it.
  external: ['openapi-fetch'],
});
