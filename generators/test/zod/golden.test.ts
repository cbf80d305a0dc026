import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/load/index.js';
import { emitZod, generatorsRoot } from './helpers.js';
import { typeCheck } from './typecheck.js';

const specs = [
  ['example', join(generatorsRoot, '..', 'openapi', 'openapi.yaml')],
  ['rich', join(generatorsRoot, 'test', 'zod', 'fixtures', 'rich.yaml')],
] as const;

const goldenDir = join(generatorsRoot, 'test', 'zod', '__golden__');

describe.each(specs)('zod output for the %s spec', (name, path) => {
  it('matches the golden files', async () => {
    const { model } = await loadSpec(path);
    const { files } = await emitZod(model);
    expect([...files.keys()]).toEqual(['zod/schemas.ts', 'zod/operations.ts', 'zod/index.ts']);
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
  it('are reported once each with a code and a pointer', async () => {
    const { model } = await loadSpec(join(generatorsRoot, 'test', 'zod', 'fixtures', 'rich.yaml'));
    const { diagnostics } = await emitZod(model);
    expect(diagnostics.map((d) => [d.code, d.severity, d.pointer])).toEqual([
      ['ZOD_UNSUPPORTED_CONSTRUCT', 'warning', '#/components/schemas/NotString/not'],
      ['ZOD_UNSUPPORTED_CONSTRUCT', 'warning', '#/components/schemas/Patterned/patternProperties'],
    ]);
  });
});
