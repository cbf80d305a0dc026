import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/load/index.js';
import { typesTarget } from '../../src/types/index.js';
import { openapiTypescriptNodes } from '../../src/types/openapi-typescript.js';
import { typeCheck } from './typecheck.js';

const here = dirname(fileURLToPath(import.meta.url));
const EXAMPLE_SPEC = join(here, '../../../openapi/openapi.yaml');
const ODD_NAMES_SPEC = join(here, 'fixtures/odd-names.yaml');

async function emitTypes(specPath: string): Promise<string> {
  const { model } = await loadSpec(specPath);
  const files = await typesTarget.emit({
    model,
    generatorVersion: '0.0.0-test',
    options: {},
    warn: () => {},
  });
  expect(files.map((file) => file.path)).toEqual(['types.ts']);
  return files[0]?.contents ?? '';
}

describe('typesTarget', () => {
  it.each([
    ['the example API', EXAMPLE_SPEC, 'task-board.types.ts'],
    ['a spec with odd names', ODD_NAMES_SPEC, 'odd-names.types.ts'],
  ])('emits %s as the golden file, and the golden file compiles', async (_name, specPath, golden) => {
    const goldenPath = join(here, '__golden__', golden);
    await expect(await emitTypes(specPath)).toMatchFileSnapshot(goldenPath);
    expect(typeCheck([goldenPath])).toEqual([]);
  });

  it('emits boolean allOf members and `type: null` beside a recursive oneOf as types that compile', async () => {
    const contents = await emitTypes(join(here, 'fixtures/boolean-and-null.yaml'));
    const path = join(here, '..', '..', '.tmp', `types-boolean-${process.pid}.ts`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, contents);
    try {
      expect(typeCheck([path])).toEqual([]);
    } finally {
      rmSync(path, { force: true });
    }
    expect(contents).toMatch(/Anything: unknown & unknown;/);
    expect(contents).toMatch(/Nothing: unknown & never;/);
    // Only null passes `type: null`, and no branch admits null: no value is valid.
    expect(contents).toMatch(/ItemValue: never;/);
  });

  it('makes a property required when an allOf member names it in `required` alone', async () => {
    const contents = await emitTypes(join(here, 'fixtures/allof-required.yaml'));
    const dir = join(here, '..', '..', '.tmp', `types-allof-required-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'types.ts'), contents);
    writeFileSync(
      join(dir, 'use.ts'),
      [
        "import type { components } from './types.js';",
        "type Pet = components['schemas']['Pet'];",
        "export const full: Pet = { id: '1', name: 'Rex', nickname: null, tag: 'dog', serial: 7 };",
        '// @ts-expect-error nickname, tag and serial are required',
        "export const partial: Pet = { id: '1', name: 'Rex' };",
        '// @ts-expect-error nickname keeps its type from NewPet',
        "export const wrong: Pet = { id: '1', name: 'Rex', nickname: 3, tag: 'dog', serial: 7 };",
        'export const nickname: string | null = full.nickname;',
        'export const tag: string = full.tag;',
        '',
      ].join('\n'),
    );
    try {
      expect(typeCheck([join(dir, 'use.ts')])).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('emits the same bytes on every run', async () => {
    expect(await emitTypes(EXAMPLE_SPEC)).toBe(await emitTypes(EXAMPLE_SPEC));
  });

  it('does not change the model it reads', async () => {
    const { model } = await loadSpec(ODD_NAMES_SPEC);
    const before = structuredClone(model.document);
    await typesTarget.emit({ model, generatorVersion: '0.0.0-test', options: {}, warn: () => {} });
    expect(model.document).toEqual(before);
  });

  it('renders the document exactly as openapiTS() does when Redocly accepts it', async () => {
    const { document } = await loadSpec(ODD_NAMES_SPEC);
    const viaOpenapiTS = astToString(await openapiTS(structuredClone(document) as never, { silent: true }));
    expect(astToString(openapiTypescriptNodes(document))).toBe(viaOpenapiTS);
  });

  it('accepts discriminator mappings that name schemas (OAS 3.1 §4.8.25.1), which openapiTS() rejects', async () => {
    const { document } = await loadSpec(join(here, 'fixtures/discriminator-names.yaml'));
    await expect(openapiTS(structuredClone(document) as never, { silent: true })).rejects.toThrow(
      /resolve \$ref/,
    );
    const printed = astToString(openapiTypescriptNodes(document));
    expect(printed).toMatch(/Cat: \{\s+\/\*\*[^/]+\*\/\s+kind: "cat";/);
    expect(printed).toMatch(/Dog: \{\s+\/\*\*[^/]+\*\/\s+kind: "dog";/);
  });
});
