import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { transpileConfig } from '../../src/config/transpile.js';

describe('transpileConfig', () => {
  let cacheDir: string;
  beforeEach(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'specloom-transpile-'));
  });
  afterEach(async () => {
    await rm(cacheDir, { recursive: true, force: true });
  });

  const source =
    "type Target = 'types';\nconst targets: Target[] = ['types'];\nexport default { spec: 'a.yaml', targets };\n";

  it('strips the types and caches the output under a hash of the source', async () => {
    const output = await transpileConfig(source, 'specloom.config.ts', cacheDir);
    expect(output).toContain("const targets = ['types'];");
    expect(output).not.toContain('type Target');
    const files = await readdir(cacheDir);
    expect(files).toHaveLength(1);
    expect(await readFile(join(cacheDir, files[0] as string), 'utf8')).toBe(output);
  });

  it('answers a second run from the cache without compiling, and a changed source misses it', async () => {
    await transpileConfig(source, 'specloom.config.ts', cacheDir);
    const [file] = await readdir(cacheDir);
    // A marker only the cache can return proves the compiler was not asked again.
    await writeFile(join(cacheDir, file as string), 'export default "from cache";\n');
    expect(await transpileConfig(source, 'specloom.config.ts', cacheDir)).toBe(
      'export default "from cache";\n',
    );
    const changed = await transpileConfig(source.replace('a.yaml', 'b.yaml'), 'specloom.config.ts', cacheDir);
    expect(changed).toContain("'b.yaml'");
    expect(await readdir(cacheDir)).toHaveLength(2);
  });

  it('still transpiles when the cache folder cannot be written', async () => {
    const blocked = join(cacheDir, 'file');
    await writeFile(blocked, '');
    const output = await transpileConfig(source, 'specloom.config.ts', join(blocked, 'cache'));
    expect(output).toContain("spec: 'a.yaml'");
  });
});
