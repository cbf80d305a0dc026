import { printFile } from '../print/index.js';
import type { Target } from '../targets/types.js';
import { planAliases } from './alias-names.js';
import { aliasDeclarations } from './aliases.js';
import { openapiTypescriptNodes } from './openapi-typescript.js';

/** File the types target writes, relative to the output folder; other targets import it as `./types.js`. */
export const TYPES_FILE = 'types.ts';

/**
 * The `types` target: openapi-typescript's `paths` / `components` /
 * `operations` interfaces for the bundled document, followed by one named
 * alias per component schema and per operation part (see `planAliases`).
 */
export const typesTarget: Target = {
  name: 'types',
  description:
    'TypeScript types for every path, operation and component (openapi-typescript) plus named aliases',
  dependsOn: [],
  emit({ model }) {
    const generated = openapiTypescriptNodes(model.document);
    const aliases = aliasDeclarations(planAliases(model));
    const contents =
      aliases.length === 0 ? printFile(generated) : `${printFile(generated)}\n${printFile(aliases)}`;
    return [{ path: TYPES_FILE, contents }];
  },
};
