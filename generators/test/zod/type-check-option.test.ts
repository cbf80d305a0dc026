import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/load/index.js';
import { zodTarget } from '../../src/zod/index.js';
import { generatorsRoot } from './helpers.js';
import { typeCheck } from './typecheck.js';

const spec = join(generatorsRoot, 'test', 'zod', 'fixtures', 'rich.yaml');
const scratch = join(generatorsRoot, '.tmp', `zod-type-check-option-${process.pid}`);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function emitWith(options: Record<string, unknown>) {
  const { model } = await loadSpec(spec);
  return zodTarget.emit({ model, generatorVersion: 'test', options, warn: () => {} });
}

describe('zod target `typeCheck` option', () => {
  it('opens every file with `// @ts-nocheck` by default, so a user’s compiler does not re-check the validators', async () => {
    const files = await emitWith({});
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) expect(file.contents.split('\n')[0]).toMatch(/^\/\/ @ts-nocheck: /);
  });

  it('leaves the line out with `typeCheck: true`, and changes nothing else', async () => {
    const skipped = await emitWith({});
    const checked = await emitWith({ typeCheck: true });
    expect(checked.map((file) => file.path)).toEqual(skipped.map((file) => file.path));
    for (const [index, file] of checked.entries()) {
      expect(file.contents).not.toContain('@ts-nocheck');
      expect(skipped[index]?.contents).toBe(`${skipped[index]?.contents.split('\n')[0]}\n${file.contents}`);
    }
  });

  it('refuses a value that is not true or false, naming the option', async () => {
    await expect(emitWith({ typeCheck: 'yes' })).rejects.toThrow(
      'zod target: option `typeCheck` must be true or false.',
    );
  });

  it('is dropped by the test programs, which therefore still report errors in generated files', () => {
    mkdirSync(scratch, { recursive: true });
    const file = join(scratch, 'broken.ts');
    writeFileSync(file, "// @ts-nocheck: checked when generated\nexport const count: number = 'one';\n");
    expect(typeCheck([file])).toEqual([
      expect.stringContaining("Type 'string' is not assignable to type 'number'"),
    ]);
  });
});
