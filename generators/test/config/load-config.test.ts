import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, defineConfig, findConfig, loadConfig } from '../../src/config/index.js';

describe('loadConfig', () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'specloom-config-'));
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  async function errorOf(promise: Promise<unknown>): Promise<ConfigError> {
    try {
      await promise;
    } catch (error) {
      if (error instanceof ConfigError) return error;
      throw error;
    }
    throw new Error('expected a ConfigError');
  }

  it('returns undefined when there is no config file', async () => {
    expect(await loadConfig(directory)).toBeUndefined();
  });

  it('loads a TypeScript config (with types and imports), resolves paths and removes its temporary file', async () => {
    await writeFile(
      join(directory, 'specloom.config.ts'),
      [
        "import { join } from 'node:path';",
        "type Target = 'types' | 'zod';",
        "const targets: Target[] = ['types', 'zod'];",
        'export default {',
        "  spec: join('openapi', 'openapi.yaml'),",
        "  lint: { rules: { COMPONENT_UNUSED: 'off' }, problemSchema: 'Problem' },",
        "  generate: [{ out: 'src/generated', targets }],",
        "  scaffold: { dir: 'src/services' },",
        '};',
      ].join('\n'),
    );
    const config = await loadConfig(directory);
    expect(config).toEqual({
      configPath: join(directory, 'specloom.config.ts'),
      spec: join(directory, 'openapi/openapi.yaml'),
      lint: { rules: { COMPONENT_UNUSED: 'off' }, problemSchema: 'Problem' },
      generate: [{ out: join(directory, 'src/generated'), targets: ['types', 'zod'] }],
      scaffold: { dir: join(directory, 'src/services') },
    });
    expect(await readdir(directory)).toEqual(['specloom.config.ts']);
  });

  it('resolves load.mirrors folders against the config file', async () => {
    await writeFile(
      join(directory, 'specloom.config.mjs'),
      "export default { spec: 'a.yaml', lint: { extends: 'specloom:strict' }, load: { mirrors: { 'https://example.com/': 'vendor' } } };\n",
    );
    const config = await loadConfig(directory);
    expect(config?.load?.mirrors).toEqual({ 'https://example.com/': join(directory, 'vendor') });
    expect(config?.lint?.extends).toBe('specloom:strict');
  });

  it('finds the config of a parent folder', async () => {
    await writeFile(join(directory, 'specloom.config.mjs'), "export default { spec: 'api.yaml' };\n");
    const nested = join(directory, 'a', 'b');
    await mkdir(nested, { recursive: true });
    expect(findConfig(nested)).toBe(join(directory, 'specloom.config.mjs'));
    expect((await loadConfig(nested))?.spec).toBe(join(directory, 'api.yaml'));
  });

  it('loads a TypeScript config written with TypeScript-only syntax (satisfies)', async () => {
    await writeFile(
      join(directory, 'specloom.config.mts'),
      "const config = { spec: 'api.yaml' } satisfies { spec: string };\nexport default config;\n",
    );
    expect((await loadConfig(directory))?.spec).toBe(join(directory, 'api.yaml'));
  });

  it('reads an edited TypeScript config afresh (the transpile cache is keyed by its content)', async () => {
    const file = join(directory, 'specloom.config.ts');
    // The unique spec name keeps this test's cache entries apart from earlier runs'.
    const name = `first-${Date.now()}.yaml`;
    await writeFile(file, `const spec: string = '${name}';\nexport default { spec };\n`);
    expect((await loadConfig(directory))?.spec).toBe(join(directory, name));
    expect((await loadConfig(directory))?.spec).toBe(join(directory, name));
    await writeFile(file, `const spec: string = 'second-${name}';\nexport default { spec };\n`);
    expect((await loadConfig(directory))?.spec).toBe(join(directory, `second-${name}`));
    expect(await readdir(directory)).toEqual(['specloom.config.ts']);
  });

  it('defineConfig returns the config unchanged (it exists for type checking)', () => {
    const config = { spec: 'x.yaml', lint: { rules: { COMPONENT_UNUSED: 'off' as const } } };
    expect(defineConfig(config)).toBe(config);
  });

  it.each([
    ['a missing spec', '{}', 'spec: Invalid input: expected string, received undefined'],
    [
      'an unknown top-level key (a typo)',
      "{ spec: 'a.yaml', generat: [] }",
      '(config): Unrecognized key: "generat"',
    ],
    [
      'an unknown rule code',
      "{ spec: 'a.yaml', lint: { rules: { NOPE: 'off' } } }",
      'lint.rules.NOPE: unknown rule "NOPE"',
    ],
    [
      'a bad rule severity',
      "{ spec: 'a.yaml', lint: { rules: { COMPONENT_UNUSED: 'loud' } } }",
      'lint.rules.COMPONENT_UNUSED: Invalid option: expected one of "error"|"warning"|"info"|"off"',
    ],
    [
      'an unknown lint profile',
      "{ spec: 'a.yaml', lint: { extends: 'specloom:pedantic' } }",
      'lint.extends: Invalid option: expected one of "specloom:recommended"|"specloom:strict"',
    ],
    [
      'a mirror that is not a URL prefix',
      "{ spec: 'a.yaml', load: { mirrors: { 'schemas/': 'vendor' } } }",
      'load.mirrors.schemas/: must be a URL prefix such as https://example.com/',
    ],
    [
      'a generate run without targets',
      "{ spec: 'a.yaml', generate: [{ out: 'gen', targets: [] }] }",
      'generate.0.targets: must list at least one target',
    ],
  ])('reports %s with the config path', async (_name, body, want) => {
    await writeFile(join(directory, 'specloom.config.mjs'), `export default ${body};\n`);
    const error = await errorOf(loadConfig(directory));
    expect(
      error.diagnostics.map(
        (diagnostic) => `${diagnostic.location?.file} ${diagnostic.code} ${diagnostic.message}`,
      ),
    ).toContain(`${join(directory, 'specloom.config.mjs')} CONFIG_INVALID ${want}`);
  });

  it('reports a config without a default export', async () => {
    await writeFile(join(directory, 'specloom.config.mjs'), "export const spec = 'a.yaml';\n");
    const error = await errorOf(loadConfig(directory));
    expect(error.diagnostics[0]?.code).toBe('CONFIG_LOAD_FAILED');
    expect(error.diagnostics[0]?.message).toContain('no default export');
  });

  it('reports a config that throws, and still removes the temporary file', async () => {
    await writeFile(join(directory, 'specloom.config.ts'), "throw new Error('boom');\nexport default {};\n");
    const error = await errorOf(loadConfig(directory));
    expect(error.diagnostics[0]?.message).toContain('boom');
    expect(await readdir(directory)).toEqual(['specloom.config.ts']);
  });

  it('reports an explicit path that does not exist', async () => {
    const error = await errorOf(loadConfig(directory, 'nope.config.ts'));
    expect(error.diagnostics[0]?.code).toBe('CONFIG_NOT_FOUND');
  });
});
