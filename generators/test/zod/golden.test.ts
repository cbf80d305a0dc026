import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/load/index.js';
import { emitZod, generatorsRoot } from './helpers.js';
import { outputTypesFit } from './output-types-fit.js';
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
  const scratch = join(generatorsRoot, '.tmp', `zod-golden-fit-${process.pid}`);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('type-checks under strict with noUncheckedIndexedAccess', { timeout: 180_000 }, () => {
    expect(typeCheck(specs.map(([name]) => join(goldenDir, name, 'zod', 'index.ts')))).toEqual([]);
  });

  it(
    'writes out types that agree with z.output of every schema and request part',
    { timeout: 180_000 },
    () => {
      mkdirSync(scratch, { recursive: true });
      const roots = specs.map(([name]) => {
        const zodDir = join(goldenDir, name, 'zod');
        const file = join(scratch, `${name}.ts`);
        const schemas = readFileSync(join(zodDir, 'schemas.ts'), 'utf8');
        writeFileSync(file, outputTypesFit(relative(scratch, zodDir), schemas));
        return file;
      });
      expect(typeCheck(roots)).toEqual([]);
    },
  );

  it('reports a written-out type that disagrees with its schema, naming it', { timeout: 180_000 }, () => {
    const zodDir = join(scratch, 'altered', 'zod');
    mkdirSync(zodDir, { recursive: true });
    for (const file of ['schemas.ts', 'operations.ts', 'json-schema.ts', 'index.ts'])
      writeFileSync(join(zodDir, file), readFileSync(join(goldenDir, 'example', 'zod', file), 'utf8'));
    const alter = (file: string, from: string, to: string) => {
      const path = join(zodDir, file);
      const source = readFileSync(path, 'utf8');
      expect(source).toContain(from);
      writeFileSync(path, source.replace(from, to));
    };
    alter('schemas.ts', 'export type Task = {\n    id: string;', 'export type Task = {\n    id: number;');
    alter('operations.ts', 'refresh_token?: string;', 'refresh_token: string;');
    const fit = join(scratch, 'altered', 'fit.ts');
    writeFileSync(fit, outputTypesFit('./zod', readFileSync(join(zodDir, 'schemas.ts'), 'utf8')));
    const lines = readFileSync(fit, 'utf8').split('\n');
    // Each error points at the member of the check it concerns (`  Task: true,`) or names the operation.
    const errors = typeCheck([fit])
      .filter((error) => error.startsWith(fit))
      .map((error) => {
        const line = Number(/^[^:]+:(\d+):/.exec(error)?.[1]);
        return error.includes('RequestFits') ? error : (lines[line - 1] ?? '').trim();
      });
    expect(errors).toContainEqual(expect.stringMatching(/property 'logout' are incompatible/));
    expect(errors).toContain('Task: true,');
    // Types that reference `Task` disagree as well; nothing else does.
    expect(errors.every((error) => error.includes('logout') || /^Task\w*: true,$/.test(error))).toBe(true);
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
