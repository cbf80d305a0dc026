import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheKey, generate, isUpToDate, recordRun, writeGeneration } from '../../src/generate/index.js';
import { normalize } from '../../src/model/normalize.js';
import { fakeTarget, registryOf } from './fake-targets.js';

let dir: string;
let spec: string;
let cacheDir: string;
const key = cacheKey({ spec: 'x', targets: ['fake'] });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'specloom-cache-'));
  spec = join(dir, 'openapi.yaml');
  cacheDir = join(dir, 'cache');
  await writeFile(spec, 'openapi: 3.1.0\n');
  const generation = await generate({
    model: normalize({ openapi: '3.1.0', info: { title: 'T', version: '1' } }),
    targets: ['fake'],
    outDir: join(dir, 'out'),
    registry: registryOf(
      fakeTarget('fake', [
        { path: 'a.ts', contents: 'a' },
        { path: 'stub.ts', contents: 's', scaffold: true },
      ]),
    ),
  });
  await writeGeneration(generation);
  await recordRun(cacheDir, key, [spec], [generation]);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('generate cache', () => {
  it('says up to date when the spec files and outputs are as recorded', async () => {
    expect(await isUpToDate(cacheDir, key)).toBe(true);
  });

  it.each([
    ['a spec file changed', () => writeFile(spec, 'openapi: 3.1.1\n')],
    ['a generated file was edited', () => writeFile(join(dir, 'out/a.ts'), 'edited')],
    ['a generated file was deleted', () => rm(join(dir, 'out/a.ts'))],
    ['a scaffold file was deleted', () => rm(join(dir, 'out/stub.ts'))],
  ])('says not up to date when %s', async (_name, change) => {
    await change();
    expect(await isUpToDate(cacheDir, key)).toBe(false);
  });

  it('has no record for another configuration', async () => {
    expect(await isUpToDate(cacheDir, cacheKey({ spec: 'x', targets: ['fake', 'other'] }))).toBe(false);
  });

  it('derives the same key whatever the key order of its parts', () => {
    expect(cacheKey({ a: 1, b: [1, 2] })).toBe(cacheKey({ b: [1, 2], a: 1 }));
  });
});
