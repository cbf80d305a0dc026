import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type OpenapiTypescript = typeof import('openapi-typescript');

/**
 * The parts of openapi-typescript the types target calls, loaded through
 * their CommonJS modules. Its entry point would load Redocly's whole
 * bundler and linter (about 0.3 s of CPU, for `openapiTS()`, which this
 * target does not call), and its ES build imports the TypeScript compiler as
 * an ES module, which makes Node scan the 9 MB compiler for export names
 * (see `targets/typescript.cts`). The version is pinned in package.json; the
 * types tests fail at once if these files move.
 */
export const openapiTypescript: Pick<
  OpenapiTypescript,
  'resolveRef' | 'scanDiscriminators' | 'transformSchema'
> = {
  resolveRef: (require('openapi-typescript/dist/lib/utils.cjs') as OpenapiTypescript).resolveRef,
  scanDiscriminators: (require('openapi-typescript/dist/lib/utils.cjs') as OpenapiTypescript)
    .scanDiscriminators,
  transformSchema:
    require('openapi-typescript/dist/transform/index.cjs') as OpenapiTypescript['transformSchema'],
};
