import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', validators: 'src/validators.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Dependencies stay external: the SDK runtime is the one runtime dependency, zod an optional peer.
  external: ['@specloom/sdk-runtime', 'zod'],
});
