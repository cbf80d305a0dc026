import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/load/index.js';
import { emitZod, generatorsRoot } from './helpers.js';
import { typeCheck } from './typecheck.js';

const specs = [
  ['example', join(generatorsRoot, '..', 'openapi', 'openapi.yaml')],
  ['rich', join(generatorsRoot, 'test', 'zod', 'fixtures', 'rich.yaml')],
] as const;

const BASE_FILES = ['zod/schemas.ts', 'zod/operations.ts', 'zod/index.ts'];
/** The helper module is emitted only for specs with keywords zod has no method for (`not`, `patternProperties`, ...). */
const EXPECTED_FILES: Record<(typeof specs)[number][0], string[]> = {
  example: [...BASE_FILES, 'zod/json-schema.ts'],
  rich: [...BASE_FILES, 'zod/json-schema.ts'],
};

const goldenDir = join(generatorsRoot, 'test', 'zod', '__golden__');

describe.each(specs)('zod output for the %s spec', (name, path) => {
  it('matches the golden files', async () => {
    const { model } = await loadSpec(path);
    const { files } = await emitZod(model);
    expect([...files.keys()]).toEqual(EXPECTED_FILES[name]);
    for (const [file, contents] of files)
      await expect(contents).toMatchFileSnapshot(join(goldenDir, name, file));
  });

  it('is byte-identical when emitted twice', async () => {
    const { model } = await loadSpec(path);
    const first = await emitZod(model);
    const second = await emitZod(model);
    expect([...second.files]).toEqual([...first.files]);
  });
});

describe('golden output', () => {
  it('type-checks under strict with noUncheckedIndexedAccess', { timeout: 180_000 }, () => {
    expect(typeCheck(specs.map(([name]) => join(goldenDir, name, 'zod', 'index.ts')))).toEqual([]);
  });
});

describe('degraded constructs', () => {
  it('translate fully on the rich fixture (not, patternProperties, ... are checks, not warnings)', async () => {
    const { model } = await loadSpec(join(generatorsRoot, 'test', 'zod', 'fixtures', 'rich.yaml'));
    const { diagnostics } = await emitZod(model);
    expect(diagnostics).toEqual([]);
  });

  it('are reported once each with a code, a pointer and the source file:line', async () => {
    const path = join(generatorsRoot, 'test', 'zod', 'fixtures', 'degraded.yaml');
    const spec = await loadSpec(path);
    const { diagnostics } = await emitZod(spec.model);
    expect(
      diagnostics.map((d) => {
        const location = d.pointer === undefined ? undefined : spec.locate(d.pointer);
        return [d.code, d.severity, d.pointer, location && `${location.file}:${location.line}`];
      }),
    ).toEqual([
      ['ZOD_UNSUPPORTED_CONSTRUCT', 'warning', '#/components/schemas/BadPattern/pattern', `${path}:17`],
      [
        'ZOD_UNSUPPORTED_CONSTRUCT',
        'warning',
        '#/components/schemas/Extensible/properties/children/items/$dynamicRef',
        `${path}:14`,
      ],
    ]);
  });
});
