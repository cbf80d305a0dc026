import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/load/index.js';
import type { SpecModel } from '../../src/model/types.js';
import { emitZod, generatorsRoot } from './helpers.js';
import { typeCheck } from './typecheck.js';

const specs = [
  ['example', join(generatorsRoot, '..', 'openapi', 'openapi.yaml')],
  ['rich', join(generatorsRoot, 'test', 'zod', 'fixtures', 'rich.yaml')],
] as const;

const workDir = join(generatorsRoot, '.tmp', `zod-types-${process.pid}`);
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/**
 * Components whose zod schema is knowingly looser than the spec (a degraded
 * construct, reported as ZOD_UNSUPPORTED_CONSTRUCT), so their types differ.
 */
const DEGRADED: Record<string, string> = {
  // patternProperties: zod accepts any extra key; openapi-typescript types every key with the pattern's schema.
  Patterned: 'patternProperties',
};

/**
 * One assertion per component: the type zod infers for the base schema and
 * the type openapi-typescript writes for the same component are mutually
 * assignable. A last line must fail to compile, proving the check can fail.
 */
function assertionModule(model: SpecModel): string {
  const lines = [
    "import type { components } from './openapi-types.js';",
    "import type * as zod from './zod/schemas.js';",
    'type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;',
    'type Assert<T extends true> = T;',
  ];
  for (const schema of model.schemas) {
    if (schema.name in DEGRADED) continue;
    lines.push(
      `export type Check_${schema.identifier} = Assert<Same<zod.${schema.identifier}, components['schemas'][${JSON.stringify(schema.name)}]>>;`,
    );
  }
  const first = model.schemas[0];
  if (first) {
    lines.push('// @ts-expect-error a type with a property the schema lacks is not the same type');
    lines.push(
      `export type Control = Assert<Same<zod.${first.identifier}, { __not_in_the_schema__: symbol }>>;`,
    );
  }
  return `${lines.join('\n')}\n`;
}

describe('types inferred from the zod schemas', () => {
  it(
    'equal the openapi-typescript types of the same components, for every spec',
    { timeout: 180_000 },
    async () => {
      const roots: string[] = [];
      for (const [name, path] of specs) {
        const { model } = await loadSpec(path);
        const { files } = await emitZod(model);
        // openapi-typescript reads the spec files itself, as a user would run it.
        // Base schemas carry no defaults, so compare with openapi-typescript's "defaults do not make a property required".
        const types = astToString(
          await openapiTS(pathToFileURL(path), { defaultNonNullable: false, emptyObjectsUnknown: true }),
        );
        const folder = join(workDir, name);
        const write = (file: string, contents: string) => {
          mkdirSync(dirname(join(folder, file)), { recursive: true });
          writeFileSync(join(folder, file), contents);
        };
        for (const [file, contents] of files) write(file, contents);
        write('openapi-types.ts', types);
        write('assertions.ts', assertionModule(model));
        roots.push(join(folder, 'assertions.ts'));
      }
      // One program for all specs: loading zod's own types dominates the cost.
      expect(typeCheck(roots)).toEqual([]);
    },
  );
});
