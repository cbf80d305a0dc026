import { createRequire } from 'node:module';

/**
 * openapi-typescript, loaded through its CommonJS build: its ES build imports
 * the TypeScript compiler as an ES module, which makes Node scan the 9 MB
 * compiler's source for export names on every run (see `targets/typescript.cts`).
 */
export const openapiTypescript = createRequire(import.meta.url)(
  'openapi-typescript',
) as typeof import('openapi-typescript');
